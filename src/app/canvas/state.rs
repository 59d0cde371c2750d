//! The canvas's own state: the camera, the drag in progress, what the canvas is narrowed to
//! and whether the minimap is wanted.

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Vec2};

use crate::app::requests::{Request, Requests};
use crate::app::state::CanvasFilter;
use crate::model::SiteId;

/// A drag in progress on the canvas.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Drag {
    /// Nothing is being dragged.
    #[default]
    None,
    /// Selected sites being moved by `delta_in_map`.
    Move {
        /// The sites.
        sites: Vec<SiteId>,
        /// The site whose card is held: it snaps to the other cards.
        anchor: SiteId,
        /// How far the pointer has moved them.
        delta_in_map: Vec2,
    },
    /// A new flow being drawn from a site to the pointer.
    Connect {
        /// The source site.
        from: SiteId,
        /// Where the pointer is.
        pointer_in_map: Pos2,
    },
    /// A selection rectangle.
    Band {
        /// Where it started.
        start_in_map: Pos2,
        /// Where the pointer is.
        pointer_in_map: Pos2,
    },
}

/// The part of the map in view, and what moves it on the next frame.
#[derive(Debug)]
pub(super) struct Camera {
    /// The part of the map in view, in map coordinates.
    pub(super) scene_rect: Rect,
    /// The view was set as it is on purpose (not fitted or followed): the next frame shows it
    /// unchanged, whatever the UI zoom did.
    pub(super) placed: bool,
    /// Fit the whole map in view on the next frame.
    pub(super) fit: bool,
    /// Bring this part of the map into view on the next frame.
    pub(super) reveal: Option<Rect>,
    /// The canvas transform of the last frame: map units to screen points.
    pub(super) screen_from_map: Option<TSTransform>,
}

/// The canvas's state: never saved in the map.
#[derive(Debug)]
pub struct CanvasState {
    pub(super) camera: Camera,
    pub(super) drag: Drag,
    /// What the canvas is narrowed to.
    pub(super) filter: Option<CanvasFilter>,
    /// How many sites and flows the narrowed canvas showed in its last frame.
    pub(super) shown_counts: Option<(usize, usize)>,
    /// The overview minimap is wanted (View › Minimap); it still hides on small maps.
    pub(super) minimap: bool,
    /// Where the canvas was on screen in the last frame.
    pub(super) on_screen: Option<Rect>,
    /// A side panel was just hidden or shown: if the whole map was in view, fit it again to
    /// the canvas's new size.
    pub(super) refit_if_whole: bool,
}

impl Default for CanvasState {
    fn default() -> Self {
        Self {
            camera: Camera {
                scene_rect: Rect::ZERO,
                placed: false,
                fit: true,
                reveal: None,
                screen_from_map: None,
            },
            drag: Drag::None,
            filter: None,
            shown_counts: None,
            minimap: true,
            on_screen: None,
            refit_if_whole: false,
        }
    }
}

impl CanvasState {
    /// The part of the map in view, in map coordinates.
    pub fn scene_rect(&self) -> Rect {
        self.camera.scene_rect
    }

    /// Where the canvas was on screen in the last frame, between the panels.
    pub fn on_screen(&self) -> Option<Rect> {
        self.on_screen
    }

    /// The canvas transform of the last frame: map units to screen points.
    pub fn screen_from_map(&self) -> Option<TSTransform> {
        self.camera.screen_from_map
    }

    /// Shows `rect_in_map` as it is, with no fitting.
    pub fn look_at(&mut self, rect_in_map: Rect) {
        self.camera.scene_rect = rect_in_map;
        self.camera.fit = false;
        self.camera.placed = true;
    }

    /// A panel beside the canvas is being hidden or shown: a view of the whole map is fitted
    /// again to the room the panel gives or takes (other views keep their zoom).
    pub fn panels_changing(&mut self) {
        self.refit_if_whole = true;
    }

    /// Fits the whole map in view on the next frame.
    pub fn request_fit(&mut self) {
        self.camera.fit = true;
    }

    /// Records where the camera ended this frame (panning and zooming move it).
    pub(super) fn camera_moved(&mut self, scene_rect: Rect, screen_from_map: Option<TSTransform>) {
        self.camera.scene_rect = scene_rect;
        self.camera.screen_from_map = screen_from_map;
    }

    /// What the canvas is narrowed to.
    pub fn filter(&self) -> Option<&CanvasFilter> {
        self.filter.as_ref()
    }

    /// Narrows the canvas, or shows the whole map again with `None`; the view fits what is
    /// shown.
    pub fn set_filter(&mut self, filter: Option<CanvasFilter>) {
        if self.filter != filter {
            self.filter = filter;
            self.camera.fit = true;
        }
    }

    /// Shows or hides the minimap.
    pub fn toggle_minimap(&mut self) {
        self.minimap = !self.minimap;
    }

    /// Starts a drag.
    pub(super) fn start_drag(&mut self, drag: Drag) {
        self.drag = drag;
    }

    /// Brings `rect_in_map` into view on the next frame.
    pub(super) fn reveal(&mut self, rect_in_map: Rect) {
        self.camera.reveal = Some(rect_in_map);
    }

    /// Ends any drag in progress (a new document).
    pub fn cancel_drag(&mut self) {
        self.drag = Drag::None;
    }

    /// Takes the requests aimed at the canvas: what to bring into view, what to show.
    pub(super) fn take_requests(&mut self, requests: &mut Requests) {
        let wanted =
            |request: &Request| matches!(request, Request::Reveal(_) | Request::NarrowCanvas(_));
        for request in requests.take(wanted) {
            match request {
                Request::Reveal(rect) => self.camera.reveal = Some(rect),
                Request::NarrowCanvas(filter) => self.set_filter(filter),
                Request::Focus(_) | Request::Run(_) => {}
            }
        }
    }
}
