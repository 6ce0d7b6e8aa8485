//! A one-line progress indicator on stderr, shown only when stderr is a terminal.

use std::io::{self, IsTerminal, Write};
use std::time::{Duration, Instant};

/// How often the line is redrawn at most.
const EVERY: Duration = Duration::from_millis(100);

/// Redraws `[n] <item>` in place; messages printed through it clear the line first.
pub struct Progress {
    enabled: bool,
    shown: bool,
    last: Option<Instant>,
}

impl Progress {
    /// Progress on stderr if it is a terminal and `wanted`.
    pub fn new(wanted: bool) -> Progress {
        Progress { enabled: wanted && io::stderr().is_terminal(), shown: false, last: None }
    }

    /// Shows that item number `n` (from 1), `origin`, is being worked on.
    pub fn show(&mut self, n: usize, origin: &str) {
        if !self.enabled || self.last.is_some_and(|t| t.elapsed() < EVERY) {
            return;
        }
        self.last = Some(Instant::now());
        let origin = crate::table::truncate(origin, 70);
        // Progress is best effort: a failed write to stderr is not worth stopping for.
        let _ = write!(io::stderr().lock(), "\r\x1b[2K[{n}] {origin}");
        self.shown = true;
    }

    /// Prints one line on stderr below (in place of) the progress line.
    pub fn message(&mut self, line: &str) {
        self.clear();
        eprintln!("{line}");
    }

    /// Removes the progress line.
    pub fn clear(&mut self) {
        if self.shown {
            let _ = write!(io::stderr().lock(), "\r\x1b[2K");
            self.shown = false;
            self.last = None;
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.clear();
    }
}
