//! Jumps and the back and forward stacks: every jump keeps the view it left.

use super::{App, View};

impl App {
    /// Changes the view as one jump that `Back` can undo.
    pub(super) fn jump(&mut self, change: impl FnOnce(&mut View)) {
        let before = self.view.clone();
        let kept = self.selected_items();
        change(&mut self.view);
        if self.view != before {
            self.remember(before.clone());
            self.refresh_keeping(kept, &before);
        }
    }

    pub(super) fn remember(&mut self, before: View) {
        self.back.push(before);
        self.forward.clear();
    }

    pub(super) fn go_back(&mut self) {
        self.travel(false);
    }

    pub(super) fn go_forward(&mut self) {
        self.travel(true);
    }

    /// Swaps the view with the newest one of the forward or back stack, keeping the current one
    /// on the other stack.
    pub(super) fn travel(&mut self, forward: bool) {
        let (from, to) =
            if forward { (&mut self.forward, &mut self.back) } else { (&mut self.back, &mut self.forward) };
        match from.pop() {
            Some(view) => {
                to.push(std::mem::replace(&mut self.view, view));
                self.refresh();
            }
            None => {
                self.note = Some(format!("nothing to go {} to", if forward { "forward" } else { "back" }))
            }
        }
    }
}
