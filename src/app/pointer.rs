//! The mouse: the wheel scrolls the pane under the pointer, a click selects or focuses.

use super::{App, Area, ListPos, Pane, Target};

impl App {
    pub(super) fn target_at(&self, column: u16, row: u16) -> Option<(Area, Target)> {
        // Later areas are drawn on top (names over the text body).
        self.viewport.areas.iter().rev().find(|(a, _)| a.contains(column, row)).copied()
    }

    pub(super) fn scroll_at(&mut self, column: u16, row: u16, lines: i16) {
        let pane = match self.target_at(column, row) {
            Some((_, Target::List { pane, .. })) => pane,
            Some((_, Target::Mentions { .. })) => {
                let keep = self.view.mention;
                self.view.pane = Pane::People;
                self.view.mention = Some(keep.unwrap_or_default());
                self.move_by(lines as isize);
                return;
            }
            Some((_, Target::Text | Target::Person(_))) => Pane::Text,
            None => return,
        };
        let keep = self.view.pane;
        self.view.pane = pane;
        self.move_by(lines as isize);
        self.view.pane = keep;
    }

    pub(super) fn click(&mut self, column: u16, row: u16) {
        match self.target_at(column, row) {
            Some((area, Target::List { pane, first })) => {
                let index = first + (row - area.y) as usize;
                self.view.pane = pane;
                let (pos, len) = match pane {
                    Pane::Articles => (&mut self.view.articles, self.visible.articles.len()),
                    Pane::People => (&mut self.view.people, self.visible.people.len()),
                    Pane::Timeline => (&mut self.view.timeline, self.visible.timeline.len()),
                    Pane::Text => return,
                };
                if index < len {
                    pos.selected = index;
                }
            }
            Some((area, Target::Mentions { first })) => {
                let index = first + (row - area.y) as usize;
                let len = self.selected_person().map_or(0, |p| self.person_mentions(p).len());
                if index < len {
                    self.view.pane = Pane::People;
                    self.view.mention = Some(ListPos { selected: index, top: first });
                }
            }
            Some((_, Target::Person(p))) => self.jump(|v| {
                v.pane = Pane::Text;
                v.focus = Some(p);
            }),
            Some((_, Target::Text)) => self.view.pane = Pane::Text,
            None => {}
        }
    }
}
