//! Document edits: every change the user makes to a map, each with its exact inverse, so any
//! sequence can be undone and redone.
//!
//! Edits replace whole sites and flows rather than patching fields: the inverse of a replace is
//! a replace with the previous value, which cannot drift.

use super::fields::{FlowField, MapField, SignOffField, SiteField, TreatmentField};
use crate::model::{
    Assessment, EditError, Flow, FlowId, Map, MapMeta, SignOffStep, Site, SiteId, Treatment,
};

/// One change to a map.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Add a site.
    AddSite(Site),
    /// Remove a site and every flow that touches it.
    RemoveSite(SiteId),
    /// Replace the site with the same id.
    ReplaceSite(Site),
    /// Add a flow.
    AddFlow(Flow),
    /// Remove a flow.
    RemoveFlow(FlowId),
    /// Take back a flow just added (an undone addition): remove it and give the flow-number
    /// counter back its value from before (`Map::unmake_flow`).
    UnmakeFlow(FlowId, u32),
    /// Replace the flow with the same id (possibly reconnecting it).
    ReplaceFlow(Flow),
    /// Replace the map's metadata.
    SetMeta(MapMeta),
    /// Replace the assessment.
    SetAssessment(Box<Assessment>),
    /// Set (or with `None`, remove) the treatment of one finding, by finding id.
    SetTreatment(String, Option<Treatment>),
    /// Several edits as one step; all or nothing.
    Batch(Vec<Edit>),
}

/// Which field an edit types into: edits with the same key in a row merge into one undo step,
/// so typing a name is one step, not one per letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeKey {
    /// A field of the map's metadata.
    Meta(MapField),
    /// A field of one site.
    Site(SiteId, SiteField),
    /// A field of one flow.
    Flow(FlowId, FlowField),
    /// One DPIA answer.
    Dpia(&'static str),
    /// A field of one sign-off step.
    SignOff(SignOffStep, SignOffField),
    /// A field of one finding's treatment, by finding id.
    Treatment(String, TreatmentField),
    /// Arrow-key moves of these sites.
    Nudge(Vec<SiteId>),
}

/// An edit requested by a panel, applied at the end of the frame.
#[derive(Clone, Debug)]
pub struct PendingEdit {
    /// What the undo menu calls it.
    pub label: String,
    /// The change.
    pub edit: Edit,
    /// Edits with the same key in a row merge into one undo step.
    pub merge_key: Option<MergeKey>,
}

impl PendingEdit {
    /// An edit that is its own undo step.
    pub fn new(label: impl Into<String>, edit: Edit) -> Self {
        Self {
            label: label.into(),
            edit,
            merge_key: None,
        }
    }

    /// An edit that merges with the previous one of the same key (typing, dragging).
    pub fn merging(label: impl Into<String>, edit: Edit, key: MergeKey) -> Self {
        Self {
            label: label.into(),
            edit,
            merge_key: Some(key),
        }
    }
}

impl Edit {
    /// Applies the edit and returns its inverse. On error the map is unchanged.
    pub fn apply(self, map: &mut Map) -> Result<Edit, EditError> {
        Ok(match self {
            Edit::AddSite(site) => {
                let id = site.id.clone();
                map.add_site(site)?;
                Edit::RemoveSite(id)
            }
            Edit::RemoveSite(id) => {
                let (site, flows) = map.remove_site(&id)?;
                let mut restore = vec![Edit::AddSite(site)];
                restore.extend(flows.into_iter().map(Edit::AddFlow));
                Edit::Batch(restore)
            }
            Edit::ReplaceSite(site) => Edit::ReplaceSite(map.replace_site(site)?),
            Edit::AddFlow(flow) => {
                let id = flow.id.clone();
                let next = map.next_flow_number();
                map.add_flow(flow)?;
                Edit::UnmakeFlow(id, next)
            }
            Edit::RemoveFlow(id) => Edit::AddFlow(map.remove_flow(&id)?),
            Edit::UnmakeFlow(id, next) => Edit::AddFlow(map.unmake_flow(&id, next)?),
            Edit::ReplaceFlow(flow) => Edit::ReplaceFlow(map.replace_flow(flow)?),
            Edit::SetMeta(meta) => Edit::SetMeta(std::mem::replace(&mut map.meta, meta)),
            Edit::SetAssessment(assessment) => Edit::SetAssessment(Box::new(std::mem::replace(
                &mut map.assessment,
                *assessment,
            ))),
            Edit::SetTreatment(id, treatment) => {
                let treatments = &mut map.assessment.treatments;
                let previous = match treatment.filter(|treatment| !treatment.is_blank()) {
                    Some(treatment) => treatments.insert(id.clone(), treatment),
                    None => treatments.remove(&id),
                };
                Edit::SetTreatment(id, previous)
            }
            Edit::Batch(edits) => {
                // The batch is made on a copy, which replaces the map only when every edit is
                // accepted: a refused edit leaves the map exactly as it was.
                let mut draft = map.clone();
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    inverses.push(edit.apply(&mut draft)?);
                }
                *map = draft;
                inverses.reverse();
                Edit::Batch(inverses)
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::parse_map;

    fn lotus() -> Map {
        parse_map(include_bytes!("../../samples/lotus-trading-dingtalk.ron")).unwrap()
    }

    #[test]
    fn removing_a_site_and_undoing_brings_back_its_flows() {
        let mut map = lotus();
        let before = map.clone();
        let inverse = Edit::RemoveSite(SiteId::new("dingtalk-hangzhou").unwrap())
            .apply(&mut map)
            .unwrap();
        assert_eq!(map.flow_count(), 0);
        inverse.apply(&mut map).unwrap();
        assert_eq!(map, before);
    }

    #[test]
    fn a_failing_batch_changes_nothing() {
        let mut map = lotus();
        let before = map.clone();
        let batch = Edit::Batch(vec![
            Edit::RemoveFlow(FlowId::new("payroll-chat").unwrap()),
            Edit::RemoveFlow(FlowId::new("no-such-flow").unwrap()),
        ]);
        assert!(batch.apply(&mut map).is_err());
        assert_eq!(map, before);
    }

    #[test]
    fn a_blank_treatment_removes_the_entry_and_undo_restores_it() {
        let mut map = lotus();
        let before = map.clone();
        let id = "MO-01@payroll-chat".to_owned();
        let treatment = Treatment {
            owner: "Ana".into(),
            ..Treatment::default()
        };
        let undo_add = Edit::SetTreatment(id.clone(), Some(treatment.clone()))
            .apply(&mut map)
            .unwrap();
        assert_eq!(map.assessment.treatments.get(&id), Some(&treatment));
        let undo_blank = Edit::SetTreatment(id.clone(), Some(Treatment::default()))
            .apply(&mut map)
            .unwrap();
        assert!(map.assessment.treatments.is_empty());
        undo_blank.apply(&mut map).unwrap();
        assert_eq!(map.assessment.treatments.get(&id), Some(&treatment));
        undo_add.apply(&mut map).unwrap();
        assert_eq!(map, before);
    }

    #[test]
    fn replace_inverts_to_the_previous_value() {
        let mut map = lotus();
        let before = map.clone();
        let mut flow = map
            .flow(&FlowId::new("payroll-chat").unwrap())
            .unwrap()
            .flow
            .clone();
        flow.retention_days = Some(30);
        let inverse = Edit::ReplaceFlow(flow).apply(&mut map).unwrap();
        assert_ne!(map, before);
        inverse.apply(&mut map).unwrap();
        assert_eq!(map, before);
    }
}
