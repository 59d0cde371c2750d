//! The risk register: the rulebook's findings joined with the user's treatments.
//!
//! Everything the heatmap, the action plan, the findings panel and the DPIA report show about
//! risk comes from here, so they always agree. A treatment is keyed by its finding's stable id
//! (`RULE@subject`): when the finding fires again after a re-evaluation the treatment is still
//! there, and when it stops firing the treatment is listed as resolved, never dropped.

use std::collections::BTreeSet;

#[cfg(test)]
use super::heatmap::{Grid, Heatmap};
use crate::model::{
    DataClass, Date, FindingId, Jurisdiction, Likelihood, Map, Safeguard, Severity, SiteId,
    Treatment, TreatmentStatus,
};
use crate::rules::{Evaluation, Finding, Rulebook, Subject};

/// A place on the 5×5 grid: severity and likelihood, each 1 to 5.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score {
    /// How bad.
    pub severity: Severity,
    /// How likely.
    pub likelihood: Likelihood,
}

impl Score {
    /// A place on the grid.
    pub fn new(severity: Severity, likelihood: Likelihood) -> Self {
        Self {
            severity,
            likelihood,
        }
    }

    /// Severity × likelihood, 1 to 25.
    pub fn product(self) -> u8 {
        self.severity.level() * self.likelihood.level()
    }
}

/// One finding that fires, with what the user decided about it.
#[derive(Clone, Debug)]
pub struct Risk {
    /// The finding.
    pub finding: Finding,
    /// Its treatment, if the user has written one.
    pub treatment: Option<Treatment>,
    /// The status that counts (see [`Treatment::effective_status`]).
    pub status: TreatmentStatus,
    /// The rulebook's score.
    pub initial: Score,
    /// The score once treated; `None` when nothing remains (mitigated, not applicable).
    pub residual: Option<Score>,
}

impl Risk {
    /// The order of "worst first" that every list of findings follows: the higher severity,
    /// then the higher severity × likelihood; equals keep their order (a stable sort).
    pub fn worst_first(a: &Risk, b: &Risk) -> std::cmp::Ordering {
        b.finding
            .severity
            .cmp(&a.finding.severity)
            .then_with(|| b.initial.product().cmp(&a.initial.product()))
    }

    /// Still to be acted on, and so on the action plan.
    pub fn is_open(&self) -> bool {
        !self.status.is_closed()
    }

    /// Who owns it, or `None` when nobody does yet.
    pub fn owner(&self) -> Option<&str> {
        self.treatment
            .as_ref()
            .map(|treatment| treatment.owner.trim())
            .filter(|owner| !owner.is_empty())
    }

    /// When it is due.
    pub fn due(&self) -> Option<Date> {
        self.treatment.as_ref().and_then(|treatment| treatment.due)
    }

    /// Open and past its due date on `today`.
    pub fn is_overdue(&self, today: Date) -> bool {
        self.is_open() && self.due().is_some_and(|due| due < today)
    }
}

/// The residual score of a finding under a treatment: the residual values the user set (each
/// falling back to the initial one); nothing for a mitigated or dismissed finding without them;
/// otherwise the initial score.
pub fn residual_score(
    initial: Score,
    treatment: Option<&Treatment>,
    status: TreatmentStatus,
) -> Option<Score> {
    let explicit = treatment.filter(|treatment| {
        treatment.residual_severity.is_some() || treatment.residual_likelihood.is_some()
    });
    match explicit {
        Some(treatment) => Some(Score::new(
            treatment.residual_severity.unwrap_or(initial.severity),
            treatment.residual_likelihood.unwrap_or(initial.likelihood),
        )),
        None if matches!(
            status,
            TreatmentStatus::Mitigated | TreatmentStatus::NotApplicable
        ) =>
        {
            None
        }
        None => Some(initial),
    }
}

/// A treatment whose finding no longer fires: the gap it was about is closed.
#[derive(Clone, Debug)]
pub struct Resolved {
    /// The finding id it was written for.
    pub id: FindingId,
    /// The rule's title in each language, when the rulebook still has the rule.
    pub title: Option<crate::rules::Wording>,
    /// The treatment as the user left it.
    pub treatment: Treatment,
    /// The status that counts (see [`resolved_status`]).
    pub status: TreatmentStatus,
}

/// The status of a treatment whose finding no longer fires: the map now closes the gap, so
/// work that was open or in progress is done (mitigated); an acceptance or a dismissal stays
/// what it was. The file keeps the status as written, so a finding that fires again comes back
/// with it.
pub fn resolved_status(treatment: &Treatment) -> TreatmentStatus {
    match treatment.effective_status() {
        TreatmentStatus::Open | TreatmentStatus::InProgress => TreatmentStatus::Mitigated,
        closed => closed,
    }
}

/// The findings of an evaluation joined with the map's treatments.
#[derive(Clone, Debug)]
pub struct Register {
    /// Every finding that fires, in the evaluation's order.
    pub risks: Vec<Risk>,
    /// Treatments whose finding no longer fires, by id.
    pub resolved: Vec<Resolved>,
}

impl Register {
    /// Joins `evaluation` with the treatments saved in `map`.
    pub fn new(map: &Map, evaluation: &Evaluation, rulebook: &Rulebook) -> Self {
        let treatments = &map.assessment.treatments;
        let risks = evaluation
            .findings
            .iter()
            .map(|finding| {
                let treatment = treatments.get(finding.id.as_str());
                let status = treatment.map_or(TreatmentStatus::Open, Treatment::effective_status);
                let initial = Score::new(finding.severity, finding.likelihood);
                Risk {
                    finding: finding.clone(),
                    treatment: treatment.cloned(),
                    status,
                    initial,
                    residual: residual_score(initial, treatment, status),
                }
            })
            .collect();
        // Most maps have few treatments: the lookups below are skipped when there are none.
        let resolved = if treatments.is_empty() {
            Vec::new()
        } else {
            let firing: BTreeSet<&str> = evaluation
                .findings
                .iter()
                .map(|finding| finding.id.as_str())
                .collect();
            treatments
                .iter()
                .filter(|(id, treatment)| !firing.contains(id.as_str()) && !treatment.is_blank())
                .map(|(id, treatment)| {
                    let id = FindingId::from(id.clone());
                    Resolved {
                        title: rulebook
                            .rules()
                            .iter()
                            .find(|candidate| candidate.id == id.rule())
                            // Placeholders such as the regulator's name are filled for the
                            // evaluation day, as the firing findings' titles are.
                            .map(|rule| rulebook.resolve_text(&rule.title, evaluation.as_of)),
                        id,
                        status: resolved_status(treatment),
                        treatment: treatment.clone(),
                    }
                })
                .collect()
        };
        Self { risks, resolved }
    }

    /// The open risks as an action plan: by owner (nobody's last), then due date (undated
    /// last), then the worst first.
    pub fn action_plan(&self) -> Vec<&Risk> {
        let mut plan: Vec<&Risk> = self.risks.iter().filter(|risk| risk.is_open()).collect();
        plan.sort_by(|a, b| {
            let owner = |risk: &Risk| (risk.owner().is_none(), risk.owner().map(str::to_owned));
            let due = |risk: &Risk| (risk.due().is_none(), risk.due());
            owner(a)
                .cmp(&owner(b))
                .then_with(|| due(a).cmp(&due(b)))
                .then_with(|| b.initial.product().cmp(&a.initial.product()))
                .then_with(|| a.finding.id.cmp(&b.finding.id))
        });
        plan
    }
}

/// What narrows the heatmap and the lists; `None` lets everything through.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RiskFilter {
    /// Flows with an end in, or sites in, this jurisdiction.
    pub jurisdiction: Option<Jurisdiction>,
    /// Flows touching, or findings about, this site.
    pub site: Option<SiteId>,
    /// Flows carrying this data class.
    pub class: Option<DataClass>,
    /// Findings whose treatment has this status.
    pub status: Option<TreatmentStatus>,
}

impl RiskFilter {
    /// Nothing is filtered out.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Whether `risk` passes. A finding about the whole map passes only filters on status.
    pub fn matches(&self, map: &Map, risk: &Risk) -> bool {
        if self.status.is_some_and(|status| status != risk.status) {
            return false;
        }
        match &risk.finding.subject {
            Subject::Flow(id) => {
                let Some(view) = map.flow(id) else {
                    return false;
                };
                let jurisdiction_ok = self.jurisdiction.as_ref().is_none_or(|wanted| {
                    &view.source.jurisdiction == wanted || &view.target.jurisdiction == wanted
                });
                let site_ok = self
                    .site
                    .as_ref()
                    .is_none_or(|site| &view.source.id == site || &view.target.id == site);
                let class_ok = self
                    .class
                    .is_none_or(|class| view.flow.data_classes.contains(&class));
                jurisdiction_ok && site_ok && class_ok
            }
            Subject::Site(id) => {
                let Some(site) = map.site(id) else {
                    return false;
                };
                let class_ok = self.class.is_none_or(|class| {
                    map.flows_of(id)
                        .iter()
                        .any(|view| view.flow.data_classes.contains(&class))
                });
                self.jurisdiction
                    .as_ref()
                    .is_none_or(|wanted| &site.jurisdiction == wanted)
                    && self.site.as_ref().is_none_or(|wanted| wanted == id)
                    && class_ok
            }
            Subject::Map => {
                self.jurisdiction.is_none() && self.site.is_none() && self.class.is_none()
            }
        }
    }
}

/// The safeguards that, added to the finding's flow, would make the finding stop firing: the
/// best treatment, since the gap is then closed rather than accepted. Empty for findings not
/// about a flow, or that no single safeguard closes.
pub fn closing_safeguards(
    map: &Map,
    rulebook: &Rulebook,
    as_of: Date,
    finding: &Finding,
) -> Vec<Safeguard> {
    let Subject::Flow(id) = &finding.subject else {
        return Vec::new();
    };
    let Some(view) = map.flow(id) else {
        return Vec::new();
    };
    let original = view.flow.clone();
    let mut trial = map.clone();
    Safeguard::ALL
        .iter()
        .copied()
        .filter(|safeguard| !original.safeguards.contains(safeguard))
        .filter(|&safeguard| {
            let mut flow = original.clone();
            flow.safeguards.insert(safeguard);
            if trial.replace_flow(flow).is_err() {
                return false;
            }
            !rulebook
                .evaluate(&trial, as_of)
                .findings
                .iter()
                .any(|other| other.id == finding.id)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::parse_map;

    fn lotus() -> Map {
        parse_map(include_bytes!("../../samples/lotus-trading-dingtalk.ron")).unwrap()
    }

    fn today() -> Date {
        "2026-11-22".parse().unwrap()
    }

    #[test]
    fn residual_follows_the_treatment() {
        let initial = Score::new(Severity::High, Likelihood::Possible);
        assert_eq!(
            residual_score(initial, None, TreatmentStatus::Open),
            Some(initial)
        );
        let mitigated = Treatment {
            status: TreatmentStatus::Mitigated,
            ..Treatment::default()
        };
        assert_eq!(
            residual_score(initial, Some(&mitigated), TreatmentStatus::Mitigated),
            None
        );
        let accepted = Treatment {
            status: TreatmentStatus::Accepted,
            justification: "Low volume".into(),
            residual_likelihood: Some(Likelihood::Rare),
            ..Treatment::default()
        };
        assert_eq!(
            residual_score(initial, Some(&accepted), TreatmentStatus::Accepted),
            Some(Score::new(Severity::High, Likelihood::Rare))
        );
    }

    #[test]
    fn an_unjustified_acceptance_stays_open() {
        let treatment = Treatment {
            status: TreatmentStatus::Accepted,
            justification: "  ".into(),
            ..Treatment::default()
        };
        assert_eq!(treatment.effective_status(), TreatmentStatus::Open);
    }

    #[test]
    fn a_treatment_outlives_its_finding_as_resolved() {
        let rulebook = Rulebook::builtin().unwrap();
        let mut map = lotus();
        let evaluation = rulebook.evaluate(&map, today());
        let finding = evaluation.findings.first().unwrap().clone();
        map.assessment.treatments.insert(
            finding.id.to_string(),
            Treatment {
                owner: "Ana".into(),
                ..Treatment::default()
            },
        );
        let register = Register::new(&map, &evaluation, &rulebook);
        assert!(register.resolved.is_empty());
        assert_eq!(
            register
                .risks
                .iter()
                .find(|risk| risk.finding.id == finding.id)
                .and_then(Risk::owner),
            Some("Ana")
        );

        let empty = Evaluation {
            findings: Vec::new(),
            ..evaluation.clone()
        };
        let register = Register::new(&map, &empty, &rulebook);
        assert_eq!(register.resolved.len(), 1);
        assert_eq!(register.resolved[0].id, finding.id);
        assert_eq!(
            register.resolved[0]
                .title
                .as_ref()
                .map(|t| t.text(crate::model::Language::English)),
            Some(finding.title())
        );
    }

    #[test]
    fn a_resolved_treatment_counts_as_mitigated_unless_accepted_or_dismissed() {
        let rulebook = Rulebook::builtin().unwrap();
        let mut map = lotus();
        let evaluation = rulebook.evaluate(&map, today());
        let ids: Vec<String> = evaluation
            .findings
            .iter()
            .map(|f| f.id.to_string())
            .collect();
        let written = [
            TreatmentStatus::Open,
            TreatmentStatus::InProgress,
            TreatmentStatus::Mitigated,
            TreatmentStatus::Accepted,
            TreatmentStatus::NotApplicable,
        ];
        for (id, status) in ids.iter().zip(written) {
            let treatment = Treatment {
                status,
                owner: "Ana".into(),
                justification: "Signed".into(),
                ..Treatment::default()
            };
            map.assessment.treatments.insert(id.clone(), treatment);
        }
        // An acceptance without its reason counts as open, so it too is done once resolved.
        let unjustified = ids.get(written.len()).unwrap();
        map.assessment.treatments.insert(
            unjustified.clone(),
            Treatment {
                status: TreatmentStatus::Accepted,
                ..Treatment::default()
            },
        );
        let empty = Evaluation {
            findings: Vec::new(),
            ..evaluation.clone()
        };
        let register = Register::new(&map, &empty, &rulebook);
        let status_of = |id: &str| {
            let resolved = register
                .resolved
                .iter()
                .find(|r| r.id.as_str() == id)
                .unwrap();
            (resolved.treatment.status, resolved.status)
        };
        use TreatmentStatus::*;
        let expected = [Mitigated, Mitigated, Mitigated, Accepted, NotApplicable];
        for ((id, written), counted) in ids.iter().zip(written).zip(expected) {
            // The file's status is kept as written; the one that counts is shown.
            assert_eq!(status_of(id), (written, counted), "{id}");
        }
        assert_eq!(status_of(unjustified), (Accepted, Mitigated));
        // While the findings fire, nothing changes.
        let register = Register::new(&map, &evaluation, &rulebook);
        assert!(register.resolved.is_empty());
        assert!(register.risks.iter().any(|risk| risk.status == InProgress));
    }

    #[test]
    fn the_action_plan_orders_by_owner_then_due_and_marks_overdue() {
        let rulebook = Rulebook::builtin().unwrap();
        let mut map = lotus();
        let evaluation = rulebook.evaluate(&map, today());
        let ids: Vec<String> = evaluation
            .findings
            .iter()
            .map(|f| f.id.to_string())
            .collect();
        assert!(ids.len() >= 3);
        let treat = |owner: &str, due: &str| Treatment {
            owner: owner.into(),
            due: Some(due.parse().unwrap()),
            ..Treatment::default()
        };
        let treatments = &mut map.assessment.treatments;
        treatments.insert(ids[0].clone(), treat("Zoe", "2026-01-01"));
        treatments.insert(ids[1].clone(), treat("Ana", "2027-03-01"));
        treatments.insert(ids[2].clone(), treat("Ana", "2026-02-01"));
        let register = Register::new(&map, &evaluation, &rulebook);
        let plan = register.action_plan();
        let order: Vec<&str> = plan.iter().map(|risk| risk.finding.id.as_str()).collect();
        assert_eq!(&order[..3], [&ids[2], &ids[1], &ids[0]].map(String::as_str));
        assert!(plan[0].is_overdue(today()));
        assert!(!plan[1].is_overdue(today()));
        assert!(plan[3..].iter().all(|risk| risk.owner().is_none()));
        assert_eq!(plan.len(), evaluation.findings.len());
    }

    #[test]
    fn the_heatmap_counts_what_the_filter_lets_through() {
        let rulebook = Rulebook::builtin().unwrap();
        let map = lotus();
        let evaluation = rulebook.evaluate(&map, today());
        let register = Register::new(&map, &evaluation, &rulebook);
        let all = Heatmap::new(&register.risks, Grid::Initial, &RiskFilter::default(), &map);
        assert_eq!(all.total(), evaluation.findings.len());
        let macau_only = RiskFilter {
            jurisdiction: Some(Jurisdiction::Macau),
            ..RiskFilter::default()
        };
        let narrowed = Heatmap::new(&register.risks, Grid::Initial, &macau_only, &map);
        assert!(narrowed.total() > 0 && narrowed.total() <= all.total());
        let payroll = RiskFilter {
            class: Some(DataClass::Payroll),
            ..RiskFilter::default()
        };
        let expected = register
            .risks
            .iter()
            .filter(|risk| match &risk.finding.subject {
                Subject::Flow(id) => map
                    .flow(id)
                    .is_some_and(|view| view.flow.data_classes.contains(&DataClass::Payroll)),
                Subject::Site(id) => map
                    .flows_of(id)
                    .iter()
                    .any(|view| view.flow.data_classes.contains(&DataClass::Payroll)),
                Subject::Map => false,
            })
            .count();
        assert_eq!(
            Heatmap::new(&register.risks, Grid::Initial, &payroll, &map).total(),
            expected
        );
    }

    #[test]
    fn adding_the_missing_safeguard_closes_the_finding() {
        let rulebook = Rulebook::builtin().unwrap();
        let map = lotus();
        let evaluation = rulebook.evaluate(&map, today());
        let finding = evaluation
            .findings
            .iter()
            .find(|finding| matches!(finding.subject, Subject::Flow(_)))
            .unwrap();
        let fixes = closing_safeguards(&map, &rulebook, today(), finding);
        assert!(
            !fixes.is_empty(),
            "{} has no single-safeguard fix",
            finding.id
        );
        let Subject::Flow(id) = &finding.subject else {
            unreachable!()
        };
        let mut fixed = map.clone();
        let mut flow = fixed.flow(id).unwrap().flow.clone();
        flow.safeguards.insert(fixes[0]);
        fixed.replace_flow(flow).unwrap();
        assert!(
            !rulebook
                .evaluate(&fixed, today())
                .findings
                .iter()
                .any(|other| other.id == finding.id)
        );
    }
}
