//! Why a finding fired, in words: the facts recorded with the evaluation, worded from the rule's
//! data and the map only when asked, so evaluation stays fast. The words come from the
//! catalogue (`reason-…` keys) and the packs' own labels, in the language asked for.

mod flow;
mod others;
mod phrase;
mod site;

use super::*;
use crate::i18n::{self, Arg};

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
    pub(super) groups: Groups,
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
    /// The reasons in English, in the order the rule's condition reads; empty for a finding
    /// made outside an evaluation.
    pub fn texts(&self) -> Vec<String> {
        self.texts_in(Language::English)
    }

    /// The reasons in `language`.
    pub fn texts_in(&self, language: Language) -> Vec<String> {
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
            groups: &data.groups,
        };
        let explain = Explain {
            book: &data.book,
            facts: &facts,
            context: &context,
            data,
            language,
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
    language: Language,
}

/// How a mask of vocabulary values is joined into words.
#[derive(Clone, Copy)]
enum Join {
    /// "a, b, c"
    List,
    /// "a or b"
    Or,
    /// "a and b"
    And,
}

impl Explain<'_> {
    /// The catalogue's phrase `key`, filled.
    fn say(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        i18n::text_with(self.language, key, args)
    }

    /// The catalogue's word for one vocabulary value, e.g. `class-payroll`.
    fn term(&self, table: &str, id: &str) -> String {
        i18n::text(self.language, &format!("{table}-{id}")).into_owned()
    }

    fn separator(&self, join: Join) -> String {
        let key = match join {
            Join::List => "reason-item-separator",
            Join::Or => "reason-or",
            Join::And => "reason-and",
        };
        i18n::text(self.language, key).into_owned()
    }

    /// The words for the values of `all` whose bits are in `mask`.
    fn labels<T: Copy>(
        &self,
        all: &[T],
        mask: u32,
        table: &str,
        id: fn(T) -> &'static str,
        join: Join,
    ) -> String {
        let words: Vec<String> = all
            .iter()
            .enumerate()
            .filter(|(index, _)| *index < 32 && mask & (1 << index) != 0)
            .map(|(_, value)| self.term(table, id(*value)))
            .collect();
        words.join(&self.separator(join))
    }

    fn classes(&self, mask: u32, join: Join) -> String {
        self.labels(DataClass::ALL, mask, "class", DataClass::id, join)
    }

    fn safeguards(&self, mask: u32, join: Join) -> String {
        self.labels(Safeguard::ALL, mask, "safeguard", Safeguard::id, join)
    }

    fn flags(&self, mask: u32, join: Join) -> String {
        self.labels(Flag::ALL, mask, "flag", Flag::id, join)
    }

    fn bases(&self, mask: u32) -> String {
        self.labels(LegalBasis::ALL, mask, "basis", LegalBasis::id, Join::Or)
    }

    fn roles(&self, mask: u32) -> String {
        self.labels(
            RecipientRole::ALL,
            mask,
            "role",
            RecipientRole::id,
            Join::Or,
        )
    }

    fn sectors(&self, mask: u32) -> String {
        self.labels(Sector::ALL, mask, "sector", Sector::id, Join::Or)
    }

    /// Where an entity came from (rules-spec section 2), e.g. "the office's operator".
    fn origin(&self, origin: EntityOrigin, kind: SiteKind) -> String {
        self.say(
            origin.key(),
            &[("kind", self.kind(kind).to_lowercase().into())],
        )
    }

    /// An entity's name in the reader's language (the default is "the map's organisation").
    fn entity_name(&self, index: usize) -> String {
        let entity = self.data.entity_names.get(index).map_or("", String::as_str);
        if entity == DEFAULT_ENTITY {
            i18n::text(self.language, "entity-default").into_owned()
        } else {
            entity.to_owned()
        }
    }

    fn kinds(&self, mask: u32) -> String {
        self.labels(SiteKind::ALL, mask, "kind", SiteKind::id, Join::Or)
    }

    fn kind(&self, kind: SiteKind) -> String {
        self.term("kind", kind.id())
    }

    fn basis(&self, basis: LegalBasis) -> String {
        self.term("basis", basis.id())
    }

    fn role(&self, role: Option<RecipientRole>, unrecorded: &str) -> String {
        role.map_or_else(
            || i18n::text(self.language, unrecorded).into_owned(),
            |role| self.term("role", role.id()),
        )
    }

    fn access(&self, access: Access) -> String {
        self.term("access", access.id())
    }

    /// A jurisdiction's name; another country is named by its code.
    fn jurisdiction(&self, jurisdiction: &crate::model::Jurisdiction) -> String {
        match jurisdiction {
            crate::model::Jurisdiction::Country(code) => code.as_str().to_owned(),
            named => self.term("jurisdiction", named.id()),
        }
    }

    fn date(&self) -> String {
        i18n::date(self.language, self.data.as_of)
    }

    /// The places a condition names, e.g. "Macau or the Mainland".
    fn places(&self, mask: u8) -> String {
        use crate::rules::condition::{
            PLACE_CN, PLACE_CN_GBA, PLACE_ELSEWHERE, PLACE_HK, PLACE_MO,
        };
        let mut keys = Vec::new();
        if mask & PLACE_MO != 0 {
            keys.push("reason-place-macau");
        }
        match (mask & PLACE_CN_GBA != 0, mask & PLACE_CN != 0) {
            (true, true) => keys.push("reason-place-mainland"),
            (true, false) => keys.push("reason-place-mainland-gba"),
            (false, true) => keys.push("reason-place-mainland-rest"),
            (false, false) => {}
        }
        if mask & PLACE_HK != 0 {
            keys.push("reason-place-hong-kong");
        }
        if mask & PLACE_ELSEWHERE != 0 {
            keys.push("reason-place-elsewhere");
        }
        let names: Vec<String> = keys
            .into_iter()
            .map(|key| i18n::text(self.language, key).into_owned())
            .collect();
        names.join(&self.separator(Join::Or))
    }

    fn outcome(&self, outcome: Outcome) -> String {
        let key = match outcome {
            Outcome::Assessment => "reason-outcome-assessment",
            Outcome::Contract => "reason-outcome-contract",
            Outcome::Exempt => "reason-outcome-exempt",
        };
        i18n::text(self.language, key).into_owned()
    }

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

    /// A named fact: its pack label, and its name when the label differs.
    /// A fact in words: its label in the reader's language, else its name in the pack. The
    /// pack's internal name is not repeated beside a label: a DPO reads the label.
    fn fact_words(&self, index: usize) -> String {
        self.book
            .fact_info
            .get(index)
            .map_or_else(String::new, |info| {
                info.label.text(self.language).to_owned()
            })
    }

    /// The exporting entity's totals a Mainland export is judged by.
    fn totals_words(&self, facts: &FlowFacts) -> String {
        let totals = self.context.totals_of(facts);
        let kind = self
            .data
            .sites
            .get(facts.source_site)
            .map_or(SiteKind::Office, |site| site.kind);
        let args = [
            ("entity", self.entity_name(facts.entity).into()),
            ("origin", self.origin(facts.entity_origin, kind).into()),
            ("sensitive", totals.sensitive_subjects.into()),
            ("other", totals.non_sensitive_subjects.into()),
            ("flows", totals.flows.into()),
            ("unknown", totals.flows_with_unknown_count.into()),
        ];
        if totals.flows_with_unknown_count > 0 {
            self.say("reason-totals-with-unknown", &args)
        } else {
            self.say("reason-totals", &args)
        }
    }

    /// The mechanism decision's step that applied to the flow, in the reader's language.
    fn step_basis<'f>(&self, facts: &'f FlowFacts) -> &'f str {
        facts
            .mechanism
            .as_ref()
            .map_or("", |(_, basis)| basis.text(self.language))
    }

    fn sensitivity(&self) -> Sensitivity {
        self.data.sensitivity
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
}
