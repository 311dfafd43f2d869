//! The real binary in a real terminal (tmux): start, read, quit, and the terminal is restored.

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// A detached tmux server of its own, killed on drop.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(cols: u16, rows: u16, command: &str) -> Tmux {
        let socket = format!("dateline-e2e-{}-{cols}x{rows}", std::process::id());
        let tmux = Tmux { socket };
        tmux.run(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            "t",
            "-x",
            &cols.to_string(),
            "-y",
            &rows.to_string(),
            command,
        ]);
        tmux
    }

    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .env("TERM", "xterm-256color")
            .output()
            .expect("tmux must be installed for the end-to-end test (apt-get install tmux)");
        assert!(out.status.success(), "tmux {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.run(&["send-keys", "-t", "t", key]);
        }
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "t"])
    }

    fn query(&self, format: &str) -> String {
        self.run(&["display-message", "-p", "-t", "t", format]).trim().to_owned()
    }

    /// Waits until `done` holds for the screen, or fails showing the last screen.
    fn wait_for(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "timed out waiting for {what}; screen:\n{screen}"
            );
            sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").arg("-L").arg(&self.socket).arg("kill-server").output();
    }
}

#[test]
fn read_an_article_and_quit_restores_the_terminal() {
    let command =
        format!("sh -c '\"$0\"; echo dateline exited with $?; sleep 60' {}", env!("CARGO_BIN_EXE_dateline"));
    let tmux = Tmux::start(100, 30, &command);
    tmux.wait_for("the article list", |s| s.contains("Articles (3)") && s.contains("2018-11-05"));
    assert_eq!(tmux.query("#{alternate_on}"), "1", "the reader runs on the alternate screen");
    tmux.keys(&["G", "Enter"]);
    let text = tmux.wait_for("the text pane", |s| s.contains("┌ Text"));
    assert!(text.contains("Pompeo and Kim Yong Chol meet in New York"), "{text}");
    assert!(text.contains("Wed 30 May 2018"), "{text}");
    tmux.keys(&["q"]);
    // The wrapper shell prints the exit status once dateline has given the terminal back.
    let after = tmux.wait_for("the shell after quitting", |s| s.contains("dateline exited with"));
    assert!(after.contains("dateline exited with 0"), "{after}");
    assert_eq!(tmux.query("#{alternate_on}"), "0", "the alternate screen was left");
}
