//! The diagram's own words (lane titles, legend, title block, flow labels) in each language,
//! from the catalogue. Names, cities and the map's texts are printed as written; data classes
//! come from [`crate::i18n::terms`]. Chinese follows the Macau family of terms for tool text and
//! the glossary's official names for places.

use std::sync::OnceLock;

use crate::i18n;
use crate::model::{Lane, Language, Severity, SiteKind};

/// Every fixed word of the diagram in one language.
#[derive(Debug)]
pub struct Words {
    /// Lane titles, in [`Lane::ALL`] order.
    pub lanes: [&'static str; 5],
    /// Site kinds, in [`SiteKind::ALL`] order.
    pub kinds: [&'static str; 6],
    /// Severities from critical down to info.
    pub severities: [&'static str; 5],
    /// The legend's heading.
    pub legend: &'static str,
    /// Heads the severity samples: the worst finding on a flow.
    pub worst_finding: &'static str,
    /// A flow with no finding.
    pub no_finding: &'static str,
    /// How width and dashes read.
    pub line_styles: &'static str,
    /// Explains the sensitivity marks after data classes.
    pub class_marks: &'static str,
    /// The legend when no flow records a data class.
    pub no_classes_recorded: &'static str,
    /// A flow label's text when the flow records no data class.
    pub no_classes: &'static str,
    /// After a count on an arrow that stands for many flows between the same two sites.
    pub flows: &'static str,
    /// Between the items of a list (data classes on a label).
    pub separator: &'static str,
    /// The lanes left out because no site is in them.
    pub empty_lanes: &'static str,
    /// The heading of the flows listed under the diagram.
    pub flows_key: &'static str,
    /// The heading of the names too long for their card, listed in full.
    pub names_key: &'static str,
    /// Shown for a site whose name is empty.
    pub unnamed: &'static str,
    /// The title block: what the page is.
    pub diagram: &'static str,
    /// The title block: the map's last change.
    pub modified: &'static str,
    /// The title block: a date not recorded.
    pub not_recorded: &'static str,
    /// The title block: the map's content hash.
    pub content_hash: &'static str,
    /// The title block: the rules' date.
    pub rules_as_of: &'static str,
}

impl Words {
    /// The title of a lane.
    pub fn lane(&self, lane: Lane) -> &'static str {
        self.lanes.get(lane.index()).copied().unwrap_or_default()
    }

    /// The name of a site kind.
    pub fn kind(&self, kind: SiteKind) -> &'static str {
        SiteKind::ALL
            .iter()
            .position(|k| *k == kind)
            .and_then(|index| self.kinds.get(index))
            .copied()
            .unwrap_or_default()
    }

    /// The name of a severity.
    pub fn severity(&self, severity: Severity) -> &'static str {
        let index = match severity {
            Severity::Critical => 0,
            Severity::High => 1,
            Severity::Medium => 2,
            Severity::Low => 3,
            Severity::Info => 4,
        };
        self.severities.get(index).copied().unwrap_or_default()
    }
}

/// The diagram's words in `language`, read from the catalogue (`diagram-…` keys, and the
/// site kinds' `kind-…`) once per language and kept for the program's life.
pub fn words(language: Language) -> &'static Words {
    static ALL: OnceLock<Vec<(Language, &'static Words)>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        Language::ALL
            .iter()
            .map(|language| (*language, &*Box::leak(Box::new(build(*language)))))
            .collect()
    });
    all.iter()
        .find(|(own, _)| *own == language)
        .or_else(|| all.first())
        .map(|(_, words)| *words)
        .unwrap_or_else(|| Box::leak(Box::new(build(language))))
}

/// Builds one language's words. Each is leaked once: four small tables for the program's life,
/// so the scene can hold `&'static str` as before.
fn build(language: Language) -> Words {
    let word = |key: &str| -> &'static str {
        match i18n::text(language, key) {
            std::borrow::Cow::Borrowed(text) => text,
            std::borrow::Cow::Owned(text) => Box::leak(text.into_boxed_str()),
        }
    };
    Words {
        lanes: [
            "diagram-lane-macau",
            "diagram-lane-mainland-gba",
            "diagram-lane-mainland",
            "diagram-lane-hong-kong",
            "diagram-lane-elsewhere",
        ]
        .map(word),
        kinds: [
            SiteKind::Office,
            SiteKind::Saas,
            SiteKind::Datacentre,
            SiteKind::System,
            SiteKind::Party,
            SiteKind::People,
        ]
        .map(|kind| word(&format!("kind-{}", kind.id()))),
        severities: [5, 4, 3, 2, 1].map(|level| word(&format!("diagram-severity-{level}"))),
        legend: word("diagram-legend"),
        worst_finding: word("diagram-worst-finding"),
        no_finding: word("diagram-no-finding"),
        line_styles: word("diagram-line-styles"),
        class_marks: word("diagram-class-marks"),
        no_classes_recorded: word("diagram-no-classes-recorded"),
        no_classes: word("diagram-no-classes"),
        flows: word("diagram-flows"),
        separator: word("diagram-separator"),
        empty_lanes: word("diagram-empty-lanes"),
        flows_key: word("diagram-flows-key"),
        names_key: word("diagram-names-key"),
        unnamed: word("diagram-unnamed"),
        diagram: word("diagram-diagram"),
        modified: word("diagram-modified"),
        not_recorded: word("diagram-not-recorded"),
        content_hash: word("diagram-content-hash"),
        rules_as_of: word("diagram-rules-as-of"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_word() {
        for language in Language::ALL {
            let w = words(*language);
            for word in w.lanes.iter().chain(&w.kinds).chain(&w.severities).chain(&[
                w.legend,
                w.worst_finding,
                w.no_finding,
                w.line_styles,
                w.class_marks,
                w.no_classes_recorded,
                w.no_classes,
                w.empty_lanes,
                w.flows_key,
                w.names_key,
                w.unnamed,
                w.diagram,
                w.modified,
                w.not_recorded,
                w.content_hash,
                w.rules_as_of,
            ]) {
                assert!(!word.trim().is_empty(), "{language:?}");
            }
        }
        assert_eq!(
            words(Language::TraditionalChinese).lane(Lane::HongKong),
            "香港"
        );
        assert_eq!(
            words(Language::Portuguese).kind(SiteKind::Datacentre),
            "Centro de dados"
        );
        assert_eq!(
            words(Language::English).severity(Severity::Critical),
            "Critical"
        );
    }
}
