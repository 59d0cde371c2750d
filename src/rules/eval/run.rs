//! One evaluation of a rulebook on a map, in its stages: each flow's facts with its exporting
//! entity, the named facts, the Mainland mechanism decision over the aggregated totals, the
//! findings of flow, site and map rules, and the data their reasons are worded from.

use super::*;
use crate::rules::Mechanism;

/// The name used for flows whose source site names no entity and whose map names no
/// organisation; readers see it in their language (the catalogue's `entity-default`).
pub const DEFAULT_ENTITY: &str = "the map's organisation";

pub(in crate::rules) fn evaluate(book: &Rulebook, map: &Map, as_of: Date) -> Evaluation {
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
    let sensitivity = book.sensitivity(as_of);
    let views: Vec<FlowView<'_>> = map.flows().collect();
    // Sites by position, so each flow end is found with one hash lookup.
    let sites: Vec<&crate::model::Site> = map.sites().collect();
    let position: HashMap<&SiteId, usize> = sites
        .iter()
        .enumerate()
        .map(|(index, site)| (&site.id, index))
        .collect();
    let (mut flows, entity_names, groups) =
        flow_facts(map, &views, &position, &sensitivity, facts.len());
    set_named_facts(book, &facts, &mut flows);
    let mechanism = book.mechanisms.iter().find(|m| m.window.contains(as_of));
    let (entity_totals, map_totals) =
        decide_mechanism(mechanism, &mut flows, entity_names.len(), as_of);

    let active: Vec<ActiveRule<'_>> = book
        .rules
        .iter()
        .enumerate()
        .filter(|(_, rule)| rule.window.contains(as_of))
        .map(|(index, rule)| ActiveRule {
            rule,
            index,
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
        entity_totals: &entity_totals,
        map_totals: &map_totals,
        flows: &flows,
        groups: &groups,
    };
    let mut findings = Vec::new();
    let flow_rules: Vec<&ActiveRule<'_>> = active
        .iter()
        .filter(|a| a.rule.scope == Scope::Flow)
        .collect();
    for (index, (view, flow)) in views.iter().zip(&flows).enumerate() {
        for active in &flow_rules {
            if context.flow(&active.rule.condition, flow) {
                let detail = flow.mechanism.as_ref().map(|(_, basis)| basis);
                findings.push(active.finding(
                    Subject::Flow(view.flow.id.clone()),
                    detail,
                    About::Flow(index),
                ));
            }
        }
    }

    let flow_ends: Vec<(usize, usize)> = views
        .iter()
        .map(|view| {
            let at = |id: &SiteId| position.get(id).copied().unwrap_or(usize::MAX);
            (at(&view.flow.from), at(&view.flow.to))
        })
        .collect();
    let site_facts = site_findings(&active, &context, &sites, &flow_ends, &mut findings);
    for active in active.iter().filter(|a| a.rule.scope == Scope::Map) {
        if context.map(&active.rule.condition) {
            findings.push(active.finding(Subject::Map, None, About::Map));
        }
    }

    let by_entity: BTreeMap<&str, ExportTotals> = entity_names
        .iter()
        .zip(&entity_totals)
        .filter(|(_, totals)| totals.flows > 0)
        .map(|(name, totals)| (*name, *totals))
        .collect();
    let mainland_exports_by_entity = by_entity
        .into_iter()
        .map(|(entity, totals)| EntityTotals {
            entity: entity.to_owned(),
            totals,
        })
        .collect();
    let entities_changed_by_default = changed_by_default(
        mechanism,
        &flows,
        &entity_names,
        map.meta.organisation.trim(),
    );

    // What the reasons are put in words from, kept with the findings: the flows' facts and the
    // names of what they join. Words are built when asked for, so evaluating stays fast.
    let data = Arc::new(ExplainData {
        book: book.clone(),
        as_of,
        sensitivity,
        mechanism: mechanism.map(|m| m.name.clone()).unwrap_or_default(),
        flow_text: views
            .iter()
            .map(|view| FlowText {
                id: view.flow.id.clone(),
                legal_basis: view.flow.legal_basis,
                recipient_role: view.flow.recipient_role,
                access: view.flow.access,
                retention_days: view.flow.retention_days,
            })
            .collect(),
        flow_ends,
        flows,
        sites: sites
            .iter()
            .map(|site| SiteText {
                name: site.name.clone(),
                kind: site.kind,
                jurisdiction: site.jurisdiction,
            })
            .collect(),
        site_facts,
        entity_names: entity_names.iter().map(|name| (*name).to_owned()).collect(),
        entity_totals,
        map_totals,
        groups,
    });
    for finding in &mut findings {
        finding.why.data = Some(data.clone());
    }
    Evaluation {
        as_of,
        findings,
        mainland_exports: map_totals,
        mainland_exports_by_entity,
        mechanism: mechanism.map(|m| m.name.clone()),
        sensitivity,
        entities_changed_by_default,
    }
}

/// The entities whose counted exports edition 2026-12 would have put in the map's
/// organisation, with how many counted flows each, by name.
fn changed_by_default(
    mechanism: Option<&Mechanism>,
    flows: &[FlowFacts],
    entity_names: &[&str],
    organisation: &str,
) -> Vec<(String, usize)> {
    let Some(mechanism) = mechanism else {
        return Vec::new();
    };
    let context = Context::single();
    let mut changed: BTreeMap<String, usize> = BTreeMap::new();
    for flow in flows {
        let name = entity_names.get(flow.entity).copied().unwrap_or_default();
        if flow.entity_origin.changed_in_2027()
            && name != organisation
            && context.flow(&mechanism.aggregate, flow)
        {
            *changed.entry(name.to_owned()).or_default() += 1;
        }
    }
    changed.into_iter().collect()
}

/// Interns entity names so each flow carries numbers. The map's organisation is the default
/// (an empty name from the chain); it is shown as "the map's organisation" unless some site
/// names it, so a map and its inventory (which has no organisation) give the same reasons.
struct Entities<'m> {
    organisation: &'m str,
    names: Vec<&'m str>,
    index: HashMap<&'m str, usize>,
}

impl<'m> Entities<'m> {
    fn intern(&mut self, site: &'m crate::model::Site) -> (usize, EntityOrigin) {
        let entity = super::super::entity::exporting_entity(site);
        let key = if entity.name.is_empty() {
            self.organisation
        } else {
            entity.name
        };
        let names = &mut self.names;
        let index = *self.index.entry(key).or_insert_with(|| {
            names.push(DEFAULT_ENTITY);
            names.len() - 1
        });
        // The default is named only by a site's own entity (an operator that happens to bear
        // the organisation's name leaves it "the map's organisation", as in its inventory).
        let names_default = key != self.organisation || entity.origin == EntityOrigin::SiteEntity;
        if !entity.name.is_empty()
            && names_default
            && let Some(name) = self.names.get_mut(index)
        {
            *name = entity.name;
        }
        (index, entity.origin)
    }
}

/// Each flow's facts, with its exporting entity and handler interned to numbers, the entities'
/// names, and the flows grouped by the site they reach and by handler.
fn flow_facts<'m>(
    map: &'m Map,
    views: &[FlowView<'m>],
    position: &HashMap<&SiteId, usize>,
    sensitivity: &Sensitivity,
    facts_len: usize,
) -> (Vec<FlowFacts>, Vec<&'m str>, Groups) {
    let mut entities = Entities {
        organisation: map.meta.organisation.trim(),
        names: Vec::new(),
        index: HashMap::new(),
    };
    let mut groups = Groups {
        incoming: vec![Vec::new(); position.len()],
        by_handler: Vec::new(),
    };
    let mut flows: Vec<FlowFacts> = Vec::with_capacity(views.len());
    for (index, view) in views.iter().enumerate() {
        let (entity, entity_origin) = entities.intern(view.source);
        let (handler, handler_origin) =
            if view.flow.recipient_role == Some(RecipientRole::Processor) {
                (entity, entity_origin)
            } else {
                entities.intern(view.target)
            };
        let at = |id: &SiteId| position.get(id).copied().unwrap_or(usize::MAX);
        if let Some(slot) = groups.incoming.get_mut(at(&view.flow.to)) {
            slot.push(index);
        }
        let parties = FlowParties {
            entity,
            entity_origin,
            handler,
            handler_origin,
            source_site: at(&view.flow.from),
            map_sector: map.meta.sector,
        };
        flows.push(FlowFacts::new(view, sensitivity, &parties, facts_len));
    }
    groups.by_handler = vec![Vec::new(); entities.names.len()];
    for (index, flow) in flows.iter().enumerate() {
        if let Some(slot) = groups.by_handler.get_mut(flow.handler) {
            slot.push(index);
        }
    }
    (flows, entities.names, groups)
}

/// Sets each flow's named facts, each after the facts it refers to: no recursion, however long
/// the chain.
fn set_named_facts(book: &Rulebook, facts: &[Option<&Compiled>], flows: &mut [FlowFacts]) {
    let empty_context = Context::single();
    for flow in flows.iter_mut() {
        for &index in &book.fact_order {
            if let Some(Some(definition)) = facts.get(index)
                && empty_context.flow(definition, flow)
            {
                flow.set_fact(index);
            }
        }
    }
}

/// Sums the Mainland exports per entity and over the map, and records the mechanism decision
/// on each flow it applies to.
fn decide_mechanism(
    mechanism: Option<&Mechanism>,
    flows: &mut [FlowFacts],
    entities: usize,
    as_of: Date,
) -> (Vec<ExportTotals>, ExportTotals) {
    let empty_context = Context::single();
    let mut entity_totals = vec![ExportTotals::default(); entities];
    let mut map_totals = ExportTotals::default();
    if let Some(mechanism) = mechanism {
        for flow in flows.iter() {
            if empty_context.flow(&mechanism.aggregate, flow) {
                for totals in [entity_totals.get_mut(flow.entity), Some(&mut map_totals)]
                    .into_iter()
                    .flatten()
                {
                    totals.sensitive_subjects =
                        totals.sensitive_subjects.saturating_add(flow.sensitive);
                    totals.non_sensitive_subjects = totals
                        .non_sensitive_subjects
                        .saturating_add(flow.non_sensitive);
                    totals.flows += 1;
                    totals.flows_with_unknown_count += usize::from(!flow.count_known);
                }
            }
        }
        let steps: Vec<_> = mechanism
            .steps
            .iter()
            .filter(|step| step.window.contains(as_of))
            .collect();
        let context = Context {
            entity_totals: &entity_totals,
            map_totals: &map_totals,
            ..Context::single()
        };
        let decided: Vec<Option<(Outcome, Wording)>> = flows
            .iter()
            .map(|flow| {
                if context.flow(&mechanism.applies, flow) {
                    steps
                        .iter()
                        .find(|step| context.flow(&step.when, flow))
                        .map(|step| (step.outcome, step.basis.clone()))
                } else {
                    None
                }
            })
            .collect();
        for (flow, decided) in flows.iter_mut().zip(decided) {
            flow.mechanism = decided;
        }
    }

    (entity_totals, map_totals)
}

/// The findings of site rules, pushed onto `findings`, and each site's facts for reasons.
fn site_findings(
    active: &[ActiveRule<'_>],
    context: &Context<'_>,
    sites: &[&crate::model::Site],
    flow_ends: &[(usize, usize)],
    findings: &mut Vec<Finding>,
) -> Vec<SiteFacts> {
    let site_rules: Vec<&ActiveRule<'_>> = active
        .iter()
        .filter(|a| a.rule.scope == Scope::Site)
        .collect();
    let mut site_facts: Vec<SiteFacts> = Vec::new();
    if !site_rules.is_empty() {
        let mut ends: Vec<(Vec<usize>, Vec<usize>)> = vec![(Vec::new(), Vec::new()); sites.len()];
        for (index, (from, to)) in flow_ends.iter().enumerate() {
            if let Some(slot) = ends.get_mut(*from) {
                slot.1.push(index);
            }
            if let Some(slot) = ends.get_mut(*to) {
                slot.0.push(index);
            }
        }
        for (index, (site, (incoming, outgoing))) in sites.iter().zip(ends).enumerate() {
            let facts = SiteFacts {
                place: place_bit(&site.jurisdiction),
                kind: bit(SiteKind::ALL, &site.kind),
                incoming,
                outgoing,
            };
            for active in &site_rules {
                if context.site(&active.rule.condition, &facts) {
                    findings.push(active.finding(
                        Subject::Site(site.id.clone()),
                        None,
                        About::Site(index),
                    ));
                }
            }
            site_facts.push(facts);
        }
    }

    site_facts
}
