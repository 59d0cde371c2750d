//! The risk panel under the canvas: the findings list, the heatmaps and the action plan as tabs,
//! filters that narrow all three, and the treatment of the chosen finding beside them.

use egui::{Align2, Color32, FontId, RichText, Sense, Ui, Vec2};

use super::{PendingEdit, Selection, UiState, canvas, findings, theme, treatment};
use crate::model::{DataClass, Date, Jurisdiction, Map, SiteId, TreatmentStatus};
use crate::risk::{
    Grid, Heatmap, Register, Risk, RiskFilter, Score, cell_rgb, ink_on, likelihood_name,
};
use crate::rules::{Evaluation, Rulebook, Subject, severity_name};
use crate::scene::Scene;

/// The tabs of the risk panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RiskTab {
    /// Every finding, one row each.
    #[default]
    Findings,
    /// Initial and residual heatmaps.
    Heatmap,
    /// The open treatments by owner and due date.
    ActionPlan,
}

/// What the risk panel reads.
pub struct RiskView<'a> {
    /// The map.
    pub map: &'a Map,
    /// Its findings.
    pub evaluation: &'a Evaluation,
    /// The rules they came from.
    pub rulebook: &'a Rulebook,
    /// Today, for overdue treatments.
    pub today: Date,
    /// The document revision, to cache the closing safeguards.
    pub revision: u64,
    /// The diagram, to bring a finding's flow into view.
    pub scene: &'a Scene,
}

/// The whole panel.
pub fn risk_panel_ui(
    ui: &mut Ui,
    view: &RiskView<'_>,
    state: &mut UiState,
    edits: &mut Vec<PendingEdit>,
) {
    let register = Register::new(view.map, view.evaluation, view.rulebook);
    // Wrapped, so on a narrow window the filters go to a second line rather than pushing the
    // treatment editor out of the panel.
    ui.horizontal_wrapped(|ui| {
        let open = register.risks.iter().filter(|risk| risk.is_open()).count();
        for (tab, label) in [
            (
                RiskTab::Findings,
                format!("Findings ({})", register.risks.len()),
            ),
            (RiskTab::Heatmap, "Heatmap".to_owned()),
            (RiskTab::ActionPlan, format!("Action plan ({open})")),
        ] {
            ui.selectable_value(&mut state.risk_tab, tab, RichText::new(label).strong());
        }
        ui.separator();
        filters_ui(ui, view.map, &mut state.risk_filter);
    });
    ui.separator();
    if state.risk_tab != RiskTab::Heatmap {
        state.heatmap_cell = None;
    }
    state.highlight = None;
    // The treatment editor takes room only while a finding is chosen.
    if state.selected_finding.is_some() {
        egui::Panel::right("treatment")
            .resizable(true)
            .default_size(theme::TREATMENT_WIDTH)
            .show(ui, |ui| {
                // Bounded, so a long treatment scrolls instead of growing the panel.
                egui::ScrollArea::vertical()
                    .id_salt("treatment scroll")
                    .auto_shrink(false)
                    .max_height(ui.available_height())
                    .show(ui, |ui| {
                        treatment::treatment_ui(ui, view, &register, state, edits)
                    });
            });
    }
    egui::CentralPanel::default().show(ui, |ui| match state.risk_tab {
        RiskTab::Findings => findings::findings_ui(ui, view, &register, state),
        RiskTab::Heatmap => {
            egui::ScrollArea::both()
                .id_salt("heatmap scroll")
                .auto_shrink(false)
                .max_height(ui.available_height())
                .show(ui, |ui| heatmaps_ui(ui, view, &register, state));
        }
        RiskTab::ActionPlan => action_plan_ui(ui, view, &register, state),
    });
}

/// Chooses `risk`'s finding: the treatment editor shows it and its flow or site is selected and
/// brought into view.
pub fn choose(risk: &Risk<'_>, scene: &Scene, state: &mut UiState) {
    state.selected_finding = Some(risk.finding.id.clone());
    let selection = match &risk.finding.subject {
        Subject::Flow(id) => Some(Selection::flow(id.clone())),
        Subject::Site(id) => Some(Selection::site(id.clone())),
        Subject::Map => None,
    };
    if let Some(selection) = selection {
        state.reveal = canvas::selection_rect(scene, &selection);
        state.selection = selection;
    }
}

fn filters_ui(ui: &mut Ui, map: &Map, filter: &mut RiskFilter) {
    ui.label("Show only:");
    // The choices are gathered only while a drop-down is open: they read every site or flow.
    optional_combo(
        ui,
        "Jurisdiction filter",
        "any place",
        &mut filter.jurisdiction,
        || {
            let mut jurisdictions: Vec<Jurisdiction> =
                map.sites().map(|site| site.jurisdiction).collect();
            jurisdictions.sort_by(|a, b| a.id().cmp(b.id()));
            jurisdictions.dedup();
            jurisdictions
        },
        |jurisdiction| jurisdiction.label().to_owned(),
    );
    let name_of = |id: &SiteId| {
        map.site(id)
            .map_or_else(|| id.to_string(), |s| s.name.clone())
    };
    optional_combo(
        ui,
        "Site filter",
        "any site",
        &mut filter.site,
        || {
            let mut sites: Vec<&crate::model::Site> = map.sites().collect();
            sites.sort_by(|a, b| a.name.cmp(&b.name));
            sites.into_iter().map(|site| site.id.clone()).collect()
        },
        name_of,
    );
    optional_combo(
        ui,
        "Data class filter",
        "any data",
        &mut filter.class,
        || {
            let carried: std::collections::BTreeSet<DataClass> = map
                .flows()
                .flat_map(|view| view.flow.data_classes.iter().copied())
                .collect();
            carried.into_iter().collect()
        },
        |class| class.label().to_owned(),
    );
    optional_combo(
        ui,
        "Status filter",
        "any status",
        &mut filter.status,
        || TreatmentStatus::ALL.to_vec(),
        |status| status.label().to_owned(),
    );
    if !filter.is_empty() && ui.button("Clear filters").clicked() {
        *filter = RiskFilter::default();
    }
}

/// A drop-down with a first entry meaning "no filter"; `options` is called only while it is
/// open.
fn optional_combo<T: Clone + PartialEq>(
    ui: &mut Ui,
    name: &str,
    none: &str,
    value: &mut Option<T>,
    options: impl FnOnce() -> Vec<T>,
    label: impl Fn(&T) -> String,
) {
    let shown = value.as_ref().map_or_else(|| none.to_owned(), &label);
    egui::ComboBox::from_id_salt(name)
        .selected_text(shown)
        .width(120.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, none);
            for option in options() {
                let text = label(&option);
                ui.selectable_value(value, Some(option), text);
            }
        })
        .response
        .accessible_name(name);
}

/// The colour of a cell by its score (see [`cell_rgb`]); every cell carries its number too.
pub fn cell_colour(score: Score) -> Color32 {
    let [r, g, b] = cell_rgb(score);
    Color32::from_rgb(r, g, b)
}

fn text_on(fill: Color32) -> Color32 {
    let [r, g, b] = ink_on([fill.r(), fill.g(), fill.b()]);
    Color32::from_rgb(r, g, b)
}

/// The name of a heatmap cell, for screen readers and tests.
pub fn cell_name(grid: Grid, score: Score, count: usize) -> String {
    let grid = match grid {
        Grid::Initial => "Initial",
        Grid::Residual => "Residual",
    };
    format!(
        "{grid} risk, severity {} ({}), likelihood {} ({}): {count} findings",
        score.severity,
        severity_name(score.severity),
        score.likelihood,
        likelihood_name(score.likelihood)
    )
}

const CELL: f32 = 34.0;

fn heatmaps_ui(ui: &mut Ui, view: &RiskView<'_>, register: &Register<'_>, state: &mut UiState) {
    let filter = state.risk_filter.clone();
    ui.horizontal_top(|ui| {
        for grid in [Grid::Initial, Grid::Residual] {
            let heatmap = Heatmap::new(&register.risks, grid, &filter, view.map);
            ui.vertical(|ui| {
                let title = match grid {
                    Grid::Initial => "Initial risk",
                    Grid::Residual => "Residual risk (after treatment)",
                };
                ui.label(RichText::new(format!("{title}: {}", heatmap.total())).strong());
                grid_ui(ui, grid, &heatmap, state);
            });
            ui.add_space(16.0);
        }
        ui.separator();
        ui.vertical(|ui| cell_list_ui(ui, view, register, state));
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
        state.highlight = Some(highlight);
    }
}

fn in_cell<'r, 'a>(
    register: &'r Register<'a>,
    map: &'r Map,
    filter: &'r RiskFilter,
    grid: Grid,
    score: Score,
) -> impl Iterator<Item = &'r Risk<'a>> + 'r {
    register
        .risks
        .iter()
        .filter(move |risk| grid.score(risk) == Some(score) && filter.matches(map, risk))
}

fn grid_ui(ui: &mut Ui, grid: Grid, heatmap: &Heatmap, state: &mut UiState) {
    let label_width = 62.0;
    let size = Vec2::new(label_width + CELL * 5.0, CELL * 5.0 + 34.0);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter_at(rect);
    let text = ui.visuals().text_color();
    let small = FontId::proportional(11.0);
    for severity in 1..=5u8 {
        let row = f32::from(5 - severity);
        let y = rect.top() + row * CELL;
        painter.text(
            egui::pos2(rect.left() + label_width - 6.0, y + CELL / 2.0),
            Align2::RIGHT_CENTER,
            severity_name(severity),
            small.clone(),
            text,
        );
        for likelihood in 1..=5u8 {
            let score = Score::new(severity, likelihood);
            let count = heatmap.count(score);
            let cell = egui::Rect::from_min_size(
                egui::pos2(
                    rect.left() + label_width + f32::from(likelihood - 1) * CELL,
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
                count.to_string(),
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
        "likelihood →",
        small,
        text,
    );
}

fn cell_list_ui(ui: &mut Ui, view: &RiskView<'_>, register: &Register<'_>, state: &mut UiState) {
    let Some((grid, score)) = state.heatmap_cell else {
        ui.label("Click a cell to list its findings and show their flows on the map.");
        ui.label(
            RichText::new(
                "Rows: severity. Columns: likelihood, 1 rare to 5 almost certain. The residual \
                 map places each finding where its treatment leaves it; mitigated and dismissed \
                 findings leave it.",
            )
            .weak()
            .small(),
        );
        return;
    };
    let filter = state.risk_filter.clone();
    let risks: Vec<&Risk<'_>> = in_cell(register, view.map, &filter, grid, score).collect();
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!(
                "In this cell: severity {} ({}), likelihood {} ({})",
                score.severity,
                severity_name(score.severity),
                score.likelihood,
                likelihood_name(score.likelihood)
            ))
            .strong(),
        );
        if ui.small_button("Clear").clicked() {
            state.heatmap_cell = None;
        }
    });
    egui::ScrollArea::vertical()
        .id_salt("cell findings")
        .show(ui, |ui| {
            for risk in risks {
                let text = format!(
                    "{} · {} · {}",
                    risk.finding.rule(),
                    findings::subject_name(view.map, &risk.finding.subject),
                    risk.finding.title()
                );
                let chosen = state.selected_finding.as_deref() == Some(risk.finding.id.as_str());
                if ui.selectable_label(chosen, text).clicked() {
                    choose(risk, view.scene, state);
                }
            }
        });
}

fn action_plan_ui(ui: &mut Ui, view: &RiskView<'_>, register: &Register<'_>, state: &mut UiState) {
    let filter = state.risk_filter.clone();
    let plan: Vec<&Risk<'_>> = register
        .action_plan()
        .into_iter()
        .filter(|risk| filter.matches(view.map, risk))
        .collect();
    let overdue = plan
        .iter()
        .filter(|risk| risk.is_overdue(view.today))
        .count();
    ui.label(format!(
        "{} open treatments, {overdue} overdue (as of {}). Closed ones (mitigated, accepted, not \
         applicable) are not listed.",
        plan.len(),
        view.today
    ));
    if plan.is_empty() {
        ui.label("Nothing left to do.");
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("action plan")
        .auto_shrink(false)
        .show_rows(ui, 20.0, plan.len(), |ui, rows| {
            for index in rows {
                let Some(risk) = plan.get(index) else {
                    continue;
                };
                let owner = risk.owner().unwrap_or("Unassigned");
                let first_of_owner = index == 0
                    || plan
                        .get(index - 1)
                        .is_some_and(|previous| previous.owner() != risk.owner());
                ui.horizontal(|ui| {
                    ui.style_mut().interaction.selectable_labels = false;
                    let owner_text = if first_of_owner {
                        RichText::new(owner).strong()
                    } else {
                        RichText::new(owner).weak()
                    };
                    ui.add_sized([120.0, 18.0], egui::Label::new(owner_text).truncate());
                    let due = match risk.due() {
                        Some(due) if risk.is_overdue(view.today) => {
                            RichText::new(format!("⚠ {due} overdue"))
                                .color(theme::severity(5))
                                .strong()
                        }
                        Some(due) => RichText::new(due.to_string()),
                        None => RichText::new("no due date").weak(),
                    };
                    ui.add_sized([130.0, 18.0], egui::Label::new(due));
                    let status = RichText::new(risk.status.label()).small();
                    ui.add_sized([80.0, 18.0], egui::Label::new(status));
                    let chip =
                        RichText::new(format!(" {:8} ", severity_name(risk.initial.severity)))
                            .monospace()
                            .color(Color32::WHITE)
                            .background_color(theme::severity(risk.initial.severity));
                    ui.label(chip);
                    let text = format!(
                        "{} · {} · {}",
                        risk.finding.rule(),
                        findings::subject_name(view.map, &risk.finding.subject),
                        risk.finding.title()
                    );
                    let chosen =
                        state.selected_finding.as_deref() == Some(risk.finding.id.as_str());
                    if ui.selectable_label(chosen, text).clicked() {
                        choose(risk, view.scene, state);
                    }
                });
            }
        });
}
