//! The keymap: one table that dispatches keys and also writes the hint line and the help overlay,
//! so what the screen says a key does is what it does. Its rows have names, by which the config
//! file rebinds them; the help overlay and the `/` line are scopes of the same table.
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

    /// Reads a key as the config file writes it: `j`, `G`, `Space`, `Ctrl-d`, `Enter`, `Esc`,
    /// `Tab`, `Shift-Tab`, `Backspace`, `Up`/`Down`/`Left`/`Right` (or the arrows), `Home`, `End`,
    /// `PgUp`, `PgDn`.
    pub fn parse(s: &str) -> Option<Key> {
        let mut chars = s.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Some(match c {
                '↑' => Key::Up,
                '↓' => Key::Down,
                '←' => Key::Left,
                '→' => Key::Right,
                c if c.is_control() => return None,
                c => Key::Char(c),
            });
        }
        if let Some(c) = s.strip_prefix("Ctrl-").or_else(|| s.strip_prefix("ctrl-")) {
            let mut chars = c.chars();
            return match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_ascii_alphabetic() => Some(Key::Ctrl(c.to_ascii_lowercase())),
                _ => None,
            };
        }
        Some(match s.to_ascii_lowercase().as_str() {
            "space" => Key::Char(' '),
            "enter" | "return" => Key::Enter,
            "esc" | "escape" => Key::Esc,
            "tab" => Key::Tab,
            "shift-tab" | "backtab" => Key::BackTab,
            "backspace" => Key::Backspace,
            "up" => Key::Up,
            "down" => Key::Down,
            "left" => Key::Left,
            "right" => Key::Right,
            "home" => Key::Home,
            "end" => Key::End,
            "pgup" | "pageup" => Key::PageUp,
            "pgdn" | "pagedown" => Key::PageDown,
            _ => return None,
        })
    }

    /// How the config file writes the key ([`Key::parse`] reads it back).
    pub fn config_name(self) -> String {
        match self {
            Key::Up => "Up".into(),
            Key::Down => "Down".into(),
            Key::Left => "Left".into(),
            Key::Right => "Right".into(),
            other => other.label(),
        }
    }
}

/// What keys are read by: a pane, the help overlay, or the `/` line being typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Pane(Pane),
    Help,
    Input,
    Marks,
    Problems,
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Everywhere,
    Only(Pane),
    Except(Pane),
    /// While the help overlay is open.
    Help,
    /// While a `/` line is typed (other printable keys are typed into it).
    Input,
    /// While the bookmarks list is open.
    Marks,
    /// While the list of load problems is open.
    Problems,
}

impl Scope {
    fn covers(self, mode: Mode) -> bool {
        match (self, mode) {
            (Scope::Everywhere, Mode::Pane(_)) => true,
            (Scope::Only(p), Mode::Pane(pane)) => p == pane,
            (Scope::Except(p), Mode::Pane(pane)) => p != pane,
            (Scope::Help, Mode::Help)
            | (Scope::Input, Mode::Input)
            | (Scope::Marks, Mode::Marks)
            | (Scope::Problems, Mode::Problems) => true,
            _ => false,
        }
    }

    /// Whether a key could mean two things: some mode both scopes cover.
    fn overlaps(self, other: Scope) -> bool {
        let modes = Pane::ALL.map(Mode::Pane).into_iter().chain([
            Mode::Help,
            Mode::Input,
            Mode::Marks,
            Mode::Problems,
        ]);
        modes.into_iter().any(|m| self.covers(m) && other.covers(m))
    }

    /// How help introduces a row of this scope.
    pub fn label(self) -> String {
        match self {
            Scope::Everywhere => String::new(),
            Scope::Only(p) => format!("{}: ", p.title()),
            Scope::Except(p) => format!("not in {}: ", p.title()),
            Scope::Help => "in help: ".into(),
            Scope::Input => "typing a filter: ".into(),
            Scope::Marks => "in bookmarks: ".into(),
            Scope::Problems => "in problems: ".into(),
        }
    }
}

/// One row of the keymap.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// How the config file names it (`[keys]` section).
    pub name: &'static str,
    pub keys: &'static [Key],
    pub action: Action,
    pub scope: Scope,
    /// What it does, for the help overlay.
    pub help: &'static str,
    /// A word or two for the hint line; `None` keeps it out of the hint line.
    pub hint: Option<&'static str>,
}

const fn bind(
    name: &'static str,
    keys: &'static [Key],
    action: Action,
    scope: Scope,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding { name, keys, action, scope, help, hint }
}

use Key::*;
use Scope::*;

/// Every key binding by default, in the order help lists them.
pub const DEFAULTS: &[Binding] = &[
    bind("articles", &[Char('1')], Action::Show(Pane::Articles), Everywhere, "articles", None),
    bind("text", &[Char('2')], Action::Show(Pane::Text), Everywhere, "text of the article", None),
    bind("people", &[Char('3')], Action::Show(Pane::People), Everywhere, "people", None),
    bind("timeline", &[Char('4')], Action::Show(Pane::Timeline), Everywhere, "timeline", None),
    bind("next-pane", &[Tab], Action::NextPane, Everywhere, "next pane", Some("panes")),
    bind("previous-pane", &[BackTab], Action::PrevPane, Everywhere, "previous pane", None),
    bind("down", &[Char('j'), Down], Action::Down, Everywhere, "move down (scroll in Text)", None),
    bind("up", &[Char('k'), Up], Action::Up, Everywhere, "move up (scroll in Text)", None),
    bind("page-down", &[PageDown, Ctrl('d'), Char(' ')], Action::PageDown, Everywhere, "page down", None),
    bind("page-up", &[PageUp, Ctrl('u')], Action::PageUp, Everywhere, "page up", None),
    bind("top", &[Char('g'), Home], Action::Top, Everywhere, "go to the top", None),
    bind("bottom", &[Char('G'), End], Action::Bottom, Everywhere, "go to the bottom", None),
    bind("read", &[Enter], Action::Open, Only(Pane::Articles), "read the selected article", Some("read")),
    bind(
        "toggle-read",
        &[Char('u')],
        Action::ToggleRead,
        Only(Pane::Articles),
        "mark the selected article read or unread",
        None,
    ),
    bind(
        "read-all-shown",
        &[Char('A')],
        Action::MarkShownRead,
        Only(Pane::Articles),
        "mark every article shown read",
        None,
    ),
    bind(
        "unread-only",
        &[Char('U')],
        Action::UnreadOnly,
        Only(Pane::Articles),
        "show only unread articles (again: all)",
        None,
    ),
    bind(
        "mentions",
        &[Enter],
        Action::Open,
        Only(Pane::People),
        "step into the person's mentions; open the text at one",
        Some("mentions"),
    ),
    bind(
        "open-sentence",
        &[Enter],
        Action::Open,
        Only(Pane::Timeline),
        "open the text at this sentence",
        Some("open"),
    ),
    bind(
        "focus",
        &[Enter],
        Action::Open,
        Only(Pane::Text),
        "on a name: focus that person; on a date: the timeline there",
        Some("focus"),
    ),
    bind(
        "next-mention",
        &[Char(']')],
        Action::NextStop,
        Only(Pane::Text),
        "next mention (person or date)",
        Some("mention"),
    ),
    bind("previous-mention", &[Char('[')], Action::PrevStop, Only(Pane::Text), "previous mention", None),
    bind(
        "next-hit",
        &[Char('n')],
        Action::NextHit,
        Only(Pane::Text),
        "next search hit, or the focused person's next mention",
        Some("next"),
    ),
    bind(
        "previous-hit",
        &[Char('N')],
        Action::PrevHit,
        Only(Pane::Text),
        "previous search hit or mention",
        None,
    ),
    bind(
        "filter",
        &[Char('/')],
        Action::StartQuery,
        Everywhere,
        "filter this pane as you type (search in Text)",
        Some("filter"),
    ),
    bind(
        "person",
        &[Char('p')],
        Action::FilterPerson,
        Everywhere,
        "show only what involves the person under the selection",
        Some("person"),
    ),
    bind(
        "date",
        &[Char('d')],
        Action::FilterDate,
        Everywhere,
        "show only the date or period under the selection",
        Some("date"),
    ),
    bind(
        "dismiss",
        &[Esc],
        Action::Dismiss,
        Everywhere,
        "remove the last filter (leave the mention list)",
        None,
    ),
    bind("clear", &[Char('x')], Action::ClearFilters, Everywhere, "clear every filter", Some("clear")),
    bind(
        "back",
        &[Backspace, Ctrl('o')],
        Action::Back,
        Everywhere,
        "go back to before the last jump",
        Some("back"),
    ),
    bind("forward", &[Ctrl('f')], Action::Forward, Everywhere, "go forward again", None),
    bind(
        "bookmark",
        &[Char('b')],
        Action::ToggleBookmark,
        Everywhere,
        "bookmark the article, or the name or date under the cursor (again: remove)",
        Some("mark"),
    ),
    bind("bookmarks", &[Char('B')], Action::ShowBookmarks, Everywhere, "list the bookmarks", None),
    bind(
        "problems",
        &[Char('!')],
        Action::ShowProblems,
        Everywhere,
        "list the files that could not be read, and why",
        None,
    ),
    bind(
        "sort",
        &[Char('s')],
        Action::CycleSort,
        Only(Pane::Articles),
        "sort by date, title or mentions, in turn",
        None,
    ),
    bind(
        "open-url",
        &[Char('o')],
        Action::OpenUrl,
        Everywhere,
        "open the article's URL in the browser",
        None,
    ),
    bind(
        "edit",
        &[Char('e')],
        Action::Edit,
        Everywhere,
        "open the article's file in $VISUAL, $EDITOR or $PAGER there",
        None,
    ),
    bind(
        "copy",
        &[Char('y')],
        Action::Copy,
        Everywhere,
        "copy the sentence (People: the name; Articles: title and URL)",
        None,
    ),
    bind(
        "write",
        &[Char('w')],
        Action::Write,
        Everywhere,
        "write the People or Timeline rows shown to a .md, .csv or .json file",
        None,
    ),
    bind("help", &[Char('?')], Action::ToggleHelp, Everywhere, "show or hide this help", Some("help")),
    bind(
        "close",
        &[Char('q')],
        Action::Close,
        Only(Pane::Text),
        "close the text, back to where you were",
        Some("close"),
    ),
    bind("quit", &[Char('q')], Action::Quit, Except(Pane::Text), "quit", Some("quit")),
    bind("quit-anywhere", &[Char('Q'), Ctrl('c')], Action::Quit, Everywhere, "quit from anywhere", None),
    bind("help-close", &[Esc, Char('?'), Char('q'), Enter], Action::ToggleHelp, Help, "close the help", None),
    bind(
        "help-down",
        &[Char('j'), Down, PageDown, Char(' ')],
        Action::Down,
        Help,
        "scroll the help down",
        None,
    ),
    bind("help-up", &[Char('k'), Up, PageUp], Action::Up, Help, "scroll the help up", None),
    bind("help-top", &[Char('g'), Home], Action::Top, Help, "the top of the help", None),
    bind("help-bottom", &[Char('G'), End], Action::Bottom, Help, "the bottom of the help", None),
    bind(
        "marks-close",
        &[Esc, Char('q'), Char('B')],
        Action::ShowBookmarks,
        Marks,
        "close the bookmarks",
        None,
    ),
    bind("marks-down", &[Char('j'), Down], Action::Down, Marks, "next bookmark", None),
    bind("marks-up", &[Char('k'), Up], Action::Up, Marks, "previous bookmark", None),
    bind("marks-open", &[Enter], Action::Open, Marks, "open the text at the bookmark", None),
    bind("marks-remove", &[Char('d'), Char('x')], Action::ToggleBookmark, Marks, "remove the bookmark", None),
    bind(
        "problems-close",
        &[Esc, Char('q'), Char('!')],
        Action::ShowProblems,
        Problems,
        "close the problems",
        None,
    ),
    bind(
        "problems-down",
        &[Char('j'), Down, PageDown, Char(' ')],
        Action::Down,
        Problems,
        "scroll down",
        None,
    ),
    bind("problems-up", &[Char('k'), Up, PageUp], Action::Up, Problems, "scroll up", None),
    bind("problems-top", &[Char('g'), Home], Action::Top, Problems, "the first problem", None),
    bind("problems-bottom", &[Char('G'), End], Action::Bottom, Problems, "the last problem", None),
    bind("input-keep", &[Enter], Action::KeepInput, Input, "keep the filter typed", Some("keeps")),
    bind(
        "input-drop",
        &[Esc],
        Action::DropInput,
        Input,
        "drop it, back to the filters before",
        Some("drops"),
    ),
    bind("input-erase", &[Backspace], Action::EraseInput, Input, "erase the last character", None),
];

/// One row as bound now: the default row with the keys the config gave it.
#[derive(Debug, Clone)]
pub struct Row {
    pub binding: &'static Binding,
    pub keys: Vec<Key>,
}

/// The keymap in force: [`DEFAULTS`] with the config's changes.
#[derive(Debug, Clone)]
pub struct Keymap {
    pub rows: Vec<Row>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap { rows: DEFAULTS.iter().map(|b| Row { binding: b, keys: b.keys.to_vec() }).collect() }
    }
}

impl Keymap {
    /// The defaults with `name`'s keys replaced, for each `(name, keys)`. A key taken from another
    /// row that could meet it is removed there. Unknown names are returned, not applied.
    pub fn with(changes: &[(String, Vec<Key>)]) -> (Keymap, Vec<String>) {
        let mut map = Keymap::default();
        let mut unknown = Vec::new();
        for (name, keys) in changes {
            let Some(i) = map.rows.iter().position(|r| r.binding.name == name) else {
                unknown.push(name.clone());
                continue;
            };
            let scope = map.rows[i].binding.scope;
            for (j, other) in map.rows.iter_mut().enumerate() {
                if j != i && other.binding.scope.overlaps(scope) {
                    other.keys.retain(|k| !keys.contains(k));
                }
            }
            map.rows[i].keys = keys.clone();
        }
        (map, unknown)
    }

    /// The action bound to `key` in `mode`, if any.
    pub fn action_for(&self, key: Key, mode: Mode) -> Option<Action> {
        self.rows
            .iter()
            .find(|r| r.binding.scope.covers(mode) && r.keys.contains(&key))
            .map(|r| r.binding.action)
    }

    /// The rows that apply in `mode`, in keymap order.
    pub fn rows_for(&self, mode: Mode) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(move |r| r.binding.scope.covers(mode))
    }

    /// The first key of the row named `name`, as hints write it (`?` for help).
    pub fn key_of(&self, name: &str) -> Option<String> {
        self.rows.iter().find(|r| r.binding.name == name).and_then(|r| r.keys.first()).map(|k| k.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_key_twice(map: &Keymap) {
        for mode in Pane::ALL.map(Mode::Pane).into_iter().chain([
            Mode::Help,
            Mode::Input,
            Mode::Marks,
            Mode::Problems,
        ]) {
            let mut seen = Vec::new();
            for r in map.rows_for(mode) {
                for k in &r.keys {
                    assert!(!seen.contains(k), "{k:?} bound twice in {mode:?}");
                    seen.push(*k);
                }
            }
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_one_mode() {
        no_key_twice(&Keymap::default());
    }

    #[test]
    fn scoped_bindings_only_apply_in_their_pane() {
        let map = Keymap::default();
        let pane = Mode::Pane;
        assert_eq!(map.action_for(Char(']'), pane(Pane::Text)), Some(Action::NextStop));
        assert_eq!(map.action_for(Char(']'), pane(Pane::Articles)), None);
        assert_eq!(map.action_for(Char('q'), pane(Pane::Text)), Some(Action::Close));
        assert_eq!(map.action_for(Char('q'), pane(Pane::People)), Some(Action::Quit));
        assert_eq!(map.action_for(Char('Q'), pane(Pane::Text)), Some(Action::Quit));
        assert_eq!(map.action_for(Char('q'), Mode::Help), Some(Action::ToggleHelp));
        assert_eq!(map.action_for(Char('q'), Mode::Input), None, "typed, not bound");
    }

    #[test]
    fn a_rebound_key_moves_from_the_row_that_had_it() {
        let (map, unknown) = Keymap::with(&[
            ("down".into(), vec![Char('e'), Down]),
            ("clear".into(), vec![Char('j')]),
            ("no-such-action".into(), vec![Char('z')]),
        ]);
        assert_eq!(unknown, ["no-such-action"]);
        let articles = Mode::Pane(Pane::Articles);
        assert_eq!(map.action_for(Char('e'), articles), Some(Action::Down));
        assert_eq!(map.action_for(Char('j'), articles), Some(Action::ClearFilters));
        assert_eq!(map.action_for(Char('x'), articles), None, "x no longer clears");
        // The help overlay's own j is another scope and stays.
        assert_eq!(map.action_for(Char('j'), Mode::Help), Some(Action::Down));
        no_key_twice(&map);
    }

    #[test]
    fn every_key_reads_back_from_its_config_name() {
        for row in DEFAULTS {
            for &k in row.keys {
                assert_eq!(Key::parse(&k.config_name()), Some(k), "{k:?}");
            }
        }
        assert_eq!(Key::parse("ctrl-D"), Some(Ctrl('d')));
        assert_eq!(Key::parse("Hyper-x"), None);
    }
}
