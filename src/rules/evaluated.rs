//! What every deliverable is made from: a map, its evaluation by a rulebook, and the language
//! the deliverable speaks.

use super::{Evaluation, Rulebook};
use crate::model::{Date, Language, Map};

/// A map with its evaluation, the rulebook that made it, and the language of the deliverable
/// made from them (the diagram, the report, an annex, the register, the bundle). The date is the
/// evaluation's own, so a deliverable can never print one date and judge by another.
#[derive(Clone, Copy, Debug)]
pub struct Evaluated<'a> {
    /// The map.
    pub map: &'a Map,
    /// Its findings and totals, as of [`Evaluated::as_of`].
    pub evaluation: &'a Evaluation,
    /// The rulebook the findings come from (the report cites its packs).
    pub rulebook: &'a Rulebook,
    /// The deliverable's language, which need not be the map's.
    pub language: Language,
}

impl<'a> Evaluated<'a> {
    /// `map` as `rulebook` evaluated it, for a deliverable in the map's own language.
    pub fn new(map: &'a Map, evaluation: &'a Evaluation, rulebook: &'a Rulebook) -> Self {
        Evaluated {
            map,
            evaluation,
            rulebook,
            language: map.meta.language,
        }
    }

    /// The same, for a deliverable in `language`.
    pub fn in_language(self, language: Language) -> Self {
        Evaluated { language, ..self }
    }

    /// The day the rules were taken as in force, which the deliverable prints as its date.
    pub fn as_of(&self) -> Date {
        self.evaluation.as_of
    }
}
