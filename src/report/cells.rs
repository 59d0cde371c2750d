//! Small pieces of text the sections share: a missing answer, a flow or site as a reader names
//! it, a flow's number, a score, a site's place.

use std::collections::HashMap;

use super::text::Words;
use super::{Block, vocab};
use crate::assessment::Score;
use crate::model::{FlowId, Language, Map};

/// The answer as a paragraph, or a "not answered" warning when it is empty.
pub(super) fn or_missing(blocks: &mut Vec<Block>, words: Words, text: &str) {
    if text.trim().is_empty() {
        blocks.push(Block::Missing(words.t("report-not-answered")));
    } else {
        blocks.push(Block::Paragraph(text.trim().to_owned()));
    }
}

/// A score as "severity×likelihood (name)", or a dash.
pub(super) fn score_text(words: Words, score: Option<Score>) -> String {
    score.map_or_else(
        || "—".to_owned(),
        |score| {
            words.bracketed(
                &format!("{}×{}", score.severity, score.likelihood),
                &words.severity(score.severity),
            )
        },
    )
}

/// A site's city and jurisdiction in the report's language.
pub(super) fn place(site: &crate::model::Site, language: Language) -> String {
    let jurisdiction = vocab::jurisdiction(language, &site.jurisdiction);
    if site.city.trim().is_empty() {
        jurisdiction
    } else {
        let separator = crate::i18n::text(language, "report-item-separator");
        format!("{}{separator}{jurisdiction}", site.city.trim())
    }
}

/// The numbers readers use for flows (F1, F2…), by flow id.
///
/// A flow's number is its position in the map's flow order. This is the one place that decides
/// it, so that the numbers the diagram prints can replace it without touching the sections.
pub(super) struct FlowNumbers<'m>(HashMap<&'m FlowId, usize>);

impl<'m> FlowNumbers<'m> {
    /// The numbers of every flow of `map`.
    pub(super) fn of(map: &'m Map) -> Self {
        // One numbering for the diagram, the report and the editor.
        Self(crate::scene::flow_numbers(map).into_iter().collect())
    }

    /// The flow's number, e.g. `F3`; a flow the map no longer has keeps its id.
    pub(super) fn label(&self, id: &FlowId) -> String {
        self.0
            .get(id)
            .map_or_else(|| id.to_string(), |number| format!("F{number}"))
    }

    /// The flow's number as a number, if the map has the flow.
    pub(super) fn number(&self, id: &FlowId) -> Option<usize> {
        self.0.get(id).copied()
    }
}

/// `numbers` sorted, without repeats, as runs of consecutive numbers (first, last).
pub(super) fn number_runs(mut numbers: Vec<usize>) -> Vec<(usize, usize)> {
    numbers.sort_unstable();
    numbers.dedup();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for number in numbers {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == number => *last = number,
            _ => runs.push((number, number)),
        }
    }
    runs
}

/// Flow numbers as a short list: sorted, runs of three or more written as ranges
/// (`F1–F4, F7`), so a rule that concerns thousands of flows still fits in a cell.
pub(super) fn number_ranges(numbers: Vec<usize>, separator: &str) -> String {
    let parts: Vec<String> = number_runs(numbers)
        .into_iter()
        .map(|(start, last)| match last - start {
            0 => format!("F{start}"),
            1 => format!("F{start}{separator}F{last}"),
            _ => format!("F{start}–F{last}"),
        })
        .collect();
    parts.join(separator)
}
