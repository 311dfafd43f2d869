//! The keymap: one table that dispatches keys and also writes the hint line and the help overlay,
//! so what the screen says a key does is what it does.
//!
//! Keys here are the app's own [`Key`] values; the terminal layer translates its events into them.

use super::{Action, Pane};

/// A key press, independent of any terminal library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
}

impl Key {
    /// How the key is written in hints and help.
    pub fn label(self) -> String {
        match self {
            Key::Char(' ') => "Space".into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{c}"),
            Key::Enter => "Enter".into(),
            Key::Esc => "Esc".into(),
            Key::Tab => "Tab".into(),
            Key::BackTab => "Shift-Tab".into(),
            Key::Backspace => "Backspace".into(),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::Home => "Home".into(),
            Key::End => "End".into(),
            Key::PageUp => "PgUp".into(),
            Key::PageDown => "PgDn".into(),
        }
    }
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Everywhere,
    Only(Pane),
    Except(Pane),
}

impl Scope {
    fn covers(self, pane: Pane) -> bool {
        match self {
            Scope::Everywhere => true,
            Scope::Only(p) => p == pane,
            Scope::Except(p) => p != pane,
        }
    }
}

/// One row of the keymap.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub scope: Scope,
    /// What it does, for the help overlay.
    pub help: &'static str,
    /// A word or two for the hint line; `None` keeps it out of the hint line.
    pub hint: Option<&'static str>,
}

const fn bind(
    keys: &'static [Key],
    action: Action,
    scope: Scope,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding { keys, action, scope, help, hint }
}

use Key::*;
use Scope::*;

/// Every key binding, in the order help lists them.
pub const KEYMAP: &[Binding] = &[
    bind(&[Char('1')], Action::Show(Pane::Articles), Everywhere, "articles", None),
    bind(&[Char('2')], Action::Show(Pane::Text), Everywhere, "text of the article", None),
    bind(&[Char('3')], Action::Show(Pane::People), Everywhere, "people", None),
    bind(&[Char('4')], Action::Show(Pane::Timeline), Everywhere, "timeline", None),
    bind(&[Tab], Action::NextPane, Everywhere, "next pane", Some("panes")),
    bind(&[BackTab], Action::PrevPane, Everywhere, "previous pane", None),
    bind(&[Char('j'), Down], Action::Down, Everywhere, "move down (scroll in Text)", None),
    bind(&[Char('k'), Up], Action::Up, Everywhere, "move up (scroll in Text)", None),
    bind(&[PageDown, Ctrl('d'), Char(' ')], Action::PageDown, Everywhere, "page down", None),
    bind(&[PageUp, Ctrl('u')], Action::PageUp, Everywhere, "page up", None),
    bind(&[Char('g'), Home], Action::Top, Everywhere, "go to the top", None),
    bind(&[Char('G'), End], Action::Bottom, Everywhere, "go to the bottom", None),
    bind(&[Enter], Action::Open, Only(Pane::Articles), "read the selected article", Some("read")),
    bind(
        &[Char('u')],
        Action::ToggleRead,
        Only(Pane::Articles),
        "mark the selected article read or unread",
        None,
    ),
    bind(
        &[Enter],
        Action::Open,
        Only(Pane::People),
        "step into the person's mentions; open the text at one",
        Some("mentions"),
    ),
    bind(&[Enter], Action::Open, Only(Pane::Timeline), "open the text at this sentence", Some("open")),
    bind(
        &[Enter],
        Action::Open,
        Only(Pane::Text),
        "on a name: focus that person; on a date: the timeline there",
        Some("focus"),
    ),
    bind(&[Char(']')], Action::NextStop, Only(Pane::Text), "next mention (person or date)", Some("mention")),
    bind(&[Char('[')], Action::PrevStop, Only(Pane::Text), "previous mention", None),
    bind(
        &[Char('n')],
        Action::NextHit,
        Only(Pane::Text),
        "next search hit, or the focused person's next mention",
        Some("next"),
    ),
    bind(&[Char('N')], Action::PrevHit, Only(Pane::Text), "previous search hit or mention", None),
    bind(
        &[Char('/')],
        Action::StartQuery,
        Everywhere,
        "filter this pane as you type (search in Text)",
        Some("filter"),
    ),
    bind(
        &[Char('p')],
        Action::FilterPerson,
        Everywhere,
        "show only what involves the person under the selection",
        Some("person"),
    ),
    bind(
        &[Char('d')],
        Action::FilterDate,
        Everywhere,
        "show only the date or period under the selection",
        Some("date"),
    ),
    bind(&[Esc], Action::Dismiss, Everywhere, "remove the last filter (leave the mention list)", None),
    bind(&[Char('x')], Action::ClearFilters, Everywhere, "clear every filter", Some("clear")),
    bind(&[Backspace, Ctrl('o')], Action::Back, Everywhere, "go back to before the last jump", Some("back")),
    bind(&[Ctrl('f')], Action::Forward, Everywhere, "go forward again", None),
    bind(&[Char('?')], Action::ToggleHelp, Everywhere, "show or hide this help", Some("help")),
    bind(
        &[Char('q')],
        Action::Close,
        Only(Pane::Text),
        "close the text, back to where you were",
        Some("close"),
    ),
    bind(&[Char('q')], Action::Quit, Except(Pane::Text), "quit", Some("quit")),
    bind(&[Char('Q'), Ctrl('c')], Action::Quit, Everywhere, "quit from anywhere", None),
];

/// The action bound to `key` in `pane`, if any.
pub fn action_for(key: Key, pane: Pane) -> Option<Action> {
    KEYMAP.iter().find(|b| b.scope.covers(pane) && b.keys.contains(&key)).map(|b| b.action)
}

/// The bindings that apply in `pane`, in keymap order.
pub fn bindings_for(pane: Pane) -> impl Iterator<Item = &'static Binding> {
    KEYMAP.iter().filter(move |b| b.scope.covers(pane))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_one_pane() {
        for pane in Pane::ALL {
            let mut seen = Vec::new();
            for b in bindings_for(pane) {
                for k in b.keys {
                    assert!(!seen.contains(k), "{k:?} bound twice in {pane:?}");
                    seen.push(*k);
                }
            }
        }
    }

    #[test]
    fn scoped_bindings_only_apply_in_their_pane() {
        assert_eq!(action_for(Char(']'), Pane::Text), Some(Action::NextStop));
        assert_eq!(action_for(Char(']'), Pane::Articles), None);
        assert_eq!(action_for(Char('q'), Pane::Text), Some(Action::Close));
        assert_eq!(action_for(Char('q'), Pane::People), Some(Action::Quit));
        assert_eq!(action_for(Char('Q'), Pane::Text), Some(Action::Quit));
    }
}
