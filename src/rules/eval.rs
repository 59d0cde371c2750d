//! Evaluation: derived facts per flow, the Mainland mechanism decision with volume aggregation,
//! and the findings of every rule in force.

use std::collections::HashMap;
use std::sync::Arc;

use serde::Serialize;

use super::condition::{Compiled, Outcome, Scope, bit, place_bit};
use super::{Rule, Rulebook, Verification};
use crate::model::{
    Access, DataClass, Date, Flag, FlowId, FlowView, LegalBasis, Map, RecipientRole, Safeguard,
    SiteId, SiteKind,
};

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
    pub id: String,
    /// What it is about.
    pub subject: Subject,
    /// 1 to 5.
    pub severity: u8,
    /// 1 to 5.
    pub likelihood: u8,
    /// For Mainland export findings, the step of the mechanism decision that applied.
    pub detail: Option<Arc<str>>,
    /// The rule's texts.
    pub texts: Arc<FindingTexts>,
}

impl Finding {
    /// Severity × likelihood, 1 to 25.
    pub fn score(&self) -> u8 {
        self.severity * self.likelihood
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

/// The result of evaluating a map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// The day the rules were taken as in force.
    pub as_of: Date,
    /// The findings: flows by id, then sites by id, then the map; within each, in pack order.
    pub findings: Vec<Finding>,
    /// The Mainland export totals used by the mechanism decision.
    pub mainland_exports: ExportTotals,
    /// The name of the Mainland mechanism decision in force, if any.
    pub mechanism: Option<String>,
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

    /// How many findings have each severity: index 0 is severity 1.
    pub fn count_by_severity(&self) -> [usize; 5] {
        let mut counts = [0; 5];
        for finding in &self.findings {
            if let Some(slot) = counts.get_mut(usize::from(finding.severity).saturating_sub(1)) {
                *slot += 1;
            }
        }
        counts
    }
}

/// A flow reduced to masks and numbers, so conditions evaluate without lookups.
struct FlowFacts {
    source: u8,
    target: u8,
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
    mechanism: Option<(Outcome, Arc<str>)>,
}

fn set_mask<T: PartialEq + Copy>(all: &[T], values: impl IntoIterator<Item = T>) -> u32 {
    values
        .into_iter()
        .fold(0, |mask, value| mask | bit(all, &value))
}

impl FlowFacts {
    fn new(view: &FlowView<'_>) -> Self {
        let flow = view.flow;
        let pipl_sensitive = flow.data_classes.iter().any(|class| class.pipl_sensitive());
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
            classes: set_mask(DataClass::ALL, flow.data_classes.iter().copied()),
            macau_sensitive: flow
                .data_classes
                .iter()
                .any(|class| class.macau_sensitive()),
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
            mechanism: None,
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

const UNKNOWN: u8 = 0;
const FALSE: u8 = 1;
const TRUE: u8 = 2;

/// What conditions are evaluated against: the facts in force and the export totals.
struct Context<'a> {
    facts: &'a [Option<&'a Compiled>],
    totals: &'a ExportTotals,
    flows: &'a [FlowFacts],
}

impl Context<'_> {
    /// A flow condition; `memo` caches named facts for this flow and must be reset per flow.
    fn flow(&self, condition: &Compiled, flow: &FlowFacts, memo: &mut [u8]) -> bool {
        match condition {
            Compiled::All(items) => items.iter().all(|item| self.flow(item, flow, memo)),
            Compiled::Any(items) => items.iter().any(|item| self.flow(item, flow, memo)),
            Compiled::Not(item) => !self.flow(item, flow, memo),
            Compiled::Fact(index) => {
                match memo.get(*index).copied() {
                    Some(TRUE) => return true,
                    Some(FALSE) => return false,
                    _ => {}
                }
                // A fact with no definition in force that day is false.
                let value = match self.facts.get(*index).copied().flatten() {
                    Some(definition) => self.flow(definition, flow, memo),
                    None => false,
                };
                if let Some(slot) = memo.get_mut(*index) {
                    *slot = if value { TRUE } else { FALSE };
                }
                value
            }
            Compiled::Source(places) => flow.source & places != 0,
            Compiled::Target(places) => flow.target & places != 0,
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
            Compiled::TotalSensitiveAtLeast(n) => self.totals.sensitive_subjects >= *n,
            Compiled::TotalNonSensitiveAtLeast(n) => self.totals.non_sensitive_subjects >= *n,
            // Site and map predicates never compile into a flow condition.
            Compiled::SiteIn(_)
            | Compiled::SiteKind(_)
            | Compiled::AnyIncoming(_)
            | Compiled::AnyOutgoing(_)
            | Compiled::AnyFlow(_) => false,
        }
    }

    fn any_flow(&self, condition: &Compiled, indices: impl Iterator<Item = usize>) -> bool {
        let mut memo = vec![UNKNOWN; self.facts.len()];
        let mut indices = indices;
        indices.any(|index| {
            memo.fill(UNKNOWN);
            self.flows
                .get(index)
                .is_some_and(|flow| self.flow(condition, flow, &mut memo))
        })
    }

    fn site(&self, condition: &Compiled, site: &SiteFacts) -> bool {
        match condition {
            Compiled::All(items) => items.iter().all(|item| self.site(item, site)),
            Compiled::Any(items) => items.iter().any(|item| self.site(item, site)),
            Compiled::Not(item) => !self.site(item, site),
            Compiled::SiteIn(places) => site.place & places != 0,
            Compiled::SiteKind(mask) => site.kind & mask != 0,
            Compiled::AnyIncoming(item) => self.any_flow(item, site.incoming.iter().copied()),
            Compiled::AnyOutgoing(item) => self.any_flow(item, site.outgoing.iter().copied()),
            Compiled::TotalSensitiveAtLeast(n) => self.totals.sensitive_subjects >= *n,
            Compiled::TotalNonSensitiveAtLeast(n) => self.totals.non_sensitive_subjects >= *n,
            _ => false,
        }
    }

    fn map(&self, condition: &Compiled) -> bool {
        match condition {
            Compiled::All(items) => items.iter().all(|item| self.map(item)),
            Compiled::Any(items) => items.iter().any(|item| self.map(item)),
            Compiled::Not(item) => !self.map(item),
            Compiled::AnyFlow(item) => self.any_flow(item, 0..self.flows.len()),
            Compiled::TotalSensitiveAtLeast(n) => self.totals.sensitive_subjects >= *n,
            Compiled::TotalNonSensitiveAtLeast(n) => self.totals.non_sensitive_subjects >= *n,
            _ => false,
        }
    }
}

/// A rule in force with its texts resolved for the day, shared by all its findings.
struct ActiveRule<'a> {
    rule: &'a Rule,
    texts: Arc<FindingTexts>,
}

impl ActiveRule<'_> {
    fn finding(&self, subject: Subject, detail: Option<&Arc<str>>) -> Finding {
        let subject_id = subject.id();
        let mut id = String::with_capacity(self.texts.rule.len() + 1 + subject_id.len());
        id.push_str(&self.texts.rule);
        id.push('@');
        id.push_str(subject_id);
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
            texts: self.texts.clone(),
        }
    }
}

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
    let views: Vec<FlowView<'_>> = map.flows().collect();
    let mut flows: Vec<FlowFacts> = views.iter().map(FlowFacts::new).collect();
    let mut memo = vec![UNKNOWN; facts.len()];
    let mechanism = book.mechanisms.iter().find(|m| m.window.contains(as_of));

    let mut totals = ExportTotals::default();
    if let Some(mechanism) = mechanism {
        let context = Context {
            facts: &facts,
            totals: &totals,
            flows: &[],
        };
        let mut counted = ExportTotals::default();
        for flow in &flows {
            memo.fill(UNKNOWN);
            if context.flow(&mechanism.aggregate, flow, &mut memo) {
                counted.sensitive_subjects =
                    counted.sensitive_subjects.saturating_add(flow.sensitive);
                counted.non_sensitive_subjects = counted
                    .non_sensitive_subjects
                    .saturating_add(flow.non_sensitive);
                counted.flows += 1;
                counted.flows_with_unknown_count += usize::from(!flow.count_known);
            }
        }
        totals = counted;
        let context = Context {
            facts: &facts,
            totals: &totals,
            flows: &[],
        };
        for flow in &mut flows {
            memo.fill(UNKNOWN);
            if context.flow(&mechanism.applies, flow, &mut memo) {
                flow.mechanism = mechanism
                    .steps
                    .iter()
                    .find(|step| context.flow(&step.when, flow, &mut memo))
                    .map(|step| (step.outcome, step.basis.clone()));
            }
        }
    }

    let active: Vec<ActiveRule<'_>> = book
        .rules_in_force(as_of)
        .map(|rule| ActiveRule {
            rule,
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
        facts: &facts,
        totals: &totals,
        flows: &flows,
    };
    let mut findings = Vec::new();
    let flow_rules: Vec<&ActiveRule<'_>> = active
        .iter()
        .filter(|a| a.rule.scope == Scope::Flow)
        .collect();
    for (view, flow) in views.iter().zip(&flows) {
        memo.fill(UNKNOWN);
        for active in &flow_rules {
            if context.flow(&active.rule.condition, flow, &mut memo) {
                let detail = flow.mechanism.as_ref().map(|(_, basis)| basis);
                findings.push(active.finding(Subject::Flow(view.flow.id.clone()), detail));
            }
        }
    }

    let site_rules: Vec<&ActiveRule<'_>> = active
        .iter()
        .filter(|a| a.rule.scope == Scope::Site)
        .collect();
    if !site_rules.is_empty() {
        // Sites by position, so each flow end is found with one hash lookup.
        let sites: Vec<&crate::model::Site> = map.sites().collect();
        let position: HashMap<&SiteId, usize> = sites
            .iter()
            .enumerate()
            .map(|(index, site)| (&site.id, index))
            .collect();
        let mut ends: Vec<(Vec<usize>, Vec<usize>)> = vec![(Vec::new(), Vec::new()); sites.len()];
        for (index, view) in views.iter().enumerate() {
            if let Some(slot) = position
                .get(&view.flow.from)
                .and_then(|at| ends.get_mut(*at))
            {
                slot.1.push(index);
            }
            if let Some(slot) = position.get(&view.flow.to).and_then(|at| ends.get_mut(*at)) {
                slot.0.push(index);
            }
        }
        for (site, (incoming, outgoing)) in sites.into_iter().zip(ends) {
            let facts = SiteFacts {
                place: place_bit(&site.jurisdiction),
                kind: bit(SiteKind::ALL, &site.kind),
                incoming,
                outgoing,
            };
            for active in &site_rules {
                if context.site(&active.rule.condition, &facts) {
                    findings.push(active.finding(Subject::Site(site.id.clone()), None));
                }
            }
        }
    }

    for active in active.iter().filter(|a| a.rule.scope == Scope::Map) {
        if context.map(&active.rule.condition) {
            findings.push(active.finding(Subject::Map, None));
        }
    }

    Evaluation {
        as_of,
        findings,
        mainland_exports: totals,
        mechanism: mechanism.map(|m| m.name.clone()),
    }
}
