//! The config file, `config.toml` in the platform's config folder (`$XDG_CONFIG_HOME/dateline/`
//! on Linux; `DATELINE_CONFIG_DIR` overrides the folder, `--config FILE` the file).
//!
//! Every setting is optional. A file that is missing is the defaults; a setting that is wrong is
//! a warning naming its line and the default used instead, never a failure. `dateline config`
//! prints [`defaults`], which this module also reads back in its tests. No terminal here.

use std::path::{Path, PathBuf};

use crate::app::keymap::{DEFAULTS, Key, Keymap};
use crate::app::theme::{Paint, Role, Theme};

const FILE: &str = "config.toml";

/// What the config file sets.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Files or folders a bare `dateline` opens (the built-in sample when empty).
    pub corpus: Vec<PathBuf>,
    pub keymap: Keymap,
    pub theme: Theme,
}

/// The config file used when no `--config` is given.
pub fn default_path() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("DATELINE_CONFIG_DIR") {
        return Some(PathBuf::from(dir).join(FILE));
    }
    Some(directories::ProjectDirs::from("", "", "dateline")?.config_dir().join(FILE))
}

/// Reads the config at `path`. A missing file is the defaults, said only when the file was asked
/// for by name (`required`).
pub fn load(path: &Path, required: bool) -> (Config, Vec<String>) {
    let name = crate::text::printable(&path.display().to_string()).into_owned();
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let base = path.parent().unwrap_or(Path::new("."));
            parse(&text, &name, base)
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound && !required => {
            (Config::default(), Vec::new())
        }
        Err(err) => {
            (Config::default(), vec![format!("{name}: cannot read the config ({err}); using the defaults")])
        }
    }
}

/// Reads config text; `name` starts each warning, `base` anchors relative corpus paths.
pub fn parse(text: &str, name: &str, base: &Path) -> (Config, Vec<String>) {
    let mut config = Config::default();
    let mut warnings = Vec::new();
    let table: toml::Table = match text.parse() {
        Ok(table) => table,
        Err(err) => {
            let line = err.span().map_or(1, |s| line_at(text, s.start));
            let message = err.message().trim().to_owned();
            warnings.push(format!("{name}:{line}: not valid TOML ({message}); using the defaults"));
            return (config, warnings);
        }
    };
    // Said in the order of the file's lines.
    let mut found: Vec<(usize, String)> = Vec::new();
    let mut warn =
        |section: Option<&str>, key: &str, what: String| found.push((line_of(text, section, key), what));
    // The theme first: [colours] repaints on top of it.
    if let Some(value) = table.get("theme") {
        match value.as_str().and_then(Theme::named) {
            Some(theme) => config.theme = theme,
            None => {
                warn(None, "theme", format!("`theme` is {value}, not \"dark\" or \"light\"; using \"dark\""))
            }
        }
    }
    for (key, value) in &table {
        match (key.as_str(), value) {
            ("theme", _) => {}
            ("corpus", toml::Value::String(path)) => config.corpus = vec![expand(path, base)],
            ("corpus", toml::Value::Array(paths)) => {
                for path in paths {
                    match path.as_str() {
                        Some(path) => config.corpus.push(expand(path, base)),
                        None => warn(None, key, format!("`corpus` holds {path}, not a path; skipped")),
                    }
                }
            }
            ("corpus", other) => warn(
                None,
                key,
                format!("`corpus` is {other}, not a list of paths; using the built-in sample"),
            ),
            ("colours" | "colors", toml::Value::Table(colours)) => {
                for (role_name, value) in colours {
                    let Some(role) = Role::named(role_name) else {
                        warn(
                            Some(key),
                            role_name,
                            format!("no colour role `{role_name}` (see `dateline config`)"),
                        );
                        continue;
                    };
                    let default = config.theme.paint(role).describe();
                    match value.as_str().ok_or_else(|| "not a string".to_owned()).and_then(Paint::parse) {
                        Ok(paint) => config.theme.set(role, paint),
                        Err(why) => {
                            warn(Some(key), role_name, format!("`{role_name}`: {why}; using \"{default}\""))
                        }
                    }
                }
            }
            ("keys", toml::Value::Table(keys)) => {
                let mut changes = Vec::new();
                for (action, value) in keys {
                    let default = DEFAULTS.iter().find(|b| b.name == action).map(|b| keys_text(b.keys));
                    let Some(default) = default else {
                        warn(Some(key), action, format!("no action `{action}` (see `dateline config`)"));
                        continue;
                    };
                    let words: Option<Vec<&str>> = match value {
                        toml::Value::String(one) => Some(vec![one.as_str()]),
                        toml::Value::Array(many) => many.iter().map(|v| v.as_str()).collect(),
                        _ => None,
                    };
                    let parsed: Result<Vec<Key>, String> = match words {
                        Some(words) => words
                            .iter()
                            .map(|w| Key::parse(w).ok_or_else(|| format!("`{w}` is not a key")))
                            .collect(),
                        None => Err(format!("{value} is not a list of keys")),
                    };
                    match parsed {
                        Ok(keys) => changes.push((action.clone(), keys)),
                        Err(why) => warn(Some(key), action, format!("`{action}`: {why}; keeping {default}")),
                    }
                }
                config.keymap = Keymap::with(&changes).0;
            }
            ("colours" | "colors" | "keys", other) => {
                warn(None, key, format!("`{key}` is {other}, not a table; using the defaults"))
            }
            _ => warn(None, key, format!("unknown setting `{key}`, ignored (see `dateline config`)")),
        }
    }
    found.sort_by_key(|(line, _)| *line);
    warnings.extend(found.into_iter().map(|(line, what)| format!("{name}:{line}: {what}")));
    (config, warnings)
}

fn expand(path: &str, base: &Path) -> PathBuf {
    let home = || directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    if let Some(rest) = path.strip_prefix("~/")
        && let Some(home) = home()
    {
        return home.join(rest);
    }
    let path = PathBuf::from(path);
    if path.is_relative() { base.join(path) } else { path }
}

/// The 1-based line holding byte `at`.
fn line_at(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// The line where `key` is set inside `[section]` (or at the top), else the section's header.
fn line_of(text: &str, section: Option<&str>, key: &str) -> usize {
    let mut current: Option<String> = None;
    let mut header = 1;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = Some(name.trim().to_owned());
            if current.as_deref() == section {
                header = i + 1;
            }
            continue;
        }
        if current.as_deref() != section {
            continue;
        }
        let name = line.split('=').next().unwrap_or("").trim().trim_matches('"');
        if name == key {
            return i + 1;
        }
    }
    header
}

fn keys_text(keys: &[Key]) -> String {
    if keys.is_empty() {
        return "no key".into();
    }
    keys.iter().map(|k| k.config_name()).collect::<Vec<_>>().join(" ")
}

/// A TOML string, quoted and escaped.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// The documented defaults, as valid TOML: what `dateline config` prints.
pub fn defaults() -> String {
    let mut out = String::from(
        "# Dateline's settings, with their defaults. Save as config.toml in the config folder\n\
         # (~/.config/dateline/ on Linux) or pass --config FILE; every setting is optional.\n\
         # A wrong setting is a warning naming its line, and its default is used.\n\n\
         # Files or folders a bare `dateline` opens; the built-in sample when empty.\n\
         # `~/` is the home folder; relative paths start from this file's folder.\n\
         corpus = []\n\n\
         # The built-in theme, \"dark\" or \"light\"; [colours] repaints single roles on top of it.\n\
         theme = \"dark\"\n\n\
         [colours]\n\
         # Words: a colour (default, black, red, green, yellow, blue, magenta, cyan, gray,\n\
         # darkgray, white, light<colour>, #rrggbb), `on <colour>` for the background, and bold,\n\
         # italic, underline, reverse.\n",
    );
    let theme = Theme::dark();
    for role in Role::ALL {
        let line = format!("{} = {}", quoted_key(role.name()), quoted(&theme.paint(role).describe()));
        out.push_str(&format!("{line:<40} # {}\n", role.about()));
    }
    out.push_str(
        "\n[keys]\n\
         # Each action takes a list of keys: a character, Space, Enter, Esc, Tab, Shift-Tab,\n\
         # Backspace, Up, Down, Left, Right, Home, End, PgUp, PgDn, Ctrl-<letter>; [] unbinds it.\n\
         # A key given to one action is taken from any other it would clash with.\n",
    );
    for b in DEFAULTS {
        let keys: Vec<String> = b.keys.iter().map(|k| quoted(&k.config_name())).collect();
        let line = format!("{} = [{}]", quoted_key(b.name), keys.join(", "));
        out.push_str(&format!("{line:<40} # {}{}\n", b.scope.label(), b.help));
    }
    out
}

/// A bare TOML key when it can be one.
fn quoted_key(key: &str) -> String {
    if key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        key.to_owned()
    } else {
        quoted(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Action;
    use crate::app::keymap::Mode;
    use crate::app::{Pane, theme::Colour};

    fn read(text: &str) -> (Config, Vec<String>) {
        parse(text, "config.toml", Path::new("/home/reader/.config/dateline"))
    }

    #[test]
    fn the_printed_defaults_are_valid_toml_that_reads_back_as_the_defaults() {
        let (config, warnings) = read(&defaults());
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(config.theme, Theme::dark());
        assert!(config.corpus.is_empty());
        for (row, default) in config.keymap.rows.iter().zip(DEFAULTS) {
            assert_eq!(row.keys, default.keys, "{}", default.name);
        }
    }

    #[test]
    fn keys_are_rebound_by_action_name() {
        let (config, warnings) = read("[keys]\ndown = [\"e\", \"Down\"]\nquit = \"Ctrl-q\"\n");
        assert!(warnings.is_empty(), "{warnings:?}");
        let articles = Mode::Pane(Pane::Articles);
        assert_eq!(config.keymap.action_for(Key::Char('e'), articles), Some(Action::Down));
        assert_eq!(config.keymap.action_for(Key::Char('j'), articles), None);
        assert_eq!(config.keymap.action_for(Key::Ctrl('q'), articles), Some(Action::Quit));
    }

    #[test]
    fn a_bad_setting_is_a_warning_naming_its_line_and_the_default_used() {
        let text = "theme = \"solarized\"\n[colours]\nmention = \"mauve\"\nnope = \"red\"\n[keys]\nup = [\"Hyper-k\"]\nfly = \"f\"\n";
        let (config, warnings) = read(text);
        assert_eq!(config.theme, Theme::dark(), "the defaults stand");
        let expected = [
            "config.toml:1: `theme`",
            "config.toml:3: `mention`: `mauve` is not a colour; using \"green\"",
            "config.toml:4: no colour role `nope`",
            "config.toml:6: `up`: `Hyper-k` is not a key; keeping k Up",
            "config.toml:7: no action `fly`",
        ];
        for (w, e) in warnings.iter().zip(expected) {
            assert!(w.starts_with(e), "{w} ≠ {e}");
        }
        assert_eq!(warnings.len(), expected.len(), "{warnings:?}");
    }

    #[test]
    fn broken_toml_is_one_warning_with_its_line_and_the_defaults() {
        let (config, warnings) = read("theme = \"light\"\n[keys\n");
        assert_eq!(config.theme, Theme::dark());
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].starts_with("config.toml:2: not valid TOML"), "{warnings:?}");
    }

    #[test]
    fn the_light_theme_and_a_repainted_role() {
        let (config, warnings) = read("theme = \"light\"\n[colours]\ndate = \"#005f87 bold\"\n");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(config.theme.paint(Role::Key), Theme::light().paint(Role::Key));
        assert_eq!(config.theme.paint(Role::Date).fg, Some(Colour::Rgb(0, 0x5f, 0x87)));
    }

    #[test]
    fn corpus_paths_expand_home_and_start_relative_ones_at_the_config_folder() {
        let (config, _) = read("corpus = [\"news\", \"/srv/wire\"]\n");
        assert_eq!(
            config.corpus,
            [PathBuf::from("/home/reader/.config/dateline/news"), PathBuf::from("/srv/wire")]
        );
        let (config, warnings) = read("corpus = 3\n");
        assert!(config.corpus.is_empty() && warnings[0].contains("built-in sample"), "{warnings:?}");
    }

    #[test]
    fn a_missing_default_file_is_silent_and_a_missing_named_one_is_said() {
        let missing = Path::new("/nonexistent/dateline/config.toml");
        assert!(load(missing, false).1.is_empty());
        assert!(load(missing, true).1[0].contains("cannot read the config"));
    }
}
