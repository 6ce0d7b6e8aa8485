//! Evaluation against gold data. Each task has a module with
//! `run(gold: &Path) -> anyhow::Result<Report>`; the CLI's `tidings eval TASK --gold
//! FILE` prints the report. Scores are precision/recall/F1 or accuracy, as the task's
//! literature reports them, so numbers compare with published baselines.

pub mod article;
pub mod events;
pub mod geo;
pub mod merge;
pub mod ner;
pub mod score;
pub mod syntax;
pub mod time;

use std::fmt;
use std::path::Path;

/// The evaluation tasks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    /// Article body extraction from HTML (the Scrapinghub benchmark).
    Article,
    Ner,
    Time,
    Geo,
    Events,
    /// Cross-document merging of events (document pairs).
    Merge,
    Syntax,
}

/// A printable evaluation result: a title, named rows of numbers, and notes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub title: String,
    /// Column names of the rows ("precision", "recall", "f1", "n" …).
    pub columns: Vec<String>,
    pub rows: Vec<(String, Vec<f64>)>,
    pub notes: Vec<String>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.title)?;
        let width = self.rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0).max(8);
        write!(f, "{:width$}", "")?;
        for c in &self.columns {
            write!(f, " {c:>10}")?;
        }
        writeln!(f)?;
        for (name, values) in &self.rows {
            write!(f, "{name:width$}")?;
            for v in values {
                if v.is_nan() {
                    write!(f, " {:>10}", "-")?;
                } else if v.fract() == 0.0 && v.abs() >= 1.0 {
                    write!(f, " {v:>10}")?;
                } else {
                    write!(f, " {v:>10.3}")?;
                }
            }
            writeln!(f)?;
        }
        for n in &self.notes {
            writeln!(f, "{n}")?;
        }
        Ok(())
    }
}

/// Runs one evaluation.
pub fn run(task: Task, gold: &Path) -> anyhow::Result<Report> {
    match task {
        Task::Article => article::run(gold),
        Task::Geo => geo::run(gold),
        Task::Events => events::run(gold),
        Task::Merge => merge::run(gold),
        Task::Time => time::run(gold),
        Task::Ner => ner::run(gold),
        Task::Syntax => syntax::run(gold),
    }
}
