//! `tidings extract`: documents in, extractions out as JSON.

use std::cell::Cell;
use std::io::{self, BufWriter, IsTerminal, Write};

use anyhow::Result;
use serde::ser::{SerializeSeq, Serializer};
use tidings_model::Extraction;
use tidings_pipeline::{input, Pipeline};

use crate::progress::Progress;
use crate::{ExtractArgs, ExtractFormat, Outcome};

pub fn run(args: &ExtractArgs) -> Result<Outcome> {
    let pipeline = Pipeline::bundled().with_limits(args.limits.pipeline());
    let failed = Cell::new(0usize);
    // Progress would scribble over the output when both go to the terminal.
    let mut progress = Progress::new(!io::stdout().is_terminal());
    let extractions =
        input::read(&args.inputs, &args.limits.options(args.defaults.options())).enumerate().filter_map(|(n, item)| {
            progress.show(n + 1, &item.origin);
            match item.result {
                Ok(input) => Some(pipeline.extract(&input)),
                Err(e) => {
                    progress.message(&format!("tidings: {e}"));
                    failed.set(failed.get() + 1);
                    None
                }
            }
        });
    let mut out = BufWriter::new(io::stdout().lock());
    match args.format {
        ExtractFormat::Jsonl => write_jsonl(&mut out, extractions)?,
        ExtractFormat::Json => write_json(&mut out, extractions)?,
    }
    out.flush()?;
    Ok(if failed.get() == 0 { Outcome::AllOk } else { Outcome::SomeFailed })
}

/// One compact object per line, flushed as it is made.
fn write_jsonl(out: &mut impl Write, extractions: impl Iterator<Item = Extraction>) -> Result<()> {
    for ex in extractions {
        serde_json::to_writer(&mut *out, &ex)?;
        out.write_all(b"\n")?;
        out.flush()?;
    }
    Ok(())
}

/// A pretty object when there is exactly one extraction, else a pretty array,
/// streamed element by element.
fn write_json(out: &mut impl Write, mut extractions: impl Iterator<Item = Extraction>) -> Result<()> {
    let first = extractions.next();
    let second = extractions.next();
    if let (Some(only), None) = (&first, &second) {
        serde_json::to_writer_pretty(&mut *out, only)?;
    } else {
        let mut ser = serde_json::Serializer::pretty(&mut *out);
        let mut seq = ser.serialize_seq(None)?;
        for ex in first.into_iter().chain(second).chain(extractions) {
            seq.serialize_element(&ex)?;
        }
        seq.end()?;
    }
    out.write_all(b"\n")?;
    Ok(())
}
