//! The heatmap tab: initial and residual 5×5 grids with a number in every cell; a chosen cell
//! lists its findings and makes their flows stand out on the canvas.

use crate::app::words::{t, tw};
use egui::{Align2, Color32, FontId, RichText, Sense, Ui, Vec2};

use super::state::RiskState;
use crate::app::frame::FrameContext;
use crate::app::requests::Request;
use crate::app::state::{CanvasFilter, Selection};
use crate::assessment::{Grid, Heatmap, Register, Risk, RiskFilter, Score, cell_rgb, ink_on};
use crate::model::Map;
use crate::model::{Likelihood, Severity};
use crate::rules::Subject;

/// The colour of a cell by its score (see [`cell_rgb`]); every cell carries its number too.
pub fn cell_colour(score: Score) -> Color32 {
    let [r, g, b] = cell_rgb(score);
    Color32::from_rgb(r, g, b)
}

fn text_on(fill: Color32) -> Color32 {
    let [r, g, b] = ink_on([fill.r(), fill.g(), fill.b()]);
    Color32::from_rgb(r, g, b)
}

/// A severity's name in the editor's language.
fn severity_name(severity: crate::model::Severity) -> &'static str {
    crate::app::words::severity(severity)
}

/// A likelihood's name in the editor's language.
fn likelihood_name(likelihood: crate::model::Likelihood) -> &'static str {
    crate::app::words::t(&format!("likelihood-{}", likelihood.level()))
}

/// The name of a heatmap cell, for screen readers and tests.
pub fn cell_name(grid: Grid, score: Score, count: usize) -> String {
    let key = match grid {
        Grid::Initial => "ui-heat-cell-initial",
        Grid::Residual => "ui-heat-cell-residual",
    };
    tw(
        key,
        &[
            ("severity", score.severity.to_string().into()),
            ("severity_name", severity_name(score.severity).into()),
            ("likelihood", score.likelihood.to_string().into()),
            ("likelihood_name", likelihood_name(score.likelihood).into()),
            ("count", count.into()),
        ],
    )
}

const CELL: f32 = 34.0;

/// Both grids and the chosen cell's findings.
pub(super) fn heatmaps_ui(ui: &mut Ui, cx: &mut FrameContext<'_>, state: &mut RiskState) {
    let view = cx.view;
    let register = view.register();
    let filter = state.filter.clone();
    let heatmaps = view.heatmaps(&filter);
    ui.horizontal_top(|ui| {
        for (grid, heatmap) in [Grid::Initial, Grid::Residual].into_iter().zip(heatmaps) {
            ui.vertical(|ui| {
                let title = match grid {
                    Grid::Initial => t("ui-heat-initial"),
                    Grid::Residual => t("ui-heat-residual"),
                };
                ui.label(RichText::new(format!("{title}: {}", heatmap.total())).strong());
                grid_ui(ui, grid, &heatmap, state);
            });
            ui.add_space(16.0);
        }
        ui.separator();
        ui.vertical(|ui| cell_list_ui(ui, cx, state));
    });
    // The flows and sites of the chosen cell stand out on the canvas.
    if let Some((grid, score)) = state.heatmap_cell {
        let mut highlight = Selection::default();
        for risk in in_cell(register, view.map, &filter, grid, score) {
            match &risk.finding.subject {
                Subject::Flow(id) => {
                    highlight.flows.insert(id.clone());
                }
                Subject::Site(id) => {
                    highlight.sites.insert(id.clone());
                }
                Subject::Map => {}
            }
        }
        cx.shared.set_highlight(Some(highlight));
    }
}

fn in_cell<'r>(
    register: &'r Register,
    map: &'r Map,
    filter: &'r RiskFilter,
    grid: Grid,
    score: Score,
) -> impl Iterator<Item = &'r Risk> + 'r {
    register
        .risks
        .iter()
        .filter(move |risk| grid.score(risk) == Some(score) && filter.matches(map, risk))
}

fn grid_ui(ui: &mut Ui, grid: Grid, heatmap: &Heatmap, state: &mut RiskState) {
    let label_width = 62.0;
    let size = Vec2::new(label_width + CELL * 5.0, CELL * 5.0 + 34.0);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter_at(rect);
    let text = ui.visuals().text_color();
    let small = FontId::proportional(11.0);
    for severity in Severity::ALL {
        let row = f32::from(5 - severity.level());
        let y = rect.top() + row * CELL;
        painter.text(
            egui::pos2(rect.left() + label_width - 6.0, y + CELL / 2.0),
            Align2::RIGHT_CENTER,
            severity_name(severity),
            small.clone(),
            text,
        );
        for likelihood in Likelihood::ALL {
            let score = Score::new(severity, likelihood);
            let count = heatmap.count(score);
            let cell = egui::Rect::from_min_size(
                egui::pos2(
                    rect.left() + label_width + f32::from(likelihood.level() - 1) * CELL,
                    y,
                ),
                Vec2::splat(CELL),
            )
            .shrink(1.0);
            let id = ui
                .scope_id()
                .with(("cell", grid == Grid::Initial, severity, likelihood));
            let response = ui.interact(cell, id, Sense::click());
            let name = cell_name(grid, score, count);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            let fill = cell_colour(score);
            let chosen = state.heatmap_cell == Some((grid, score));
            painter.rect_filled(
                cell,
                2.0,
                if count == 0 {
                    fill.gamma_multiply(0.35)
                } else {
                    fill
                },
            );
            if chosen || response.hovered() {
                painter.rect_stroke(
                    cell,
                    2.0,
                    egui::Stroke::new(if chosen { 3.0 } else { 1.5 }, Color32::BLACK),
                    egui::StrokeKind::Inside,
                );
            }
            let ink = if count == 0 {
                text.gamma_multiply(0.6)
            } else {
                text_on(fill)
            };
            painter.text(
                cell.center(),
                Align2::CENTER_CENTER,
                super::readable::short_count(count),
                FontId::proportional(if count == 0 { 12.0 } else { 15.0 }),
                ink,
            );
            let clicked = response.on_hover_text(&name).clicked();
            if clicked {
                state.heatmap_cell = if chosen { None } else { Some((grid, score)) };
            }
        }
    }
    let axis_y = rect.top() + CELL * 5.0 + 2.0;
    for likelihood in 1..=5u8 {
        painter.text(
            egui::pos2(
                rect.left() + label_width + (f32::from(likelihood) - 0.5) * CELL,
                axis_y,
            ),
            Align2::CENTER_TOP,
            likelihood.to_string(),
            small.clone(),
            text,
        );
    }
    painter.text(
        egui::pos2(rect.left() + label_width + CELL * 2.5, axis_y + 14.0),
        Align2::CENTER_TOP,
        t("ui-heat-likelihood-axis"),
        small,
        text,
    );
}

fn cell_list_ui(ui: &mut Ui, cx: &mut FrameContext<'_>, state: &mut RiskState) {
    let view = cx.view;
    let register = view.register();
    let Some((grid, score)) = state.heatmap_cell else {
        ui.label(t("ui-heat-hint"));
        ui.label(RichText::new(t("ui-heat-legend")).weak().small());
        return;
    };
    let filter = state.filter.clone();
    let risks: Vec<&Risk> = in_cell(register, view.map, &filter, grid, score).collect();
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(tw(
                "ui-heat-in-cell",
                &[
                    ("severity", score.severity.to_string().into()),
                    ("severity_name", severity_name(score.severity).into()),
                    ("likelihood", score.likelihood.to_string().into()),
                    ("likelihood_name", likelihood_name(score.likelihood).into()),
                ],
            ))
            .strong(),
        );
        if ui.small_button(t("ui-heat-clear")).clicked() {
            state.heatmap_cell = None;
        }
        if ui.small_button(t("ui-heat-show-on-map")).clicked() {
            let mut members = Selection::default();
            for risk in &risks {
                match &risk.finding.subject {
                    Subject::Flow(id) => {
                        members.flows.insert(id.clone());
                    }
                    Subject::Site(id) => {
                        members.sites.insert(id.clone());
                    }
                    Subject::Map => {}
                }
            }
            let name = cell_name(grid, score, risks.len());
            cx.request(Request::NarrowCanvas(Some(CanvasFilter::Cell {
                name,
                members,
            })));
        }
    });
    egui::ScrollArea::vertical()
        .id_salt("cell findings")
        .show(ui, |ui| {
            for risk in risks {
                state.finding_link_ui(ui, risk, cx);
            }
        });
}
