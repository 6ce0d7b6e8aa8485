//! Progress on stderr (indicatif), shown only when stderr is a terminal: a spinner with
//! the item being read, or — when the size of the input is known — a bar over the
//! input bytes with files done, documents per second and an ETA.

use std::io::{self, IsTerminal};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tidings_pipeline::input::Position;

/// Redraws at most this often.
const HZ: u8 = 10;

pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    /// Whether the bar style (with a length) is in use.
    sized: bool,
}

impl Progress {
    /// Progress on stderr if it is a terminal and `wanted`.
    pub fn new(wanted: bool) -> Progress {
        let bar = (wanted && io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(HZ));
            bar.set_style(
                ProgressStyle::with_template("{spinner} {elapsed_precise} {wide_msg}").expect("valid template"),
            );
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Progress { bar, started: Instant::now(), sized: false }
    }

    /// Shows that item number `n` (from 1), `origin`, is being worked on.
    pub fn show(&mut self, n: usize, origin: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(format!("[{n}] {origin}"));
        }
    }

    /// Shows how far an ingest has come: input read (`position`), documents done and
    /// their rate, a short tally, and the item just finished.
    pub fn track(&mut self, position: Position, documents: usize, tally: &str, origin: &str) {
        let Some(bar) = &self.bar else { return };
        let (done, total) = if position.bytes_total > 0 {
            (position.bytes_done, position.bytes_total)
        } else {
            (position.files_done as u64, position.files_total as u64)
        };
        if total > 0 && !self.sized {
            bar.set_style(
                ProgressStyle::with_template(
                    "{spinner} {elapsed_precise} [{bar:30}] {percent:>3}% ETA {eta} · {wide_msg}",
                )
                .expect("valid template")
                .progress_chars("=> "),
            );
            self.sized = true;
        }
        if total > 0 {
            bar.set_length(total);
            bar.set_position(done.min(total));
        }
        let seconds = self.started.elapsed().as_secs_f64().max(1e-3);
        let origin = crate::table::truncate(origin, 40);
        bar.set_message(format!(
            "{}/{} files · {documents} docs ({:.0}/s) · {tally} · {origin}",
            position.files_done,
            position.files_total,
            documents as f64 / seconds
        ));
    }

    /// Shows how far the merged refresh after an ingest has come.
    pub fn merging(&mut self, progress: tidings_store::RefreshProgress) {
        let Some(bar) = &self.bar else { return };
        bar.set_message(match progress {
            tidings_store::RefreshProgress::Documents { merged, total } => {
                format!("merging across documents: {merged} of {total}")
            }
            tidings_store::RefreshProgress::Profiles { left } => format!("actor profiles: {left} left to rebuild"),
        });
    }

    /// Prints one line on stderr above the progress line.
    pub fn message(&mut self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// Removes the progress line.
    pub fn clear(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.clear();
    }
}
