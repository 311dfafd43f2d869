//! The real binary inside tmux: start it, type keys, read the screen and tmux's own state.

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// A detached tmux server of its own, killed on drop.
pub struct Tmux {
    pub socket: String,
}

impl Tmux {
    pub fn start(cols: u16, rows: u16, command: &str) -> Tmux {
        Tmux::start_named(&format!("{cols}x{rows}"), cols, rows, command)
    }

    pub fn start_named(name: &str, cols: u16, rows: u16, command: &str) -> Tmux {
        let socket = format!("dateline-e2e-{}-{name}", std::process::id());
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

    pub fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .env("TERM", "xterm-256color")
            // Each test keeps its reading state to itself.
            .env("DATELINE_STATE_DIR", self.state_dir())
            // and reads no config of the user's (there is none in that folder).
            .env("DATELINE_CONFIG_DIR", self.state_dir())
            .output()
            .expect("tmux must be installed for the end-to-end test (apt-get install tmux)");
        assert!(out.status.success(), "tmux {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn state_dir(&self) -> std::path::PathBuf {
        std::env::temp_dir().join(format!("{}-state", self.socket))
    }

    pub fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.run(&["send-keys", "-t", "t", key]);
        }
    }

    pub fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "t"])
    }

    pub fn query(&self, format: &str) -> String {
        self.run(&["display-message", "-p", "-t", "t", format]).trim().to_owned()
    }

    /// Waits until `done` holds for the screen, or fails showing the last screen.
    pub fn wait_for(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
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
        let _ = std::fs::remove_dir_all(self.state_dir());
    }
}
