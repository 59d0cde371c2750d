//! The overview page a filing carries instead of a diagram too dense for one page: why the full
//! diagram is left out, the sites and flows of each jurisdiction's lane, the flows between
//! lanes, and the heaviest flows by people a year. It takes one pass over the map, no layout.

use std::collections::BTreeMap;

use super::page::{DiagramError, Page};
use super::svg::text_page;
use crate::i18n::{Arg, text_with};
use crate::model::{Lane, Language, Map};
use crate::scene::words::words;

/// How many of the heaviest flows the page lists.
const HEAVIEST: usize = 12;

/// The overview page of `map` in `language`, saying `why` the full diagram is left out.
pub fn overview_page(map: &Map, why: &DiagramError, language: Language) -> String {
    let say = |key: &str, args: &[(&str, Arg<'_>)]| text_with(language, key, args);
    let lane_name = |lane: Lane| words(language).lane(lane);
    let mut sites: BTreeMap<Lane, usize> = BTreeMap::new();
    for site in map.sites() {
        *sites.entry(site.jurisdiction.lane()).or_insert(0) += 1;
    }
    let mut between: BTreeMap<(Lane, Lane), usize> = BTreeMap::new();
    let mut heaviest = Vec::new();
    for view in map.flows() {
        let ends = (
            view.source.jurisdiction.lane(),
            view.target.jurisdiction.lane(),
        );
        *between.entry(ends).or_insert(0) += 1;
        heaviest.push(view);
    }
    heaviest.sort_by(|a, b| {
        b.flow
            .subjects_per_year
            .cmp(&a.flow.subjects_per_year)
            .then_with(|| a.flow.id.cmp(&b.flow.id))
    });
    let mut paragraphs = vec![
        (map.meta.title.clone(), 20.0),
        (say("overview-heading", &[]), 15.0),
        (why.message(language), 11.0),
        (say("overview-lanes", &[]), 13.0),
    ];
    for (&lane, &count) in &sites {
        let leaving: usize = between
            .iter()
            .filter(|((from, _), _)| *from == lane)
            .map(|(_, n)| n)
            .sum();
        let arriving: usize = between
            .iter()
            .filter(|((_, to), _)| *to == lane)
            .map(|(_, n)| n)
            .sum();
        paragraphs.push((
            say(
                "overview-lane",
                &[
                    ("lane", lane_name(lane).into()),
                    ("sites", count.into()),
                    ("leaving", leaving.into()),
                    ("arriving", arriving.into()),
                ],
            ),
            11.0,
        ));
    }
    paragraphs.push((say("overview-between", &[]), 13.0));
    let mut pairs: Vec<_> = between.iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    for ((from, to), count) in pairs {
        paragraphs.push((
            say(
                "overview-pair",
                &[
                    ("from", lane_name(*from).into()),
                    ("to", lane_name(*to).into()),
                    ("count", (*count).into()),
                ],
            ),
            11.0,
        ));
    }
    paragraphs.push((say("overview-heaviest", &[]), 13.0));
    for view in heaviest.into_iter().take(HEAVIEST) {
        let args = [
            ("id", view.flow.id.as_str().into()),
            ("source", view.source.name.as_str().into()),
            ("target", view.target.name.as_str().into()),
            ("people", view.flow.subjects_per_year.unwrap_or(0).into()),
        ];
        let key = if view.flow.subjects_per_year.is_some() {
            "overview-flow"
        } else {
            "overview-flow-unknown"
        };
        paragraphs.push((say(key, &args), 11.0));
    }
    paragraphs.push((say("overview-everything-listed", &[]), 11.0));
    text_page(map, Page::A3, &paragraphs, language)
}
