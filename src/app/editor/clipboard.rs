//! Copy and paste of sites and flows. On the system clipboard a copy is RON text, so it can be
//! pasted into another borderflow window.

use super::BorderflowApp;
use crate::app::edit::{Edit, PendingEdit};
use crate::app::state::Selection;
use crate::model::{Flow, Site, SiteId};

/// Sites and flows copied for pasting.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub(super) struct Clipboard {
    format: String,
    sites: Vec<Site>,
    flows: Vec<Flow>,
}

/// The `format` of clipboard text that borderflow pastes.
const CLIPBOARD_FORMAT: &str = "borderflow-clipboard";

impl Clipboard {
    pub(super) fn is_empty(&self) -> bool {
        self.sites.is_empty() && self.flows.is_empty()
    }

    pub(super) fn to_text(&self) -> Option<String> {
        ron::ser::to_string(self).ok()
    }

    /// Clipboard text copied by borderflow, or `None` for any other text.
    pub(super) fn from_text(text: &str) -> Option<Self> {
        if text.len() > 16 * 1024 * 1024 {
            return None;
        }
        let clipboard: Self = ron::Options::default()
            .with_recursion_limit(64)
            .from_str(text)
            .ok()?;
        (clipboard.format == CLIPBOARD_FORMAT).then_some(clipboard)
    }
}

impl BorderflowApp {
    pub(super) fn copy_selection(&mut self) {
        let map = self.document.map();
        let sites: Vec<Site> = self
            .shared
            .selection()
            .sites
            .iter()
            .filter_map(|id| map.site(id).cloned())
            .collect();
        // A flow is copied when it is selected, or when both its ends are.
        let flows: Vec<Flow> = map
            .flows()
            .filter(|view| {
                self.shared.selection().flows.contains(&view.flow.id)
                    || (self.shared.selection().sites.contains(&view.flow.from)
                        && self.shared.selection().sites.contains(&view.flow.to))
            })
            .map(|view| view.flow.clone())
            .collect();
        self.clipboard = Clipboard {
            format: CLIPBOARD_FORMAT.to_owned(),
            sites,
            flows,
        };
    }

    /// Pastes the clipboard as new sites (offset below the originals) and flows; a copied flow
    /// whose ends were not copied joins the original sites.
    pub(super) fn paste(&mut self) {
        if self.clipboard.is_empty() {
            return;
        }
        let mut scratch = self.map().clone();
        let mut renamed: std::collections::BTreeMap<SiteId, SiteId> = Default::default();
        let mut edits = Vec::new();
        let mut selection = Selection::default();
        let mut landed: Option<egui::Rect> = None;
        for site in &self.clipboard.sites {
            let mut copy = site.clone();
            copy.id = scratch.fresh_site_id(&site.name);
            copy.position = site.position.map(|p| {
                crate::model::Point::new(p.x, p.y + crate::scene::theme::SITE_HEIGHT + 24.0)
            });
            if let Some(at) = copy.position {
                let card = egui::Rect::from_min_size(
                    egui::pos2(at.x, at.y),
                    egui::vec2(
                        crate::scene::theme::SITE_WIDTH,
                        crate::scene::theme::SITE_HEIGHT,
                    ),
                );
                landed = Some(landed.map_or(card, |all| all.union(card)));
            }
            renamed.insert(site.id.clone(), copy.id.clone());
            selection.sites.insert(copy.id.clone());
            if scratch.add_site(copy.clone()).is_ok() {
                edits.push(Edit::AddSite(copy));
            }
        }
        for flow in &self.clipboard.flows {
            let mut copy = flow.clone();
            copy.id = scratch.fresh_flow_id(flow.id.as_str());
            copy.from = renamed
                .get(&flow.from)
                .cloned()
                .unwrap_or_else(|| flow.from.clone());
            copy.to = renamed
                .get(&flow.to)
                .cloned()
                .unwrap_or_else(|| flow.to.clone());
            selection.flows.insert(copy.id.clone());
            if scratch.add_flow(copy.clone()).is_ok() {
                edits.push(Edit::AddFlow(copy));
            }
        }
        if !edits.is_empty() {
            self.edits.push(PendingEdit::new(
                crate::app::words::t("ui-cmd-paste"),
                Edit::Batch(edits),
            ));
            self.shared.select_only(selection);
            // The pasted cards land below their originals: bring them into view.
            if let Some(rect) = landed {
                self.requests
                    .push(crate::app::requests::Request::Reveal(rect));
            }
        }
    }
}
