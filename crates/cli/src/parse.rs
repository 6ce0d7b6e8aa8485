//! `tidings parse`: documents in, CoNLL-U out (part-of-speech tags and dependencies of
//! every sentence, from `tidings-syntax`).

use std::io::{self, BufWriter, IsTerminal, Write};

use anyhow::Result;
use tidings_pipeline::input;
use tidings_syntax::sentences::Splitter;
use tidings_syntax::Model;

use crate::progress::Progress;
use crate::{Outcome, ParseArgs, ParseFormat};

pub fn run(args: &ParseArgs) -> Result<Outcome> {
    let model = Model::bundled();
    let mut failed = 0usize;
    let mut progress = Progress::new(!io::stdout().is_terminal());
    let mut out = BufWriter::new(io::stdout().lock());
    for (n, item) in input::read(&args.inputs, &args.defaults.options()).enumerate() {
        progress.show(n + 1, &item.origin);
        match item.result {
            Ok(doc) => {
                let text = tidings_text::normalize(&doc.text);
                let id = doc.document_id(&doc.sha256());
                match args.format {
                    ParseFormat::Conllu => write_document(&mut out, model, &id, &text)?,
                }
                out.flush()?;
            }
            Err(e) => {
                progress.message(&format!("tidings: {e}"));
                failed += 1;
            }
        }
    }
    out.flush()?;
    Ok(if failed == 0 { Outcome::AllOk } else { Outcome::SomeFailed })
}

/// Writes one document as CoNLL-U: `# newdoc id`, then per sentence `# sent_id`,
/// `# text` (newlines as spaces) and one line per word with ID, FORM, UPOS, HEAD and
/// DEPREL (the other columns `_`).
pub fn write_document(out: &mut impl Write, model: &Model, id: &str, text: &str) -> io::Result<()> {
    let clean = |s: &str| s.replace(['\n', '\t'], " ");
    writeln!(out, "# newdoc id = {}", clean(id))?;
    let seg = Splitter::bundled().segment(text);
    for (k, s) in seg.sentences.iter().enumerate() {
        writeln!(out, "# sent_id = {}-{}", clean(id), k + 1)?;
        writeln!(out, "# text = {}", clean(&text[s.start..s.end]))?;
        for (i, w) in model.parse(text, &seg.tokens[s.tokens.clone()]).iter().enumerate() {
            let head = w.head.map_or(0, |h| h + 1);
            writeln!(out, "{}\t{}\t_\t{}\t_\t_\t{head}\t{}\t_\t_", i + 1, &text[w.start..w.end], w.upos, w.deprel)?;
        }
        writeln!(out)?;
    }
    Ok(())
}
