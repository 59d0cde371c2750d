//! The diagram as marks in map coordinates: lanes with their headings, site cards with their
//! icon, wrapped name, place and severity marker, flow arrows with their head, number and label
//! box, and (for a page) the legend and the key.
//!
//! Built from the map and its findings, with no knowledge of egui or SVG. The canvas paints it on
//! screen and the exporters write it out, translating the marks and adding none, so what the
//! user sees is what they file.

mod arrow;
mod card;
mod frames;
mod geometry;
pub mod hit;
pub mod icon;
mod labels;
mod lanes;
pub mod legend;
pub mod marks;
mod route;
pub mod text;
pub mod theme;
pub mod words;

#[cfg(test)]
mod tests;

pub use arrow::{FlowArrow, FlowLabel, LABEL_MAX_WIDTH, flow_tag};
pub use card::severity_marker;
pub use geometry::Rect;
pub use marks::{Anchor, Block, Mark, Stroke, TextMark};

pub use crate::layout::{lane_at, lane_x_range};

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::layout::slot_position;
use crate::model::{FlowId, Lane, Language, Map, Point, Severity, Site, SiteId, SiteKind};
use crate::rules::{Evaluation, Subject};
use card::{CardText, card_marks, card_text};
use lanes::Column;
use route::{Obstacles, ordered_pair, route};
use words::Words;

/// A lane: the band of the diagram for one group of jurisdictions.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneBand {
    /// Which lane.
    pub lane: Lane,
    /// Its band.
    pub rect: Rect,
    /// Its heading, one or two lines centred at the top.
    pub heading: Vec<TextMark>,
    /// Its shade: neighbouring lanes alternate, see [`LaneBand::frame`].
    pub fill: theme::Rgba,
}

/// A site card.
#[derive(Clone, Debug, PartialEq)]
pub struct SiteCard {
    /// The site.
    pub id: SiteId,
    /// The card.
    pub rect: Rect,
    /// What it is (chooses the icon).
    pub kind: SiteKind,
    /// The site's name, whole.
    pub name: String,
    /// City and jurisdiction, e.g. "Hangzhou · CN", whole.
    pub subtitle: String,
    /// The worst severity among the findings about the site and its flows, if any.
    pub worst_severity: Option<Severity>,
    /// The outline: the worst finding's colour, or the plain stroke.
    pub outline: Stroke,
    /// The icon.
    pub icon: Mark,
    /// The name's lines (semi-bold), then the place's.
    pub lines: Vec<TextMark>,
    /// The severity marker in the top-right corner, for a finding of low severity or worse.
    pub marker: Option<Mark>,
}

/// A line of the key under a page's diagram: what a shortened label or name stands for.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyEntry {
    /// What the diagram shows ("F3"), or empty for a name.
    pub tag: String,
    /// The whole text.
    pub text: String,
}

/// What a page lists under its diagram because the diagram could not show it whole.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Key {
    /// Flows whose label shows only their number, with every class they carry.
    pub flows: Vec<KeyEntry>,
    /// Sites whose name or place did not fit on their card, in full.
    pub names: Vec<KeyEntry>,
}

/// The whole diagram in map coordinates.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    /// Everything drawn, lanes included.
    pub bounds: Option<Rect>,
    /// The lanes, left to right.
    pub lanes: Vec<LaneBand>,
    /// The site cards, by site id.
    pub sites: Vec<SiteCard>,
    /// The flow arrows, by flow id (so by number).
    pub flows: Vec<FlowArrow>,
    /// The language of its words.
    pub language: Language,
    /// The lanes a page leaves out because no site is in them.
    pub empty_lanes: Vec<Lane>,
    /// On a page, what the diagram could not show whole.
    pub key: Key,
}

impl Scene {
    /// The rectangle holding every card and every arrow with its head and label: what a page
    /// must show for nothing to be cut. `None` for a map without sites.
    pub fn drawn_bounds(&self) -> Option<Rect> {
        self.sites
            .iter()
            .map(|card| card.rect)
            .chain(self.flows.iter().map(FlowArrow::drawn_bounds))
            .reduce(|a, b| a.union(&b))
    }
}

/// How to build a scene.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// The language of the diagram's words and class names.
    pub language: Language,
    /// For a page: only the lanes with sites, sized to them, sites kept inside their lanes,
    /// and a key of what labels and cards shorten. Otherwise the canvas's fixed lanes.
    pub page: bool,
}

/// The number of every flow (F1, F2…): the stable number the map gave it when it was made (see
/// [`Map::add_flow`]). The diagram's arrows, the report and the inspector all print these.
pub fn flow_numbers(map: &Map) -> BTreeMap<&FlowId, usize> {
    map.flows()
        .map(|view| (&view.flow.id, number_of(view.flow)))
        .collect()
}

/// The number of one flow (see [`flow_numbers`]), if the map has it.
pub fn flow_number(map: &Map, id: &FlowId) -> Option<usize> {
    map.flow(id).map(|view| number_of(view.flow))
}

fn number_of(flow: &crate::model::Flow) -> usize {
    flow.number.map_or(0, |number| number as usize)
}

/// Builds the canvas's diagram of `map` in the map's language, coloured by `evaluation` when
/// given.
pub fn build(map: &Map, evaluation: Option<&Evaluation>) -> Scene {
    build_with(
        map,
        evaluation,
        &Options {
            language: map.meta.language,
            page: false,
        },
    )
}

/// Builds the diagram of `map` as `options` say, coloured by `evaluation` when given.
pub fn build_with(map: &Map, evaluation: Option<&Evaluation>, options: &Options) -> Scene {
    let worst = Worst::of(evaluation);
    let words = words::words(options.language);
    let texts: Vec<(&Site, CardText)> = map
        .sites()
        .map(|site| {
            let text = card_text(&display_name(site, words), &place(site));
            (site, text)
        })
        .collect();
    let centres = site_centres(map);
    let columns = if options.page {
        let cards: Vec<(Lane, Point, f32)> = texts
            .iter()
            .filter_map(|(site, text)| {
                let lane = site.jurisdiction.lane();
                let centre = centres.get(&site.id)?;
                let kept = crate::layout::clamp_to_lane(lane, *centre, text.size.0 / 2.0);
                Some((lane, kept, text.size.0))
            })
            .collect();
        lanes::page_columns(&cards, |lane| words.lane(lane))
    } else {
        lanes::canvas_columns(|lane| words.lane(lane))
    };
    let sites = site_cards(map, &texts, &centres, &columns, &worst, options.page);
    let labels = labels::Labels::new(evaluation.map(|e| &e.sensitivity), options.language);
    // The key is only printed on a page: the canvas does not spend time on its text.
    let mut key = options.page.then(Key::default);
    let flows = flow_arrows(map, &sites, &columns, &worst, &labels, key.as_mut());
    let mut key = key.unwrap_or_default();
    let (lanes, bounds) = lanes::bands(&columns, &sites, &flows, options.page);
    let empty_lanes = if options.page {
        Lane::ALL
            .into_iter()
            .filter(|lane| !columns.iter().any(|column| column.lane == *lane))
            .collect()
    } else {
        Vec::new()
    };
    if options.page {
        key.names = texts
            .iter()
            .filter(|(_, text)| !text.complete)
            .map(|(site, _)| KeyEntry {
                tag: String::new(),
                text: format!("{} · {}", display_name(site, words), place(site)),
            })
            .collect();
    }
    Scene {
        bounds,
        lanes,
        sites,
        flows,
        language: options.language,
        empty_lanes,
        key,
    }
}

/// The worst severity of the findings about each flow and each site. (Looked up, never
/// iterated: hashing beats comparing ids.)
struct Worst<'e> {
    flows: HashMap<&'e FlowId, Severity>,
    sites: HashMap<&'e SiteId, Severity>,
}

impl<'e> Worst<'e> {
    fn of(evaluation: Option<&'e Evaluation>) -> Self {
        let mut worst = Worst {
            flows: HashMap::new(),
            sites: HashMap::new(),
        };
        for finding in evaluation.into_iter().flat_map(|e| &e.findings) {
            let slot = match &finding.subject {
                Subject::Flow(id) => worst.flows.entry(id).or_insert(Severity::Info),
                Subject::Site(id) => worst.sites.entry(id).or_insert(Severity::Info),
                Subject::Map => continue,
            };
            *slot = (*slot).max(finding.severity);
        }
        worst
    }
}

/// The name a card shows: the site's, or "(unnamed site: id)" when it is empty or blank.
fn display_name(site: &Site, words: &Words) -> String {
    if site.name.trim().is_empty() {
        format!("({}: {})", words.unnamed, site.id)
    } else {
        site.name.clone()
    }
}

/// "Hangzhou · CN": the city, if any, and the jurisdiction's id.
fn place(site: &Site) -> String {
    if site.city.trim().is_empty() {
        site.jurisdiction.id().to_owned()
    } else {
        format!("{} · {}", site.city, site.jurisdiction.id())
    }
}

/// Where each site's card is centred on the map: its saved position, or the next free slot of
/// its lane.
fn site_centres(map: &Map) -> HashMap<&SiteId, Point> {
    let mut centres = HashMap::with_capacity(map.site_count());
    let mut unplaced_rows: BTreeMap<Lane, usize> = BTreeMap::new();
    for site in map.sites() {
        let centre = site.position.unwrap_or_else(|| {
            let lane = site.jurisdiction.lane();
            let row = unplaced_rows.entry(lane).or_insert(0);
            *row += 1;
            slot_position(lane, *row - 1)
        });
        centres.insert(&site.id, centre);
    }
    centres
}

/// A card for each site, outlined by the worst finding about it or its flows.
fn site_cards(
    map: &Map,
    texts: &[(&Site, CardText)],
    centres: &HashMap<&SiteId, Point>,
    columns: &[Column],
    worst: &Worst<'_>,
    page: bool,
) -> Vec<SiteCard> {
    // The worst finding of each site's flows, gathered in one pass over the flows.
    let mut of_flows: HashMap<&SiteId, Severity> = HashMap::new();
    for view in map.flows() {
        if let Some(severity) = worst.flows.get(&view.flow.id).copied() {
            for end in [&view.flow.from, &view.flow.to] {
                let slot = of_flows.entry(end).or_insert(severity);
                *slot = (*slot).max(severity);
            }
        }
    }
    let mut sites = Vec::with_capacity(texts.len());
    for (site, text) in texts {
        let Some(centre) = centres.get(&site.id).copied() else {
            continue;
        };
        let lane = site.jurisdiction.lane();
        let centre = lanes::place(columns, lane, centre, text.size.0 / 2.0, page);
        let rect = Rect::centred(centre, text.size.0, text.size.1);
        let own = worst.sites.get(&site.id).copied();
        let flows = of_flows.get(&site.id).copied();
        let worst_severity = own.max(flows);
        let (icon, lines, marker) = card_marks(text, rect, site.kind, worst_severity);
        let outline = match worst_severity {
            Some(severity) if severity >= Severity::Low => theme::severity_colour(severity),
            _ => theme::SITE_STROKE,
        };
        sites.push(SiteCard {
            id: site.id.clone(),
            rect,
            kind: site.kind,
            name: site.name.clone(),
            subtitle: place(site),
            worst_severity,
            outline: Stroke::solid(outline, 1.5),
            icon,
            lines,
            marker,
        });
    }
    sites
}

/// More flows than this between the same two sites are drawn as one arrow each way, labelled
/// with their count; every one of them is listed, with its number, in the page's key.
const MAX_FAN: usize = 8;

/// Many flows one way between two sites, drawn as one arrow.
#[derive(Default)]
struct Bundle {
    count: usize,
    worst: Option<Severity>,
    crosses_border: bool,
    all_remote: bool,
    macau: bool,
    pipl: bool,
}

/// The bundles of the pairs of sites joined by more than [`MAX_FAN`] flows, by direction.
fn bundles<'m>(
    map: &'m Map,
    pair_count: &HashMap<(&'m SiteId, &'m SiteId), usize>,
    worst: &Worst<'_>,
    labels: &labels::Labels<'_>,
) -> HashMap<(&'m SiteId, &'m SiteId), Bundle> {
    let mut bundles: HashMap<(&SiteId, &SiteId), Bundle> = HashMap::new();
    for view in map.flows() {
        let pair = ordered_pair(&view.flow.from, &view.flow.to);
        if pair_count.get(&pair).copied().unwrap_or(0) <= MAX_FAN {
            continue;
        }
        let marks = labels.describe(&view.flow.data_classes).marks;
        let bundle = bundles
            .entry((&view.flow.from, &view.flow.to))
            .or_insert_with(|| Bundle {
                all_remote: true,
                ..Bundle::default()
            });
        bundle.count += 1;
        bundle.worst = bundle.worst.max(worst.flows.get(&view.flow.id).copied());
        bundle.crosses_border |= view.crosses_border();
        bundle.all_remote &= view.flow.access == crate::model::Access::RemoteAccess;
        bundle.macau |= marks.contains('M');
        bundle.pipl |= marks.contains('P');
    }
    bundles
}

/// An arrow for each flow. Flows joining the same two sites (either way) are fanned out so
/// they do not overlap, or bundled when there are too many; an arrow that would run through
/// another card bends around it.
fn flow_arrows(
    map: &Map,
    sites: &[SiteCard],
    columns: &[Column],
    worst: &Worst<'_>,
    labels: &labels::Labels<'_>,
    mut key: Option<&mut Key>,
) -> Vec<FlowArrow> {
    // Looked up, never iterated: hashing beats comparing ids.
    let cards: HashMap<&SiteId, &SiteCard> = sites.iter().map(|card| (&card.id, card)).collect();
    let mut pair_count: HashMap<(&SiteId, &SiteId), usize> = HashMap::new();
    for view in map.flows() {
        let key = ordered_pair(&view.flow.from, &view.flow.to);
        *pair_count.entry(key).or_insert(0) += 1;
    }
    let bundles = bundles(map, &pair_count, worst, labels);
    let mut drawn_bundles: HashSet<(&SiteId, &SiteId)> = HashSet::new();
    let mut pair_seen: HashMap<(&SiteId, &SiteId), usize> = HashMap::new();
    let obstacles = Obstacles::new(
        sites,
        columns
            .iter()
            .map(|column| (column.left, column.right))
            .collect(),
    );
    // Labels keep off the cards and off each other.
    let mut taken = labels::Taken::default();
    for card in sites {
        taken.add(card.rect);
    }
    let mut flows = Vec::with_capacity(map.flow_count());
    for (index, view) in map.flows().enumerate() {
        let number = index + 1;
        let (Some(source), Some(target)) = (cards.get(&view.flow.from), cards.get(&view.flow.to))
        else {
            continue;
        };
        let tag = flow_tag(number);
        let described = labels.describe(&view.flow.data_classes);
        let key_entry = || KeyEntry {
            tag: tag.clone(),
            text: format!(
                "{}: {}",
                crate::text::route(&view.source.name, &view.target.name),
                described.classes
            ),
        };
        let bundle = bundles.get(&(&view.flow.from, &view.flow.to));
        if let Some(key) = key.as_deref_mut()
            && bundle.is_some()
        {
            key.flows.push(key_entry());
        }
        if bundle.is_some() && !drawn_bundles.insert((&view.flow.from, &view.flow.to)) {
            continue;
        }
        let pair = ordered_pair(&view.flow.from, &view.flow.to);
        let total = match bundle {
            // One arrow for each direction that has flows.
            Some(_) => {
                usize::from(bundles.contains_key(&(pair.0, pair.1)))
                    + usize::from(bundles.contains_key(&(pair.1, pair.0)))
            }
            None => pair_count.get(&pair).copied().unwrap_or(1),
        };
        let seen = pair_seen.entry(pair).or_insert(0);
        let place_in_pair = *seen;
        *seen += 1;
        let (from, to) = (source.rect.centre(), target.rect.centre());
        let control = route(
            &obstacles,
            &view,
            (from, to),
            (place_in_pair, total),
            pair.0,
        );
        let start = source.rect.boundary_towards(control);
        let end = target.rect.boundary_towards(control);
        let (severity, crosses_border, remote_access, text) = match bundle {
            Some(bundle) => (
                bundle.worst,
                bundle.crosses_border,
                bundle.all_remote,
                labels.bundle_text(bundle.count, bundle.macau, bundle.pipl),
            ),
            None => (
                worst.flows.get(&view.flow.id).copied(),
                view.crosses_border(),
                view.flow.access == crate::model::Access::RemoteAccess,
                labels.text(&described, &tag),
            ),
        };
        let (label, full) = labels::place((start, control, end), &text, severity, &mut taken);
        if let Some(key) = key.as_deref_mut()
            && !full
            && bundle.is_none()
        {
            key.flows.push(key_entry());
        }
        let (base, head) = arrow::head(control, end);
        flows.push(FlowArrow {
            id: view.flow.id.clone(),
            number,
            from: view.flow.from.clone(),
            to: view.flow.to.clone(),
            start,
            control,
            end,
            base,
            head,
            stroke: arrow::arrow_stroke(severity, crosses_border, remote_access),
            label,
            worst_severity: severity,
            crosses_border,
            remote_access,
        });
    }
    flows
}
