//! The programs the reader hands work to: a browser, an editor or pager, a clipboard tool, and
//! new files. Each returns a line for the status bar, and an error names what was missing.
//! Programs are found on `PATH` and run without a shell, so article text is never interpreted.
//! The environment is passed in (`vars`), so tests choose it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Reads an environment variable (tests pass their own).
pub type Vars<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The process environment.
pub fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// The first of `names` found on `PATH`.
fn find(names: &[&str], vars: Vars) -> Option<PathBuf> {
    let path = vars("PATH")?;
    names.iter().find_map(|name| std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| p.is_file()))
}

/// A command line from a variable such as `EDITOR="code -w"`: the program and its arguments.
fn command_line(value: &str) -> Option<(String, Vec<String>)> {
    let mut words = value.split_whitespace().map(str::to_owned);
    Some((words.next()?, words.collect()))
}

/// The browser command for `url`: `$BROWSER` (its first `:`-separated entry), else `xdg-open`,
/// `open` or `wslview`.
pub fn browser(url: &str, vars: Vars) -> Result<Command, String> {
    if let Some((program, args)) =
        vars("BROWSER").as_deref().and_then(|b| b.split(':').next()).and_then(command_line)
    {
        let mut command = Command::new(program);
        command.args(args).arg(url);
        return Ok(command);
    }
    let opener = find(&["xdg-open", "open", "wslview"], vars)
        .ok_or("no browser found: set $BROWSER, or install xdg-open")?;
    let mut command = Command::new(opener);
    command.arg(url);
    Ok(command)
}

/// Starts the browser on `url` without waiting for it.
pub fn open_url(url: &str, vars: Vars) -> Result<String, String> {
    let mut command = browser(url, vars)?;
    let program = command.get_program().to_string_lossy().into_owned();
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {program}: {e}"))?;
    // Reap it whenever it ends, so no zombie is left.
    std::thread::spawn(move || child.wait());
    Ok(format!("opened in {}", short(&program)))
}

/// The editor or pager command for `path` at `line`: `$VISUAL`, `$EDITOR`, `$PAGER`, else
/// `less`; each is given `+LINE` (vi, emacs, nano, less and most others understand it).
pub fn editor(path: &Path, line: usize, vars: Vars) -> Result<Command, String> {
    let chosen = ["VISUAL", "EDITOR", "PAGER"].iter().find_map(|v| vars(v)).and_then(|v| command_line(&v));
    let (program, args) = match chosen {
        Some(chosen) => chosen,
        None => {
            let less = find(&["less", "more"], vars).ok_or("no editor or pager: set $EDITOR or $PAGER")?;
            (less.to_string_lossy().into_owned(), Vec::new())
        }
    };
    let mut command = Command::new(program);
    command.args(args).arg(format!("+{line}")).arg(path);
    Ok(command)
}

/// The line of `path` holding byte `at` (1 when it is not known or the file cannot be read).
pub fn line_at(path: &Path, at: Option<usize>) -> usize {
    let Some(at) = at else { return 1 };
    match std::fs::read(path) {
        Ok(bytes) => bytes[..at.min(bytes.len())].iter().filter(|&&b| b == b'\n').count() + 1,
        Err(_) => 1,
    }
}

/// Puts `text` on the clipboard with the first tool found: `wl-copy` (Wayland), `xclip` or `xsel`
/// (X11), `pbcopy` (macOS), `clip.exe` (WSL).
pub fn copy(text: &str, vars: Vars) -> Result<String, String> {
    let tools: [(&str, &[&str], Option<&str>); 5] = [
        ("wl-copy", &[], Some("WAYLAND_DISPLAY")),
        ("xclip", &["-selection", "clipboard"], Some("DISPLAY")),
        ("xsel", &["--clipboard", "--input"], Some("DISPLAY")),
        ("pbcopy", &[], None),
        ("clip.exe", &[], None),
    ];
    let (program, args) = tools
        .iter()
        .filter(|(_, _, needs)| needs.is_none_or(|v| vars(v).is_some()))
        .find_map(|(name, args, _)| find(&[name], vars).map(|p| (p, *args)))
        .ok_or("no clipboard reachable: install wl-copy, xclip, xsel or pbcopy")?;
    let mut child = Command::new(&program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", program.display()))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(text.as_bytes()).map_err(|e| format!("cannot copy: {e}"))?;
    }
    let status = child.wait().map_err(|e| format!("cannot copy: {e}"))?;
    if !status.success() {
        return Err(format!("{} failed ({status})", short(&program.to_string_lossy())));
    }
    let chars = text.chars().count();
    Ok(format!("copied {chars} characters with {}", short(&program.to_string_lossy())))
}

/// Writes `contents` to `path`, which must not exist yet: written whole to a temporary file in
/// the same folder, then moved into place.
pub fn write_new(path: &Path, contents: &str) -> Result<String, String> {
    let shown = path.display();
    if path.exists() {
        return Err(format!("{shown} exists already; give another name"));
    }
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().ok_or_else(|| format!("{shown} is not a file name"))?;
    let temporary = dir.join(format!(".{}.{}.tmp", name.to_string_lossy(), std::process::id()));
    let written = (|| {
        let mut file = std::fs::File::create_new(&temporary)?;
        file.write_all(contents.as_bytes())?;
        file.sync_all()?;
        // A link, not a rename: it fails rather than replace a file made meanwhile.
        std::fs::hard_link(&temporary, path).or_else(|_| std::fs::rename(&temporary, path))
    })();
    let _ = std::fs::remove_file(&temporary);
    written.map_err(|e| format!("cannot write {shown}: {e}"))?;
    Ok(format!("wrote {shown}"))
}

fn short(program: &str) -> &str {
    program.rsplit('/').next().unwrap_or(program)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
    }

    fn args(command: &Command) -> Vec<String> {
        command.get_args().map(|a| a.to_string_lossy().into_owned()).collect()
    }

    #[test]
    fn the_editor_gets_the_line_and_its_own_arguments() {
        let env = vars(&[("EDITOR", "code -w"), ("PAGER", "less")]);
        let command = editor(Path::new("/news/a.md"), 12, &env).unwrap();
        assert_eq!(command.get_program(), "code");
        assert_eq!(args(&command), ["-w", "+12", "/news/a.md"]);
        // VISUAL wins over EDITOR, EDITOR over PAGER.
        let env = vars(&[("VISUAL", "vim"), ("EDITOR", "nano")]);
        assert_eq!(editor(Path::new("a"), 1, &env).unwrap().get_program(), "vim");
        let env = vars(&[("PAGER", "most")]);
        assert_eq!(editor(Path::new("a"), 1, &env).unwrap().get_program(), "most");
    }

    #[test]
    fn nothing_to_run_is_a_clear_message() {
        let env = vars(&[("PATH", "/nonexistent")]);
        assert!(editor(Path::new("a"), 1, &env).unwrap_err().contains("$EDITOR"));
        assert!(browser("https://example.org", &env).unwrap_err().contains("$BROWSER"));
        assert!(copy("x", &env).unwrap_err().contains("no clipboard"));
    }

    #[test]
    fn browser_comes_from_its_variable_with_the_url_as_one_argument() {
        let env = vars(&[("BROWSER", "firefox --new-tab:chromium")]);
        let command = browser("https://example.org/a b", &env).unwrap();
        assert_eq!(command.get_program(), "firefox");
        assert_eq!(args(&command), ["--new-tab", "https://example.org/a b"]);
    }

    #[test]
    fn a_clipboard_tool_on_path_gets_the_text_on_its_input() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("clipboard");
        let tool = dir.path().join("pbcopy");
        std::fs::write(&tool, format!("#!/bin/sh\ncat > {}\n", out.display())).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&tool, std::fs::Permissions::from_mode(0o755)).unwrap();
        let path = dir.path().to_string_lossy().into_owned();
        let pairs = [("PATH", path.as_str())];
        let env = vars(&pairs);
        let said = copy("Kim Yong Chol said so.", &env).unwrap();
        assert!(said.contains("pbcopy"), "{said}");
        assert_eq!(std::fs::read_to_string(out).unwrap(), "Kim Yong Chol said so.");
    }

    #[test]
    fn lines_are_counted_to_the_byte() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.md");
        std::fs::write(&file, "---\ntitle: T\n---\nfirst\nsecond\n").unwrap();
        assert_eq!(line_at(&file, Some(0)), 1);
        assert_eq!(line_at(&file, Some("---\ntitle: T\n---\nfirst\n".len())), 5);
        assert_eq!(line_at(&file, None), 1);
    }

    #[test]
    fn writing_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("people.md");
        assert!(write_new(&file, "one").unwrap().contains("wrote"));
        assert!(write_new(&file, "two").unwrap_err().contains("exists"));
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "one");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["people.md"], "no temporary file is left");
    }
}
