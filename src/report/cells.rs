//! Small pieces of text the sections share: a missing answer, a flow or site as a reader names
//! it, a score, a site's place.

use super::text::Words;
use super::{Block, vocab};
use crate::assessment::Score;
use crate::model::{Language, Map};
use crate::rules::Subject;

/// The answer as a paragraph, or a "not answered" warning when it is empty.
pub(super) fn or_missing(blocks: &mut Vec<Block>, words: Words, text: &str) {
    if text.trim().is_empty() {
        blocks.push(Block::Missing(words.t("report-not-answered")));
    } else {
        blocks.push(Block::Paragraph(text.trim().to_owned()));
    }
}

/// A flow as "id (from → to)", a site by its name, the map as a dash.
pub(super) fn flow_label(map: &Map, subject: &Subject) -> String {
    match subject {
        Subject::Flow(id) => map.flow(id).map_or_else(
            || id.to_string(),
            |view| format!("{id} ({} → {})", view.source.name, view.target.name),
        ),
        Subject::Site(id) => map
            .site(id)
            .map_or_else(|| id.to_string(), |site| site.name.clone()),
        Subject::Map => "—".to_owned(),
    }
}

/// A score as "severity×likelihood (name)", or a dash.
pub(super) fn score_text(words: Words, score: Option<Score>) -> String {
    score.map_or_else(
        || "—".to_owned(),
        |score| {
            format!(
                "{}×{} ({})",
                score.severity,
                score.likelihood,
                words.severity(score.severity)
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
        format!("{}, {jurisdiction}", site.city.trim())
    }
}
