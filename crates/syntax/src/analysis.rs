//! Reading a parsed sentence: heads, children, and the grammatical roles of a verb
//! (subject, object, agent of a passive), for the stages that ask who did what to whom.

use crate::{Upos, Word};

/// A parsed sentence with lookups. Word indices are positions in [`Parse::words`].
#[derive(Debug, Clone)]
pub struct Parse<'m> {
    pub words: Vec<Word<'m>>,
    children: Vec<Vec<usize>>,
}

/// The relation without its subtype: `nsubj:pass` → `nsubj`.
pub fn base(deprel: &str) -> &str {
    deprel.split(':').next().unwrap_or(deprel)
}

impl<'m> Parse<'m> {
    pub fn new(words: Vec<Word<'m>>) -> Parse<'m> {
        let mut children = vec![Vec::new(); words.len()];
        for (i, w) in words.iter().enumerate() {
            if let Some(h) = w.head {
                children[h].push(i);
            }
        }
        Parse { words, children }
    }

    /// The root word (`None` only for an empty sentence).
    pub fn root(&self) -> Option<usize> {
        self.words.iter().position(|w| w.head.is_none())
    }

    pub fn head(&self, i: usize) -> Option<usize> {
        self.words[i].head
    }

    /// Dependents of `i`, left to right.
    pub fn children(&self, i: usize) -> &[usize] {
        &self.children[i]
    }

    /// Dependents of `i` whose relation is `rel` exactly (`obl:agent`) or, when `rel`
    /// has no subtype, whose relation's base is `rel` (`nsubj` also finds `nsubj:pass`).
    pub fn dependents<'a>(&'a self, i: usize, rel: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.children[i].iter().copied().filter(move |&c| {
            let d = self.words[c].deprel;
            d == rel || (!rel.contains(':') && base(d) == rel)
        })
    }

    /// Whether `verb` is passive: it has a passive subject or a passive auxiliary.
    pub fn is_passive(&self, verb: usize) -> bool {
        self.children[verb].iter().any(|&c| matches!(self.words[c].deprel, "nsubj:pass" | "csubj:pass" | "aux:pass"))
    }

    /// The grammatical subject of `verb` (active or passive). A verb without one that is
    /// conjoined to another (`attacked and killed`) or an open complement (`tried to
    /// attack`) shares the subject of the verb it depends on.
    pub fn subject(&self, verb: usize) -> Option<usize> {
        let mut v = verb;
        for _ in 0..self.words.len() {
            if let Some(s) = self.dependents(v, "nsubj").next().or_else(|| self.dependents(v, "csubj").next()) {
                return Some(s);
            }
            match (self.words[v].head, base(self.words[v].deprel)) {
                (Some(h), "conj" | "xcomp") => v = h,
                _ => return None,
            }
        }
        None
    }

    /// The direct object of `verb`.
    pub fn object(&self, verb: usize) -> Option<usize> {
        self.dependents(verb, "obj").next()
    }

    /// The agent of a passive `verb`: the nominal of its "by"-phrase (`obl:agent`,
    /// or an `obl` introduced by "by" when the relation has no subtype).
    pub fn agent(&self, verb: usize, text: &str) -> Option<usize> {
        self.dependents(verb, "obl:agent").next().or_else(|| {
            self.dependents(verb, "obl").find(|&o| {
                self.dependents(o, "case")
                    .any(|c| text[self.words[c].start..self.words[c].end].eq_ignore_ascii_case("by"))
            })
        })
    }

    /// Who acts and who is acted upon for `verb`: (agent, patient). Active: (subject,
    /// object); passive: (by-phrase, subject).
    pub fn roles(&self, verb: usize, text: &str) -> (Option<usize>, Option<usize>) {
        if self.is_passive(verb) {
            (self.agent(verb, text), self.subject(verb))
        } else {
            (self.subject(verb), self.object(verb))
        }
    }

    /// The words of the subtree of `i` as one byte range (projective trees: contiguous).
    pub fn span(&self, i: usize) -> (usize, usize) {
        let (mut a, mut b) = (self.words[i].start, self.words[i].end);
        let mut stack = vec![i];
        while let Some(x) = stack.pop() {
            a = a.min(self.words[x].start);
            b = b.max(self.words[x].end);
            stack.extend_from_slice(&self.children[x]);
        }
        (a, b)
    }

    /// Whether `i` is a verb or auxiliary (the predicates roles are read from).
    pub fn is_verb(&self, i: usize) -> bool {
        matches!(self.words[i].upos, Upos::Verb | Upos::Aux)
    }
}
