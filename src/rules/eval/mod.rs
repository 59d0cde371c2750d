//! Evaluation: derived facts per flow, the Mainland mechanism decision with volume aggregation,
//! and the findings of every rule in force.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde::Serialize;

mod reasons;
mod run;

use super::condition::{Compiled, Outcome, Scope, bit, place_bit};
use super::entity::EntityOrigin;
use super::{Rule, Rulebook, Sensitivity, Verification, Wording};
use crate::model::{
    Access, DataClass, Date, FindingId, Flag, FlowId, FlowView, Language, LegalBasis, Likelihood,
    Map, RecipientRole, Safeguard, Sector, Severity, SiteId, SiteKind,
};
pub use reasons::Reasons;
use reasons::{About, ExplainData, FlowText, SiteText};
pub use run::DEFAULT_ENTITY;
pub(super) use run::evaluate;

/// What a finding is about.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    /// A flow.
    Flow(FlowId),
    /// A site.
    Site(SiteId),
    /// The whole map.
    Map,
}

impl Subject {
    /// The id used after `@` in finding ids: the flow or site id, or `map`.
    pub fn id(&self) -> &str {
        match self {
            Subject::Flow(id) => id.as_str(),
            Subject::Site(id) => id.as_str(),
            Subject::Map => "map",
        }
    }
}

/// The texts a rule gives each of its findings, resolved for the evaluation day and shared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindingTexts {
    /// The rule id, e.g. `MO-01`.
    pub rule: String,
    /// The stable obligation code, e.g. `mo-transfer-basis`.
    pub obligation: String,
    /// What is missing, in a line, in each language the pack gives.
    pub title: Wording,
    /// Where the obligation comes from.
    pub citation: Wording,
    /// How well the citation is verified.
    pub verification: Verification,
    /// What to do about it.
    pub mitigation: Wording,
    /// The pack of the rule.
    pub pack: String,
}

/// A rule that fired on a flow, a site or the map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Stable id `RULE@subject`, to which treatments attach.
    pub id: FindingId,
    /// What it is about.
    pub subject: Subject,
    /// How bad it is.
    pub severity: Severity,
    /// How likely its harm is.
    pub likelihood: Likelihood,
    /// For Mainland export findings, the step of the mechanism decision that applied (for an
    /// exempt flow, the article that exempts it).
    pub detail: Option<Wording>,
    /// Why it fired, recorded with the evaluation; [`Finding::reasons`] puts it in words.
    pub why: Reasons,
    /// The rule's texts.
    pub texts: Arc<FindingTexts>,
}

impl Finding {
    /// Why it fired: the facts that made the rule's condition hold and the safeguards or facts
    /// it looked for and did not find, in words built from the rule's data and the map.
    pub fn reasons(&self) -> Vec<String> {
        self.why.texts()
    }

    /// Why it fired, in `language`.
    pub fn reasons_in(&self, language: Language) -> Vec<String> {
        self.why.texts_in(language)
    }

    /// Severity × likelihood, 1 to 25.
    pub fn score(&self) -> u8 {
        self.severity.level() * self.likelihood.level()
    }

    /// The rule id, e.g. `MO-01`.
    pub fn rule(&self) -> &str {
        &self.texts.rule
    }

    /// The stable obligation code.
    pub fn obligation(&self) -> &str {
        &self.texts.obligation
    }

    /// What is missing, in a line, in English.
    pub fn title(&self) -> &str {
        self.texts.title.text(Language::English)
    }

    /// What is missing, in a line, in `language` (or the language it falls back to).
    pub fn title_in(&self, language: Language) -> &str {
        self.texts.title.text(language)
    }

    /// Where the obligation comes from, in English.
    pub fn citation(&self) -> &str {
        self.texts.citation.text(Language::English)
    }

    /// Where the obligation comes from, in `language`.
    pub fn citation_in(&self, language: Language) -> &str {
        self.texts.citation.text(language)
    }

    /// How well the citation is verified.
    pub fn verification(&self) -> &Verification {
        &self.texts.verification
    }

    /// What to do about it, in English.
    pub fn mitigation(&self) -> &str {
        self.texts.mitigation.text(Language::English)
    }

    /// What to do about it, in `language`.
    pub fn mitigation_in(&self, language: Language) -> &str {
        self.texts.mitigation.text(language)
    }

    /// The step of the mechanism decision that applied, in `language`.
    pub fn detail_in(&self, language: Language) -> Option<&str> {
        self.detail.as_ref().map(|detail| detail.text(language))
    }
}

/// The aggregated Mainland exports of a map (Order 16 counts per exporter and forbids
/// splitting, so every flow is judged by these totals).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ExportTotals {
    /// People whose sensitive personal information leaves, summed over the flows.
    pub sensitive_subjects: u64,
    /// People whose other personal information leaves, summed over the flows.
    pub non_sensitive_subjects: u64,
    /// How many flows were counted.
    pub flows: usize,
    /// Of those, how many have no subject count (counted as 0: the totals may be too low).
    pub flows_with_unknown_count: usize,
}

/// The Mainland export totals of one exporting entity: every flow it exports is judged by them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EntityTotals {
    /// The legal entity: the source site's `entity`, else the map's organisation.
    pub entity: String,
    /// Its aggregated exports.
    #[serde(flatten)]
    pub totals: ExportTotals,
}

/// The result of evaluating a map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// The day the rules were taken as in force.
    pub as_of: Date,
    /// The findings: flows by id, then sites by id, then the map; within each, in pack order.
    pub findings: Vec<Finding>,
    /// The Mainland export totals of all exporting entities together (a summary; each flow is
    /// judged by its own entity's totals in [`Evaluation::mainland_exports_by_entity`]).
    pub mainland_exports: ExportTotals,
    /// The Mainland export totals per exporting entity, by entity name.
    pub mainland_exports_by_entity: Vec<EntityTotals>,
    /// The name of the Mainland mechanism decision in force, if any.
    pub mechanism: Option<Wording>,
    /// Which classes the rulebook declares sensitive on `as_of` (for legends and marks).
    pub sensitivity: Sensitivity,
    /// The entities whose counted Mainland exports edition 2026-12 put in the map's
    /// organisation (an outside party, an office's or system's operator), with how many
    /// counted flows each: the totals changed under edition 2027-01's default.
    pub entities_changed_by_default: Vec<(String, usize)>,
}

impl Evaluation {
    /// The findings about one flow.
    pub fn findings_for_flow<'a>(
        &'a self,
        flow: &'a FlowId,
    ) -> impl Iterator<Item = &'a Finding> + 'a {
        self.findings
            .iter()
            .filter(move |finding| matches!(&finding.subject, Subject::Flow(id) if id == flow))
    }

    /// How many findings have each severity.
    pub fn count_by_severity(&self) -> SeverityCounts {
        let mut counts = SeverityCounts::default();
        for finding in &self.findings {
            if let Some(slot) = counts.0.get_mut(finding.severity.index()) {
                *slot += 1;
            }
        }
        counts
    }
}

/// How many findings have each severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SeverityCounts([usize; 5]);

impl SeverityCounts {
    /// How many findings have `severity`.
    pub fn get(&self, severity: Severity) -> usize {
        self.0.get(severity.index()).copied().unwrap_or(0)
    }
}

/// A flow reduced to masks and numbers, so conditions evaluate without lookups.
struct FlowFacts {
    source: u8,
    target: u8,
    source_kind: u32,
    target_kind: u32,
    classes: u32,
    macau_sensitive: bool,
    pipl_sensitive: bool,
    safeguards: u32,
    flags: u32,
    basis: u32,
    role: u32,
    access: Access,
    retention_known: bool,
    count_known: bool,
    sensitive: u64,
    non_sensitive: u64,
    /// The exporting entity, as an index into the evaluation's entity names.
    entity: usize,
    /// Which rule of rules-spec section 2 gave the exporting entity.
    entity_origin: EntityOrigin,
    /// The handler (for CN-17): the source's entity when the recipient is a processor, else
    /// the target's, as an index into the entity names.
    handler: usize,
    /// Which rule gave the handler.
    handler_origin: EntityOrigin,
    /// The sector bit of each end's entity (the site's, else the map's), 0 when unknown.
    source_sector: u32,
    target_sector: u32,
    /// The source site, by position in the evaluation's sites.
    source_site: usize,
    /// People a year for per-handler counts: the sensitive count when recorded, else the count.
    people: u64,
    /// The named facts that hold, one bit per fact index: the first 64 inline (every real
    /// pack), the rest in `more_facts`, so a flow needs no allocation for them.
    facts: u64,
    more_facts: Vec<u64>,
    mechanism: Option<(Outcome, Wording)>,
}

fn set_mask<T: PartialEq + Copy>(all: &[T], values: impl IntoIterator<Item = T>) -> u32 {
    values
        .into_iter()
        .fold(0, |mask, value| mask | bit(all, &value))
}

/// Who a flow's facts name: its exporting entity, its handler and its source site, resolved
/// by the evaluation.
struct FlowParties {
    entity: usize,
    entity_origin: EntityOrigin,
    handler: usize,
    handler_origin: EntityOrigin,
    source_site: usize,
    map_sector: Option<Sector>,
}

fn sector_bit(site: Option<Sector>, map: Option<Sector>) -> u32 {
    site.or(map).map_or(0, |sector| bit(Sector::ALL, &sector))
}

impl FlowFacts {
    fn new(
        view: &FlowView<'_>,
        sensitivity: &Sensitivity,
        parties: &FlowParties,
        facts: usize,
    ) -> Self {
        let flow = view.flow;
        let classes = set_mask(DataClass::ALL, flow.data_classes.iter().copied());
        let pipl_sensitive = classes & sensitivity.pipl_mask() != 0;
        let subjects = flow.subjects_per_year.unwrap_or(0);
        // Without a separate count, everyone on a flow with a PIPL-sensitive class counts as
        // sensitive (the spec's conservative reading).
        let sensitive = match flow.sensitive_subjects_per_year {
            Some(count) => count,
            None if pipl_sensitive => subjects,
            None => 0,
        };
        Self {
            source: place_bit(&view.source.jurisdiction),
            target: place_bit(&view.target.jurisdiction),
            source_kind: bit(SiteKind::ALL, &view.source.kind),
            target_kind: bit(SiteKind::ALL, &view.target.kind),
            classes,
            macau_sensitive: classes & sensitivity.macau_mask() != 0,
            pipl_sensitive,
            safeguards: set_mask(Safeguard::ALL, flow.safeguards.iter().copied()),
            flags: set_mask(Flag::ALL, flow.flags.iter().copied()),
            basis: bit(LegalBasis::ALL, &flow.legal_basis),
            role: flow
                .recipient_role
                .map_or(0, |role| bit(RecipientRole::ALL, &role)),
            access: flow.access,
            retention_known: flow.retention_days.is_some(),
            count_known: flow.subjects_per_year.is_some()
                || flow.sensitive_subjects_per_year.is_some(),
            sensitive,
            non_sensitive: subjects.saturating_sub(sensitive),
            entity: parties.entity,
            entity_origin: parties.entity_origin,
            handler: parties.handler,
            handler_origin: parties.handler_origin,
            source_sector: sector_bit(view.source.sector, parties.map_sector),
            target_sector: sector_bit(view.target.sector, parties.map_sector),
            source_site: parties.source_site,
            people: flow
                .sensitive_subjects_per_year
                .or(flow.subjects_per_year)
                .unwrap_or(0),
            facts: 0,
            more_facts: if facts > 64 {
                vec![0; (facts - 64).div_ceil(64)]
            } else {
                Vec::new()
            },
            mechanism: None,
        }
    }

    fn fact(&self, index: usize) -> bool {
        if index < 64 {
            return self.facts & (1 << index) != 0;
        }
        self.more_facts
            .get((index - 64) / 64)
            .is_some_and(|word| word & (1 << (index % 64)) != 0)
    }

    fn set_fact(&mut self, index: usize) {
        if index < 64 {
            self.facts |= 1 << index;
        } else if let Some(word) = self.more_facts.get_mut((index - 64) / 64) {
            *word |= 1 << (index % 64);
        }
    }
}

/// A site reduced to what site conditions look at.
struct SiteFacts {
    place: u8,
    kind: u32,
    incoming: Vec<usize>,
    outgoing: Vec<usize>,
}

/// The flows grouped as conditions on other flows look them up.
#[derive(Default)]
struct Groups {
    /// The flows reaching each site, by site position.
    incoming: Vec<Vec<usize>>,
    /// The flows of each handler, by entity index.
    by_handler: Vec<Vec<usize>>,
}

static NO_GROUPS: Groups = Groups {
    incoming: Vec::new(),
    by_handler: Vec::new(),
};

/// What conditions are evaluated against: the export totals of each entity and the flows.
struct Context<'a> {
    entity_totals: &'a [ExportTotals],
    map_totals: &'a ExportTotals,
    flows: &'a [FlowFacts],
    groups: &'a Groups,
}

const NO_TOTALS: ExportTotals = ExportTotals {
    sensitive_subjects: 0,
    non_sensitive_subjects: 0,
    flows: 0,
    flows_with_unknown_count: 0,
};

impl Context<'_> {
    /// A context for one flow at a time: no totals, no other flows.
    fn single() -> Context<'static> {
        Context {
            entity_totals: &[],
            map_totals: &NO_TOTALS,
            flows: &[],
            groups: &NO_GROUPS,
        }
    }

    /// The flows that reached the flow's source site, satisfy `condition` and carry one of the
    /// flow's classes.
    fn received<'c>(
        &'c self,
        condition: &'c Compiled,
        flow: &'c FlowFacts,
    ) -> impl Iterator<Item = usize> + 'c {
        let incoming = self.groups.incoming.get(flow.source_site);
        incoming
            .into_iter()
            .flatten()
            .copied()
            .filter(move |index| {
                self.flows.get(*index).is_some_and(|other| {
                    other.classes & flow.classes != 0 && self.flow(condition, other)
                })
            })
    }

    /// The flows of the flow's handler that satisfy `condition`.
    fn handler_flows<'c>(
        &'c self,
        condition: &'c Compiled,
        flow: &'c FlowFacts,
    ) -> impl Iterator<Item = &'c FlowFacts> + 'c {
        let group = self.groups.by_handler.get(flow.handler);
        group
            .into_iter()
            .flatten()
            .filter_map(|index| self.flows.get(*index))
            .filter(move |other| self.flow(condition, other))
    }

    /// People a year over the handler's flows that satisfy `condition`, and how many flows.
    fn handler_people(&self, condition: &Compiled, flow: &FlowFacts) -> (u64, usize) {
        self.handler_flows(condition, flow)
            .fold((0, 0), |(people, flows), other| {
                (people.saturating_add(other.people), flows + 1)
            })
    }

    /// The totals a flow is judged by: those of its exporting entity.
    fn totals_of(&self, flow: &FlowFacts) -> &ExportTotals {
        self.entity_totals.get(flow.entity).unwrap_or(&NO_TOTALS)
    }

    /// A flow condition. Named facts were computed before, in dependency order.
    fn flow(&self, condition: &Compiled, flow: &FlowFacts) -> bool {
        match condition {
            Compiled::All(items) => items.iter().all(|item| self.flow(item, flow)),
            Compiled::Any(items) => items.iter().any(|item| self.flow(item, flow)),
            Compiled::Not(item) => !self.flow(item, flow),
            Compiled::Fact(index) => flow.fact(*index),
            Compiled::Source(places) => flow.source & places != 0,
            Compiled::Target(places) => flow.target & places != 0,
            Compiled::SourceKind(mask) => flow.source_kind & mask != 0,
            Compiled::TargetKind(mask) => flow.target_kind & mask != 0,
            Compiled::SourceSector(mask) => flow.source_sector & mask != 0,
            Compiled::TargetSector(mask) => flow.target_sector & mask != 0,
            Compiled::SourceReceived(item) => self.received(item, flow).next().is_some(),
            Compiled::HandlerSubjectsAtLeast(item, n) => self.handler_people(item, flow).0 >= *n,
            Compiled::HandlerAny(item) => self.handler_flows(item, flow).next().is_some(),
            Compiled::ClassesAny(mask) => flow.classes & mask != 0,
            Compiled::ClassesAll(mask) => flow.classes & mask == *mask,
            Compiled::MacauSensitive => flow.macau_sensitive,
            Compiled::PiplSensitive => flow.pipl_sensitive,
            Compiled::Safeguards(mask) => flow.safeguards & mask != 0,
            Compiled::Flags(mask) => flow.flags & mask != 0,
            Compiled::Basis(mask) => flow.basis & mask != 0,
            Compiled::Role(mask) => flow.role & mask != 0,
            Compiled::Access(access) => flow.access == *access,
            Compiled::RetentionUnknown => !flow.retention_known,
            Compiled::Mechanism(outcome) => flow
                .mechanism
                .as_ref()
                .is_some_and(|(decided, _)| decided == outcome),
            Compiled::TotalSensitiveAtLeast(n) => self.totals_of(flow).sensitive_subjects >= *n,
            Compiled::TotalNonSensitiveAtLeast(n) => {
                self.totals_of(flow).non_sensitive_subjects >= *n
            }
            Compiled::TotalSubjectsAtLeast(n) => subjects(self.totals_of(flow)) >= *n,
            // Site and map predicates never compile into a flow condition.
            Compiled::SiteIn(_)
            | Compiled::SiteKind(_)
            | Compiled::AnyIncoming(_)
            | Compiled::AnyOutgoing(_)
            | Compiled::AnyFlow(_) => false,
        }
    }

    /// The first of `indices` whose flow satisfies the condition.
    fn first_flow(
        &self,
        condition: &Compiled,
        mut indices: impl Iterator<Item = usize>,
    ) -> Option<usize> {
        indices.find(|index| {
            self.flows
                .get(*index)
                .is_some_and(|flow| self.flow(condition, flow))
        })
    }

    fn site(&self, condition: &Compiled, site: &SiteFacts) -> bool {
        match condition {
            Compiled::All(items) => items.iter().all(|item| self.site(item, site)),
            Compiled::Any(items) => items.iter().any(|item| self.site(item, site)),
            Compiled::Not(item) => !self.site(item, site),
            Compiled::SiteIn(places) => site.place & places != 0,
            Compiled::SiteKind(mask) => site.kind & mask != 0,
            Compiled::AnyIncoming(item) => self
                .first_flow(item, site.incoming.iter().copied())
                .is_some(),
            Compiled::AnyOutgoing(item) => self
                .first_flow(item, site.outgoing.iter().copied())
                .is_some(),
            other => self.totals(other),
        }
    }

    fn map(&self, condition: &Compiled) -> bool {
        match condition {
            Compiled::All(items) => items.iter().all(|item| self.map(item)),
            Compiled::Any(items) => items.iter().any(|item| self.map(item)),
            Compiled::Not(item) => !self.map(item),
            Compiled::AnyFlow(item) => self.first_flow(item, 0..self.flows.len()).is_some(),
            other => self.totals(other),
        }
    }

    /// Totals outside a flow: the map's exports of all entities together.
    fn totals(&self, condition: &Compiled) -> bool {
        match condition {
            Compiled::TotalSensitiveAtLeast(n) => self.map_totals.sensitive_subjects >= *n,
            Compiled::TotalNonSensitiveAtLeast(n) => self.map_totals.non_sensitive_subjects >= *n,
            Compiled::TotalSubjectsAtLeast(n) => subjects(self.map_totals) >= *n,
            _ => false,
        }
    }
}

fn subjects(totals: &ExportTotals) -> u64 {
    totals
        .sensitive_subjects
        .saturating_add(totals.non_sensitive_subjects)
}

/// A rule in force with its texts resolved for the day, shared by all its findings.
struct ActiveRule<'a> {
    rule: &'a Rule,
    index: usize,
    texts: Arc<FindingTexts>,
}

impl ActiveRule<'_> {
    fn finding(&self, subject: Subject, detail: Option<&Wording>, about: About) -> Finding {
        let id = FindingId::new(&self.texts.rule, subject.id());
        Finding {
            id,
            subject,
            severity: self.rule.severity,
            likelihood: self.rule.likelihood,
            detail: if self.rule.explains_mechanism {
                detail.cloned()
            } else {
                None
            },
            why: Reasons {
                data: None,
                rule: self.index,
                about,
            },
            texts: self.texts.clone(),
        }
    }
}
