//! Why a finding fired, in words: the facts recorded with the evaluation, worded from the rule's
//! data and the map only when asked, so evaluation stays fast.

use super::*;

/// What a finding is about, by position in the evaluation's records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum About {
    Flow(usize),
    Site(usize),
    Map,
}

/// A flow's own values that reasons name.
pub(super) struct FlowText {
    pub(super) id: FlowId,
    pub(super) legal_basis: LegalBasis,
    pub(super) recipient_role: Option<RecipientRole>,
    pub(super) access: Access,
    pub(super) retention_days: Option<u32>,
}

/// A site's values that reasons name.
pub(super) struct SiteText {
    pub(super) name: String,
    pub(super) kind: SiteKind,
    pub(super) jurisdiction: crate::model::Jurisdiction,
}

/// A flow and its two ends, as reasons read them.
struct ViewText<'a> {
    flow: &'a FlowText,
    source: &'a SiteText,
    target: &'a SiteText,
}

/// Everything the reasons of one evaluation's findings are built from, shared by them all.
pub(super) struct ExplainData {
    pub(super) book: Rulebook,
    pub(super) as_of: Date,
    pub(super) sensitivity: Sensitivity,
    pub(super) mechanism: Wording,
    pub(super) flow_text: Vec<FlowText>,
    pub(super) flow_ends: Vec<(usize, usize)>,
    pub(super) flows: Vec<FlowFacts>,
    pub(super) sites: Vec<SiteText>,
    pub(super) site_facts: Vec<SiteFacts>,
    pub(super) entity_names: Vec<String>,
    pub(super) entity_totals: Vec<ExportTotals>,
    pub(super) map_totals: ExportTotals,
}

/// Why a finding fired, as the evaluation recorded it: the rule, what it is about, and the
/// evaluation's facts. [`Reasons::texts`] puts it in words.
#[derive(Clone)]
pub struct Reasons {
    pub(super) data: Option<Arc<ExplainData>>,
    pub(super) rule: usize,
    pub(super) about: About,
}

impl Reasons {
    /// The reasons in words, in the order the rule's condition reads; empty for a finding made
    /// outside an evaluation.
    pub fn texts(&self) -> Vec<String> {
        let Some(data) = self.data.as_deref() else {
            return Vec::new();
        };
        let Some(rule) = data.book.rules.get(self.rule) else {
            return Vec::new();
        };
        let facts: Vec<Option<&Compiled>> = data
            .book
            .facts
            .iter()
            .map(|definitions| {
                definitions
                    .iter()
                    .find(|(window, _)| window.contains(data.as_of))
                    .map(|(_, compiled)| compiled)
            })
            .collect();
        let context = Context {
            entity_totals: &data.entity_totals,
            map_totals: &data.map_totals,
            flows: &data.flows,
        };
        let explain = Explain {
            book: &data.book,
            facts: &facts,
            context: &context,
            data,
        };
        let mut out = Vec::new();
        match self.about {
            About::Flow(flow) => {
                explain.because(&rule.condition, flow, 0, &mut out);
                drop_repeated(&mut out);
            }
            About::Site(site) => {
                if let (Some(text), Some(facts)) = (data.sites.get(site), data.site_facts.get(site))
                {
                    explain.site(&rule.condition, text, facts, &mut out);
                }
            }
            About::Map => explain.map(&rule.condition, &mut out),
        }
        out
    }
}

impl PartialEq for Reasons {
    fn eq(&self, other: &Self) -> bool {
        self.texts() == other.texts()
    }
}

impl Eq for Reasons {}

impl std::fmt::Debug for Reasons {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.texts()).finish()
    }
}

/// Removes reasons that another reason already says word for word (a fact's explanation often
/// repeats a condition the rule also states on its own), keeping the order.
fn drop_repeated(reasons: &mut Vec<String>) {
    if reasons.len() < 2 {
        return;
    }
    let mut keep = vec![true; reasons.len()];
    for (index, reason) in reasons.iter().enumerate() {
        let repeated = reasons.iter().enumerate().any(|(other_index, other)| {
            other_index != index
                && (other.len() > reason.len() && other.contains(reason.as_str())
                    || other == reason && other_index < index)
        });
        if let Some(slot) = keep.get_mut(index) {
            *slot = !repeated;
        }
    }
    let mut flags = keep.into_iter();
    reasons.retain(|_| flags.next().unwrap_or(true));
}

/// How deep a reason follows named facts into their definitions; deeper facts are named only,
/// so a long chain of facts gives a short reason and no deep recursion.
const EXPLAIN_FACT_DEPTH: usize = 4;

/// Builds a finding's reasons from the rule's condition and the flow's facts: for a condition
/// that holds, what made it hold; for one that does not, what was looked for and not found.
struct Explain<'a> {
    book: &'a Rulebook,
    facts: &'a [Option<&'a Compiled>],
    context: &'a Context<'a>,
    data: &'a ExplainData,
}

/// The labels of the values of `all` whose bits are in `mask`, joined by `sep`.
fn labels<T: Copy>(all: &[T], mask: u32, label: fn(T) -> &'static str, sep: &str) -> String {
    let mut text = String::new();
    for (index, value) in all.iter().enumerate() {
        if index < 32 && mask & (1 << index) != 0 {
            if !text.is_empty() {
                text.push_str(sep);
            }
            text.push_str(label(*value));
        }
    }
    text
}

fn places(mask: u8) -> String {
    use crate::rules::condition::{PLACE_CN, PLACE_CN_GBA, PLACE_ELSEWHERE, PLACE_HK, PLACE_MO};
    let mut names = Vec::new();
    if mask & PLACE_MO != 0 {
        names.push("Macau");
    }
    match (mask & PLACE_CN_GBA != 0, mask & PLACE_CN != 0) {
        (true, true) => names.push("the Mainland"),
        (true, false) => names.push("the Mainland GBA"),
        (false, true) => names.push("the Mainland outside the GBA"),
        (false, false) => {}
    }
    if mask & PLACE_HK != 0 {
        names.push("Hong Kong");
    }
    if mask & PLACE_ELSEWHERE != 0 {
        names.push("elsewhere");
    }
    names.join(" or ")
}

fn outcome_words(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Assessment => "a CAC security assessment is needed",
        Outcome::Contract => "a standard contract or certification is needed",
        Outcome::Exempt => "no transfer mechanism is needed",
    }
}

impl Explain<'_> {
    fn flow_facts(&self, flow: usize) -> Option<(ViewText<'_>, &FlowFacts)> {
        let (from, to) = self.data.flow_ends.get(flow)?;
        let view = ViewText {
            flow: self.data.flow_text.get(flow)?,
            source: self.data.sites.get(*from)?,
            target: self.data.sites.get(*to)?,
        };
        Some((view, self.context.flows.get(flow)?))
    }

    fn holds(&self, condition: &Compiled, flow: usize) -> bool {
        self.context
            .flows
            .get(flow)
            .is_some_and(|facts| self.context.flow(condition, facts))
    }

    fn fact_words(&self, index: usize) -> String {
        self.book
            .fact_info
            .get(index)
            .map_or_else(String::new, |info| {
                let label = info.label.text(Language::English);
                if label == &*info.name {
                    info.name.to_string()
                } else {
                    format!("{label} ({})", info.name)
                }
            })
    }

    fn totals_words(&self, facts: &FlowFacts) -> String {
        let totals = self.context.totals_of(facts);
        let entity = self
            .data
            .entity_names
            .get(facts.entity)
            .map_or("", String::as_str);
        let mut text = format!(
            "judged by the Mainland exports of {entity}: {} people with sensitive and {} with \
             other personal information a year, over {} flow(s)",
            totals.sensitive_subjects, totals.non_sensitive_subjects, totals.flows
        );
        if totals.flows_with_unknown_count > 0 {
            text.push_str(&format!(
                ", {} without a count",
                totals.flows_with_unknown_count
            ));
        }
        text
    }

    /// Why `condition`, which holds for the flow, holds.
    fn because(&self, condition: &Compiled, flow: usize, depth: usize, out: &mut Vec<String>) {
        let Some((view, facts)) = self.flow_facts(flow) else {
            return;
        };
        match condition {
            Compiled::All(items) => {
                for item in items {
                    self.because(item, flow, depth, out);
                }
            }
            Compiled::Any(items) => {
                if let Some(item) = items.iter().find(|item| self.holds(item, flow)) {
                    self.because(item, flow, depth, out);
                }
            }
            Compiled::Not(item) => self.lacking(item, flow, depth, out),
            Compiled::Fact(index) => {
                let words = self.fact_words(*index);
                let definition = self.facts.get(*index).copied().flatten();
                let mut inner = Vec::new();
                if let Some(definition) = definition
                    && depth < EXPLAIN_FACT_DEPTH
                {
                    self.because(definition, flow, depth + 1, &mut inner);
                }
                if inner.is_empty() {
                    out.push(words);
                } else {
                    out.push(format!("{}, so {words}", inner.join("; ")));
                }
            }
            Compiled::Source(_) => out.push(format!(
                "source {} is in {} ({})",
                view.source.name,
                view.source.jurisdiction.label(),
                view.source.jurisdiction
            )),
            Compiled::Target(_) => out.push(format!(
                "target {} is in {} ({})",
                view.target.name,
                view.target.jurisdiction.label(),
                view.target.jurisdiction
            )),
            Compiled::SourceKind(_) => out.push(format!(
                "source {} is a {}",
                view.source.name,
                view.source.kind.label()
            )),
            Compiled::TargetKind(_) => out.push(format!(
                "target {} is a {}",
                view.target.name,
                view.target.kind.label()
            )),
            Compiled::ClassesAny(mask) => out.push(format!(
                "carries {}",
                labels(DataClass::ALL, facts.classes & mask, DataClass::label, ", ")
            )),
            Compiled::ClassesAll(mask) => out.push(format!(
                "carries {}",
                labels(DataClass::ALL, *mask, DataClass::label, " and ")
            )),
            Compiled::MacauSensitive => out.push(format!(
                "carries {}, sensitive under Macau PDPA Art 7 on {}",
                labels(
                    DataClass::ALL,
                    facts.classes & self.sensitivity().macau_mask(),
                    DataClass::label,
                    ", "
                ),
                self.data.as_of
            )),
            Compiled::PiplSensitive => out.push(format!(
                "carries {}, sensitive under PIPL Art 28 on {}",
                labels(
                    DataClass::ALL,
                    facts.classes & self.sensitivity().pipl_mask(),
                    DataClass::label,
                    ", "
                ),
                self.data.as_of
            )),
            Compiled::Safeguards(mask) => out.push(format!(
                "safeguard recorded: {}",
                labels(
                    Safeguard::ALL,
                    facts.safeguards & mask,
                    Safeguard::label,
                    ", "
                )
            )),
            Compiled::Flags(mask) => out.push(format!(
                "flagged: {}",
                labels(Flag::ALL, facts.flags & mask, Flag::label, ", ")
            )),
            Compiled::Basis(_) => {
                out.push(format!("legal basis: {}", view.flow.legal_basis.label()))
            }
            Compiled::Role(_) => out.push(format!(
                "recipient {} is a {}",
                view.target.name,
                view.flow
                    .recipient_role
                    .map_or("recipient of unrecorded role", RecipientRole::label)
            )),
            Compiled::Access(access) => out.push(format!(
                "{} is {} from {}",
                view.flow.id,
                access.label().to_lowercase(),
                view.target.name
            )),
            Compiled::RetentionUnknown => {
                out.push(format!("no retention period recorded on {}", view.flow.id));
            }
            Compiled::Mechanism(outcome) => {
                let basis = facts
                    .mechanism
                    .as_ref()
                    .map_or("", |(_, basis)| basis.text(Language::English));
                out.push(format!(
                    "{}: {} ({basis}); {}",
                    self.data.mechanism.text(Language::English),
                    outcome_words(*outcome),
                    self.totals_words(facts)
                ));
            }
            Compiled::TotalSensitiveAtLeast(n)
            | Compiled::TotalNonSensitiveAtLeast(n)
            | Compiled::TotalSubjectsAtLeast(n) => out.push(format!(
                "threshold {n} reached; {}",
                self.totals_words(facts)
            )),
            Compiled::SiteIn(_)
            | Compiled::SiteKind(_)
            | Compiled::AnyIncoming(_)
            | Compiled::AnyOutgoing(_)
            | Compiled::AnyFlow(_) => {}
        }
    }

    /// Why `condition`, which does not hold for the flow, does not hold.
    fn lacking(&self, condition: &Compiled, flow: usize, depth: usize, out: &mut Vec<String>) {
        let Some((view, facts)) = self.flow_facts(flow) else {
            return;
        };
        match condition {
            Compiled::All(items) => {
                if let Some(item) = items.iter().find(|item| !self.holds(item, flow)) {
                    self.lacking(item, flow, depth, out);
                }
            }
            Compiled::Any(items) => match items.as_slice() {
                [one] => self.lacking(one, flow, depth, out),
                _ => {
                    if items.iter().any(|item| self.mentions_basis(item, depth)) {
                        out.push(format!("legal basis: {}", view.flow.legal_basis.label()));
                    }
                    let phrases: Vec<String> =
                        items.iter().map(|item| self.phrase(item, flow)).collect();
                    out.push(format!("none of: {}", phrases.join("; ")));
                }
            },
            Compiled::Not(item) => self.because(item, flow, depth, out),
            Compiled::Fact(index) => {
                let words = self.fact_words(*index);
                let definition = self.facts.get(*index).copied().flatten();
                let mut inner = Vec::new();
                match definition {
                    None => inner.push(format!("{words} is not defined on {}", self.data.as_of)),
                    Some(definition) if depth < EXPLAIN_FACT_DEPTH => {
                        self.lacking(definition, flow, depth + 1, &mut inner);
                    }
                    Some(_) => {}
                }
                if inner.is_empty() {
                    out.push(format!("not {words} on {}", view.flow.id));
                } else {
                    out.push(format!("{}, so not {words}", inner.join("; ")));
                }
            }
            Compiled::Source(places_mask) => out.push(format!(
                "source {} is in {} ({}), not {}",
                view.source.name,
                view.source.jurisdiction.label(),
                view.source.jurisdiction,
                places(*places_mask)
            )),
            Compiled::Target(places_mask) => out.push(format!(
                "target {} is in {} ({}), not {}",
                view.target.name,
                view.target.jurisdiction.label(),
                view.target.jurisdiction,
                places(*places_mask)
            )),
            Compiled::SourceKind(mask) => out.push(format!(
                "source {} is a {}, not {}",
                view.source.name,
                view.source.kind.label(),
                labels(SiteKind::ALL, *mask, SiteKind::label, " or ")
            )),
            Compiled::TargetKind(mask) => out.push(format!(
                "target {} is a {}, not {}",
                view.target.name,
                view.target.kind.label(),
                labels(SiteKind::ALL, *mask, SiteKind::label, " or ")
            )),
            Compiled::ClassesAny(mask) => out.push(format!(
                "carries none of {}",
                labels(DataClass::ALL, *mask, DataClass::label, ", ")
            )),
            Compiled::ClassesAll(mask) => out.push(format!(
                "does not carry {}",
                labels(
                    DataClass::ALL,
                    mask & !facts.classes,
                    DataClass::label,
                    ", "
                )
            )),
            Compiled::MacauSensitive => out.push(format!(
                "{} carries no class sensitive under Macau PDPA Art 7 on {}",
                view.flow.id, self.data.as_of
            )),
            Compiled::PiplSensitive => out.push(format!(
                "{} carries no class sensitive under PIPL Art 28 on {}",
                view.flow.id, self.data.as_of
            )),
            Compiled::Safeguards(mask) => out.push(format!(
                "missing safeguard: {}",
                labels(Safeguard::ALL, *mask, Safeguard::label, " or ")
            )),
            Compiled::Flags(mask) => out.push(format!(
                "not flagged {}",
                labels(Flag::ALL, *mask, Flag::label, " or ")
            )),
            Compiled::Basis(mask) => out.push(format!(
                "legal basis: {}, not {}",
                view.flow.legal_basis.label(),
                labels(LegalBasis::ALL, *mask, LegalBasis::label, " or ")
            )),
            Compiled::Role(mask) => out.push(format!(
                "recipient {} is {}, not {}",
                view.target.name,
                view.flow
                    .recipient_role
                    .map_or("of unrecorded role", RecipientRole::label),
                labels(RecipientRole::ALL, *mask, RecipientRole::label, " or ")
            )),
            Compiled::Access(_) => out.push(format!(
                "access on {}: {}",
                view.flow.id,
                view.flow.access.label()
            )),
            Compiled::RetentionUnknown => out.push(format!(
                "retention period on {}: {} days",
                view.flow.id,
                view.flow.retention_days.unwrap_or(0)
            )),
            Compiled::Mechanism(outcome) => {
                let decided = facts
                    .mechanism
                    .as_ref()
                    .map_or("no Mainland mechanism decision applies", |(o, _)| {
                        outcome_words(*o)
                    });
                out.push(format!(
                    "not the case that {} on {}: {decided}",
                    outcome_words(*outcome),
                    view.flow.id
                ));
            }
            Compiled::TotalSensitiveAtLeast(n)
            | Compiled::TotalNonSensitiveAtLeast(n)
            | Compiled::TotalSubjectsAtLeast(n) => out.push(format!(
                "under the threshold of {n}; {}",
                self.totals_words(facts)
            )),
            Compiled::SiteIn(_)
            | Compiled::SiteKind(_)
            | Compiled::AnyIncoming(_)
            | Compiled::AnyOutgoing(_)
            | Compiled::AnyFlow(_) => {}
        }
    }

    /// A short phrase naming what a condition looks for, for "none of" lists; where it can,
    /// it also says what the flow has instead.
    fn phrase(&self, condition: &Compiled, flow: usize) -> String {
        let Some((view, _)) = self.flow_facts(flow) else {
            return String::new();
        };
        let list = |items: &[Compiled], sep: &str| {
            items
                .iter()
                .map(|item| self.phrase(item, flow))
                .collect::<Vec<_>>()
                .join(sep)
        };
        match condition {
            Compiled::All(items) => list(items, " and "),
            Compiled::Any(items) => list(items, " or "),
            Compiled::Not(item) => format!("not {}", self.phrase(item, flow)),
            Compiled::Fact(index) => self.fact_words(*index),
            Compiled::Source(mask) => format!(
                "source in {} (source {} is in {})",
                places(*mask),
                view.source.name,
                view.source.jurisdiction
            ),
            Compiled::Target(mask) => format!(
                "target in {} (target {} is in {})",
                places(*mask),
                view.target.name,
                view.target.jurisdiction
            ),
            Compiled::SourceKind(mask) => format!(
                "source a {}",
                labels(SiteKind::ALL, *mask, SiteKind::label, " or ")
            ),
            Compiled::TargetKind(mask) => format!(
                "target a {}",
                labels(SiteKind::ALL, *mask, SiteKind::label, " or ")
            ),
            Compiled::ClassesAny(mask) | Compiled::ClassesAll(mask) => format!(
                "class {}",
                labels(DataClass::ALL, *mask, DataClass::label, " or ")
            ),
            Compiled::MacauSensitive => "a class sensitive under Macau PDPA Art 7".to_owned(),
            Compiled::PiplSensitive => "a class sensitive under PIPL Art 28".to_owned(),
            Compiled::Safeguards(mask) => format!(
                "safeguard {}",
                labels(Safeguard::ALL, *mask, Safeguard::label, " or ")
            ),
            Compiled::Flags(mask) => {
                format!("flag {}", labels(Flag::ALL, *mask, Flag::label, " or "))
            }
            Compiled::Basis(mask) => format!(
                "legal basis {}",
                labels(LegalBasis::ALL, *mask, LegalBasis::label, " or ")
            ),
            Compiled::Role(mask) => format!(
                "recipient {}",
                labels(RecipientRole::ALL, *mask, RecipientRole::label, " or ")
            ),
            Compiled::Access(access) => format!("access {}", access.label()),
            Compiled::RetentionUnknown => "no retention period".to_owned(),
            Compiled::Mechanism(outcome) => outcome_words(*outcome).to_owned(),
            Compiled::TotalSensitiveAtLeast(n) => format!("{n} or more sensitive subjects"),
            Compiled::TotalNonSensitiveAtLeast(n) => format!("{n} or more non-sensitive subjects"),
            Compiled::TotalSubjectsAtLeast(n) => format!("{n} or more subjects"),
            Compiled::SiteIn(_)
            | Compiled::SiteKind(_)
            | Compiled::AnyIncoming(_)
            | Compiled::AnyOutgoing(_)
            | Compiled::AnyFlow(_) => String::new(),
        }
    }

    /// The condition looks at the legal basis, directly or through a fact (to a bounded depth).
    fn mentions_basis(&self, condition: &Compiled, depth: usize) -> bool {
        match condition {
            Compiled::Basis(_) => true,
            Compiled::All(items) | Compiled::Any(items) => {
                items.iter().any(|item| self.mentions_basis(item, depth))
            }
            Compiled::Not(item) => self.mentions_basis(item, depth),
            Compiled::Fact(index) if depth < EXPLAIN_FACT_DEPTH => self
                .facts
                .get(*index)
                .copied()
                .flatten()
                .is_some_and(|definition| self.mentions_basis(definition, depth + 1)),
            _ => false,
        }
    }

    fn sensitivity(&self) -> Sensitivity {
        self.data.sensitivity
    }

    /// Why a site condition holds for the site.
    fn site(
        &self,
        condition: &Compiled,
        site: &SiteText,
        facts: &SiteFacts,
        out: &mut Vec<String>,
    ) {
        match condition {
            Compiled::All(items) => {
                for item in items {
                    self.site(item, site, facts, out);
                }
            }
            Compiled::Any(items) => {
                if let Some(item) = items.iter().find(|item| self.context.site(item, facts)) {
                    self.site(item, site, facts, out);
                }
            }
            Compiled::Not(item) => match item.as_ref() {
                Compiled::SiteIn(_) | Compiled::SiteKind(_) => {
                    out.push(format!(
                        "site {} is a {} in {} ({})",
                        site.name,
                        site.kind.label(),
                        site.jurisdiction.label(),
                        site.jurisdiction
                    ));
                }
                _ => out.push(format!(
                    "site {} ({}) has no flow the rule looks for",
                    site.name, site.jurisdiction
                )),
            },
            Compiled::SiteIn(_) => out.push(format!(
                "site {} is in {} ({})",
                site.name,
                site.jurisdiction.label(),
                site.jurisdiction
            )),
            Compiled::SiteKind(_) => {
                out.push(format!("site {} is a {}", site.name, site.kind.label()));
            }
            Compiled::AnyIncoming(item) | Compiled::AnyOutgoing(item) => {
                let (indices, direction) = match condition {
                    Compiled::AnyIncoming(_) => (&facts.incoming, "reaching"),
                    _ => (&facts.outgoing, "leaving"),
                };
                self.some_flow(item, indices.iter().copied(), direction, &site.name, out);
            }
            _ => {}
        }
    }

    /// Why a map condition holds.
    fn map(&self, condition: &Compiled, out: &mut Vec<String>) {
        match condition {
            Compiled::All(items) => {
                for item in items {
                    self.map(item, out);
                }
            }
            Compiled::Any(items) => {
                if let Some(item) = items.iter().find(|item| self.context.map(item)) {
                    self.map(item, out);
                }
            }
            Compiled::AnyFlow(item) => {
                self.some_flow(item, 0..self.data.flow_text.len(), "in", "the map", out);
            }
            _ => {}
        }
    }

    /// Names the first flow satisfying `condition` and why, and how many others do too.
    fn some_flow(
        &self,
        condition: &Compiled,
        indices: impl Iterator<Item = usize> + Clone,
        direction: &str,
        place: &str,
        out: &mut Vec<String>,
    ) {
        let Some(first) = self.context.first_flow(condition, indices.clone()) else {
            return;
        };
        let others = indices
            .filter(|index| *index != first && self.holds(condition, *index))
            .count();
        let mut inner = Vec::new();
        self.because(condition, first, 0, &mut inner);
        let id = self
            .data
            .flow_text
            .get(first)
            .map_or("", |flow| flow.id.as_str());
        let mut text = format!("flow {id} {direction} {place}: {}", inner.join("; "));
        if others > 0 {
            text.push_str(&format!(" (and {others} other flow(s))"));
        }
        out.push(text);
    }
}
