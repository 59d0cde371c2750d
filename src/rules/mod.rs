//! The compliance rulebook: rule packs loaded from data, evaluated on a map into findings.
//!
//! Legal outcomes live in the packs (`assets/rules/*.ron`), not in this code: the code knows how
//! to evaluate conditions, aggregate Mainland export volumes and pick the rules in force on a
//! date; the packs say which facts, steps and rules the law implies.

mod clock;
mod condition;
mod entity;
mod eval;
mod evaluated;
mod pack;
mod wording;

use std::path::Path;
use std::sync::Arc;

use serde::Serialize;

pub use clock::{
    Calendar, Clock, ClockKind, ClockReason, ClockSpec, ClockState, Period, Place as ClockPlace,
    Start as ClockStart,
};
pub use condition::{Condition, Outcome, Place, Scope};
pub use entity::{EntityOrigin, ExportingEntity, entity_name, exporting_entity};
pub use eval::{
    DEFAULT_ENTITY, EntityTotals, Evaluation, ExportTotals, Finding, FindingTexts, Subject,
};
pub use evaluated::Evaluated;
pub use pack::{BUILTIN_PACKS, PACK_FORMAT, PACK_VERSION, RulesError};
pub use wording::Wording;

use crate::model::{DataClass, Date, Language, Likelihood, Map, Severity};
use condition::Compiled;

/// The days a rule, fact or text is in force: from and until are inclusive, open when `None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// First day in force.
    pub from: Option<Date>,
    /// Last day in force.
    pub until: Option<Date>,
}

impl Window {
    /// In force on `day`.
    pub fn contains(&self, day: Date) -> bool {
        self.from.is_none_or(|from| from <= day) && self.until.is_none_or(|until| day <= until)
    }

    fn overlaps(&self, other: &Window) -> bool {
        let starts_before_other_ends = match (self.from, other.until) {
            (Some(from), Some(until)) => from <= until,
            _ => true,
        };
        let other_starts_before_end = match (other.from, self.until) {
            (Some(from), Some(until)) => from <= until,
            _ => true,
        };
        starts_before_other_ends && other_starts_before_end
    }
}

/// How well a rule's citation is verified: V (statute or regulator page), S (secondary source),
/// U (unconfirmed); a rule may combine them, e.g. `V/S`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Verification(Arc<str>);

impl Verification {
    fn parse(text: &str) -> Option<Self> {
        let valid = !text.is_empty() && text.split('/').all(|part| matches!(part, "V" | "S" | "U"));
        valid.then(|| Self(Arc::from(text)))
    }

    /// The code, e.g. `V/S`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Part of the citation is unconfirmed (`U`): a lawyer must confirm it.
    pub fn has_unconfirmed(&self) -> bool {
        self.0.split('/').any(|part| part == "U")
    }

    /// Whether every part was read in the official text (all `V`): what the report's caveats
    /// leave out.
    pub fn is_verified(&self) -> bool {
        self.0.split('/').all(|part| part == "V")
    }
}

/// A rule of a pack.
#[derive(Clone, Debug)]
pub struct Rule {
    /// Stable id, e.g. `MO-01`.
    pub id: String,
    /// Stable obligation code, e.g. `mo-transfer-basis`.
    pub obligation: String,
    /// Title, possibly with `{text}` placeholders.
    pub title: Wording,
    /// What the rule is about: a flow, a site or the map.
    pub scope: Scope,
    /// How bad a breach of it is.
    pub severity: Severity,
    /// How likely its harm is.
    pub likelihood: Likelihood,
    /// Where the obligation comes from.
    pub citation: Wording,
    /// How well the citation is verified.
    pub verification: Verification,
    /// What to do about it.
    pub mitigation: Wording,
    /// When the rule is in force.
    pub window: Window,
    /// The pack that defines it.
    pub pack: String,
    explains_mechanism: bool,
    condition: Compiled,
}

/// One step of a Mainland mechanism decision: the first step whose condition holds decides.
#[derive(Clone, Debug)]
struct Step {
    window: Window,
    when: Compiled,
    outcome: Outcome,
    basis: Wording,
}

/// A reading the mechanism decision takes where the law is open, said in the reasons of each
/// finding on a flow it concerns.
#[derive(Clone, Debug)]
struct Reading {
    window: Window,
    when: Compiled,
    text: Wording,
}

/// The Mainland export mechanism decision in force over a window.
#[derive(Clone, Debug)]
struct Mechanism {
    name: Wording,
    window: Window,
    applies: Compiled,
    aggregate: Compiled,
    steps: Vec<Step>,
    readings: Vec<Reading>,
}

/// A pack's name and edition, for reports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PackInfo {
    /// The pack id, e.g. `macau`.
    pub id: String,
    /// Its title.
    pub title: Wording,
    /// Its edition, e.g. `2026-12`.
    pub edition: String,
    /// The file it was read from; built-in packs read `(built-in) macau.ron`.
    pub file: String,
    /// The built-in pack's file this user pack replaced, if it has a built-in pack's id.
    pub replaces: Option<String>,
    /// The questions the law leaves open that the pack does not model (edition 2027-01), for
    /// the report's limits.
    #[serde(skip)]
    pub open_questions: Vec<Wording>,
}

/// The regimes whose sensitive data classes the packs declare.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    /// Macau PDPA Art 7(1).
    Macau,
    /// PIPL Art 28.
    Pipl,
}

/// A pack's declaration that some classes are sensitive under a regime over a window.
#[derive(Clone, Debug)]
pub struct SensitivityRule {
    /// Which regime.
    pub regime: Regime,
    /// The classes declared sensitive.
    pub classes: Vec<DataClass>,
    /// When the declaration holds.
    pub window: Window,
    /// Where it comes from.
    pub citation: Wording,
    /// How well the citation is verified.
    pub verification: Verification,
    /// The pack that declares it.
    pub pack: String,
}

/// Which data classes are sensitive under each regime on one day, as the rulebook declares.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sensitivity {
    macau: u32,
    pipl: u32,
}

impl Sensitivity {
    /// Sensitive under Macau PDPA Art 7(1) that day.
    pub fn macau(&self, class: DataClass) -> bool {
        self.macau & condition::bit(DataClass::ALL, &class) != 0
    }

    /// Sensitive under PIPL Art 28 that day.
    pub fn pipl(&self, class: DataClass) -> bool {
        self.pipl & condition::bit(DataClass::ALL, &class) != 0
    }

    /// The legend's marks for a class: `M` Macau-sensitive, `P` PIPL-sensitive, both, or none.
    pub fn marks(&self, class: DataClass) -> &'static str {
        match (self.macau(class), self.pipl(class)) {
            (true, true) => "MP",
            (true, false) => "M",
            (false, true) => "P",
            (false, false) => "",
        }
    }

    pub(crate) fn macau_mask(&self) -> u32 {
        self.macau
    }

    pub(crate) fn pipl_mask(&self) -> u32 {
        self.pipl
    }
}

/// A named fact's words for reasons: its name and a short label such as "a necessity ground".
#[derive(Clone, Debug)]
struct FactInfo {
    name: Arc<str>,
    label: Wording,
}

/// A set of compiled rule packs, ready to evaluate maps.
#[derive(Clone, Debug)]
pub struct Rulebook {
    packs: Vec<PackInfo>,
    facts: Vec<Vec<(Window, Compiled)>>,
    /// Each fact's name and label, by fact index.
    fact_info: Vec<FactInfo>,
    /// Fact indices with every fact after the facts it refers to, so evaluation computes them
    /// in one pass without recursion.
    fact_order: Vec<usize>,
    sensitivity: Vec<SensitivityRule>,
    texts: Vec<(String, Window, Wording)>,
    mechanisms: Vec<Mechanism>,
    rules: Vec<Rule>,
    clocks: Vec<Arc<ClockSpec>>,
}

impl Rulebook {
    /// A rulebook with no packs: nothing fires.
    pub fn empty() -> Self {
        Self {
            packs: Vec::new(),
            facts: Vec::new(),
            fact_info: Vec::new(),
            fact_order: Vec::new(),
            sensitivity: Vec::new(),
            texts: Vec::new(),
            mechanisms: Vec::new(),
            rules: Vec::new(),
            clocks: Vec::new(),
        }
    }

    /// The packs built into borderflow.
    pub fn builtin() -> Result<Self, RulesError> {
        pack::build(&builtin_sources())
    }

    /// The built-in packs plus every `*.ron` pack in `folder`. A folder pack with the id of a
    /// built-in one replaces it (reported in [`PackInfo::replaces`]); two folder packs with the
    /// same id are an error naming both files.
    pub fn builtin_with_folder(folder: &Path) -> Result<Self, RulesError> {
        let mut sources = builtin_sources();
        sources.extend(pack::read_pack_folder(folder)?);
        pack::build(&sources)
    }

    /// Packs given as (file name, RON text). A text identical to a built-in pack counts as
    /// that built-in pack; another pack with a built-in pack's id replaces it, and two other
    /// packs with the same id are an error naming both files.
    pub fn from_sources(sources: &[(String, String)]) -> Result<Self, RulesError> {
        pack::build(sources)
    }

    /// The sensitivity declarations of every pack, in pack order.
    pub fn sensitivity_rules(&self) -> &[SensitivityRule] {
        &self.sensitivity
    }

    /// Which classes are sensitive under each regime on `day`, as the packs declare.
    pub fn sensitivity(&self, day: Date) -> Sensitivity {
        let mut sensitivity = Sensitivity::default();
        for rule in self.sensitivity.iter().filter(|r| r.window.contains(day)) {
            let mask = rule.classes.iter().fold(0, |mask, class| {
                mask | condition::bit(DataClass::ALL, class)
            });
            match rule.regime {
                Regime::Macau => sensitivity.macau |= mask,
                Regime::Pipl => sensitivity.pipl |= mask,
            }
        }
        sensitivity
    }

    /// The packs, in order.
    pub fn packs(&self) -> &[PackInfo] {
        &self.packs
    }

    /// Every rule, in pack order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The rulebook's version: each pack's id and edition, e.g. `macau 2026-11, …`.
    pub fn version(&self) -> String {
        let parts: Vec<String> = self
            .packs
            .iter()
            .map(|pack| format!("{} {}", pack.id, pack.edition))
            .collect();
        parts.join(", ")
    }

    /// The rules in force on `day`.
    pub fn rules_in_force(&self, day: Date) -> impl Iterator<Item = &Rule> + '_ {
        self.rules
            .iter()
            .filter(move |rule| rule.window.contains(day))
    }

    /// The pack texts a reader of `language` gets in another language, because a pack does not
    /// give them in it: each as what it is (e.g. `GEN-01 mitigation`) and the language it is
    /// shown in instead. Empty for the built-in packs in every language.
    pub fn fallbacks(&self, language: Language) -> Vec<(String, Language)> {
        let mut found = Vec::new();
        let mut check = |what: String, wording: &Wording| {
            let (shown, _) = wording.pick(language);
            if shown != language {
                found.push((what, shown));
            }
        };
        for pack in &self.packs {
            check(format!("{} title", pack.id), &pack.title);
            for (index, question) in pack.open_questions.iter().enumerate() {
                check(format!("{} open question {}", pack.id, index + 1), question);
            }
        }
        for rule in &self.rules {
            check(format!("{} title", rule.id), &rule.title);
            check(format!("{} citation", rule.id), &rule.citation);
            check(format!("{} mitigation", rule.id), &rule.mitigation);
        }
        for fact in &self.fact_info {
            check(format!("fact {}", fact.name), &fact.label);
        }
        for mechanism in &self.mechanisms {
            let name = mechanism.name.text(Language::English);
            check(format!("mechanism {name}"), &mechanism.name);
            for (index, step) in mechanism.steps.iter().enumerate() {
                check(format!("mechanism {name} step {}", index + 1), &step.basis);
            }
            for (index, reading) in mechanism.readings.iter().enumerate() {
                check(
                    format!("mechanism {name} reading {}", index + 1),
                    &reading.text,
                );
            }
        }
        for rule in &self.sensitivity {
            check(
                format!("{} sensitivity citation", rule.pack),
                &rule.citation,
            );
        }
        for (key, _, value) in &self.texts {
            check(format!("text {key}"), value);
        }
        found
    }

    /// Every clock of the packs, in pack order.
    pub fn clock_specs(&self) -> &[Arc<ClockSpec>] {
        &self.clocks
    }

    /// The clocks of `map` on the day of `evaluation` (rules-spec section 7): flows by id, then
    /// the map's own review.
    pub fn clocks(&self, map: &Map, evaluation: &Evaluation) -> Vec<Clock> {
        clock::clocks(self, map, evaluation)
    }

    /// Evaluates every rule in force on `as_of` against `map`.
    pub fn evaluate(&self, map: &Map, as_of: Date) -> Evaluation {
        eval::evaluate(self, map, as_of)
    }

    /// `text` with each `{key}` replaced, in each language, by the pack text in force on
    /// `day` in that language.
    pub fn resolve_text(&self, text: &Wording, day: Date) -> Wording {
        if !text.each().any(|(_, words)| words.contains('{')) {
            return text.clone();
        }
        text.map(|language, words| {
            let mut resolved = words.to_owned();
            for (key, window, value) in &self.texts {
                if window.contains(day) {
                    resolved = resolved.replace(&format!("{{{key}}}"), value.text(language));
                }
            }
            resolved
        })
    }
}

fn builtin_sources() -> Vec<(String, String)> {
    BUILTIN_PACKS
        .iter()
        .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
        .collect()
}
