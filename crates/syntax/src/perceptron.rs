//! The averaged perceptron behind the tagger and the parser: sparse rows of class
//! weights keyed by 32-bit feature hashes, trained with lazy averaging, then
//! quantized to 16-bit integers and stored as a compact, gzip-friendly table.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher for keys that already are hashes.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_u64(&mut self, n: u64) {
        let h = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 29);
    }
}

type IdMap<V> = HashMap<u32, V, BuildHasherDefault<IdHasher>>;

#[derive(Clone, Copy)]
struct Entry {
    class: u16,
    w: f32,
    total: f64,
    stamp: u32,
}

/// A perceptron being trained (see [`Trainer::averaged`] for the result).
pub struct Trainer {
    classes: usize,
    index: IdMap<u32>,
    keys: Vec<u32>,
    rows: Vec<Vec<Entry>>,
    time: u32,
}

impl Trainer {
    pub fn new(classes: usize) -> Trainer {
        Trainer { classes, index: IdMap::default(), keys: Vec::new(), rows: Vec::new(), time: 1 }
    }

    /// Adds the current weights of `features` into `scores` (one per class).
    pub fn score(&self, features: &[u32], scores: &mut [f32]) {
        scores.fill(0.0);
        for f in features {
            if let Some(&r) = self.index.get(f) {
                for e in &self.rows[r as usize] {
                    scores[e.class as usize] += e.w;
                }
            }
        }
    }

    /// One training instance seen (the clock of the averaging).
    pub fn tick(&mut self) {
        self.time += 1;
    }

    /// Rewards `truth` and penalizes `guess` on `features` (nothing when equal).
    pub fn update(&mut self, features: &[u32], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        self.add(features, &[(truth, 1.0), (guess, -1.0)]);
    }

    /// Adds each `(class, delta)` to the weights of `features`.
    pub fn add(&mut self, features: &[u32], deltas: &[(usize, f32)]) {
        let time = self.time;
        for &f in features {
            let r = match self.index.get(&f) {
                Some(&r) => r as usize,
                None => {
                    self.index.insert(f, self.rows.len() as u32);
                    self.keys.push(f);
                    self.rows.push(Vec::new());
                    self.rows.len() - 1
                }
            };
            let row = &mut self.rows[r];
            for &(class, delta) in deltas {
                let e = match row.iter().position(|e| e.class as usize == class) {
                    Some(i) => &mut row[i],
                    None => {
                        row.push(Entry { class: class as u16, w: 0.0, total: 0.0, stamp: time });
                        row.last_mut().expect("just pushed")
                    }
                };
                e.total += f64::from(time - e.stamp) * f64::from(e.w);
                e.stamp = time;
                e.w += delta;
            }
        }
    }

    /// The averaged weights, quantized; entries whose quantized magnitude is below
    /// `prune` are dropped. Deterministic: rows are sorted by key, entries by class.
    pub fn averaged(&self, prune: i16) -> Weights {
        let avg =
            |e: &Entry| ((e.total + f64::from(self.time - e.stamp) * f64::from(e.w)) / f64::from(self.time)) as f32;
        let max = self.rows.iter().flatten().map(|e| avg(e).abs()).fold(0f32, f32::max).max(1e-9);
        let scale = max / f32::from(i16::MAX);
        let mut order: Vec<usize> = (0..self.keys.len()).collect();
        order.sort_unstable_by_key(|&i| self.keys[i]);
        let mut b = Builder::new(self.classes, scale);
        for i in order {
            let mut row: Vec<(u8, i16)> = self.rows[i]
                .iter()
                .map(|e| (e.class as u8, (avg(e) / scale).round().clamp(-32767.0, 32767.0) as i16))
                .filter(|&(_, q)| q.unsigned_abs() >= prune.unsigned_abs().max(1))
                .collect();
            row.sort_unstable_by_key(|&(c, _)| c);
            b.push(self.keys[i], &row);
        }
        b.finish()
    }
}

struct Builder {
    classes: usize,
    scale: f32,
    keys: Vec<u32>,
    starts: Vec<u32>,
    entry_class: Vec<u8>,
    entry_value: Vec<i16>,
}

impl Builder {
    fn new(classes: usize, scale: f32) -> Builder {
        Builder { classes, scale, keys: Vec::new(), starts: vec![0], entry_class: Vec::new(), entry_value: Vec::new() }
    }

    fn push(&mut self, key: u32, row: &[(u8, i16)]) {
        if row.is_empty() {
            return;
        }
        self.keys.push(key);
        for &(c, v) in row {
            self.entry_class.push(c);
            self.entry_value.push(v);
        }
        self.starts.push(self.entry_class.len() as u32);
    }

    /// The lookup table: each feature in the slot its key hashes to, or the next free
    /// one, with its entries in the slot when they fit ([`INLINE`]), else in `overflow`.
    fn finish(self) -> Weights {
        let size = (self.keys.len() * 2).next_power_of_two().max(16);
        let mask = size - 1;
        let mut slots = vec![0u8; SLOT * size];
        let mut overflow = Vec::new();
        let mut dense = Vec::new();
        let stride = stride(self.classes);
        for (i, &k) in self.keys.iter().enumerate() {
            let mut s = slot_of(k, mask);
            while slots[SLOT * s + 4] != 0 {
                s = (s + 1) & mask;
            }
            let (a, b) = (self.starts[i] as usize, self.starts[i + 1] as usize);
            let slot = &mut slots[SLOT * s..SLOT * (s + 1)];
            slot[..4].copy_from_slice(&k.to_le_bytes());
            // At most one entry per class, so a row fits in a byte.
            slot[4] = u8::try_from(b - a).expect("a row has at most 255 entries");
            if b - a <= INLINE {
                for (j, e) in (a..b).enumerate() {
                    slot[5 + 3 * j] = self.entry_class[e];
                    slot[6 + 3 * j..8 + 3 * j].copy_from_slice(&self.entry_value[e].to_le_bytes());
                }
            } else if is_dense(b - a, self.classes) {
                let row = dense.len() / (2 * stride);
                slot[8..12].copy_from_slice(&(row as u32).to_le_bytes());
                let mut values = vec![0i16; stride];
                for e in a..b {
                    values[usize::from(self.entry_class[e])] = self.entry_value[e];
                }
                dense.extend(values.iter().flat_map(|v| v.to_le_bytes()));
            } else {
                slot[8..12].copy_from_slice(&((overflow.len() / 4) as u32).to_le_bytes());
                for e in a..b {
                    let p = u32::from(self.entry_class[e]) | (u32::from(self.entry_value[e] as u16) << 16);
                    overflow.extend_from_slice(&p.to_le_bytes());
                }
            }
        }
        Weights {
            classes: self.classes,
            scale: self.scale,
            slots: Cow::Owned(slots),
            overflow: Cow::Owned(overflow),
            dense: Cow::Owned(dense),
            mask,
        }
    }
}

/// Quantized averaged weights: for each feature a row of `(class, value)` entries,
/// looked up through an open-addressing table whose slots hold short rows themselves.
/// Both parts are kept as the little-endian bytes [`Weights::write_compiled`] writes,
/// so the bundled model is read in place.
#[derive(Clone)]
pub struct Weights {
    classes: usize,
    scale: f32,
    /// The lookup table, [`SLOT`] bytes a slot (four to a cache line): the feature's
    /// key (u32 LE) and its number of entries `n` (a byte; 0 for an empty slot); then,
    /// if `n` ≤ [`INLINE`], the entries as class (a byte) and value (i16 LE), unused
    /// ones zero; else the index of its first entry in `overflow` (u32 LE at byte 8).
    /// Most rows are short (95 % of the parser's have at most three entries), so a
    /// lookup usually reads one cache line.
    slots: Cow<'static, [u8]>,
    /// The entries of longer rows as `class | value << 16` (u32 LE), in key order.
    overflow: Cow<'static, [u8]>,
    /// Rows of at least a quarter of the classes ([`is_dense`]; few features, but
    /// those of every configuration, such as the stack top's tag), each as the values
    /// of all classes (i16 LE, [`stride`] of them, zero where the row has no entry),
    /// added with vector instructions. Slot bytes 8..12 hold the row's number.
    dense: Cow<'static, [u8]>,
    mask: usize,
}

/// Bytes of a slot.
const SLOT: usize = 16;
/// Entries held in a slot.
const INLINE: usize = 3;
/// Whether a row of `n` entries is stored dense.
fn is_dense(n: usize, classes: usize) -> bool {
    n > INLINE && 4 * n >= classes
}

/// Values in a dense row: the classes rounded up to a multiple of 8.
fn stride(classes: usize) -> usize {
    classes.div_ceil(8) * 8
}

/// The slot table starts at this alignment in the start-up form (a slot never
/// straddles two cache lines when the form itself is so aligned).
const ALIGN: usize = 64;

fn slot_of(key: u32, mask: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B1) as usize ^ (key as usize >> 7)) & mask
}

/// Asks the processor to bring `bytes[at]` into the cache (a hint: no effect on
/// results; nothing outside `bytes` is touched).
#[inline(always)]
fn prefetch(bytes: &[u8], at: usize) {
    #[cfg(target_arch = "x86_64")]
    if let Some(b) = bytes.get(at) {
        // SAFETY: a prefetch only hints the cache and never faults; the pointer is
        // into `bytes`. (The intrinsic is a safe function on newer compilers.)
        #[allow(unused_unsafe)]
        unsafe {
            std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(std::ptr::from_ref(b).cast::<i8>());
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (bytes, at);
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes"))
}

impl Weights {
    pub fn classes(&self) -> usize {
        self.classes
    }

    #[inline]
    fn slot(&self, s: usize) -> &[u8] {
        &self.slots[SLOT * s..SLOT * (s + 1)]
    }

    /// A slot's row (empty for an empty slot).
    fn row(&self, slot: &[u8]) -> Vec<(u8, i16)> {
        let n = usize::from(slot[4]);
        if n <= INLINE {
            (0..n).map(|j| (slot[5 + 3 * j], i16::from_le_bytes([slot[6 + 3 * j], slot[7 + 3 * j]]))).collect()
        } else if is_dense(n, self.classes) {
            let stride = stride(self.classes);
            let at = 2 * stride * u32_at(slot, 8) as usize;
            let values = self.dense[at..at + 2 * self.classes].chunks_exact(2);
            let row: Vec<(u8, i16)> = values
                .enumerate()
                .map(|(c, v)| (c as u8, i16::from_le_bytes([v[0], v[1]])))
                .filter(|&(_, v)| v != 0)
                .collect();
            debug_assert_eq!(row.len(), n);
            row
        } else {
            let a = u32_at(slot, 8) as usize;
            (a..a + n)
                .map(|j| {
                    let p = u32_at(&self.overflow, 4 * j);
                    ((p & 0xff) as u8, (p >> 16) as u16 as i16)
                })
                .collect()
        }
    }

    /// The features in ascending key order with their rows.
    fn rows(&self) -> Vec<(u32, Vec<(u8, i16)>)> {
        let mut rows: Vec<(u32, Vec<(u8, i16)>)> = (0..=self.mask)
            .map(|s| self.slot(s))
            .filter(|slot| slot[4] != 0)
            .map(|slot| (u32_at(slot, 0), self.row(slot)))
            .collect();
        rows.sort_unstable_by_key(|r| r.0);
        rows
    }

    /// The same weights without entries whose magnitude is below `min` (a smaller
    /// model; features left with no entry are dropped).
    pub fn pruned(&self, min: i16) -> Weights {
        let mut b = Builder::new(self.classes, self.scale);
        for (k, row) in self.rows() {
            let row: Vec<(u8, i16)> =
                row.into_iter().filter(|&(_, v)| v.unsigned_abs() >= min.unsigned_abs()).collect();
            b.push(k, &row);
        }
        b.finish()
    }

    /// Number of features and of (feature, class) entries.
    pub fn size(&self) -> (usize, usize) {
        let used = (0..=self.mask).map(|s| self.slot(s)[4]).filter(|&n| n != 0);
        used.fold((0, 0), |(f, e), n| (f + 1, e + usize::from(n)))
    }

    /// Class scores for `features`, in quantized units, added to `scores`. In two
    /// passes over each chunk of features, so that the processor overlaps the table
    /// reads, which miss the cache: the home slots of all features are prefetched, then
    /// probed, a short row added from its slot at once, a long one's cache lines
    /// prefetched and added after the others.
    pub fn add_scores(&self, features: &[u32], scores: &mut [i32]) {
        const CHUNK: usize = 128;
        let mut long = [(0u32, 0u32); CHUNK];
        let mut homes = [0usize; CHUNK];
        let slots: &[u8] = &self.slots;
        let overflow: &[u8] = &self.overflow;
        let dense: &[u8] = &self.dense;
        let stride = stride(self.classes);
        let mut wide = [0u32; CHUNK];
        for chunk in features.chunks(CHUNK) {
            for (h, &f) in homes.iter_mut().zip(chunk) {
                *h = slot_of(f, self.mask);
                prefetch(slots, SLOT * *h);
            }
            let (mut n, mut m) = (0, 0);
            for (&h, &f) in homes.iter().zip(chunk) {
                let mut s = h;
                let slot = loop {
                    let slot: &[u8; SLOT] = slots[SLOT * s..SLOT * (s + 1)].try_into().expect("a slot");
                    if slot[4] == 0 {
                        break None;
                    }
                    if u32_at(slot, 0) == f {
                        break Some(slot);
                    }
                    s = (s + 1) & self.mask;
                };
                let Some(slot) = slot else { continue };
                let len = usize::from(slot[4]);
                if len <= INLINE {
                    // Unused entries are class 0, value 0: adding them changes nothing.
                    for j in 0..INLINE {
                        let v = i16::from_le_bytes([slot[6 + 3 * j], slot[7 + 3 * j]]);
                        scores[usize::from(slot[5 + 3 * j])] += i32::from(v);
                    }
                } else if is_dense(len, self.classes) {
                    let a = 2 * stride * u32_at(slot, 8) as usize;
                    for at in (a..a + 2 * stride).step_by(64) {
                        prefetch(dense, at);
                    }
                    wide[m] = a as u32;
                    m += 1;
                } else {
                    let a = 4 * u32_at(slot, 8) as usize;
                    let b = a + 4 * len;
                    for at in (a..b).step_by(64).chain(std::iter::once(b - 1)) {
                        prefetch(overflow, at);
                    }
                    long[n] = (a as u32, b as u32);
                    n += 1;
                }
            }
            for &(a, b) in &long[..n] {
                for p in overflow[a as usize..b as usize].chunks_exact(4) {
                    let p = u32::from_le_bytes(p.try_into().expect("4 bytes"));
                    scores[(p & 0xff) as usize] += i32::from((p >> 16) as u16 as i16);
                }
            }
            let classes = scores.len().min(self.classes);
            for &a in &wide[..m] {
                let row = &dense[a as usize..a as usize + 2 * classes];
                for (s, v) in scores[..classes].iter_mut().zip(row.chunks_exact(2)) {
                    *s += i32::from(i16::from_le_bytes([v[0], v[1]]));
                }
            }
        }
    }

    /// Class scores for `features`, in quantized units (see [`Weights::add_scores`]).
    pub fn score(&self, features: &[u32], scores: &mut [i32]) {
        scores.fill(0);
        self.add_scores(features, scores);
    }

    /// Appends the serialized weights: class count, scale, feature count, keys as
    /// delta varints, row lengths, classes, then values split into low and high bytes
    /// (which compress better than interleaved).
    pub fn write(&self, out: &mut Vec<u8>) {
        let rows = self.rows();
        put_varint(out, self.classes as u64);
        out.extend_from_slice(&self.scale.to_le_bytes());
        put_varint(out, rows.len() as u64);
        let mut prev = 0u32;
        for (k, _) in &rows {
            put_varint(out, u64::from(k - prev));
            prev = *k;
        }
        for (_, row) in &rows {
            put_varint(out, row.len() as u64);
        }
        let entries = || rows.iter().flat_map(|(_, row)| row.iter());
        out.extend(entries().map(|e| e.0));
        out.extend(entries().map(|e| e.1.to_le_bytes()[0]));
        out.extend(entries().map(|e| e.1.to_le_bytes()[1]));
    }

    pub fn read(r: &mut Reader<'_>) -> Result<Weights, String> {
        let classes = r.varint()? as usize;
        let scale = f32::from_le_bytes(r.bytes(4)?.try_into().expect("4 bytes"));
        let n = r.varint()? as usize;
        let mut b = Builder::new(classes, scale);
        b.keys.reserve(n);
        let mut prev = 0u32;
        for _ in 0..n {
            prev = prev.checked_add(r.varint()? as u32).ok_or("bad key")?;
            b.keys.push(prev);
        }
        b.starts.reserve(n);
        for _ in 0..n {
            let len = r.varint()? as u32;
            if len == 0 || len as usize > classes {
                return Err("bad row length".into());
            }
            b.starts.push(b.starts.last().expect("non-empty") + len);
        }
        let m = *b.starts.last().expect("non-empty") as usize;
        b.entry_class = r.bytes(m)?.to_vec();
        if b.entry_class.iter().any(|&c| c as usize >= classes) {
            return Err("class out of range".into());
        }
        // Rows as written: classes ascending (so each once), no zero weight.
        if b.starts.windows(2).any(|w| b.entry_class[w[0] as usize..w[1] as usize].windows(2).any(|c| c[0] >= c[1])) {
            return Err("classes out of order".into());
        }
        let lo = r.bytes(m)?;
        let hi = r.bytes(m)?;
        b.entry_value = lo.iter().zip(hi).map(|(&l, &h)| i16::from_le_bytes([l, h])).collect();
        if b.entry_value.contains(&0) {
            return Err("a zero weight".into());
        }
        Ok(b.finish())
    }

    /// Appends the form read in place ([`Weights::read_compiled`]): class count, scale,
    /// slot count, overflow entry count and dense row count (u32 LE, f32 LE), padding
    /// ([`pad`]), the slot table and the overflow entries, padding, the dense rows: the
    /// slot table and the dense rows start at [`ALIGN`] bytes from the start of `out`.
    #[allow(dead_code)] // by build.rs and the tests
    pub(crate) fn write_compiled(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.classes as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&((self.mask + 1) as u32).to_le_bytes());
        out.extend_from_slice(&((self.overflow.len() / 4) as u32).to_le_bytes());
        out.extend_from_slice(&((self.dense.len() / (2 * stride(self.classes))) as u32).to_le_bytes());
        pad(out);
        out.extend_from_slice(&self.slots);
        out.extend_from_slice(&self.overflow);
        pad(out);
        out.extend_from_slice(&self.dense);
    }

    /// Reads [`Weights::write_compiled`]'s form in place.
    pub(crate) fn read_compiled(r: &mut Reader<'static>) -> Result<Weights, String> {
        let head = r.bytes(20)?;
        let classes = u32_at(head, 0) as usize;
        let scale = f32::from_le_bytes(head[4..8].try_into().expect("4 bytes"));
        let (size, entries, rows) = (u32_at(head, 8) as usize, u32_at(head, 12) as usize, u32_at(head, 16) as usize);
        if !size.is_power_of_two() || classes > 256 {
            return Err("bad slot table".into());
        }
        let unpad = |r: &mut Reader<'static>| -> Result<(), String> {
            let pad = r.bytes(1)?[0];
            r.bytes(usize::from(pad)).map(drop)
        };
        unpad(r)?;
        let slots = r.bytes(SLOT * size)?;
        let overflow = r.bytes(4 * entries)?;
        unpad(r)?;
        let dense = r.bytes(2 * stride(classes) * rows)?;
        // Not scanned here (that would touch every page): the bundled bytes are derived
        // at build time and a test checks them; a bad index or class would panic on
        // lookup, never misread.
        Ok(Weights {
            classes,
            scale,
            slots: Cow::Borrowed(slots),
            overflow: Cow::Borrowed(overflow),
            dense: Cow::Borrowed(dense),
            mask: size - 1,
        })
    }
}

/// A byte `p` and `p` zero bytes that align the end of `out` to [`ALIGN`] bytes.
#[allow(dead_code)] // by build.rs and the tests
fn pad(out: &mut Vec<u8>) {
    let p = (ALIGN - (out.len() + 1) % ALIGN) % ALIGN;
    out.push(p as u8);
    out.resize(out.len() + p, 0);
}

pub(crate) fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

pub(crate) fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// A cursor over a serialized model.
pub struct Reader<'a> {
    pub(crate) buf: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8], String> {
        if self.buf.len() < n {
            return Err("truncated model".into());
        }
        let (a, b) = self.buf.split_at(n);
        self.buf = b;
        Ok(a)
    }

    pub(crate) fn varint(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.bytes(1)?[0];
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err("bad varint".into())
    }

    pub(crate) fn string(&mut self) -> Result<String, String> {
        let n = self.varint()? as usize;
        String::from_utf8(self.bytes(n)?.to_vec()).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_separable_classes_and_round_trips() {
        let mut t = Trainer::new(3);
        let data = [(vec![1u32, 10], 0usize), (vec![2, 10], 1), (vec![3, 10], 2)];
        let mut scores = vec![0f32; 3];
        for _ in 0..5 {
            for (f, y) in &data {
                t.score(f, &mut scores);
                let guess = (0..3).max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a))).unwrap();
                t.update(f, *y, guess);
                t.tick();
            }
        }
        let w = t.averaged(0);
        let mut buf = Vec::new();
        w.write(&mut buf);
        let w2 = Weights::read(&mut Reader { buf: &buf }).unwrap();
        let mut s = vec![0i32; 3];
        for (f, y) in &data {
            w2.score(f, &mut s);
            let best = (0..3).max_by_key(|&c| (s[c], std::cmp::Reverse(c))).unwrap();
            assert_eq!(best, *y);
        }
        // The form read in place scores alike and writes the same file back.
        let mut compiled = Vec::new();
        w2.write_compiled(&mut compiled);
        let compiled: &'static [u8] = Box::leak(compiled.into_boxed_slice());
        let mut r = Reader { buf: compiled };
        let w3 = Weights::read_compiled(&mut r).unwrap();
        assert!(r.buf.is_empty());
        let mut s3 = vec![0i32; 3];
        for f in [&[1u32, 10][..], &[2, 10], &[3], &[10], &[99]] {
            w2.score(f, &mut s);
            w3.score(f, &mut s3);
            assert_eq!(s, s3);
        }
        let mut again = Vec::new();
        w3.write(&mut again);
        assert_eq!(again, buf);
        assert!(Weights::read_compiled(&mut Reader { buf: &compiled[..20] }).is_err());
    }

    #[test]
    fn rows_of_every_length_score_their_sums_in_every_form() {
        // 40 classes: rows of 1..=3 entries sit in their slot, 4..=9 in the overflow,
        // 10 and more (a quarter of the classes) dense; the features' keys collide in
        // the table's probing too (1,000 features).
        let classes = 40;
        let mut b = Builder::new(classes, 1.0);
        let mut rows: Vec<(u32, Vec<(u8, i16)>)> = Vec::new();
        for f in 0..1000u32 {
            let len = 1 + (f as usize * 7) % classes;
            let row: Vec<(u8, i16)> = (0..len)
                .map(|j| {
                    let c = ((j * 3 + f as usize) % classes) as u8;
                    (c, (f as i16 % 50 + 1) * if j % 2 == 0 { 1 } else { -3 })
                })
                .collect::<std::collections::BTreeMap<u8, i16>>()
                .into_iter()
                .collect();
            let key = f.wrapping_mul(2_654_435_761) & 0xffff_0fff;
            rows.push((key, row));
        }
        rows.sort_by_key(|r| r.0);
        for (k, row) in &rows {
            b.push(*k, row);
        }
        let w = b.finish();
        assert!(!w.dense.is_empty() && !w.overflow.is_empty());
        let mut file = Vec::new();
        w.write(&mut file);
        let mut compiled = vec![7u8; 3]; // not at an aligned offset: padding moves
        w.write_compiled(&mut compiled);
        let compiled: &'static [u8] = Box::leak(compiled.into_boxed_slice());
        let w2 = Weights::read_compiled(&mut Reader { buf: &compiled[3..] }).unwrap();
        let w3 = Weights::read(&mut Reader { buf: &file }).unwrap();
        let mut again = Vec::new();
        w2.write(&mut again);
        assert_eq!(again, file);
        assert_eq!(w.size(), (1000, rows.iter().map(|r| r.1.len()).sum()));
        let mut scores = vec![0i32; classes];
        for pick in [vec![0usize], vec![3, 4, 5], (0..1000).step_by(7).collect(), (0..1000).collect()] {
            let mut want = vec![0i32; classes];
            let mut features: Vec<u32> = pick.iter().map(|&i| rows[i].0).collect();
            for &i in &pick {
                for &(c, v) in &rows[i].1 {
                    want[c as usize] += i32::from(v);
                }
            }
            features.push(0x1234_5678); // absent
            for w in [&w, &w2, &w3] {
                w.score(&features, &mut scores);
                assert_eq!(scores, want);
            }
        }
    }
}
