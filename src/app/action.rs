//! Everything a key or the mouse can ask of the reader.

use super::Pane;

/// Everything a key or the mouse can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// `q` in Text: back to where the reader came from (the article list when nowhere).
    Close,
    Show(Pane),
    NextPane,
    PrevPane,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Enter: open, focus, or step into what is selected.
    Open,
    NextStop,
    PrevStop,
    NextHit,
    PrevHit,
    StartQuery,
    FilterPerson,
    FilterDate,
    /// Esc outside an input: leave the mention list, else drop the last filter.
    Dismiss,
    ClearFilters,
    Back,
    Forward,
    ToggleHelp,
    /// Mark the selected article read or unread.
    ToggleRead,
    /// Bookmark what is selected, or remove its bookmark (in the bookmarks list: the one selected).
    ToggleBookmark,
    /// Open or close the bookmarks list.
    ShowBookmarks,
    /// Open or close the list of load problems.
    ShowProblems,
    /// Mark every article shown read.
    MarkShownRead,
    /// Open the article's URL in the browser.
    OpenUrl,
    /// Open the article's file in the editor or pager.
    Edit,
    /// Copy the sentence or name under the selection.
    Copy,
    /// Write the rows shown (People, Timeline) to a file.
    Write,
    /// Sort the articles by date, title or mentions, in turn.
    CycleSort,
    /// Show only unread articles, or all again.
    UnreadOnly,
    /// Enter on the `/` line: keep the filter typed.
    KeepInput,
    /// Esc on the `/` line: back to the filters before typing.
    DropInput,
    /// Backspace on the `/` line.
    EraseInput,
    /// The mouse wheel over a screen cell: positive scrolls down.
    Scroll {
        column: u16,
        row: u16,
        lines: i16,
    },
    Click {
        column: u16,
        row: u16,
    },
}
