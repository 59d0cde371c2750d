//! What one panel asks of another during a frame: bring a part of the map into view, narrow the
//! canvas, put the keyboard in a field, run a command. A request waits in the frame's queue
//! until the panel it is aimed at next draws and takes it, so neither panel calls the other.

use egui::Rect;

use super::commands::UiCommand;
use super::state::CanvasFilter;

/// A field that can be asked to take the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The find box of the toolbar.
    FindBox,
    /// The selected site's name in the inspector (a site just added).
    SiteName,
    /// The selected flow's question of how many people's sensitive data crosses (a sensitive
    /// class was just ticked from the keyboard).
    SensitiveCount,
}

/// One request.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// The canvas brings this part of the map (map units) into view.
    Reveal(Rect),
    /// The canvas shows only part of the map, or (`None`) the whole map again.
    NarrowCanvas(Option<CanvasFilter>),
    /// A field takes the keyboard.
    Focus(Focus),
    /// The editor runs a command at the end of the frame.
    Run(UiCommand),
}

/// The requests not yet taken, oldest first.
#[derive(Debug, Default)]
pub struct Requests {
    queue: Vec<Request>,
}

impl Requests {
    /// Asks for `request`.
    pub fn push(&mut self, request: Request) {
        self.queue.push(request);
    }

    /// Takes the requests `wanted` picks, oldest first; the others wait.
    pub fn take(&mut self, wanted: impl Fn(&Request) -> bool) -> Vec<Request> {
        let (taken, left) = std::mem::take(&mut self.queue)
            .into_iter()
            .partition(|request| wanted(request));
        self.queue = left;
        taken
    }

    /// Whether `field` was asked to take the keyboard, taking the request.
    pub fn take_focus(&mut self, field: Focus) -> bool {
        !self
            .take(|request| request == &Request::Focus(field))
            .is_empty()
    }

    /// The commands asked for, taken.
    pub fn take_commands(&mut self) -> Vec<UiCommand> {
        self.take(|request| matches!(request, Request::Run(_)))
            .into_iter()
            .filter_map(|request| match request {
                Request::Run(command) => Some(command),
                _ => None,
            })
            .collect()
    }

    /// Whether nothing waits.
    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panel_takes_its_own_requests_and_leaves_the_others() {
        let mut requests = Requests::default();
        requests.push(Request::Focus(Focus::SiteName));
        requests.push(Request::Run(UiCommand::FitToMap));
        requests.push(Request::Focus(Focus::FindBox));
        assert!(!requests.take_focus(Focus::SensitiveCount));
        assert!(requests.take_focus(Focus::SiteName));
        assert!(!requests.take_focus(Focus::SiteName), "taken once");
        assert_eq!(requests.take_commands(), vec![UiCommand::FitToMap]);
        assert!(requests.take_focus(Focus::FindBox));
        assert!(requests.is_empty());
    }
}
