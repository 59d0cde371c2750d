//! The findings panel: every finding of the map grouped by what it is about; clicking one
//! selects its flow or site and brings it into view.

use egui::{RichText, Ui};

use super::inspector::finding_row_ui;
use super::{Selection, UiState, canvas};
use crate::model::Map;
use crate::rules::{Evaluation, Finding, Subject};
use crate::scene::Scene;

/// Lists the findings, grouped by flow, then site, then the map.
pub fn findings_ui(
    ui: &mut Ui,
    map: &Map,
    evaluation: &Evaluation,
    scene: &Scene,
    state: &mut UiState,
) {
    ui.horizontal(|ui| {
        ui.heading("Findings");
        let counts = evaluation.count_by_severity();
        ui.label(format!(
            "{} in all: {} critical, {} high, {} medium, {} low, {} info",
            evaluation.findings.len(),
            counts[4],
            counts[3],
            counts[2],
            counts[1],
            counts[0]
        ));
    });
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            let mut groups: Vec<(&Subject, Vec<&Finding>)> = Vec::new();
            for finding in &evaluation.findings {
                match groups.last_mut() {
                    Some((subject, list)) if *subject == &finding.subject => list.push(finding),
                    _ => groups.push((&finding.subject, vec![finding])),
                }
            }
            for (subject, findings) in groups {
                let worst = findings.iter().map(|f| f.severity).max().unwrap_or(1);
                let (title, selection, rect) = match subject {
                    Subject::Flow(id) => {
                        let title = map.flow(id).map_or_else(
                            || format!("Flow {id}"),
                            |view| {
                                format!("Flow {id}: {} → {}", view.source.name, view.target.name)
                            },
                        );
                        let rect = scene
                            .flows
                            .iter()
                            .find(|a| &a.id == id)
                            .map(|a| canvas::to_egui(a.bounds()));
                        (title, Some(Selection::flow(id.clone())), rect)
                    }
                    Subject::Site(id) => {
                        let title = map.site(id).map_or_else(
                            || format!("Site {id}"),
                            |site| format!("Site {}", site.name),
                        );
                        let rect = scene
                            .sites
                            .iter()
                            .find(|c| &c.id == id)
                            .map(|c| canvas::to_egui(c.rect));
                        (title, Some(Selection::site(id.clone())), rect)
                    }
                    Subject::Map => ("The whole map".to_owned(), None, None),
                };
                let header = RichText::new(format!("{title} ({})", findings.len()))
                    .color(super::theme::severity(worst));
                let response = egui::CollapsingHeader::new(header)
                    .id_salt((
                        "findings",
                        subject.id().to_owned(),
                        matches!(subject, Subject::Site(_)),
                    ))
                    .default_open(false)
                    .show(ui, |ui| {
                        for finding in &findings {
                            finding_row_ui(ui, finding);
                        }
                    });
                if response.header_response.clicked()
                    && let Some(selection) = selection
                {
                    state.selection = selection;
                    state.reveal = rect;
                }
            }
        });
}
