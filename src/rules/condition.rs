//! The declarative condition language of rule packs, and its compiled, fast form.
//!
//! A pack writes conditions as RON, e.g.
//! `all([fact("mo_export"), not(safeguards(["macau_authorisation"]))])`. Loading compiles them to
//! bit masks over a flow's tags, so evaluating thousands of flows does no allocation and no
//! string comparison.

use serde::Deserialize;

use crate::model::{
    Access, DataClass, Flag, Jurisdiction, LegalBasis, RecipientRole, Safeguard, Sector, SiteKind,
};

/// A group of jurisdictions a condition can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// `MO`.
    Macau,
    /// `CN-GBA`.
    MainlandGba,
    /// `CN` (the Mainland outside the GBA).
    MainlandRest,
    /// `mainland`: `CN-GBA` or `CN`.
    Mainland,
    /// `HK`.
    HongKong,
    /// `elsewhere`: any other code or `OTHER`.
    Elsewhere,
}

pub(crate) const PLACE_MO: u8 = 1;
pub(crate) const PLACE_CN_GBA: u8 = 2;
pub(crate) const PLACE_CN: u8 = 4;
pub(crate) const PLACE_HK: u8 = 8;
pub(crate) const PLACE_ELSEWHERE: u8 = 16;

impl Place {
    fn mask(self) -> u8 {
        match self {
            Place::Macau => PLACE_MO,
            Place::MainlandGba => PLACE_CN_GBA,
            Place::MainlandRest => PLACE_CN,
            Place::Mainland => PLACE_CN_GBA | PLACE_CN,
            Place::HongKong => PLACE_HK,
            Place::Elsewhere => PLACE_ELSEWHERE,
        }
    }
}

/// The place bit of a jurisdiction.
pub(crate) fn place_bit(jurisdiction: &Jurisdiction) -> u8 {
    match jurisdiction {
        Jurisdiction::Macau => PLACE_MO,
        Jurisdiction::MainlandGba => PLACE_CN_GBA,
        Jurisdiction::Mainland => PLACE_CN,
        Jurisdiction::HongKong => PLACE_HK,
        Jurisdiction::Country(_) | Jurisdiction::Other => PLACE_ELSEWHERE,
    }
}

impl<'de> Deserialize<'de> for Place {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(match text.as_str() {
            "MO" => Place::Macau,
            "CN-GBA" => Place::MainlandGba,
            "CN" => Place::MainlandRest,
            "mainland" => Place::Mainland,
            "HK" => Place::HongKong,
            "elsewhere" => Place::Elsewhere,
            other => {
                return Err(serde::de::Error::custom(format!(
                    "unknown place `{other}`; expected MO, CN-GBA, CN, mainland, HK or elsewhere"
                )));
            }
        })
    }
}

/// How a Mainland export may lawfully leave, as decided by the mechanism steps of a pack.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A CAC security assessment is needed.
    Assessment,
    /// A standard contract (or certification) is needed.
    Contract,
    /// No mechanism is needed.
    Exempt,
}

/// What a rule, fact or mechanism step looks at. Flow predicates apply to a flow; `site_*` and
/// `any_incoming`/`any_outgoing` to a site; `any_flow` to the whole map.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// Every condition holds (`all([])` is true).
    All(Vec<Condition>),
    /// At least one holds (`any([])` is false).
    Any(Vec<Condition>),
    /// The condition does not hold.
    Not(Box<Condition>),
    /// A named fact defined by a pack, such as `mo_export`.
    Fact(String),
    /// The flow's source is in one of these places.
    Source(Vec<Place>),
    /// The flow's target is in one of these places.
    Target(Vec<Place>),
    /// The flow's source site is of one of these kinds.
    SourceKind(Vec<SiteKind>),
    /// The entity at the flow's source is in one of these sectors (the site's sector, else
    /// the map's; an unknown sector is in none).
    SourceSector(Vec<Sector>),
    /// The entity at the flow's target is in one of these sectors.
    TargetSector(Vec<Sector>),
    /// The flow's source site received, by another flow that satisfies the condition, a data
    /// class this flow carries (what a recipient passes on). Evaluated in rules, not in facts.
    SourceReceived(Box<Condition>),
    /// The flows of this flow's handler that satisfy `counts` carry together at least `n`
    /// people a year (each flow's sensitive count when recorded, else its count). The handler
    /// is the source site's entity when the recipient is a processor, else the target's.
    HandlerSubjectsAtLeast {
        /// Which of the handler's flows are counted.
        counts: Box<Condition>,
        /// The threshold.
        n: u64,
    },
    /// A flow of this flow's handler (itself included) satisfies the condition.
    HandlerAny(Box<Condition>),
    /// The flow's target site is of one of these kinds.
    TargetKind(Vec<SiteKind>),
    /// The flow carries at least one of these classes.
    Classes(Vec<DataClass>),
    /// The flow carries every one of these classes.
    AllClasses(Vec<DataClass>),
    /// The flow carries a class sensitive under Macau PDPA Art 7.
    MacauSensitive,
    /// The flow carries a class sensitive under PIPL Art 28.
    PiplSensitive,
    /// The flow has at least one of these safeguards.
    Safeguards(Vec<Safeguard>),
    /// The flow has at least one of these flags.
    Flags(Vec<Flag>),
    /// The flow's legal basis is one of these.
    Basis(Vec<LegalBasis>),
    /// The recipient's role is one of these.
    Role(Vec<RecipientRole>),
    /// The flow's access is this.
    Access(Access),
    /// The flow has no retention period.
    RetentionUnknown,
    /// The Mainland export mechanism decided for this flow.
    Mechanism(Outcome),
    /// The map's aggregated Mainland exports carry at least this many sensitive subjects.
    TotalSensitiveAtLeast(u64),
    /// The map's aggregated Mainland exports carry at least this many non-sensitive subjects.
    TotalNonSensitiveAtLeast(u64),
    /// The aggregated Mainland exports carry at least this many subjects, sensitive or not
    /// (CAC Order 11 counted every person towards its 100,000 threshold).
    TotalSubjectsAtLeast(u64),
    /// The site is in one of these places.
    SiteIn(Vec<Place>),
    /// The site is of one of these kinds.
    SiteKind(Vec<SiteKind>),
    /// A flow reaching the site satisfies the condition.
    AnyIncoming(Box<Condition>),
    /// A flow leaving the site satisfies the condition.
    AnyOutgoing(Box<Condition>),
    /// A flow of the map satisfies the condition.
    AnyFlow(Box<Condition>),
}

/// What a condition is evaluated on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// One flow.
    Flow,
    /// One site.
    Site,
    /// The whole map.
    Map,
}

impl Scope {
    fn name(self) -> &'static str {
        match self {
            Scope::Flow => "flow",
            Scope::Site => "site",
            Scope::Map => "map",
        }
    }
}

/// A condition compiled to masks, fact indices and a fixed scope.
#[derive(Clone, Debug)]
pub(crate) enum Compiled {
    All(Vec<Compiled>),
    Any(Vec<Compiled>),
    Not(Box<Compiled>),
    Fact(usize),
    Source(u8),
    Target(u8),
    SourceKind(u32),
    TargetKind(u32),
    SourceSector(u32),
    TargetSector(u32),
    SourceReceived(Box<Compiled>),
    HandlerSubjectsAtLeast(Box<Compiled>, u64),
    HandlerAny(Box<Compiled>),
    ClassesAny(u32),
    ClassesAll(u32),
    MacauSensitive,
    PiplSensitive,
    Safeguards(u32),
    Flags(u32),
    Basis(u32),
    Role(u32),
    Access(Access),
    RetentionUnknown,
    Mechanism(Outcome),
    TotalSensitiveAtLeast(u64),
    TotalNonSensitiveAtLeast(u64),
    TotalSubjectsAtLeast(u64),
    SiteIn(u8),
    SiteKind(u32),
    AnyIncoming(Box<Compiled>),
    AnyOutgoing(Box<Compiled>),
    AnyFlow(Box<Compiled>),
}

/// The bit of a vocabulary value in a mask: its position in the vocabulary.
pub(crate) fn bit<T: PartialEq>(all: &[T], value: &T) -> u32 {
    all.iter()
        .position(|candidate| candidate == value)
        .map_or(0, |index| 1 << index)
}

fn mask<T: PartialEq>(all: &[T], values: &[T]) -> u32 {
    values.iter().fold(0, |mask, value| mask | bit(all, value))
}

fn places(values: &[Place]) -> u8 {
    values.iter().fold(0, |mask, place| mask | place.mask())
}

impl Condition {
    /// Compiles the condition for `scope`, resolving fact names with `fact_index`.
    pub(crate) fn compile(
        &self,
        scope: Scope,
        fact_index: &dyn Fn(&str) -> Option<usize>,
    ) -> Result<Compiled, String> {
        let wrong_scope = |predicate: &str, wanted: Scope| {
            Err(format!(
                "`{predicate}` applies to a {}, but this condition is about a {}",
                wanted.name(),
                scope.name()
            ))
        };
        let flow_only = |predicate: &str, compiled: Compiled| {
            if scope == Scope::Flow {
                Ok(compiled)
            } else {
                wrong_scope(predicate, Scope::Flow)
            }
        };
        let list = |items: &[Condition]| {
            items
                .iter()
                .map(|item| item.compile(scope, fact_index))
                .collect::<Result<Vec<_>, _>>()
        };
        match self {
            Condition::All(items) => Ok(Compiled::All(list(items)?)),
            Condition::Any(items) => Ok(Compiled::Any(list(items)?)),
            Condition::Not(item) => Ok(Compiled::Not(Box::new(item.compile(scope, fact_index)?))),
            Condition::Fact(name) => {
                let index = fact_index(name).ok_or_else(|| format!("unknown fact `{name}`"))?;
                flow_only("fact", Compiled::Fact(index))
            }
            Condition::Source(list) => flow_only("source", Compiled::Source(places(list))),
            Condition::Target(list) => flow_only("target", Compiled::Target(places(list))),
            Condition::SourceKind(list) => flow_only(
                "source_kind",
                Compiled::SourceKind(mask(SiteKind::ALL, list)),
            ),
            Condition::TargetKind(list) => flow_only(
                "target_kind",
                Compiled::TargetKind(mask(SiteKind::ALL, list)),
            ),
            Condition::SourceSector(list) => flow_only(
                "source_sector",
                Compiled::SourceSector(mask(Sector::ALL, list)),
            ),
            Condition::TargetSector(list) => flow_only(
                "target_sector",
                Compiled::TargetSector(mask(Sector::ALL, list)),
            ),
            Condition::SourceReceived(item) => flow_only(
                "source_received",
                Compiled::SourceReceived(Box::new(item.compile(Scope::Flow, fact_index)?)),
            ),
            Condition::HandlerSubjectsAtLeast { counts, n } => flow_only(
                "handler_subjects_at_least",
                Compiled::HandlerSubjectsAtLeast(
                    Box::new(counts.compile(Scope::Flow, fact_index)?),
                    *n,
                ),
            ),
            Condition::HandlerAny(item) => flow_only(
                "handler_any",
                Compiled::HandlerAny(Box::new(item.compile(Scope::Flow, fact_index)?)),
            ),
            Condition::Classes(list) => {
                flow_only("classes", Compiled::ClassesAny(mask(DataClass::ALL, list)))
            }
            Condition::AllClasses(list) => flow_only(
                "all_classes",
                Compiled::ClassesAll(mask(DataClass::ALL, list)),
            ),
            Condition::MacauSensitive => flow_only("macau_sensitive", Compiled::MacauSensitive),
            Condition::PiplSensitive => flow_only("pipl_sensitive", Compiled::PiplSensitive),
            Condition::Safeguards(list) => flow_only(
                "safeguards",
                Compiled::Safeguards(mask(Safeguard::ALL, list)),
            ),
            Condition::Flags(list) => flow_only("flags", Compiled::Flags(mask(Flag::ALL, list))),
            Condition::Basis(list) => {
                flow_only("basis", Compiled::Basis(mask(LegalBasis::ALL, list)))
            }
            Condition::Role(list) => {
                flow_only("role", Compiled::Role(mask(RecipientRole::ALL, list)))
            }
            Condition::Access(access) => flow_only("access", Compiled::Access(*access)),
            Condition::RetentionUnknown => {
                flow_only("retention_unknown", Compiled::RetentionUnknown)
            }
            Condition::Mechanism(outcome) => flow_only("mechanism", Compiled::Mechanism(*outcome)),
            Condition::TotalSensitiveAtLeast(n) => Ok(Compiled::TotalSensitiveAtLeast(*n)),
            Condition::TotalNonSensitiveAtLeast(n) => Ok(Compiled::TotalNonSensitiveAtLeast(*n)),
            Condition::TotalSubjectsAtLeast(n) => Ok(Compiled::TotalSubjectsAtLeast(*n)),
            Condition::SiteIn(list) if scope == Scope::Site => Ok(Compiled::SiteIn(places(list))),
            Condition::SiteIn(_) => wrong_scope("site_in", Scope::Site),
            Condition::SiteKind(list) if scope == Scope::Site => {
                Ok(Compiled::SiteKind(mask(SiteKind::ALL, list)))
            }
            Condition::SiteKind(_) => wrong_scope("site_kind", Scope::Site),
            Condition::AnyIncoming(item) if scope == Scope::Site => Ok(Compiled::AnyIncoming(
                Box::new(item.compile(Scope::Flow, fact_index)?),
            )),
            Condition::AnyIncoming(_) => wrong_scope("any_incoming", Scope::Site),
            Condition::AnyOutgoing(item) if scope == Scope::Site => Ok(Compiled::AnyOutgoing(
                Box::new(item.compile(Scope::Flow, fact_index)?),
            )),
            Condition::AnyOutgoing(_) => wrong_scope("any_outgoing", Scope::Site),
            Condition::AnyFlow(item) if scope == Scope::Map => Ok(Compiled::AnyFlow(Box::new(
                item.compile(Scope::Flow, fact_index)?,
            ))),
            Condition::AnyFlow(_) => wrong_scope("any_flow", Scope::Map),
        }
    }

    /// The fact names this condition refers to, for cycle checks.
    pub(crate) fn facts<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Condition::All(items) | Condition::Any(items) => {
                items.iter().for_each(|item| item.facts(out));
            }
            Condition::Not(item)
            | Condition::AnyIncoming(item)
            | Condition::AnyOutgoing(item)
            | Condition::AnyFlow(item)
            | Condition::SourceReceived(item)
            | Condition::HandlerAny(item)
            | Condition::HandlerSubjectsAtLeast { counts: item, .. } => item.facts(out),
            Condition::Fact(name) => out.push(name),
            _ => {}
        }
    }
}

impl Compiled {
    /// Whether this condition or any condition inside it satisfies `leaf`.
    fn mentions(&self, leaf: fn(&Compiled) -> bool) -> bool {
        if leaf(self) {
            return true;
        }
        match self {
            Compiled::All(items) | Compiled::Any(items) => {
                items.iter().any(|item| item.mentions(leaf))
            }
            Compiled::Not(item)
            | Compiled::AnyIncoming(item)
            | Compiled::AnyOutgoing(item)
            | Compiled::AnyFlow(item)
            | Compiled::SourceReceived(item)
            | Compiled::HandlerAny(item)
            | Compiled::HandlerSubjectsAtLeast(item, _) => item.mentions(leaf),
            _ => false,
        }
    }

    /// The condition looks at the aggregated export totals.
    pub(crate) fn mentions_totals(&self) -> bool {
        self.mentions(|leaf| {
            matches!(
                leaf,
                Compiled::TotalSensitiveAtLeast(_)
                    | Compiled::TotalNonSensitiveAtLeast(_)
                    | Compiled::TotalSubjectsAtLeast(_)
            )
        })
    }

    /// The condition depends on the Mainland mechanism decision.
    pub(crate) fn mentions_mechanism(&self) -> bool {
        self.mentions(|leaf| matches!(leaf, Compiled::Mechanism(_)))
    }

    /// The condition looks at other flows than the one it is about (what a site received, a
    /// handler's flows): only rules can, since facts and mechanism steps see one flow at a time.
    pub(crate) fn mentions_other_flows(&self) -> bool {
        self.mentions(|leaf| {
            matches!(
                leaf,
                Compiled::SourceReceived(_)
                    | Compiled::HandlerAny(_)
                    | Compiled::HandlerSubjectsAtLeast(..)
            )
        })
    }
}
