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

    /// The lookup table: each feature's key and entry range in the slot its key
    /// hashes to, or the next free one.
    fn finish(self) -> Weights {
        let size = (self.keys.len() * 2).next_power_of_two().max(16);
        let mask = size - 1;
        let mut slots = vec![EMPTY; size];
        for (i, &k) in self.keys.iter().enumerate() {
            let mut s = slot_of(k, mask);
            while !slots[s].is_empty() {
                s = (s + 1) & mask;
            }
            slots[s] = Slot { key: k, start: self.starts[i], end: self.starts[i + 1] };
        }
        let mut table = Vec::with_capacity(SLOT * size);
        for s in &slots {
            for x in [s.key, s.start, s.end] {
                table.extend_from_slice(&x.to_le_bytes());
            }
        }
        let packed = self
            .entry_class
            .iter()
            .zip(&self.entry_value)
            .flat_map(|(&c, &v)| (u32::from(c) | (u32::from(v as u16) << 16)).to_le_bytes())
            .collect();
        Weights { classes: self.classes, scale: self.scale, slots: Cow::Owned(table), packed: Cow::Owned(packed), mask }
    }
}

/// Quantized averaged weights: for each feature a run of `(class, value)` entries,
/// looked up through an open-addressing table. Both are kept as the little-endian
/// bytes [`Weights::write_compiled`] writes, so the bundled model is read in place.
#[derive(Clone)]
pub struct Weights {
    classes: usize,
    scale: f32,
    /// The lookup table, [`SLOT`] bytes a slot: its feature's key and the range of its
    /// entries in `packed` (u32 LE each); a lookup touches one slot, then one run of
    /// entries.
    slots: Cow<'static, [u8]>,
    /// Entries as `class | value << 16` (u32 LE), features in ascending key order.
    packed: Cow<'static, [u8]>,
    mask: usize,
}

/// Bytes of a slot.
const SLOT: usize = 12;

#[derive(Clone, Copy)]
struct Slot {
    key: u32,
    start: u32,
    end: u32,
}

const EMPTY: Slot = Slot { key: 0, start: u32::MAX, end: 0 };

impl Slot {
    fn is_empty(self) -> bool {
        self.start == u32::MAX
    }
}

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
    fn slot(&self, s: usize) -> Slot {
        let b = &self.slots[SLOT * s..SLOT * (s + 1)];
        Slot { key: u32_at(b, 0), start: u32_at(b, 4), end: u32_at(b, 8) }
    }

    /// The features (ascending) with the start of their entries, and the end of the last.
    fn rows(&self) -> (Vec<u32>, Vec<u32>) {
        let mut used: Vec<Slot> = (0..=self.mask).map(|s| self.slot(s)).filter(|s| !s.is_empty()).collect();
        used.sort_unstable_by_key(|s| s.key);
        let mut starts: Vec<u32> = used.iter().map(|s| s.start).collect();
        starts.push(used.last().map_or(0, |s| s.end));
        (used.iter().map(|s| s.key).collect(), starts)
    }

    /// Entry `j`'s class and value.
    fn entry(&self, j: usize) -> (u8, i16) {
        let p = u32_at(&self.packed, 4 * j);
        ((p & 0xff) as u8, (p >> 16) as u16 as i16)
    }

    /// The same weights without entries whose magnitude is below `min` (a smaller
    /// model; features left with no entry are dropped).
    pub fn pruned(&self, min: i16) -> Weights {
        let mut b = Builder::new(self.classes, self.scale);
        let (keys, starts) = self.rows();
        for (i, &k) in keys.iter().enumerate() {
            let row: Vec<(u8, i16)> = (starts[i] as usize..starts[i + 1] as usize)
                .map(|j| self.entry(j))
                .filter(|&(_, v)| v.unsigned_abs() >= min.unsigned_abs())
                .collect();
            b.push(k, &row);
        }
        b.finish()
    }

    /// Number of features and of (feature, class) entries.
    pub fn size(&self) -> (usize, usize) {
        ((0..=self.mask).filter(|&s| !self.slot(s).is_empty()).count(), self.packed.len() / 4)
    }

    /// The slot holding `key`, probing from slot `s` (its home slot).
    #[inline]
    fn find_from(&self, mut s: usize, key: u32) -> Option<Slot> {
        loop {
            let slot = self.slot(s);
            if slot.is_empty() {
                return None;
            }
            if slot.key == key {
                return Some(slot);
            }
            s = (s + 1) & self.mask;
        }
    }

    /// Class scores for `features`, in quantized units. In three passes over each chunk
    /// of features, so that the processor overlaps the table reads, which miss the
    /// cache: the home slots of all features are prefetched, then probed (the cache
    /// lines of each hit's entries prefetched), then the entries summed.
    pub fn score(&self, features: &[u32], scores: &mut [i32]) {
        scores.fill(0);
        const CHUNK: usize = 128;
        let mut found = [(0u32, 0u32); CHUNK];
        let mut homes = [0usize; CHUNK];
        let slots: &[u8] = &self.slots;
        let packed: &[u8] = &self.packed;
        for chunk in features.chunks(CHUNK) {
            for (h, &f) in homes.iter_mut().zip(chunk) {
                *h = slot_of(f, self.mask);
                prefetch(slots, SLOT * *h);
            }
            let mut n = 0;
            for (&h, &f) in homes.iter().zip(chunk) {
                if let Some(slot) = self.find_from(h, f) {
                    // Every cache line of the entries (a parser row spans several).
                    let (a, b) = (4 * slot.start as usize, 4 * slot.end as usize);
                    for at in (a..b).step_by(64).chain(std::iter::once(b.saturating_sub(1))) {
                        prefetch(packed, at);
                    }
                    found[n] = (slot.start, slot.end);
                    n += 1;
                }
            }
            for &(a, b) in &found[..n] {
                for p in packed[4 * a as usize..4 * b as usize].chunks_exact(4) {
                    let p = u32::from_le_bytes(p.try_into().expect("4 bytes"));
                    scores[(p & 0xff) as usize] += i32::from((p >> 16) as u16 as i16);
                }
            }
        }
    }

    /// Appends the serialized weights: class count, scale, feature count, keys as
    /// delta varints, row lengths, classes, then values split into low and high bytes
    /// (which compress better than interleaved).
    pub fn write(&self, out: &mut Vec<u8>) {
        let (keys, starts) = self.rows();
        put_varint(out, self.classes as u64);
        out.extend_from_slice(&self.scale.to_le_bytes());
        put_varint(out, keys.len() as u64);
        let mut prev = 0u32;
        for &k in &keys {
            put_varint(out, u64::from(k - prev));
            prev = k;
        }
        for w in starts.windows(2) {
            put_varint(out, u64::from(w[1] - w[0]));
        }
        let entries: Vec<(u8, i16)> = (0..self.packed.len() / 4).map(|j| self.entry(j)).collect();
        out.extend(entries.iter().map(|e| e.0));
        out.extend(entries.iter().map(|e| e.1.to_le_bytes()[0]));
        out.extend(entries.iter().map(|e| e.1.to_le_bytes()[1]));
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
            b.starts.push(b.starts.last().expect("non-empty") + len);
        }
        let m = *b.starts.last().expect("non-empty") as usize;
        b.entry_class = r.bytes(m)?.to_vec();
        if b.entry_class.iter().any(|&c| c as usize >= classes) {
            return Err("class out of range".into());
        }
        let lo = r.bytes(m)?;
        let hi = r.bytes(m)?;
        b.entry_value = lo.iter().zip(hi).map(|(&l, &h)| i16::from_le_bytes([l, h])).collect();
        Ok(b.finish())
    }

    /// Appends the form read in place ([`Weights::read_compiled`]): class count, scale,
    /// slot count and entry count (u32 LE, f32 LE), then the slot table and the entries
    /// as held in memory.
    #[allow(dead_code)] // by build.rs and the tests
    pub(crate) fn write_compiled(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.classes as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&((self.mask + 1) as u32).to_le_bytes());
        out.extend_from_slice(&((self.packed.len() / 4) as u32).to_le_bytes());
        out.extend_from_slice(&self.slots);
        out.extend_from_slice(&self.packed);
    }

    /// Reads [`Weights::write_compiled`]'s form in place.
    pub(crate) fn read_compiled(r: &mut Reader<'static>) -> Result<Weights, String> {
        let head = r.bytes(16)?;
        let classes = u32_at(head, 0) as usize;
        let scale = f32::from_le_bytes(head[4..8].try_into().expect("4 bytes"));
        let (size, entries) = (u32_at(head, 8) as usize, u32_at(head, 12) as usize);
        if !size.is_power_of_two() {
            return Err("bad slot table".into());
        }
        let slots = r.bytes(SLOT * size)?;
        let packed = r.bytes(4 * entries)?;
        // Not scanned here (that would touch every page): the bundled bytes are derived
        // at build time and a test checks them; a bad range or class would panic on
        // lookup, never misread.
        Ok(Weights { classes, scale, slots: Cow::Borrowed(slots), packed: Cow::Borrowed(packed), mask: size - 1 })
    }
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
}
