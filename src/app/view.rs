//! The view of one revision of the document: everything the panels show that is worked out from
//! the map (findings, diagram, risk register, heatmaps, DPIA drafts, closing safeguards), built
//! once when the revision or the evaluation date changes, never by a panel, never every frame.
//!
//! [`Derived`] holds it between frames; [`View`] lends it to a panel for one frame together with
//! the map and the rulebook. What only some frames need (the DPIA drafts, the safeguards that
//! close a finding, a filtered heatmap) is worked out the first time it is asked for and kept
//! for the rest of the revision.

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::assessment::{
    Grid, Heatmap, Register, RiskFilter, closing_safeguards, draft, fingerprint,
};
use crate::model::{Date, DpiaAnswers, Language, Map, Safeguard};
use crate::rules::{Clock, Evaluation, Finding, Rulebook};
use crate::scene::{self, Scene};

/// How often each part of the view was worked out, for tests that prove it is not every frame.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Derivations {
    /// Whole views (findings, diagram, register, heatmaps).
    pub views: u32,
    /// DPIA drafts.
    pub drafts: u32,
    /// Closing-safeguard searches, one per finding asked about.
    pub fixes: u32,
}

/// The DPIA workspace's drafts from the map and the map's fingerprint.
#[derive(Clone, Debug)]
pub struct Drafts {
    /// Drafts of every answer.
    pub answers: DpiaAnswers,
    /// The fingerprint a signature would record, or why there is none.
    pub fingerprint: Result<String, String>,
}

/// Everything worked out from one revision of the document on one evaluation date.
pub struct Derived {
    revision: u64,
    today: Date,
    language: Language,
    evaluation: Evaluation,
    clocks: Vec<Clock>,
    scene: Scene,
    register: Register,
    heatmaps: [Heatmap; 2],
    filtered: RefCell<Option<(RiskFilter, [Heatmap; 2])>>,
    drafts: OnceCell<Drafts>,
    fixes: RefCell<BTreeMap<String, Rc<[Safeguard]>>>,
    counts: Rc<Cell<Derivations>>,
}

impl Derived {
    /// Works out the view of `map` at `revision` with the rules in force on `today`, its
    /// diagram worded in the editor's `language`, counting the work in `counts`.
    pub fn new(
        map: &Map,
        revision: u64,
        rulebook: &Rulebook,
        (today, language): (Date, Language),
        counts: Rc<Cell<Derivations>>,
    ) -> Self {
        let evaluation = rulebook.evaluate(map, today);
        // The canvas speaks the editor's language; exports and the report keep the map's.
        let options = scene::Options {
            language,
            page: false,
        };
        let scene = scene::build_with(map, Some(&evaluation), &options);
        let register = Register::new(map, &evaluation, rulebook);
        let heatmaps = heatmaps(&register, &RiskFilter::default(), map);
        let clocks = rulebook.clocks(map, &evaluation);
        bump(&counts, |derivations| derivations.views += 1);
        Self {
            revision,
            today,
            language,
            evaluation,
            clocks,
            scene,
            register,
            heatmaps,
            filtered: RefCell::new(None),
            drafts: OnceCell::new(),
            fixes: RefCell::new(BTreeMap::new()),
            counts,
        }
    }

    /// Whether this view is of `revision` on `today` in `language`.
    pub fn is_of(&self, revision: u64, today: Date, language: Language) -> bool {
        self.revision == revision && self.today == today && self.language == language
    }

    /// The findings.
    pub fn evaluation(&self) -> &Evaluation {
        &self.evaluation
    }

    /// The diagram.
    pub fn scene(&self) -> &Scene {
        &self.scene
    }

    /// The regulators' clocks.
    pub fn clocks(&self) -> &[Clock] {
        &self.clocks
    }
}

/// What a panel reads in one frame: the map, the rulebook and the view of the map's revision.
#[derive(Clone, Copy)]
pub struct View<'a> {
    /// The map.
    pub map: &'a Map,
    /// The rules the findings came from.
    pub rulebook: &'a Rulebook,
    /// Today: the evaluation date, and what "overdue" is measured against.
    pub today: Date,
    derived: &'a Derived,
    /// The diagram to show instead of the whole map's (the canvas narrowed to part of it).
    shown: Option<&'a Scene>,
}

impl<'a> View<'a> {
    /// The view of `map` as `derived` worked it out.
    pub fn new(map: &'a Map, rulebook: &'a Rulebook, derived: &'a Derived) -> Self {
        Self {
            map,
            rulebook,
            today: derived.today,
            derived,
            shown: None,
        }
    }

    /// The same view drawing `scene` (part of the map's diagram) instead of the whole diagram.
    pub fn showing(self, scene: &'a Scene) -> Self {
        Self {
            shown: Some(scene),
            ..self
        }
    }

    /// The whole map's diagram, whatever the view shows.
    pub fn whole_scene(&self) -> &'a Scene {
        &self.derived.scene
    }

    /// The document revision this view is of.
    pub fn revision(&self) -> u64 {
        self.derived.revision
    }

    /// The findings.
    pub fn evaluation(&self) -> &'a Evaluation {
        &self.derived.evaluation
    }

    /// The diagram shown: the map's, or the part of it the canvas is narrowed to.
    pub fn scene(&self) -> &'a Scene {
        self.shown.unwrap_or(&self.derived.scene)
    }

    /// The regulators' clocks of the map and its flows on the evaluation day.
    pub fn clocks(&self) -> &'a [Clock] {
        &self.derived.clocks
    }

    /// The clocks that ask for the map to be reviewed (see [`Clock::needs_review`]).
    pub fn needing_review(&self) -> impl Iterator<Item = &'a Clock> + 'a {
        self.derived
            .clocks
            .iter()
            .filter(|clock| clock.needs_review())
    }

    /// The findings joined with their treatments.
    pub fn register(&self) -> &'a Register {
        &self.derived.register
    }

    /// The initial and residual heatmaps of the risks that pass `filter`.
    pub fn heatmaps(&self, filter: &RiskFilter) -> [Heatmap; 2] {
        if filter.is_empty() {
            return self.derived.heatmaps;
        }
        let mut cache = self.derived.filtered.borrow_mut();
        match &*cache {
            Some((cached, heatmaps)) if cached == filter => *heatmaps,
            _ => {
                let worked_out = heatmaps(&self.derived.register, filter, self.map);
                *cache = Some((filter.clone(), worked_out));
                worked_out
            }
        }
    }

    /// Drafts of the DPIA answers from the map, in the view's language (a new language is a new
    /// view), and the map's fingerprint.
    pub fn drafts(&self) -> &'a Drafts {
        self.derived.drafts.get_or_init(|| {
            bump(&self.derived.counts, |derivations| derivations.drafts += 1);
            Drafts {
                answers: draft(self.map, self.derived.language),
                fingerprint: fingerprint(self.map).map_err(|error| error.to_string()),
            }
        })
    }

    /// The safeguards that, added to its flow, would close `finding`.
    pub fn fixes(&self, finding: &Finding) -> Rc<[Safeguard]> {
        if let Some(fixes) = self.derived.fixes.borrow().get(finding.id.as_str()) {
            return Rc::clone(fixes);
        }
        bump(&self.derived.counts, |derivations| derivations.fixes += 1);
        let fixes: Rc<[Safeguard]> =
            closing_safeguards(self.map, self.rulebook, self.today, finding).into();
        self.derived
            .fixes
            .borrow_mut()
            .insert(finding.id.to_string(), Rc::clone(&fixes));
        fixes
    }
}

fn heatmaps(register: &Register, filter: &RiskFilter, map: &Map) -> [Heatmap; 2] {
    [Grid::Initial, Grid::Residual].map(|grid| Heatmap::new(&register.risks, grid, filter, map))
}

fn bump(counts: &Cell<Derivations>, change: impl FnOnce(&mut Derivations)) {
    let mut derivations = counts.get();
    change(&mut derivations);
    counts.set(derivations);
}
