//! The reader's colours as data: a [`Paint`] for each [`Role`]. The view turns paints into
//! terminal styles; the config file picks a built-in theme (dark or light) and repaints roles.
//! A paint is written as words: colours, `on` before a background, and `bold`, `italic`,
//! `underline`, `reverse` — `"white on blue bold"`, `"#d75f00 underline"`, `"default"`.

/// A terminal colour: the 16 named ones, the terminal's default, or 24-bit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    Default,
    Named(Named),
    Rgb(u8, u8, u8),
}

/// The 16 colours every terminal has, by their usual names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Named {
    Black,
    Red,
    Green,
    Yellow,
    Blue,
    Magenta,
    Cyan,
    Gray,
    DarkGray,
    LightRed,
    LightGreen,
    LightYellow,
    LightBlue,
    LightMagenta,
    LightCyan,
    White,
}

const NAMES: [(&str, Named); 16] = [
    ("black", Named::Black),
    ("red", Named::Red),
    ("green", Named::Green),
    ("yellow", Named::Yellow),
    ("blue", Named::Blue),
    ("magenta", Named::Magenta),
    ("cyan", Named::Cyan),
    ("gray", Named::Gray),
    ("darkgray", Named::DarkGray),
    ("lightred", Named::LightRed),
    ("lightgreen", Named::LightGreen),
    ("lightyellow", Named::LightYellow),
    ("lightblue", Named::LightBlue),
    ("lightmagenta", Named::LightMagenta),
    ("lightcyan", Named::LightCyan),
    ("white", Named::White),
];

impl Colour {
    fn parse(word: &str) -> Option<Colour> {
        let word = word.to_ascii_lowercase().replace(['-', '_'], "");
        if word == "default" || word == "reset" {
            return Some(Colour::Default);
        }
        if let Some(hex) = word.strip_prefix('#') {
            let byte = |i: usize| hex.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok());
            return (hex.len() == 6).then(|| Some(Colour::Rgb(byte(0)?, byte(2)?, byte(4)?)))?;
        }
        let word = if word == "grey" { "gray".to_owned() } else { word.replace("grey", "gray") };
        NAMES.iter().find(|(n, _)| *n == word).map(|&(_, c)| Colour::Named(c))
    }

    fn name(self) -> String {
        match self {
            Colour::Default => "default".into(),
            Colour::Named(c) => NAMES.iter().find(|(_, n)| *n == c).map_or("default", |(s, _)| s).into(),
            Colour::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        }
    }
}

/// How one role is drawn.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Paint {
    pub fg: Option<Colour>,
    pub bg: Option<Colour>,
    pub bold: bool,
    pub italic: bool,
    pub underline: bool,
    pub reverse: bool,
}

impl Paint {
    /// Reads `"white on blue bold"`; the error names the word not understood.
    pub fn parse(s: &str) -> Result<Paint, String> {
        let mut paint = Paint::default();
        let mut background = false;
        for word in s.split_whitespace() {
            match word.to_ascii_lowercase().as_str() {
                "on" => background = true,
                "bold" => paint.bold = true,
                "italic" => paint.italic = true,
                "underline" | "underlined" => paint.underline = true,
                "reverse" | "reversed" => paint.reverse = true,
                "plain" | "none" => {}
                _ => {
                    let colour = Colour::parse(word).ok_or_else(|| format!("`{word}` is not a colour"))?;
                    if std::mem::take(&mut background) {
                        paint.bg = Some(colour)
                    } else {
                        paint.fg = Some(colour)
                    }
                }
            }
        }
        if background {
            return Err("`on` needs a colour after it".into());
        }
        Ok(paint)
    }

    /// Writes the paint back as [`Paint::parse`] reads it.
    pub fn describe(&self) -> String {
        let mut words = Vec::new();
        words.extend(self.fg.map(Colour::name));
        if let Some(bg) = self.bg {
            words.push(format!("on {}", bg.name()));
        }
        for (on, word) in [
            (self.bold, "bold"),
            (self.italic, "italic"),
            (self.underline, "underline"),
            (self.reverse, "reverse"),
        ] {
            if on {
                words.push(word.to_owned());
            }
        }
        if words.is_empty() { "plain".into() } else { words.join(" ") }
    }

    const fn new(fg: Option<Colour>, bg: Option<Colour>) -> Paint {
        Paint { fg, bg, bold: false, italic: false, underline: false, reverse: false }
    }

    const fn bold(mut self) -> Paint {
        self.bold = true;
        self
    }

    const fn italic(mut self) -> Paint {
        self.italic = true;
        self
    }

    const fn underline(mut self) -> Paint {
        self.underline = true;
        self
    }

    const fn reverse(mut self) -> Paint {
        self.reverse = true;
        self
    }
}

/// What a paint is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A person's name in the text.
    Mention,
    /// The names of the focused person.
    Focused,
    /// A date expression in the text.
    Date,
    /// The selected row.
    Selection,
    /// The mention or date under the text cursor.
    Cursor,
    /// A search hit in the text.
    Hit,
    /// Matched letters of a filtered row.
    Match,
    /// Photo captions.
    Caption,
    /// Credits and bylines.
    Credit,
    /// Headings in the text and titles of details.
    Heading,
    /// Keys in the hint line and help.
    Key,
    /// The status bar.
    Status,
    /// The border of the pane with the keys.
    BorderFocused,
    /// Other borders.
    Border,
    /// Secondary text.
    Dim,
    /// Problems and warnings.
    Warning,
    /// Bars of the timeline chart.
    Bar,
}

impl Role {
    pub const ALL: [Role; 17] = [
        Role::Mention,
        Role::Focused,
        Role::Date,
        Role::Selection,
        Role::Cursor,
        Role::Hit,
        Role::Match,
        Role::Caption,
        Role::Credit,
        Role::Heading,
        Role::Key,
        Role::Status,
        Role::BorderFocused,
        Role::Border,
        Role::Dim,
        Role::Warning,
        Role::Bar,
    ];

    /// The role's key in the config file's `[colours]` table.
    pub fn name(self) -> &'static str {
        match self {
            Role::Mention => "mention",
            Role::Focused => "focused",
            Role::Date => "date",
            Role::Selection => "selection",
            Role::Cursor => "cursor",
            Role::Hit => "hit",
            Role::Match => "match",
            Role::Caption => "caption",
            Role::Credit => "credit",
            Role::Heading => "heading",
            Role::Key => "key",
            Role::Status => "status",
            Role::BorderFocused => "border-focused",
            Role::Border => "border",
            Role::Dim => "dim",
            Role::Warning => "warning",
            Role::Bar => "bar",
        }
    }

    /// What the role paints, for the documented defaults.
    pub fn about(self) -> &'static str {
        match self {
            Role::Mention => "a person's name in the text",
            Role::Focused => "the names of the focused person",
            Role::Date => "a date in the text",
            Role::Selection => "the selected row",
            Role::Cursor => "the name or date under the text cursor",
            Role::Hit => "a search hit in the text",
            Role::Match => "the letters a filter matched",
            Role::Caption => "photo captions",
            Role::Credit => "credits and bylines",
            Role::Heading => "headings and titles",
            Role::Key => "keys in the hint line and help",
            Role::Status => "the status bar",
            Role::BorderFocused => "the border of the pane with the keys",
            Role::Border => "other borders",
            Role::Dim => "secondary text",
            Role::Warning => "problems and warnings",
            Role::Bar => "bars of the timeline chart",
        }
    }

    pub fn named(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.name() == name)
    }

    fn at(self) -> usize {
        Role::ALL.iter().position(|&r| r == self).unwrap_or(0)
    }
}

/// A paint for every role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    paints: [Paint; Role::ALL.len()],
}

use Named::*;

const fn fg(c: Named) -> Paint {
    Paint::new(Some(Colour::Named(c)), None)
}

const fn on(f: Named, b: Named) -> Paint {
    Paint::new(Some(Colour::Named(f)), Some(Colour::Named(b)))
}

const PLAIN: Paint = Paint::new(None, None);

impl Theme {
    /// Light text on a dark terminal: the default.
    pub fn dark() -> Theme {
        Theme::from_list([
            (Role::Mention, fg(Green)),
            (Role::Focused, fg(LightGreen).bold().underline()),
            (Role::Date, fg(Magenta).underline()),
            (Role::Selection, on(White, Blue).bold()),
            (Role::Cursor, PLAIN.reverse()),
            (Role::Hit, on(Black, Yellow)),
            (Role::Match, fg(Yellow).bold()),
            (Role::Caption, fg(Gray).italic()),
            (Role::Credit, fg(DarkGray)),
            (Role::Heading, PLAIN.bold()),
            (Role::Key, fg(Cyan).bold()),
            (Role::Status, on(White, DarkGray)),
            (Role::BorderFocused, fg(Cyan)),
            (Role::Border, fg(DarkGray)),
            (Role::Dim, fg(DarkGray)),
            (Role::Warning, fg(Yellow)),
            (Role::Bar, fg(Magenta)),
        ])
    }

    /// Dark text on a light terminal: no yellow or light grey on white.
    pub fn light() -> Theme {
        Theme::from_list([
            (Role::Mention, fg(Green)),
            (Role::Focused, fg(Green).bold().underline()),
            (Role::Date, fg(Magenta).underline()),
            (Role::Selection, on(White, Blue).bold()),
            (Role::Cursor, PLAIN.reverse()),
            (Role::Hit, on(Black, LightYellow)),
            (Role::Match, fg(Red).bold()),
            (Role::Caption, fg(DarkGray).italic()),
            (Role::Credit, fg(DarkGray)),
            (Role::Heading, PLAIN.bold()),
            (Role::Key, fg(Blue).bold()),
            (Role::Status, on(Black, Gray)),
            (Role::BorderFocused, fg(Blue)),
            (Role::Border, fg(Gray)),
            (Role::Dim, fg(DarkGray)),
            (Role::Warning, fg(Red)),
            (Role::Bar, fg(Magenta)),
        ])
    }

    /// The built-in theme called `name` ("dark" or "light").
    pub fn named(name: &str) -> Option<Theme> {
        match name {
            "dark" => Some(Theme::dark()),
            "light" => Some(Theme::light()),
            _ => None,
        }
    }

    fn from_list(list: [(Role, Paint); Role::ALL.len()]) -> Theme {
        let mut paints = [PLAIN; Role::ALL.len()];
        for (role, paint) in list {
            paints[role.at()] = paint;
        }
        Theme { paints }
    }

    pub fn paint(&self, role: Role) -> Paint {
        self.paints[role.at()]
    }

    pub fn set(&mut self, role: Role, paint: Paint) {
        self.paints[role.at()] = paint;
    }
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::dark()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paints_read_colours_backgrounds_and_modifiers() {
        let p = Paint::parse("white on blue bold").unwrap();
        assert_eq!((p.fg, p.bg, p.bold), (Some(Colour::Named(White)), Some(Colour::Named(Blue)), true));
        assert_eq!(Paint::parse("#D75F00 underline").unwrap().fg, Some(Colour::Rgb(0xd7, 0x5f, 0)));
        assert_eq!(Paint::parse("dark-grey").unwrap().fg, Some(Colour::Named(DarkGray)));
        assert!(Paint::parse("mauve").unwrap_err().contains("mauve"));
        assert!(Paint::parse("red on").is_err());
    }

    #[test]
    fn every_paint_of_both_themes_reads_back_from_its_description() {
        for theme in [Theme::dark(), Theme::light()] {
            for role in Role::ALL {
                let paint = theme.paint(role);
                assert_eq!(Paint::parse(&paint.describe()), Ok(paint), "{role:?}");
            }
        }
    }

    #[test]
    fn the_light_theme_draws_no_yellow_text() {
        let light = Theme::light();
        for role in Role::ALL {
            assert!(
                !matches!(light.paint(role).fg, Some(Colour::Named(Yellow | LightYellow | White)))
                    || light.paint(role).bg.is_some(),
                "{role:?} is unreadable on white"
            );
        }
    }
}
