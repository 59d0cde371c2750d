//! Evaluation: derived facts per flow, the Mainland mechanism decision with volume aggregation,
//! and the findings of every rule in force.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde::Serialize;

mod reasons;

use super::condition::{Compiled, Outcome, Scope, bit, place_bit};
use super::{Rule, Rulebook, Sensitivity, Verification};
use crate::model::{
    Access, DataClass, Date, FindingId, Flag, FlowId, FlowView, LegalBasis, Likelihood, Map,
    RecipientRole, Safeguard, Severity, SiteId, SiteKind,
};
pub use reasons::Reasons;
use reasons::{About, ExplainData, FlowText, SiteText};

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
    /// What is missing, in a line.
    pub title: String,
    /// Where the obligation comes from.
    pub citation: String,
    /// How well the citation is verified.
    pub verification: Verification,
    /// What to do about it.
    pub mitigation: String,
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
    pub detail: Option<Arc<str>>,
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

    /// What is missing, in a line.
    pub fn title(&self) -> &str {
        &self.texts.title
    }

    /// Where the obligation comes from.
    pub fn citation(&self) -> &str {
        &self.texts.citation
    }

    /// How well the citation is verified.
    pub fn verification(&self) -> &Verification {
        &self.texts.verification
    }

    /// What to do about it.
    pub fn mitigation(&self) -> &str {
        &self.texts.mitigation
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
    pub mechanism: Option<String>,
    /// Which classes the rulebook declares sensitive on `as_of` (for legends and marks).
    pub sensitivity: Sensitivity,
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
    /// The named facts that hold, one bit per fact index: the first 64 inline (every real
    /// pack), the rest in `more_facts`, so a flow needs no allocation for them.
    facts: u64,
    more_facts: Vec<u64>,
    mechanism: Option<(Outcome, Arc<str>)>,
}

fn set_mask<T: PartialEq + Copy>(all: &[T], values: impl IntoIterator<Item = T>) -> u32 {
    values
        .into_iter()
        .fold(0, |mask, value| mask | bit(all, &value))
}

impl FlowFacts {
    fn new(view: &FlowView<'_>, sensitivity: &Sensitivity, entity: usize, facts: usize) -> Self {
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
            entity,
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

/// What conditions are evaluated against: the export totals of each entity and the flows.
struct Context<'a> {
    entity_totals: &'a [ExportTotals],
    map_totals: &'a ExportTotals,
    flows: &'a [FlowFacts],
}

const NO_TOTALS: ExportTotals = ExportTotals {
    sensitive_subjects: 0,
    non_sensitive_subjects: 0,
    flows: 0,
    flows_with_unknown_count: 0,
};

impl Context<'_> {
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
    fn finding(&self, subject: Subject, detail: Option<&Arc<str>>, about: About) -> Finding {
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

/// The name used for flows whose source site names no entity and whose map names no
/// organisation.
const DEFAULT_ENTITY: &str = "the map's organisation";

pub(super) fn evaluate(book: &Rulebook, map: &Map, as_of: Date) -> Evaluation {
    let facts: Vec<Option<&Compiled>> = book
        .facts
        .iter()
        .map(|definitions| {
            definitions
                .iter()
                .find(|(window, _)| window.contains(as_of))
                .map(|(_, compiled)| compiled)
        })
        .collect();
    let sensitivity = book.sensitivity(as_of);
    let views: Vec<FlowView<'_>> = map.flows().collect();

    // Exporting entities, interned so each flow carries a number. A site without an entity
    // belongs to the map's organisation; a site naming the organisation is the same entity.
    // The default is shown as "the map's organisation" unless some site names it, so a map and
    // its inventory (which has no organisation) give the same reasons.
    let organisation = map.meta.organisation.trim();
    let mut entity_names: Vec<&str> = Vec::new();
    let mut entity_index: HashMap<&str, usize> = HashMap::new();
    let mut default_index: Option<usize> = None;
    let mut flows: Vec<FlowFacts> = Vec::with_capacity(views.len());
    for view in &views {
        let named = view.source.entity.trim();
        let key = if named.is_empty() {
            organisation
        } else {
            named
        };
        // Most sites name no entity: the default is looked up once, not hashed per flow.
        let known = if named.is_empty() {
            default_index
        } else {
            None
        };
        let index = known.unwrap_or_else(|| {
            *entity_index.entry(key).or_insert_with(|| {
                entity_names.push(DEFAULT_ENTITY);
                entity_names.len() - 1
            })
        });
        if named.is_empty() {
            default_index = Some(index);
        }
        if !named.is_empty()
            && let Some(name) = entity_names.get_mut(index)
        {
            *name = named;
        }
        flows.push(FlowFacts::new(view, &sensitivity, index, facts.len()));
    }

    // Named facts, each after the facts it refers to: no recursion, however long the chain.
    let empty_context = Context {
        entity_totals: &[],
        map_totals: &NO_TOTALS,
        flows: &[],
    };
    for flow in &mut flows {
        for &index in &book.fact_order {
            if let Some(Some(definition)) = facts.get(index)
                && empty_context.flow(definition, flow)
            {
                flow.set_fact(index);
            }
        }
    }

    let mechanism = book.mechanisms.iter().find(|m| m.window.contains(as_of));
    let mut entity_totals = vec![ExportTotals::default(); entity_names.len()];
    let mut map_totals = ExportTotals::default();
    if let Some(mechanism) = mechanism {
        for flow in &flows {
            if empty_context.flow(&mechanism.aggregate, flow) {
                for totals in [entity_totals.get_mut(flow.entity), Some(&mut map_totals)]
                    .into_iter()
                    .flatten()
                {
                    totals.sensitive_subjects =
                        totals.sensitive_subjects.saturating_add(flow.sensitive);
                    totals.non_sensitive_subjects = totals
                        .non_sensitive_subjects
                        .saturating_add(flow.non_sensitive);
                    totals.flows += 1;
                    totals.flows_with_unknown_count += usize::from(!flow.count_known);
                }
            }
        }
        let steps: Vec<_> = mechanism
            .steps
            .iter()
            .filter(|step| step.window.contains(as_of))
            .collect();
        let context = Context {
            entity_totals: &entity_totals,
            map_totals: &map_totals,
            flows: &[],
        };
        let decided: Vec<Option<(Outcome, Arc<str>)>> = flows
            .iter()
            .map(|flow| {
                if context.flow(&mechanism.applies, flow) {
                    steps
                        .iter()
                        .find(|step| context.flow(&step.when, flow))
                        .map(|step| (step.outcome, step.basis.clone()))
                } else {
                    None
                }
            })
            .collect();
        for (flow, decided) in flows.iter_mut().zip(decided) {
            flow.mechanism = decided;
        }
    }

    let active: Vec<ActiveRule<'_>> = book
        .rules
        .iter()
        .enumerate()
        .filter(|(_, rule)| rule.window.contains(as_of))
        .map(|(index, rule)| ActiveRule {
            rule,
            index,
            texts: Arc::new(FindingTexts {
                rule: rule.id.clone(),
                obligation: rule.obligation.clone(),
                title: book.resolve_text(&rule.title, as_of),
                citation: book.resolve_text(&rule.citation, as_of),
                verification: rule.verification.clone(),
                mitigation: book.resolve_text(&rule.mitigation, as_of),
                pack: rule.pack.clone(),
            }),
        })
        .collect();
    let context = Context {
        entity_totals: &entity_totals,
        map_totals: &map_totals,
        flows: &flows,
    };
    let mut findings = Vec::new();
    let flow_rules: Vec<&ActiveRule<'_>> = active
        .iter()
        .filter(|a| a.rule.scope == Scope::Flow)
        .collect();
    for (index, (view, flow)) in views.iter().zip(&flows).enumerate() {
        for active in &flow_rules {
            if context.flow(&active.rule.condition, flow) {
                let detail = flow.mechanism.as_ref().map(|(_, basis)| basis);
                findings.push(active.finding(
                    Subject::Flow(view.flow.id.clone()),
                    detail,
                    About::Flow(index),
                ));
            }
        }
    }

    // Sites by position, so each flow end is found with one hash lookup.
    let sites: Vec<&crate::model::Site> = map.sites().collect();
    let position: HashMap<&SiteId, usize> = sites
        .iter()
        .enumerate()
        .map(|(index, site)| (&site.id, index))
        .collect();
    let flow_ends: Vec<(usize, usize)> = views
        .iter()
        .map(|view| {
            let at = |id: &SiteId| position.get(id).copied().unwrap_or(usize::MAX);
            (at(&view.flow.from), at(&view.flow.to))
        })
        .collect();
    let site_rules: Vec<&ActiveRule<'_>> = active
        .iter()
        .filter(|a| a.rule.scope == Scope::Site)
        .collect();
    let mut site_facts: Vec<SiteFacts> = Vec::new();
    if !site_rules.is_empty() {
        let mut ends: Vec<(Vec<usize>, Vec<usize>)> = vec![(Vec::new(), Vec::new()); sites.len()];
        for (index, (from, to)) in flow_ends.iter().enumerate() {
            if let Some(slot) = ends.get_mut(*from) {
                slot.1.push(index);
            }
            if let Some(slot) = ends.get_mut(*to) {
                slot.0.push(index);
            }
        }
        for (index, (site, (incoming, outgoing))) in sites.iter().zip(ends).enumerate() {
            let facts = SiteFacts {
                place: place_bit(&site.jurisdiction),
                kind: bit(SiteKind::ALL, &site.kind),
                incoming,
                outgoing,
            };
            for active in &site_rules {
                if context.site(&active.rule.condition, &facts) {
                    findings.push(active.finding(
                        Subject::Site(site.id.clone()),
                        None,
                        About::Site(index),
                    ));
                }
            }
            site_facts.push(facts);
        }
    }

    for active in active.iter().filter(|a| a.rule.scope == Scope::Map) {
        if context.map(&active.rule.condition) {
            findings.push(active.finding(Subject::Map, None, About::Map));
        }
    }

    let by_entity: BTreeMap<&str, ExportTotals> = entity_names
        .iter()
        .zip(&entity_totals)
        .filter(|(_, totals)| totals.flows > 0)
        .map(|(name, totals)| (*name, *totals))
        .collect();
    let mainland_exports_by_entity = by_entity
        .into_iter()
        .map(|(entity, totals)| EntityTotals {
            entity: entity.to_owned(),
            totals,
        })
        .collect();

    // What the reasons are put in words from, kept with the findings: the flows' facts and the
    // names of what they join. Words are built when asked for, so evaluating stays fast.
    let data = Arc::new(ExplainData {
        book: book.clone(),
        as_of,
        sensitivity,
        mechanism: mechanism.map(|m| m.name.clone()).unwrap_or_default(),
        flow_text: views
            .iter()
            .map(|view| FlowText {
                id: view.flow.id.clone(),
                legal_basis: view.flow.legal_basis,
                recipient_role: view.flow.recipient_role,
                access: view.flow.access,
                retention_days: view.flow.retention_days,
            })
            .collect(),
        flow_ends,
        flows,
        sites: sites
            .iter()
            .map(|site| SiteText {
                name: site.name.clone(),
                kind: site.kind,
                jurisdiction: site.jurisdiction,
            })
            .collect(),
        site_facts,
        entity_names: entity_names.iter().map(|name| (*name).to_owned()).collect(),
        entity_totals,
        map_totals,
    });
    for finding in &mut findings {
        finding.why.data = Some(data.clone());
    }
    Evaluation {
        as_of,
        findings,
        mainland_exports: map_totals,
        mainland_exports_by_entity,
        mechanism: mechanism.map(|m| m.name.clone()),
        sensitivity,
    }
}
