//! Feature extraction for the tagger and the parser. Every feature is a template
//! number and a few values hashed to 32 bits; nothing depends on hash-map order.

/// FNV-1a over bytes, with a seed to keep kinds of strings apart.
pub(crate) fn hash_str(seed: u64, s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed.wrapping_mul(0x100_0000_01b3);
    for &b in s.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}

/// Hashes a template and its values to a feature key.
#[inline]
pub(crate) fn key(template: u64, values: &[u64]) -> u32 {
    let mut h = template.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    for &v in values {
        h = (h.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    (h ^ (h >> 32)) as u32
}

/// What the features know of a word.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lex {
    pub lower: u64,
    pub shape: u64,
    pub prefix: u64,
    pub suffix2: u64,
    pub suffix3: u64,
    pub suffix4: u64,
    pub cased: u64,
    /// Word-cluster ids, coarse to fine ([`tidings_text::clusters`]); `NONE` if unclustered.
    pub c: [u64; 3],
}

const PAD: u64 = 0x5041_4400;
pub(crate) const NONE: u64 = 0x4e4f_4e45;
pub(crate) const ROOT: u64 = 0x524f_4f54;

impl Lex {
    /// With `clusters`, the word's cluster ids are looked up (else `NONE`: a model that
    /// reads no clusters neither loads nor searches the cluster table).
    pub fn new(form: &str, clusters: bool) -> Lex {
        let lower: String =
            form.chars().map(|c| if c.is_ascii_digit() { '0' } else { c }).flat_map(char::to_lowercase).collect();
        // The last `n` characters (all when fewer) and the first, as slices of `lower`:
        // every word of every parsed sentence comes here, and copies cost allocations.
        let tail = |n: usize| lower.char_indices().rev().nth(n - 1).map_or(&lower[..], |(at, _)| &lower[at..]);
        let shape = word_shape(form);
        let first = lower.chars().next().map_or("", |c| &lower[..c.len_utf8()]);
        let c = match clusters.then(|| tidings_text::clusters::Clusters::bundled().get_key(&lower)).flatten() {
            Some(ids) => ids.map(|i| u64::from(i) + 1),
            None => [NONE; 3],
        };
        Lex {
            lower: hash_str(1, &lower),
            shape: hash_str(2, &shape),
            prefix: hash_str(3, first),
            suffix2: hash_str(4, tail(2)),
            suffix3: hash_str(5, tail(3)),
            suffix4: hash_str(6, tail(4)),
            cased: hash_str(7, form),
            c,
        }
    }

    fn pad() -> Lex {
        Lex { lower: PAD, shape: PAD, prefix: PAD, suffix2: PAD, suffix3: PAD, suffix4: PAD, cased: PAD, c: [PAD; 3] }
    }
}

/// Tagger features of word `i` given the tags already chosen for the words before it.
/// With `clusters`, word-cluster features of the word and its neighbours too.
pub(crate) fn tagger(lex: &[Lex], i: usize, prev: &[u8], clusters: bool, out: &mut Vec<u32>) {
    out.clear();
    let at = |j: isize| -> Lex {
        if j < 0 || j as usize >= lex.len() {
            Lex::pad()
        } else {
            lex[j as usize]
        }
    };
    let i = i as isize;
    let w = at(i);
    let tag = |j: isize| -> u64 {
        if j < 0 {
            PAD
        } else {
            u64::from(prev[j as usize]) + 1
        }
    };
    let (p1, p2) = (tag(i - 1), tag(i - 2));
    let (l1, l2, r1, r2) = (at(i - 1), at(i - 2), at(i + 1), at(i + 2));
    let first = u64::from(i == 0);
    out.extend_from_slice(&[
        key(0, &[]),
        key(1, &[w.lower]),
        key(2, &[w.suffix3]),
        key(3, &[w.prefix]),
        key(4, &[p1]),
        key(5, &[p2]),
        key(6, &[p1, p2]),
        key(7, &[p1, w.lower]),
        key(8, &[l1.lower]),
        key(9, &[l1.suffix3]),
        key(10, &[l2.lower]),
        key(11, &[r1.lower]),
        key(12, &[r1.suffix3]),
        key(13, &[r2.lower]),
        key(14, &[w.shape]),
        key(15, &[w.shape, first]),
        key(16, &[w.suffix2]),
        key(17, &[w.suffix4]),
        key(18, &[w.cased]),
        key(19, &[w.lower, r1.lower]),
        key(20, &[l1.lower, w.lower]),
        key(21, &[p1, r1.lower]),
        key(22, &[r1.shape]),
        key(23, &[l1.shape, w.shape]),
        key(24, &[p1, w.suffix3]),
    ]);
    if clusters {
        out.extend_from_slice(&[
            key(30, &[w.c[0]]),
            key(31, &[w.c[1]]),
            key(32, &[w.c[2]]),
            key(33, &[l1.c[1]]),
            key(34, &[r1.c[1]]),
            key(35, &[p1, w.c[1]]),
            key(36, &[w.c[2], r1.c[0]]),
            key(37, &[l1.c[0], w.c[2]]),
            key(38, &[r2.c[0]]),
        ]);
    }
}

/// What the parser's features see of a word of the configuration.
#[derive(Clone, Copy)]
pub(crate) struct Node {
    pub w: u64,
    pub t: u64,
    /// Word-cluster ids, coarse to fine (see [`Lex::c`]).
    pub c: [u64; 3],
}

pub(crate) const NO_NODE: Node = Node { w: NONE, t: NONE, c: [NONE; 3] };
pub(crate) const ROOT_NODE: Node = Node { w: ROOT, t: ROOT, c: [ROOT; 3] };

/// The parser's view of a configuration (see [`crate::system::State::context`]).
pub(crate) struct Context {
    pub s0: Node,
    pub s1: Node,
    pub s2: Node,
    pub b0: Node,
    pub b1: Node,
    pub b2: Node,
    pub s0l: Node,
    pub s0l2: Node,
    pub s0r: Node,
    pub s0r2: Node,
    pub s1r: Node,
    pub s1l: Node,
    pub b0l: Node,
    pub b0l2: Node,
    /// Labels of those children (NONE when absent).
    pub s0ll: u64,
    pub s0l2l: u64,
    pub s0rl: u64,
    pub s0r2l: u64,
    pub s1rl: u64,
    pub b0ll: u64,
    pub b0l2l: u64,
    /// Distance from s0 to b0, bucketed.
    pub dist: u64,
    pub s0vl: u64,
    pub s0vr: u64,
    pub b0vl: u64,
    pub s1vr: u64,
    /// Sets of child labels (bit masks).
    pub s0lset: u64,
    pub s0rset: u64,
    pub b0lset: u64,
}

/// Which part of a configuration a parser template reads (see [`PARSER_GROUPS`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Group {
    /// Only the buffer's first words `b0`, `b1`, `b2`: fixed by the buffer front.
    Buffer,
    /// Only the words `s0`, `b0`, `b1`, `b2` and their distance: fixed by the stack top
    /// and the buffer front.
    Top,
    /// Only the words `s2`, `s1`, `s0`, `b0`, `b1`, `b2`: fixed by the stack's three top
    /// items and the buffer front.
    Stack,
    /// The tree built so far (children, their labels, valencies, label sets).
    Tree,
}

use Group::{Buffer as B, Stack as S, Top as T, Tree as R};

/// The group of each feature [`parser`] writes, in its order (then [`CLUSTER_GROUPS`]
/// for the cluster features). The parser memoizes the scores of the first three
/// groups per sentence: configurations of a beam often share their stack top and
/// buffer front, and differ in the tree, its labels above all (`tests` checks each
/// group against the configurations of real parses).
pub(crate) const PARSER_GROUPS: [Group; 82] = [
    T, T, T, B, B, B, B, B, B, B, B, B, S, S, S, S, // single words
    T, T, T, T, T, T, T, B, S, S, S, S, S, S, S, B, // pairs
    B, T, S, S, R, R, R, R, R, R, R, // triples of tags
    T, T, T, T, T, T, // distance
    R, R, R, R, R, R, R, // valency
    R, R, R, R, R, R, R, R, R, R, R, R, R, R, R, R, R, R, R, // children
    R, R, R, R, R, R, R, // label sets
];

/// The groups of the cluster features [`parser`] writes after the others.
pub(crate) const CLUSTER_GROUPS: [Group; 24] = [T, T, B, B, B, S, S, B, T, T, T, T, S, S, S, S, T, B, R, R, R, R, R, R];

/// Parser features (after Zhang and Nivre 2011, for the arc-hybrid system where the
/// buffer front takes left dependents and the stack's second item right ones). With
/// `clusters`, word-cluster features of the stack and buffer words and their children
/// (Koo et al. 2008's cluster features, with cluster granularities for bit-string
/// prefixes) in place of rare words.
pub(crate) fn parser(c: &Context, clusters: bool, out: &mut Vec<u32>) {
    out.clear();
    let (s0, s1, s2, b0, b1, b2) = (c.s0, c.s1, c.s2, c.b0, c.b1, c.b2);
    let (s0l, s0r, b0l, s1r, s1l) = (c.s0l, c.s0r, c.b0l, c.s1r, c.s1l);
    let d = c.dist;
    let f = [
        // Single words.
        key(100, &[s0.w, s0.t]),
        key(101, &[s0.w]),
        key(102, &[s0.t]),
        key(103, &[b0.w, b0.t]),
        key(104, &[b0.w]),
        key(105, &[b0.t]),
        key(106, &[b1.w, b1.t]),
        key(107, &[b1.w]),
        key(108, &[b1.t]),
        key(109, &[b2.w, b2.t]),
        key(110, &[b2.w]),
        key(111, &[b2.t]),
        key(112, &[s1.w, s1.t]),
        key(113, &[s1.w]),
        key(114, &[s1.t]),
        key(115, &[s2.t]),
        // Pairs.
        key(120, &[s0.w, s0.t, b0.w, b0.t]),
        key(121, &[s0.w, s0.t, b0.w]),
        key(122, &[s0.w, b0.w, b0.t]),
        key(123, &[s0.w, s0.t, b0.t]),
        key(124, &[s0.t, b0.w, b0.t]),
        key(125, &[s0.w, b0.w]),
        key(126, &[s0.t, b0.t]),
        key(127, &[b0.t, b1.t]),
        key(128, &[s1.w, s1.t, s0.w, s0.t]),
        key(129, &[s1.w, s0.w]),
        key(130, &[s1.t, s0.t]),
        key(131, &[s1.w, s0.t]),
        key(132, &[s1.t, s0.w]),
        key(133, &[s1.t, b0.t]),
        key(134, &[s1.w, b0.w]),
        key(135, &[b0.w, b1.w]),
        // Triples of tags.
        key(140, &[b0.t, b1.t, b2.t]),
        key(141, &[s0.t, b0.t, b1.t]),
        key(142, &[s1.t, s0.t, b0.t]),
        key(143, &[s2.t, s1.t, s0.t]),
        key(144, &[s0.t, s0l.t, b0.t]),
        key(145, &[s0.t, s0r.t, b0.t]),
        key(146, &[s0.t, b0.t, b0l.t]),
        key(147, &[s1.t, s1r.t, s0.t]),
        key(148, &[s1.t, s0.t, s0l.t]),
        key(149, &[s1.t, s0.t, s0r.t]),
        key(150, &[s1.t, s1l.t, s0.t]),
        // Distance.
        key(160, &[s0.w, d]),
        key(161, &[s0.t, d]),
        key(162, &[b0.w, d]),
        key(163, &[b0.t, d]),
        key(164, &[s0.w, b0.w, d]),
        key(165, &[s0.t, b0.t, d]),
        // Valency.
        key(170, &[s0.w, c.s0vr]),
        key(171, &[s0.t, c.s0vr]),
        key(172, &[s0.w, c.s0vl]),
        key(173, &[s0.t, c.s0vl]),
        key(174, &[b0.w, c.b0vl]),
        key(175, &[b0.t, c.b0vl]),
        key(176, &[s1.t, c.s1vr]),
        // Children.
        key(180, &[c.s0l.w]),
        key(181, &[c.s0l.t]),
        key(182, &[c.s0ll]),
        key(183, &[c.s0r.w]),
        key(184, &[c.s0r.t]),
        key(185, &[c.s0rl]),
        key(186, &[c.b0l.w]),
        key(187, &[c.b0l.t]),
        key(188, &[c.b0ll]),
        key(189, &[c.s1r.t, c.s1rl]),
        key(190, &[c.s0l2.t, c.s0l2l]),
        key(191, &[c.s0r2.t, c.s0r2l]),
        key(192, &[c.b0l2.t, c.b0l2l]),
        key(193, &[s0.t, c.s0l.t, c.s0l2.t]),
        key(194, &[s0.t, c.s0r.t, c.s0r2.t]),
        key(195, &[b0.t, c.b0l.t, c.b0l2.t]),
        key(196, &[s0.t, c.s0ll, b0.t]),
        key(197, &[s0.t, c.s0rl, b0.t]),
        key(198, &[b0.t, c.b0ll, s0.t]),
        // Label sets.
        key(200, &[s0.w, c.s0rset]),
        key(201, &[s0.t, c.s0rset]),
        key(202, &[s0.w, c.s0lset]),
        key(203, &[s0.t, c.s0lset]),
        key(204, &[b0.w, c.b0lset]),
        key(205, &[b0.t, c.b0lset]),
        key(206, &[s1.t, s0.t, c.s0lset, c.s0rset]),
    ];
    out.extend_from_slice(&f);
    if clusters {
        let g = [
            key(300, &[s0.c[1], s0.t]),
            key(301, &[s0.c[2]]),
            key(302, &[b0.c[1], b0.t]),
            key(303, &[b0.c[2]]),
            key(304, &[b1.c[1], b1.t]),
            key(305, &[s1.c[1], s1.t]),
            key(306, &[s1.c[2]]),
            key(307, &[b2.c[0]]),
            key(310, &[s0.c[1], b0.c[1]]),
            key(311, &[s0.c[0], b0.c[0], s0.t, b0.t]),
            key(312, &[s0.c[2], b0.t]),
            key(313, &[s0.t, b0.c[2]]),
            key(314, &[s1.c[1], s0.c[1]]),
            key(315, &[s1.c[0], s0.c[0], s1.t, s0.t]),
            key(316, &[s1.c[2], s0.t]),
            key(317, &[s1.t, s0.c[2]]),
            key(318, &[s0.c[1], b0.c[1], d]),
            key(319, &[b0.c[1], b1.c[1]]),
            key(320, &[s0l.c[1], s0.t]),
            key(321, &[s0r.c[1], s0.t]),
            key(322, &[b0l.c[1], b0.t]),
            key(323, &[s1r.c[1], s1.t]),
            key(324, &[s0.c[1], c.s0rset]),
            key(325, &[b0.c[1], c.b0lset]),
        ];
        out.extend_from_slice(&g);
    }
}

/// A word's shape: capitals as `X`, lower case as `x`, digits as `d`, other characters
/// as themselves; runs longer than two collapse ("Kabul" -> "Xxx", "1,200" -> "d,dd").
pub(crate) fn word_shape(form: &str) -> String {
    let mut shape = String::new();
    for c in form.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        let n = shape.len();
        if !(n >= 2 && shape.as_bytes()[n - 1] as char == k && shape.as_bytes()[n - 2] as char == k) {
            shape.push(k);
        }
    }
    shape
}
