//! Sketching from the keyboard: the type-ahead prompt over the canvas (add a site from a
//! preset, connect the selected site to another, tag the selected flow), and the moves the
//! arrow keys and Tab make. Every change is an undoable edit; the commands that open a prompt
//! or move the selection are in the command table.

use egui::{Key, Modifiers, Rect, Ui, Vec2};

use super::edit::{Edit, MergeKey, PendingEdit};
use super::fields::FlowField;
use super::frame::FrameContext;
use super::palette::add_preset;
use super::prompt::Prompt;
use super::prompt::{Ask, Choice, choices};
use super::requests::{Focus, Request};
use super::state::Selection;
use super::view::View;
use super::words::{t, tw};
use crate::layout::clamp_to_lane;
use crate::model::{Flow, Map, Point, SiteId};
use crate::presets::Library;
use crate::scene::hit;
use crate::scene::theme as diagram;

/// The prompt's width, in points.
const PROMPT_WIDTH: f32 = 380.0;

/// The sites in reading order: lane by lane from the left, each from the top (then from the
/// left, then by id); sites not yet placed come last.
pub fn reading_order(map: &Map) -> Vec<SiteId> {
    let mut sites: Vec<(usize, bool, f32, f32, &SiteId)> = map
        .sites()
        .map(|site| {
            let at = site.position.unwrap_or(Point::new(0.0, 0.0));
            (
                site.jurisdiction.lane().index(),
                site.position.is_none(),
                at.y,
                at.x,
                &site.id,
            )
        })
        .collect();
    sites.sort_by(|a, b| {
        (a.1, a.0)
            .cmp(&(b.1, b.0))
            .then(a.2.total_cmp(&b.2))
            .then(a.3.total_cmp(&b.3))
            .then(a.4.cmp(b.4))
    });
    sites.into_iter().map(|site| site.4.clone()).collect()
}

/// The site after (or before) the first of `selected` in reading order, round the end; the
/// first (or last) site when none is selected.
pub fn next_site(map: &Map, selected: &Selection, forward: bool) -> Option<SiteId> {
    let order = reading_order(map);
    let current = order.iter().position(|id| selected.sites.contains(id));
    let count = order.len();
    let index = match (current, forward) {
        (_, _) if count == 0 => return None,
        (None, true) => 0,
        (None, false) => count - 1,
        (Some(index), true) => (index + 1) % count,
        (Some(index), false) => (index + count - 1) % count,
    };
    order.get(index).cloned()
}

/// The edit that moves `sites` by `delta_in_map`, each kept inside its lane; `None` when
/// nothing would move.
pub fn nudge(map: &Map, sites: &[SiteId], delta_in_map: Vec2) -> Option<PendingEdit> {
    let moves: Vec<Edit> = sites
        .iter()
        .filter_map(|id| map.site(id))
        .filter_map(|site| {
            let from = site.position?;
            let to = clamp_to_lane(
                site.jurisdiction.lane(),
                Point::new(from.x + delta_in_map.x, from.y + delta_in_map.y),
                diagram::SITE_WIDTH / 2.0,
            );
            (to != from).then(|| {
                let mut moved = site.clone();
                moved.position = Some(to);
                Edit::ReplaceSite(moved)
            })
        })
        .collect();
    if moves.is_empty() {
        return None;
    }
    let label = tw("ui-undo-move-sites", &[("count", moves.len().into())]);
    // Presses in a row on the same sites are one undo step, as one drag is.
    Some(PendingEdit::merging(
        label,
        Edit::Batch(moves),
        MergeKey::Nudge(sites.to_vec()),
    ))
}

/// The prompt's title: what it asks for.
fn title(ask: &Ask, map: &Map) -> String {
    match ask {
        Ask::AddSite => t("ui-prompt-add").to_owned(),
        Ask::Command => t("ui-prompt-command").to_owned(),
        Ask::Connect { from } => {
            let name = map
                .site(from)
                .map_or(from.as_str(), |site| site.name.as_str());
            tw("ui-prompt-connect", &[("name", name.into())])
        }
        Ask::Tag { flow } => {
            let name = map.flow(flow).map_or_else(
                || flow.to_string(),
                |view| crate::text::route(&view.source.name, &view.target.name),
            );
            tw("ui-prompt-tag", &[("flow", name.into())])
        }
    }
}

/// The keyboard sketch's own state: the type-ahead prompt open over the canvas, if any.
#[derive(Debug, Default)]
pub struct SketchState {
    prompt: Option<Prompt>,
}

impl SketchState {
    /// The open prompt.
    pub fn prompt(&self) -> Option<&Prompt> {
        self.prompt.as_ref()
    }

    /// Opens `prompt` over the canvas (closing any other).
    pub fn open(&mut self, prompt: Prompt) {
        self.prompt = Some(prompt);
    }

    /// The open prompt, at the top of the canvas (`canvas` is its rectangle on screen): a text
    /// field and the choices that match it. ↑ and ↓ choose, Enter takes the choice, Escape or
    /// a click elsewhere closes it.
    pub fn ui(&mut self, ui: &Ui, canvas: Rect, cx: &mut FrameContext<'_>) {
        let Some(prompt) = self.prompt.clone() else {
            return;
        };
        if let Some(open) = prompt_ui(ui, canvas, prompt, cx) {
            self.prompt = open;
        }
    }
}

/// Shows `prompt`; what the prompt is after this frame: `Some(None)` closed, `Some(prompt)`
/// still open with what was typed, `None` unchanged.
fn prompt_ui(
    ui: &Ui,
    canvas: Rect,
    prompt: Prompt,
    cx: &mut FrameContext<'_>,
) -> Option<Option<Prompt>> {
    let (view, presets) = (cx.view, cx.presets);
    let view = &view;
    let language = super::words::language();
    let term = |table: &str, id: &str| super::words::term(table, id).to_owned();
    let offered = choices(
        &prompt.ask,
        &prompt.query,
        view.map,
        presets,
        language,
        &term,
    );
    let ctx = ui.ctx().clone();
    // The prompt's own keys, taken before its text field sees them.
    let (down, up, enter, escape) = ctx.input_mut(|input| {
        (
            input.consume_key(Modifiers::NONE, Key::ArrowDown)
                | input.consume_key(Modifiers::NONE, Key::Tab),
            input.consume_key(Modifiers::NONE, Key::ArrowUp)
                | input.consume_key(Modifiers::SHIFT, Key::Tab),
            input.consume_key(Modifiers::NONE, Key::Enter),
            input.key_pressed(Key::Escape),
        )
    });
    if down || up {
        // Arrows and Tab would otherwise move the keyboard out of the text field.
        ctx.memory_mut(|memory| memory.move_focus(egui::FocusDirection::None));
    }
    if escape {
        return Some(None);
    }
    let mut query = prompt.query.clone();
    let mut highlighted = prompt.highlighted.min(offered.len().saturating_sub(1));
    if down {
        highlighted = (highlighted + 1).min(offered.len().saturating_sub(1));
    }
    if up {
        highlighted = highlighted.saturating_sub(1);
    }
    let mut chosen = enter.then(|| offered.get(highlighted).map(|(choice, _)| choice.clone()));
    let mut close = false;
    let heading = title(&prompt.ask, view.map);
    egui::Area::new(ui.scope_id().with("sketch prompt"))
        .order(egui::Order::Foreground)
        .fixed_pos(canvas.center_top() + Vec2::new(0.0, 36.0))
        .pivot(egui::Align2::CENTER_TOP)
        .show(&ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_width(PROMPT_WIDTH);
                ui.label(egui::RichText::new(&heading).strong());
                // The keyboard goes to the field before it is drawn, so that what is typed on
                // the frame the prompt opens is not lost.
                let field_id = ui.make_persistent_id("sketch prompt field");
                if !ui.memory(|memory| memory.has_focus(field_id)) {
                    ui.memory_mut(|memory| memory.request_focus(field_id));
                }
                let field = ui
                    .add(
                        egui::TextEdit::singleline(&mut query)
                            .id(field_id)
                            .hint_text(t("ui-prompt-hint"))
                            .desired_width(f32::INFINITY),
                    )
                    .accessible_name(&heading);
                if field.changed() {
                    highlighted = 0;
                }
                // A click elsewhere takes the keyboard away: the prompt goes with it.
                close = field.lost_focus() && chosen.is_none();
                if offered.is_empty() {
                    ui.label(egui::RichText::new(t("ui-prompt-nothing")).weak());
                }
                for (index, (choice, label)) in offered.iter().enumerate() {
                    if ui.selectable_label(index == highlighted, label).clicked() {
                        chosen = Some(Some(choice.clone()));
                    }
                }
                ui.label(egui::RichText::new(t("ui-prompt-keys")).small().weak());
            });
        });
    match chosen {
        Some(Some(choice)) => {
            take(&prompt.ask, choice, view, presets, cx);
            Some(None)
        }
        // Enter with nothing to take leaves the prompt open for another try.
        Some(None) => None,
        None if close => Some(None),
        None => Some(Some(Prompt {
            query,
            highlighted,
            ..prompt
        })),
    }
}

/// Carries out `choice` for `ask`: adds the site, draws the flow, or ticks the tag.
fn take(ask: &Ask, choice: Choice, view: &View<'_>, presets: &Library, cx: &mut FrameContext<'_>) {
    let map = view.map;
    match (ask, choice) {
        (Ask::AddSite, Choice::Preset(id)) => {
            if let Some(preset) = presets.get(&id) {
                add_preset(map, preset, cx);
            }
        }
        (Ask::Command, Choice::Command(command)) => cx.request(Request::Run(command)),
        (Ask::Connect { from }, Choice::Site(to)) => {
            let stem = format!("{}-to-{}", from.as_str(), to.as_str());
            let flow = Flow::new(map.fresh_flow_id(&stem), from.clone(), to.clone());
            let ends = [from, &to]
                .into_iter()
                .filter_map(|id| hit::site_bounds(view.scene(), id))
                .map(super::canvas::to_egui)
                .reduce(|a, b| a.union(b));
            cx.select_and_reveal(Selection::flow(flow.id.clone()), ends);
            cx.edit(PendingEdit::new(t("ui-undo-add-flow"), Edit::AddFlow(flow)));
        }
        (Ask::Tag { flow }, choice) => {
            let Some(current) = map.flow(flow) else {
                return;
            };
            let mut tagged = current.flow.clone();
            let field = match choice {
                Choice::Class(class) => {
                    toggle(&mut tagged.data_classes, class);
                    // Sensitive data just ticked: the inspector asks how many people's crosses.
                    let sensitivity = view.evaluation().sensitivity;
                    if tagged.data_classes.contains(&class)
                        && (sensitivity.macau(class) || sensitivity.pipl(class))
                        && tagged.sensitive_subjects_per_year.is_none()
                    {
                        cx.request(Request::Focus(Focus::SensitiveCount));
                    }
                    FlowField::Classes
                }
                Choice::Safeguard(safeguard) => {
                    toggle(&mut tagged.safeguards, safeguard);
                    FlowField::Safeguards
                }
                Choice::Flag(flag) => {
                    toggle(&mut tagged.flags, flag);
                    FlowField::Flags
                }
                Choice::Preset(_) | Choice::Site(_) | Choice::Command(_) => return,
            };
            cx.edit(PendingEdit::new(
                field.undo_label(),
                Edit::ReplaceFlow(tagged),
            ));
        }
        _ => {}
    }
}

fn toggle<T: Ord>(set: &mut std::collections::BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Jurisdiction, Site, SiteKind};

    fn site(id: &str, jurisdiction: Jurisdiction, at: Option<(f32, f32)>) -> Site {
        let mut site = Site::new(SiteId::new(id).unwrap(), id, SiteKind::Office, jurisdiction);
        site.position = at.map(Point::from);
        site
    }

    fn map() -> Map {
        let mut map = Map::default();
        for site in [
            site("hk", Jurisdiction::HongKong, Some((1120.0, 100.0))),
            site("taipa", Jurisdiction::Macau, Some((160.0, 240.0))),
            site("sede", Jurisdiction::Macau, Some((160.0, 100.0))),
            site("hengqin", Jurisdiction::MainlandGba, Some((480.0, 100.0))),
            site("loose", Jurisdiction::Macau, None),
        ] {
            map.add_site(site).unwrap();
        }
        map
    }

    #[test]
    fn reading_order_goes_lane_by_lane_from_the_top() {
        let order: Vec<String> = reading_order(&map())
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(order, ["sede", "taipa", "hengqin", "hk", "loose"]);
    }

    #[test]
    fn tab_steps_through_the_sites_round_the_end() {
        let map = map();
        let id = |name: &str| SiteId::new(name).unwrap();
        let nothing = Selection::default();
        assert_eq!(next_site(&map, &nothing, true), Some(id("sede")));
        assert_eq!(next_site(&map, &nothing, false), Some(id("loose")));
        let taipa = Selection::site(id("taipa"));
        assert_eq!(next_site(&map, &taipa, true), Some(id("hengqin")));
        assert_eq!(next_site(&map, &taipa, false), Some(id("sede")));
        let last = Selection::site(id("loose"));
        assert_eq!(next_site(&map, &last, true), Some(id("sede")));
        assert_eq!(next_site(&Map::default(), &nothing, true), None);
    }

    #[test]
    fn a_nudge_moves_the_sites_but_never_out_of_their_lane() {
        let map = map();
        let sites = [SiteId::new("taipa").unwrap(), SiteId::new("loose").unwrap()];
        let edit = nudge(
            &map,
            &sites,
            Vec2::new(0.0, crate::app::commands::GRID_STEP),
        )
        .unwrap();
        let Edit::Batch(moves) = &edit.edit else {
            panic!("{edit:?}")
        };
        // The unplaced site has nowhere to move from.
        assert_eq!(moves.len(), 1);
        let Edit::ReplaceSite(moved) = &moves[0] else {
            panic!("{moves:?}")
        };
        assert_eq!(moved.position, Some(Point::new(160.0, 260.0)));
        assert_eq!(edit.merge_key, Some(MergeKey::Nudge(sites.to_vec())));
        // Far to the left, the site stops at its lane's edge; already there, nothing moves.
        let far = nudge(&map, &sites[..1], Vec2::new(-1000.0, 0.0)).unwrap();
        let Edit::Batch(moves) = &far.edit else {
            panic!("{far:?}")
        };
        let Edit::ReplaceSite(moved) = &moves[0] else {
            panic!("{moves:?}")
        };
        let x = moved.position.unwrap().x;
        let (left, right) = crate::layout::lane_x_range(crate::model::Lane::Macau);
        assert!(x > left && x < right, "{x}");
        let mut at_edge = map.clone();
        at_edge.replace_site(moved.clone()).unwrap();
        assert!(
            nudge(
                &at_edge,
                &sites[..1],
                Vec2::new(-crate::app::commands::NUDGE, 0.0)
            )
            .is_none()
        );
    }
}
