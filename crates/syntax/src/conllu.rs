//! Reading CoNLL-U (Universal Dependencies treebanks): sentences of syntactic words
//! with their multiword tokens, document boundaries and `# text` lines.

/// A syntactic word of a treebank sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldWord {
    pub form: String,
    pub upos: String,
    /// 0 for the root, else the 1-based index of the head word.
    pub head: usize,
    /// The full relation, subtypes included (`nsubj:pass`).
    pub deprel: String,
    /// Whether the word (or, inside a multiword token, the token) is followed by a space.
    pub space_after: bool,
}

/// A multiword token: words `first..=last` (1-based) are written `form`
/// (`don't` = `do` + `n't`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Multiword {
    pub first: usize,
    pub last: usize,
    pub form: String,
    pub space_after: bool,
}

/// One sentence of a treebank.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoldSentence {
    /// `# newdoc id = …` when a document starts here.
    pub newdoc: Option<String>,
    /// `# newpar` seen: a paragraph starts here.
    pub newpar: bool,
    /// `# text = …`.
    pub text: Option<String>,
    pub words: Vec<GoldWord>,
    pub multiwords: Vec<Multiword>,
}

/// Parses CoNLL-U. Empty nodes (`8.1`) are skipped; a malformed line is an error
/// naming its line number.
pub fn parse(input: &str) -> Result<Vec<GoldSentence>, String> {
    let mut out = Vec::new();
    let mut cur = GoldSentence::default();
    for (n, line) in input.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim_start();
            if let Some(id) = c.strip_prefix("newdoc id =") {
                cur.newdoc = Some(id.trim().to_string());
            } else if c.starts_with("newdoc") {
                cur.newdoc = Some(String::new());
            } else if c.starts_with("newpar") {
                cur.newpar = true;
            } else if let Some(t) = c.strip_prefix("text =") {
                cur.text = Some(t.trim().to_string());
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(format!("line {}: {} columns, expected 10", n + 1, cols.len()));
        }
        let space_after = !cols[9].split('|').any(|m| m == "SpaceAfter=No");
        if cols[0].contains('.') {
            continue;
        }
        if let Some((a, b)) = cols[0].split_once('-') {
            let first = a.parse().map_err(|_| format!("line {}: bad id", n + 1))?;
            let last = b.parse().map_err(|_| format!("line {}: bad id", n + 1))?;
            cur.multiwords.push(Multiword { first, last, form: cols[1].to_string(), space_after });
            continue;
        }
        let id: usize = cols[0].parse().map_err(|_| format!("line {}: bad id {:?}", n + 1, cols[0]))?;
        if id != cur.words.len() + 1 {
            return Err(format!("line {}: word {id} out of order", n + 1));
        }
        let head = if cols[6] == "_" { 0 } else { cols[6].parse().map_err(|_| format!("line {}: bad head", n + 1))? };
        cur.words.push(GoldWord {
            form: cols[1].to_string(),
            upos: cols[3].to_string(),
            head,
            deprel: cols[7].to_string(),
            space_after,
        });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    for s in &out {
        if s.words.iter().any(|w| w.head > s.words.len()) {
            return Err("a head points outside its sentence".into());
        }
    }
    Ok(out)
}

impl GoldSentence {
    /// The sentence's surface tokens with the words each covers: a multiword token
    /// covers its words, any other word itself.
    pub fn tokens(&self) -> Vec<(String, std::ops::Range<usize>, bool)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.words.len() {
            if let Some(m) = self.multiwords.iter().find(|m| m.first == i + 1) {
                out.push((m.form.clone(), i..m.last, m.space_after));
                i = m.last;
            } else {
                let w = &self.words[i];
                out.push((w.form.clone(), i..i + 1, w.space_after));
                i += 1;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_words_multiwords_and_comments() {
        let s = "# newdoc id = d1\n# text = I don't.\n1\tI\tI\tPRON\t_\t_\t3\tnsubj\t_\t_\n\
                 2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\tdo\tdo\tAUX\t_\t_\t0\troot\t_\t_\n\
                 3\tn't\tnot\tPART\t_\t_\t2\tadvmod\t_\t_\n4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";
        let v = parse(s).unwrap();
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].newdoc.as_deref(), Some("d1"));
        assert_eq!(v[0].text.as_deref(), Some("I don't."));
        assert_eq!(v[0].words.len(), 4);
        let toks = v[0].tokens();
        assert_eq!(toks.len(), 3);
        assert_eq!(toks[1].0, "don't");
        assert_eq!(toks[1].1, 1..3);
        assert!(!toks[1].2);
    }
}
