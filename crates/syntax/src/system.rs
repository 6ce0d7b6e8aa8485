//! The arc-hybrid transition system (Kuhlmann et al. 2011) with a single-root
//! constraint, and its dynamic oracle (Goldberg and Nivre 2013).
//!
//! Words are numbered from 1; 0 is the artificial root, which starts at the bottom of
//! the stack. Transitions, with `s0` the stack top, `s1` below it and `b` the buffer
//! front:
//! - SHIFT pushes `b`;
//! - LEFT(l) pops `s0` and makes it a dependent of `b` (needs `s0` ≠ root and a buffer);
//! - RIGHT(l) pops `s0` and makes it a dependent of `s1`; `s1` may be the root only when
//!   the buffer is empty, so every parse has exactly one root word.
//!
//! The system builds projective trees only. Non-projective gold trees are
//! projectivized for training by lifting (a non-projective arc's dependent is
//! re-attached to its head's head until the tree is projective); the lifted arcs keep
//! their labels, so such words get a projective, slightly wrong head.

use crate::features::{Context, Node, NONE, NO_NODE, ROOT_NODE};

/// Transition classes: 0 is SHIFT, `1 + 2l` LEFT(l), `2 + 2l` RIGHT(l).
pub(crate) const SHIFT: usize = 0;

pub(crate) fn left(l: usize) -> usize {
    1 + 2 * l
}

pub(crate) fn right(l: usize) -> usize {
    2 + 2 * l
}

pub(crate) const NO_HEAD: usize = usize::MAX;

#[derive(Clone, Copy, Default)]
struct Kids {
    l1: usize,
    l2: usize,
    r1: usize,
    r2: usize,
    nl: u8,
    nr: u8,
    lset: u64,
    rset: u64,
}

/// A parser configuration.
pub(crate) struct State {
    pub n: usize,
    pub stack: Vec<usize>,
    /// Buffer front; the buffer is `b..=n`.
    pub b: usize,
    pub heads: Vec<usize>,
    pub labels: Vec<u16>,
    kids: Vec<Kids>,
}

impl Clone for State {
    fn clone(&self) -> State {
        State {
            n: self.n,
            stack: self.stack.clone(),
            b: self.b,
            heads: self.heads.clone(),
            labels: self.labels.clone(),
            kids: self.kids.clone(),
        }
    }

    /// Copies `other` into this state's buffers (the beam reuses dropped states).
    fn clone_from(&mut self, other: &State) {
        self.n = other.n;
        self.stack.clone_from(&other.stack);
        self.b = other.b;
        self.heads.clone_from(&other.heads);
        self.labels.clone_from(&other.labels);
        self.kids.clone_from(&other.kids);
    }
}

impl State {
    pub fn new(n: usize) -> State {
        State {
            n,
            stack: vec![0],
            b: 1,
            heads: vec![NO_HEAD; n + 1],
            labels: vec![0; n + 1],
            kids: vec![Kids::default(); n + 1],
        }
    }

    pub fn terminal(&self) -> bool {
        self.b > self.n && self.stack.len() == 1
    }

    fn s(&self, i: usize) -> Option<usize> {
        self.stack.len().checked_sub(i + 1).map(|k| self.stack[k])
    }

    /// Whether transition `class` may be applied now.
    pub fn valid(&self, class: usize) -> bool {
        let buffer = self.b <= self.n;
        if class == SHIFT {
            buffer
        } else if class % 2 == 1 {
            buffer && self.s(0).is_some_and(|s0| s0 != 0)
        } else {
            self.stack.len() >= 2 && (self.stack[self.stack.len() - 2] != 0 || !buffer)
        }
    }

    pub fn apply(&mut self, class: usize) {
        if class == SHIFT {
            self.stack.push(self.b);
            self.b += 1;
            return;
        }
        let label = ((class - 1) / 2) as u16;
        let dep = self.stack.pop().expect("a valid transition");
        let head = if class % 2 == 1 { self.b } else { *self.stack.last().expect("a valid transition") };
        self.heads[dep] = head;
        self.labels[dep] = label;
        let k = &mut self.kids[head];
        let bit = 1u64 << (label % 64);
        if dep < head {
            k.l2 = k.l1;
            k.l1 = dep;
            k.nl = k.nl.saturating_add(1);
            k.lset |= bit;
        } else {
            k.r2 = k.r1;
            k.r1 = dep;
            k.nr = k.nr.saturating_add(1);
            k.rset |= bit;
        }
    }

    /// The cost of each transition (gold arcs lost by taking it), `None` when invalid.
    /// `gold_heads`/`gold_labels` are indexed like words (entry 0 unused) and must be
    /// projective.
    pub fn costs(&self, gold_heads: &[usize], gold_labels: &[u16], classes: usize, out: &mut Vec<Option<u32>>) {
        out.clear();
        out.resize(classes, None);
        let buffer = self.b..=self.n;
        let s0 = self.s(0);
        let s1 = self.s(1);
        if self.valid(SHIFT) {
            let b = self.b;
            let mut c = 0;
            for (k, &d) in self.stack.iter().enumerate() {
                if d != 0 && gold_heads[d] == b {
                    c += 1;
                }
                if k + 1 < self.stack.len() && gold_heads[b] == d {
                    c += 1;
                }
            }
            out[SHIFT] = Some(c);
        }
        let Some(s0) = s0 else { return };
        if s0 == 0 {
            return;
        }
        let deps_in_buffer = buffer.clone().filter(|&d| gold_heads[d] == s0).count() as u32;
        let h = gold_heads[s0];
        if self.valid(left(0)) {
            let lost_head = h != self.b && (Some(h) == s1 || (h > self.b && h <= self.n));
            let base = deps_in_buffer + u32::from(lost_head);
            for l in 0..(classes - 1) / 2 {
                let wrong = h == self.b && gold_labels[s0] as usize != l;
                out[left(l)] = Some(base + u32::from(wrong));
            }
        }
        if self.valid(right(0)) {
            let lost_head = buffer.contains(&h);
            let base = deps_in_buffer + u32::from(lost_head);
            for l in 0..(classes - 1) / 2 {
                let wrong = Some(h) == s1 && gold_labels[s0] as usize != l;
                out[right(l)] = Some(base + u32::from(wrong));
            }
        }
    }

    /// What the features see.
    pub fn context(&self, words: &[Node]) -> Context {
        let node = |i: Option<usize>| match i {
            None => NO_NODE,
            Some(0) => ROOT_NODE,
            Some(i) => words[i - 1],
        };
        let kid = |i: usize| (i != 0).then_some(i);
        let label = |i: usize| if i == 0 { NONE } else { u64::from(self.labels[i]) };
        let buf = |k: usize| (self.b + k <= self.n).then_some(self.b + k);
        let s0 = self.s(0);
        let s1 = self.s(1);
        let k0 = s0.map(|s| self.kids[s]).unwrap_or_default();
        let k1 = s1.map(|s| self.kids[s]).unwrap_or_default();
        let kb = buf(0).map(|b| self.kids[b]).unwrap_or_default();
        let dist = match (s0, buf(0)) {
            (Some(s), Some(b)) if s != 0 => match b - s {
                d @ 1..=4 => d as u64,
                5..=9 => 5,
                _ => 6,
            },
            _ => 0,
        };
        Context {
            s0: node(s0),
            s1: node(s1),
            s2: node(self.s(2)),
            b0: node(buf(0)),
            b1: node(buf(1)),
            b2: node(buf(2)),
            s0l: node(kid(k0.l1)),
            s0l2: node(kid(k0.l2)),
            s0r: node(kid(k0.r1)),
            s0r2: node(kid(k0.r2)),
            s1r: node(kid(k1.r1)),
            s1l: node(kid(k1.l1)),
            b0l: node(kid(kb.l1)),
            b0l2: node(kid(kb.l2)),
            s0ll: label(k0.l1),
            s0l2l: label(k0.l2),
            s0rl: label(k0.r1),
            s0r2l: label(k0.r2),
            s1rl: label(k1.r1),
            b0ll: label(kb.l1),
            b0l2l: label(kb.l2),
            dist,
            s0vl: u64::from(k0.nl),
            s0vr: u64::from(k0.nr),
            b0vl: u64::from(kb.nl),
            s1vr: u64::from(k1.nr),
            s0lset: k0.lset,
            s0rset: k0.rset,
            b0lset: kb.lset,
        }
    }
}

/// Whether the arc `head -> dep` is crossed by another arc of `heads` (1-based words,
/// entry 0 unused, 0 = root).
fn crossed(heads: &[usize], dep: usize) -> bool {
    let h = heads[dep];
    let (a, b) = if h < dep { (h, dep) } else { (dep, h) };
    // Projective iff every word strictly between a and b is dominated by h.
    (a + 1..b).any(|k| {
        let mut x = k;
        let mut steps = 0;
        while x != h && x != 0 && steps <= heads.len() {
            x = heads[x];
            steps += 1;
        }
        x != h
    })
}

/// Lifts non-projective arcs (shortest first) until the tree is projective; returns
/// the number of lifts. Quadratic in the sentence length at worst per lift; sentences
/// are short and this runs only in training.
pub(crate) fn projectivize(heads: &mut [usize]) -> usize {
    let mut lifts = 0;
    loop {
        let mut worst: Option<(usize, usize)> = None;
        for d in 1..heads.len() {
            if heads[d] != 0 && crossed(heads, d) {
                let len = heads[d].abs_diff(d);
                if worst.is_none_or(|(l, _)| len < l) {
                    worst = Some((len, d));
                }
            }
        }
        let Some((_, d)) = worst else { return lifts };
        heads[d] = heads[heads[d]];
        lifts += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Follows the cheapest transition (SHIFT, then LEFT, then RIGHT on ties).
    fn oracle_parse(heads: &[usize], labels: &[u16], nlabels: usize) -> State {
        let n = heads.len() - 1;
        let classes = 1 + 2 * nlabels;
        let mut st = State::new(n);
        let mut costs = Vec::new();
        while !st.terminal() {
            st.costs(heads, labels, classes, &mut costs);
            let best = (0..classes).find(|&c| costs[c] == Some(0)).expect("a zero-cost transition");
            st.apply(best);
        }
        st
    }

    #[test]
    fn oracle_reproduces_projective_trees() {
        // "Militants attacked the base near the town ." with gold heads.
        let heads = vec![0, 2, 0, 4, 2, 7, 7, 4, 2];
        let labels = vec![0, 1, 0, 2, 3, 4, 2, 5, 6];
        let st = oracle_parse(&heads, &labels, 7);
        assert_eq!(st.heads[1..], heads[1..]);
        assert_eq!(st.labels[1..], labels[1..]);
    }

    #[test]
    fn oracle_reproduces_every_small_projective_tree() {
        // All head assignments for 5 words with one root; keep the projective trees.
        let n = 5;
        let mut checked = 0;
        let total = (n + 1usize).pow(n as u32);
        for code in 0..total {
            let mut heads = vec![0usize; n + 1];
            let mut c = code;
            for h in heads.iter_mut().skip(1) {
                *h = c % (n + 1);
                c /= n + 1;
            }
            if (1..=n).any(|d| heads[d] == d) || (1..=n).filter(|&d| heads[d] == 0).count() != 1 {
                continue;
            }
            // Acyclic: every word reaches the root.
            let acyclic = (1..=n).all(|d| {
                let mut x = d;
                for _ in 0..=n {
                    if x == 0 {
                        return true;
                    }
                    x = heads[x];
                }
                false
            });
            if !acyclic || (1..=n).any(|d| crossed(&heads, d)) {
                continue;
            }
            let labels: Vec<u16> = (0..=n).map(|d| (d % 3) as u16).collect();
            let st = oracle_parse(&heads, &labels, 3);
            assert_eq!(st.heads[1..], heads[1..], "tree {heads:?}");
            assert_eq!(st.labels[1..], labels[1..]);
            checked += 1;
        }
        assert!(checked > 100, "only {checked} trees");
    }

    #[test]
    fn projectivize_lifts_crossing_arcs() {
        // 1 <- 3, 2 <- 4 crosses (1..3) with (2..4): words 1..4, root 3.
        let mut heads = vec![0, 3, 4, 0, 3];
        assert!(crossed(&heads, 2) || crossed(&heads, 1));
        let lifts = projectivize(&mut heads);
        assert!(lifts >= 1);
        assert!((1..heads.len()).all(|d| heads[d] == 0 || !crossed(&heads, d)));
        assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 2, "entry 0 and the root word");
    }

    #[test]
    fn every_state_has_a_valid_transition_until_terminal() {
        let mut st = State::new(4);
        let mut steps = 0;
        while !st.terminal() {
            // Always the last valid class: prefers RIGHT, then LEFT, then SHIFT.
            let c = (0..5).rev().find(|&c| st.valid(c)).expect("a valid transition");
            st.apply(c);
            steps += 1;
        }
        assert_eq!(steps, 8);
        assert_eq!(st.heads[1..].iter().filter(|&&h| h == 0).count(), 1);
    }
}
