//! The map document: sites and flows on a graph, the map's metadata and its assessment.
//!
//! This is the single source of truth every view reads. It never imports egui; every edit goes
//! through a method that keeps the graph valid and says why when it refuses.

mod assessment;
mod conflict;
pub(crate) use assessment::unique_treatments;
mod date;
mod filing;
mod flow;
mod ids;
mod jurisdiction;
mod score;
mod site;
pub(crate) mod vocab;

use std::collections::BTreeMap;

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::EdgeRef;
use serde::{Deserialize, Serialize};

pub use assessment::{
    Assessment, Decision, DpiaAnswers, Revision, RightsAnswers, SignOff, SignOffStep, Treatment,
    TreatmentStatus,
};
pub use conflict::MergeConflict;
pub use date::{Date, DateError};
pub use filing::{Controller, Person, Reference, References};
pub use flow::{Flow, FlowError};
pub use ids::{FindingId, FlowId, IdError, MAX_ID_CHARS, SiteId, slug};
pub use jurisdiction::{CountryCode, Jurisdiction, Lane};
pub use score::{Likelihood, Severity};
pub use site::{Point, Site};
pub use vocab::{
    Access, DataClass, Flag, Language, LegalBasis, RecipientRole, Safeguard, Sector, SiteKind,
    UnknownId, nearest_ids,
};

/// Title, organisation and other facts about the map as a document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapMeta {
    /// The map's title, e.g. "Lotus Trading: DingTalk roll-out".
    #[serde(default)]
    pub title: String,
    /// The organisation whose flows these are.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// Who drew the map.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    /// The language of the map's texts and default report language.
    #[serde(default)]
    pub language: Language,
    /// When the map was first made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<Date>,
    /// When the map was last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<Date>,
    /// Free description of the processing the map covers.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The confidentiality marking printed on every page of the report (e.g. "Confidential");
    /// empty for none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub confidentiality: String,
    /// The controller's legal identity and the people who act for it, for the filings.
    #[serde(default, skip_serializing_if = "Controller::is_empty")]
    pub controller: Controller,
    /// The organisation's sector (edition 2027-01): the sector of every site that records none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<Sector>,
    /// How often the DPIA is reviewed, in months after its sign-off (the `dpia-review` clock);
    /// `None`: every 12 months (format version 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_every_months: Option<u32>,
}

/// Why an edit of the map was refused. The map is unchanged when one is returned.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// A site id already in use.
    #[error("a site with id `{0}` already exists; site ids must be unique")]
    DuplicateSite(SiteId),
    /// A flow id already in use.
    #[error("a flow with id `{0}` already exists; flow ids must be unique")]
    DuplicateFlow(FlowId),
    /// A site id that names no site.
    #[error("there is no site with id `{0}`")]
    MissingSite(SiteId),
    /// A flow that points to a site that does not exist.
    #[error("flow `{flow}` points to site `{site}`, which does not exist")]
    FlowToMissingSite {
        /// The flow.
        flow: FlowId,
        /// The missing site.
        site: SiteId,
    },
    /// A flow id that names no flow.
    #[error("there is no flow with id `{0}`")]
    MissingFlow(FlowId),
    /// A flow whose own values disagree.
    #[error(transparent)]
    Flow(#[from] FlowError),
    /// A position that is not a finite number.
    #[error("site `{0}` has a position that is not a finite number")]
    BadPosition(SiteId),
}

/// A flow together with the sites at its two ends.
#[derive(Clone, Copy, Debug)]
pub struct FlowView<'a> {
    /// The flow.
    pub flow: &'a Flow,
    /// Where the data is held.
    pub source: &'a Site,
    /// Who receives or views it.
    pub target: &'a Site,
}

impl FlowView<'_> {
    /// The flow leaves one legal territory for another (`CN-GBA` to `CN` stays inside).
    pub fn crosses_border(&self) -> bool {
        !self
            .source
            .jurisdiction
            .same_territory(&self.target.jurisdiction)
    }
}

/// The map document.
#[derive(Clone, Debug, Default)]
pub struct Map {
    /// Title, organisation, dates.
    pub meta: MapMeta,
    /// Treatments, DPIA answers, sign-off.
    pub assessment: Assessment,
    /// Conflicts a three-way merge left for review; empty in every map not merged.
    pub conflicts: Vec<MergeConflict>,
    graph: StableDiGraph<Site, Flow>,
    site_index: BTreeMap<SiteId, NodeIndex>,
    flow_index: BTreeMap<FlowId, EdgeIndex>,
    /// The flow numbers in use.
    numbers: std::collections::BTreeSet<u32>,
    /// One more than the highest flow number ever given: a deleted flow's number is not
    /// given again.
    next_number: u32,
}

impl PartialEq for Map {
    fn eq(&self, other: &Self) -> bool {
        self.meta == other.meta
            && self.assessment == other.assessment
            && self.conflicts == other.conflicts
            && self.sites().eq(other.sites())
            && self
                .flows()
                .map(|view| view.flow)
                .eq(other.flows().map(|view| view.flow))
    }
}

impl Map {
    /// An empty map.
    pub fn new(meta: MapMeta) -> Self {
        Self {
            meta,
            ..Self::default()
        }
    }

    /// How many sites.
    pub fn site_count(&self) -> usize {
        self.site_index.len()
    }

    /// How many flows.
    pub fn flow_count(&self) -> usize {
        self.flow_index.len()
    }

    /// The sites, sorted by id.
    pub fn sites(&self) -> impl Iterator<Item = &Site> + '_ {
        self.site_index
            .values()
            .filter_map(|index| self.graph.node_weight(*index))
    }

    /// The flows with their end sites, sorted by flow id.
    pub fn flows(&self) -> impl Iterator<Item = FlowView<'_>> + '_ {
        self.flow_index
            .values()
            .filter_map(|index| self.flow_view(*index))
    }

    /// The site with this id.
    pub fn site(&self, id: &SiteId) -> Option<&Site> {
        self.graph.node_weight(*self.site_index.get(id)?)
    }

    /// The flow with this id, with its end sites.
    pub fn flow(&self, id: &FlowId) -> Option<FlowView<'_>> {
        self.flow_view(*self.flow_index.get(id)?)
    }

    /// The flows that leave or reach a site, sorted by flow id.
    pub fn flows_of(&self, site: &SiteId) -> Vec<FlowView<'_>> {
        let Some(node) = self.site_index.get(site) else {
            return Vec::new();
        };
        let mut views: Vec<FlowView<'_>> = self
            .graph
            .edges_directed(*node, petgraph::Direction::Outgoing)
            .chain(
                self.graph
                    .edges_directed(*node, petgraph::Direction::Incoming),
            )
            .filter_map(|edge| self.flow_view(edge.id()))
            .collect();
        views.sort_by(|a, b| a.flow.id.cmp(&b.flow.id));
        views
    }

    fn flow_view(&self, index: EdgeIndex) -> Option<FlowView<'_>> {
        let (source, target) = self.graph.edge_endpoints(index)?;
        Some(FlowView {
            flow: self.graph.edge_weight(index)?,
            source: self.graph.node_weight(source)?,
            target: self.graph.node_weight(target)?,
        })
    }

    /// Adds a site. Refused if its id is taken or its position is not finite.
    pub fn add_site(&mut self, site: Site) -> Result<(), EditError> {
        if self.site_index.contains_key(&site.id) {
            return Err(EditError::DuplicateSite(site.id));
        }
        check_position(&site)?;
        let id = site.id.clone();
        let index = self.graph.add_node(site);
        self.site_index.insert(id, index);
        Ok(())
    }

    /// Adds a flow between two existing sites. Refused if its id is taken, an end is missing,
    /// or its values disagree. A flow without a number, or with one in use, gets the next
    /// number; one that keeps its own (a deleted flow put back) keeps it.
    pub fn add_flow(&mut self, mut flow: Flow) -> Result<(), EditError> {
        if self.flow_index.contains_key(&flow.id) {
            return Err(EditError::DuplicateFlow(flow.id));
        }
        let (source, target) = self.ends_of(&flow)?;
        flow.check()?;
        let number = match flow.number {
            Some(number) if number > 0 && !self.numbers.contains(&number) => number,
            _ => self.next_flow_number(),
        };
        flow.number = Some(number);
        self.numbers.insert(number);
        self.next_number = self.next_number.max(number.saturating_add(1));
        let id = flow.id.clone();
        let index = self.graph.add_edge(source, target, flow);
        self.flow_index.insert(id, index);
        Ok(())
    }

    fn ends_of(&self, flow: &Flow) -> Result<(NodeIndex, NodeIndex), EditError> {
        let find = |site: &SiteId| {
            self.site_index
                .get(site)
                .copied()
                .ok_or_else(|| EditError::FlowToMissingSite {
                    flow: flow.id.clone(),
                    site: site.clone(),
                })
        };
        Ok((find(&flow.from)?, find(&flow.to)?))
    }

    /// Replaces the site with the same id, returning the previous version.
    pub fn replace_site(&mut self, site: Site) -> Result<Site, EditError> {
        let index = *self
            .site_index
            .get(&site.id)
            .ok_or_else(|| EditError::MissingSite(site.id.clone()))?;
        check_position(&site)?;
        let slot = self
            .graph
            .node_weight_mut(index)
            .ok_or_else(|| EditError::MissingSite(site.id.clone()))?;
        Ok(std::mem::replace(slot, site))
    }

    /// The number the next new flow gets: one more than the highest ever given.
    pub fn next_flow_number(&self) -> u32 {
        self.next_number.max(1)
    }

    /// Raises the next flow number to at least `next` (a file records the numbers of deleted
    /// flows this way, so they are not given again).
    pub fn reserve_flow_numbers(&mut self, next: u32) {
        self.next_number = self.next_number.max(next);
    }

    /// Replaces the flow with the same id, returning the previous version. A changed `from` or
    /// `to` reconnects the flow; the flow keeps its number.
    pub fn replace_flow(&mut self, mut flow: Flow) -> Result<Flow, EditError> {
        let index = *self
            .flow_index
            .get(&flow.id)
            .ok_or_else(|| EditError::MissingFlow(flow.id.clone()))?;
        let (source, target) = self.ends_of(&flow)?;
        flow.check()?;
        flow.number = self.graph.edge_weight(index).and_then(|old| old.number);
        let id = flow.id.clone();
        let old = self
            .graph
            .remove_edge(index)
            .ok_or_else(|| EditError::MissingFlow(id.clone()))?;
        let new_index = self.graph.add_edge(source, target, flow);
        self.flow_index.insert(id, new_index);
        Ok(old)
    }

    /// Removes a flow, returning it.
    pub fn remove_flow(&mut self, id: &FlowId) -> Result<Flow, EditError> {
        let index = self
            .flow_index
            .remove(id)
            .ok_or_else(|| EditError::MissingFlow(id.clone()))?;
        let flow = self
            .graph
            .remove_edge(index)
            .ok_or_else(|| EditError::MissingFlow(id.clone()))?;
        if let Some(number) = flow.number {
            self.numbers.remove(&number);
        }
        Ok(flow)
    }

    /// Takes back a flow just added, as undoing the addition does: removes it and puts the
    /// next flow number back to `next_before` (its value before the addition), unless a flow
    /// in the map holds a number from then on. A deleted flow's number is never given again;
    /// an addition undone gave none.
    pub fn unmake_flow(&mut self, id: &FlowId, next_before: u32) -> Result<Flow, EditError> {
        let flow = self.remove_flow(id)?;
        let in_use = self
            .numbers
            .last()
            .map_or(1, |number| number.saturating_add(1));
        self.next_number = next_before.max(in_use);
        Ok(flow)
    }

    /// Removes a site and every flow that leaves or reaches it, returning them all so an undo
    /// can put them back.
    pub fn remove_site(&mut self, id: &SiteId) -> Result<(Site, Vec<Flow>), EditError> {
        let index = *self
            .site_index
            .get(id)
            .ok_or_else(|| EditError::MissingSite(id.clone()))?;
        let flow_ids: Vec<FlowId> = self
            .flows_of(id)
            .into_iter()
            .map(|view| view.flow.id.clone())
            .collect();
        let mut flows = Vec::with_capacity(flow_ids.len());
        for flow_id in &flow_ids {
            flows.push(self.remove_flow(flow_id)?);
        }
        self.site_index.remove(id);
        let site = self
            .graph
            .remove_node(index)
            .ok_or_else(|| EditError::MissingSite(id.clone()))?;
        Ok((site, flows))
    }

    /// A site id not yet used, built from a name ("DingTalk (Hangzhou)" → `dingtalk-hangzhou`).
    pub fn fresh_site_id(&self, name: &str) -> SiteId {
        let stem = slug(name, "site");
        fresh_id(&stem, |candidate| {
            SiteId::new(candidate)
                .ok()
                .filter(|id| !self.site_index.contains_key(id))
        })
    }

    /// A flow id not yet used, built from a stem such as `flow`.
    pub fn fresh_flow_id(&self, stem: &str) -> FlowId {
        let stem = slug(stem, "flow");
        fresh_id(&stem, |candidate| {
            FlowId::new(candidate)
                .ok()
                .filter(|id| !self.flow_index.contains_key(id))
        })
    }
}

fn check_position(site: &Site) -> Result<(), EditError> {
    match site.position {
        Some(point) if !point.is_finite() => Err(EditError::BadPosition(site.id.clone())),
        _ => Ok(()),
    }
}

/// The first of `stem`, `stem-2`, `stem-3`… that `free` accepts.
fn fresh_id<T>(stem: &str, free: impl Fn(&str) -> Option<T>) -> T {
    let mut counter: u64 = 1;
    loop {
        let candidate = if counter == 1 {
            stem.to_owned()
        } else {
            format!("{stem}-{counter}")
        };
        if let Some(id) = free(&candidate) {
            return id;
        }
        counter += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(id: &str, jurisdiction: Jurisdiction) -> Site {
        Site::new(SiteId::new(id).unwrap(), id, SiteKind::Office, jurisdiction)
    }

    fn flow(id: &str, from: &str, to: &str) -> Flow {
        Flow::new(
            FlowId::new(id).unwrap(),
            SiteId::new(from).unwrap(),
            SiteId::new(to).unwrap(),
        )
    }

    fn two_sites() -> Map {
        let mut map = Map::default();
        map.add_site(site("hq", Jurisdiction::Macau)).unwrap();
        map.add_site(site("dingtalk", Jurisdiction::Mainland))
            .unwrap();
        map
    }

    #[test]
    fn duplicate_ids_are_refused_and_the_map_is_unchanged() {
        let mut map = two_sites();
        map.add_flow(flow("f1", "hq", "dingtalk")).unwrap();
        let before = map.clone();
        assert_eq!(
            map.add_site(site("hq", Jurisdiction::Macau)),
            Err(EditError::DuplicateSite(SiteId::new("hq").unwrap()))
        );
        assert!(matches!(
            map.add_flow(flow("f1", "dingtalk", "hq")),
            Err(EditError::DuplicateFlow(_))
        ));
        assert_eq!(map, before);
    }

    #[test]
    fn a_flow_to_a_missing_site_is_refused_with_both_ids() {
        let mut map = two_sites();
        let error = map.add_flow(flow("f1", "hq", "nowhere")).unwrap_err();
        assert_eq!(
            error.to_string(),
            "flow `f1` points to site `nowhere`, which does not exist"
        );
        assert_eq!(map.flow_count(), 0);
    }

    #[test]
    fn a_flow_from_a_site_to_itself_is_refused() {
        let mut map = two_sites();
        assert!(matches!(
            map.add_flow(flow("loop", "hq", "hq")),
            Err(EditError::Flow(FlowError::SameEnds { .. }))
        ));
    }

    #[test]
    fn more_sensitive_subjects_than_subjects_is_refused() {
        let mut map = two_sites();
        let mut odd = flow("f1", "hq", "dingtalk");
        odd.subjects_per_year = Some(10);
        odd.sensitive_subjects_per_year = Some(11);
        assert!(matches!(
            map.add_flow(odd),
            Err(EditError::Flow(FlowError::SensitiveExceedsTotal { .. }))
        ));
    }

    #[test]
    fn removing_a_site_removes_its_flows_and_ids_survive() {
        let mut map = two_sites();
        map.add_site(site("archive", Jurisdiction::Macau)).unwrap();
        map.add_flow(flow("up", "hq", "dingtalk")).unwrap();
        map.add_flow(flow("back", "dingtalk", "archive")).unwrap();
        map.add_flow(flow("local", "hq", "archive")).unwrap();
        let (removed, flows) = map.remove_site(&SiteId::new("dingtalk").unwrap()).unwrap();
        assert_eq!(removed.id.as_str(), "dingtalk");
        let removed_ids: Vec<&str> = flows.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(removed_ids, ["back", "up"]);
        // The survivors keep their ids and their ends even though graph indices moved.
        let local = map.flow(&FlowId::new("local").unwrap()).unwrap();
        assert_eq!(
            (local.source.id.as_str(), local.target.id.as_str()),
            ("hq", "archive")
        );
        // A new site reuses no id and the old one is free again.
        map.add_site(site("dingtalk", Jurisdiction::Mainland))
            .unwrap();
        assert_eq!(map.site_count(), 3);
    }

    #[test]
    fn replacing_a_flow_can_reconnect_it() {
        let mut map = two_sites();
        map.add_site(site("hk-dc", Jurisdiction::HongKong)).unwrap();
        map.add_flow(flow("f1", "hq", "dingtalk")).unwrap();
        let old = map.replace_flow(flow("f1", "hq", "hk-dc")).unwrap();
        assert_eq!(old.to.as_str(), "dingtalk");
        let view = map.flow(&FlowId::new("f1").unwrap()).unwrap();
        assert_eq!(view.target.id.as_str(), "hk-dc");
        assert!(map.flows_of(&SiteId::new("dingtalk").unwrap()).is_empty());
        assert!(map.replace_flow(flow("f1", "hq", "gone")).is_err());
        assert_eq!(
            map.flow(&FlowId::new("f1").unwrap())
                .unwrap()
                .target
                .id
                .as_str(),
            "hk-dc"
        );
    }

    #[test]
    fn fresh_ids_never_collide() {
        let mut map = Map::default();
        let first = map.fresh_site_id("DingTalk (Hangzhou)");
        assert_eq!(first.as_str(), "dingtalk-hangzhou");
        map.add_site(Site::new(
            first,
            "x",
            SiteKind::Saas,
            Jurisdiction::Mainland,
        ))
        .unwrap();
        assert_eq!(
            map.fresh_site_id("DingTalk Hangzhou").as_str(),
            "dingtalk-hangzhou-2"
        );
        assert_eq!(map.fresh_site_id("澳門總部").as_str(), "site");
    }

    #[test]
    fn non_finite_positions_are_refused() {
        let mut map = Map::default();
        let mut bad = site("hq", Jurisdiction::Macau);
        bad.position = Some(Point::new(f32::NAN, 0.0));
        assert!(matches!(map.add_site(bad), Err(EditError::BadPosition(_))));
    }

    #[test]
    fn crossing_a_border_means_different_jurisdictions() {
        let mut map = two_sites();
        map.add_site(site("hq2", Jurisdiction::Macau)).unwrap();
        map.add_site(site("hengqin", Jurisdiction::MainlandGba))
            .unwrap();
        map.add_flow(flow("out", "hq", "dingtalk")).unwrap();
        map.add_flow(flow("local", "hq", "hq2")).unwrap();
        map.add_flow(flow("mainland", "hengqin", "dingtalk"))
            .unwrap();
        let crossing: Vec<&str> = map
            .flows()
            .filter(|view| view.crosses_border())
            .map(|view| view.flow.id.as_str())
            .collect();
        assert_eq!(crossing, ["out"]);
    }
}
