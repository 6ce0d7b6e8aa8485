//! The gazetteer's compiled form: the entries and their name indexes, written once by
//! `cargo xtask build-gazetteer` and used in place at start-up: nothing is parsed,
//! hashed or allocated per entry when the gazetteer is opened. Entries are decoded into
//! [`Entry`] values in small blocks the first time one of them is read.
//!
//! Layout (little-endian, stored uncompressed, no alignment assumed): the magic `TGAZ4`,
//! the entry count `n`, the byte length of the entry records, `n` offsets (where each
//! record starts), the records (kind, id, strings with a u16 length, points in 1e-5
//! degrees as i32, population, rank), then eight key indexes: exact names, loose names,
//! division bases, regions, country codes, admin1 codes (`CC\tA1`), admin2 codes
//! (`CC\tA1\tA2`) and demonyms (`word\tCC`, the country the word names, no postings). An index is its key count, the byte length of its keys,
//! the keys sorted byte-wise and concatenated, the end offset of each key, the end
//! offset of each key's postings, the posting count and the postings (entry numbers, in
//! the order the entries were read). Lookups binary-search the keys in place.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::{Entry, Kind};

const MAGIC: &[u8] = b"TGAZ4";

/// How many entries are decoded together on first use.
pub(crate) const BLOCK: usize = 32;

/// The number of key indexes after the records.
const INDEXES: usize = 8;

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().expect("four bytes"))
}

/// A run of little-endian u32s in the compiled bytes.
#[derive(Clone, Copy)]
pub(crate) struct U32s<'b>(&'b [u8]);

impl<'b> U32s<'b> {
    pub(crate) fn len(&self) -> usize {
        self.0.len() / 4
    }

    pub(crate) fn get(&self, i: usize) -> u32 {
        u32_at(self.0, 4 * i)
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = u32> + 'b {
        self.0.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().expect("four bytes")))
    }

    pub(crate) fn to_vec(self) -> Vec<u32> {
        self.iter().collect()
    }
}

/// Sorted keys with the entries each one reads as, located in the compiled bytes.
#[derive(Clone, Copy, Default)]
pub(crate) struct KeyIndex {
    n: usize,
    keys: usize,
    keys_len: usize,
    key_ends: usize,
    post_ends: usize,
    postings: usize,
    postings_len: usize,
}

impl KeyIndex {
    fn key<'b>(&self, bytes: &'b [u8], i: usize) -> &'b [u8] {
        let start = if i == 0 { 0 } else { u32_at(bytes, self.key_ends + 4 * (i - 1)) as usize };
        let end = u32_at(bytes, self.key_ends + 4 * i) as usize;
        &bytes[self.keys + start..self.keys + end]
    }

    fn postings_of<'b>(&self, bytes: &'b [u8], i: usize) -> U32s<'b> {
        let start = if i == 0 { 0 } else { u32_at(bytes, self.post_ends + 4 * (i - 1)) as usize };
        let end = u32_at(bytes, self.post_ends + 4 * i) as usize;
        U32s(&bytes[self.postings + 4 * start..self.postings + 4 * end])
    }

    /// The entries under `key`, in the order they were indexed.
    pub(crate) fn get<'b>(&self, bytes: &'b [u8], key: &str) -> U32s<'b> {
        self.get_within(bytes, key, 0..self.n)
    }

    /// The entries under `key`, which if indexed is among the keys numbered `within`.
    pub(crate) fn get_within<'b>(&self, bytes: &'b [u8], key: &str, within: Range<usize>) -> U32s<'b> {
        let key = key.as_bytes();
        let (mut lo, mut hi) = (within.start, within.end.min(self.n));
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.key(bytes, mid).cmp(key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return self.postings_of(bytes, mid),
            }
        }
        U32s(&[])
    }

    /// The first key that starts with `prefix` (keys whose postings do not matter).
    pub(crate) fn first_with_prefix<'b>(&self, bytes: &'b [u8], prefix: &str) -> Option<&'b [u8]> {
        let prefix = prefix.as_bytes();
        let (mut lo, mut hi) = (0, self.n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.key(bytes, mid) < prefix {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        (lo < self.n).then(|| self.key(bytes, lo)).filter(|k| k.starts_with(prefix))
    }

    /// The numbers of the keys that start with `prefix` (they are consecutive).
    pub(crate) fn with_prefix(&self, bytes: &[u8], prefix: &str) -> Range<usize> {
        let prefix = prefix.as_bytes();
        let first = self.partition_point(bytes, 0, |k| k < prefix);
        first..self.partition_point(bytes, first, |k| k.starts_with(prefix))
    }

    /// The first key number from `from` on whose key fails `before` (which holds for a
    /// leading run of the keys from `from` on).
    fn partition_point(&self, bytes: &[u8], from: usize, before: impl Fn(&[u8]) -> bool) -> usize {
        let (mut lo, mut hi) = (from, self.n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if before(self.key(bytes, mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    pub(crate) fn len(&self) -> usize {
        self.n
    }

    /// Checks that the offsets are monotone and inside their sections and that every
    /// posting names one of `entries` entries.
    fn check(&self, bytes: &[u8], entries: usize) -> Result<(), String> {
        let ends = |at: usize, limit: usize| -> Result<(), String> {
            let mut prev = 0;
            for i in 0..self.n {
                let e = u32_at(bytes, at + 4 * i) as usize;
                if e < prev || e > limit {
                    return Err("gazetteer index offsets out of order".into());
                }
                prev = e;
            }
            Ok(())
        };
        ends(self.key_ends, self.keys_len)?;
        ends(self.post_ends, self.postings_len)?;
        let postings = U32s(&bytes[self.postings..self.postings + 4 * self.postings_len]);
        if postings.iter().any(|p| p as usize >= entries) {
            return Err("gazetteer index points past its entries".into());
        }
        Ok(())
    }
}

/// Where everything lies in the compiled bytes.
pub(crate) struct Layout {
    pub entries: usize,
    offsets: usize,
    records: usize,
    records_len: usize,
    pub exact: KeyIndex,
    pub loose: KeyIndex,
    pub division_base: KeyIndex,
    pub regions: KeyIndex,
    pub countries: KeyIndex,
    pub admin1: KeyIndex,
    pub admin2: KeyIndex,
    pub demonyms: KeyIndex,
}

impl Layout {
    fn record_range(&self, bytes: &[u8], i: usize) -> (usize, usize) {
        let start = u32_at(bytes, self.offsets + 4 * i) as usize;
        let end =
            if i + 1 < self.entries { u32_at(bytes, self.offsets + 4 * (i + 1)) as usize } else { self.records_len };
        (self.records + start, self.records + end)
    }

    /// Decodes entries `from..to`.
    pub(crate) fn decode(&self, bytes: &[u8], from: usize, to: usize) -> Result<Vec<Entry>, String> {
        (from..to.min(self.entries))
            .map(|i| {
                let (start, end) = self.record_range(bytes, i);
                let mut r = Reader { bytes: &bytes[..end], at: start };
                let e = r.entry()?;
                if r.at != end {
                    return Err("gazetteer entry has trailing bytes".into());
                }
                Ok(e)
            })
            .collect()
    }

    /// Decodes every entry once, to check the records (not done for the bundled file,
    /// which a test checks).
    pub(crate) fn check_records(&self, bytes: &[u8]) -> Result<(), String> {
        (0..self.entries).step_by(BLOCK).try_for_each(|b| self.decode(bytes, b, b + BLOCK).map(drop))
    }
}

/// What the compiler puts in the file.
pub(crate) struct Tables {
    pub entries: Vec<Entry>,
    pub exact: BTreeMap<String, Vec<u32>>,
    pub loose: BTreeMap<String, Vec<u32>>,
    pub division_base: BTreeMap<String, Vec<u32>>,
    pub regions: BTreeMap<String, Vec<u32>>,
    pub countries: BTreeMap<String, Vec<u32>>,
    pub admin1: BTreeMap<String, Vec<u32>>,
    pub admin2: BTreeMap<String, Vec<u32>>,
    pub demonyms: BTreeMap<String, Vec<u32>>,
}

struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn i32(&mut self, v: i32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        let len = u16::try_from(s.len()).expect("gazetteer strings are shorter than 64 KiB");
        self.0.extend_from_slice(&len.to_le_bytes());
        self.0.extend_from_slice(s.as_bytes());
    }
    fn point(&mut self, x: f64) {
        self.i32((x * 1e5).round() as i32);
    }
    fn index(&mut self, map: &BTreeMap<String, Vec<u32>>) {
        let keys: usize = map.keys().map(String::len).sum();
        self.u32(map.len() as u32);
        self.u32(keys as u32);
        for k in map.keys() {
            self.0.extend_from_slice(k.as_bytes());
        }
        let mut end = 0;
        for k in map.keys() {
            end += k.len();
            self.u32(end as u32);
        }
        let mut end = 0;
        for post in map.values() {
            end += post.len();
            self.u32(end as u32);
        }
        self.u32(end as u32);
        for post in map.values() {
            for &p in post {
                self.u32(p);
            }
        }
    }
    fn entry(&mut self, e: &Entry) {
        self.u8(kind_code(e.kind));
        self.u64(e.id);
        for s in [&e.name, &e.country, &e.admin1, &e.admin2, &e.feature_class, &e.feature, &e.countries] {
            self.str(s);
        }
        for x in [e.lat, e.lon, e.rep_lat, e.rep_lon] {
            self.point(x);
        }
        self.u64(e.population);
        self.u8(e.rank);
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or("truncated gazetteer")?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("four bytes")))
    }
    fn i32(&mut self) -> Result<i32, String> {
        Ok(i32::from_le_bytes(self.take(4)?.try_into().expect("four bytes")))
    }
    fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().expect("eight bytes")))
    }
    fn str(&mut self) -> Result<String, String> {
        let len = u16::from_le_bytes(self.take(2)?.try_into().expect("two bytes")) as usize;
        std::str::from_utf8(self.take(len)?).map(str::to_string).map_err(|e| e.to_string())
    }
    fn point(&mut self) -> Result<f64, String> {
        Ok(self.i32()? as f64 / 1e5)
    }
    /// Skips `n` u32s, returning where they start.
    fn u32s(&mut self, n: usize) -> Result<usize, String> {
        let at = self.at;
        self.take(n.checked_mul(4).ok_or("truncated gazetteer")?)?;
        Ok(at)
    }
    fn index(&mut self) -> Result<KeyIndex, String> {
        let n = self.u32()? as usize;
        let keys_len = self.u32()? as usize;
        let keys = self.at;
        self.take(keys_len)?;
        let key_ends = self.u32s(n)?;
        let post_ends = self.u32s(n)?;
        let postings_len = self.u32()? as usize;
        let postings = self.u32s(postings_len)?;
        Ok(KeyIndex { n, keys, keys_len, key_ends, post_ends, postings, postings_len })
    }
    fn entry(&mut self) -> Result<Entry, String> {
        let kind = match self.u8()? {
            0 => Kind::Country,
            1 => Kind::Admin1,
            2 => Kind::Admin2,
            3 => Kind::City,
            4 => Kind::Region,
            5 => Kind::Natural,
            k => return Err(format!("unknown entry kind {k}")),
        };
        let id = self.u64()?;
        let (name, country, admin1, admin2) = (self.str()?, self.str()?, self.str()?, self.str()?);
        let (feature_class, feature, countries) = (self.str()?, self.str()?, self.str()?);
        let (lat, lon, rep_lat, rep_lon) = (self.point()?, self.point()?, self.point()?, self.point()?);
        let population = self.u64()?;
        let rank = self.u8()?;
        Ok(Entry {
            kind,
            id,
            name,
            country,
            admin1,
            admin2,
            lat,
            lon,
            rep_lat,
            rep_lon,
            population,
            feature_class,
            feature,
            countries,
            rank,
        })
    }
}

fn kind_code(k: Kind) -> u8 {
    match k {
        Kind::Country => 0,
        Kind::Admin1 => 1,
        Kind::Admin2 => 2,
        Kind::City => 3,
        Kind::Region => 4,
        Kind::Natural => 5,
    }
}

pub(crate) fn write(t: &Tables) -> Vec<u8> {
    let mut records = Writer(Vec::new());
    let mut offsets = Vec::with_capacity(t.entries.len());
    for e in &t.entries {
        offsets.push(records.0.len() as u32);
        records.entry(e);
    }
    let mut w = Writer(MAGIC.to_vec());
    w.u32(t.entries.len() as u32);
    w.u32(u32::try_from(records.0.len()).expect("entry records fit in 4 GiB"));
    for o in offsets {
        w.u32(o);
    }
    w.0.extend_from_slice(&records.0);
    let indexes: [&BTreeMap<String, Vec<u32>>; INDEXES] =
        [&t.exact, &t.loose, &t.division_base, &t.regions, &t.countries, &t.admin1, &t.admin2, &t.demonyms];
    for ix in indexes {
        w.index(ix);
    }
    w.0
}

/// Locates the sections of the compiled bytes and checks the offsets and postings
/// (not the entry records themselves: [`Layout::check_records`]).
pub(crate) fn layout(bytes: &[u8]) -> Result<Layout, String> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(MAGIC.len()).ok() != Some(MAGIC) {
        return Err("not a compiled tidings gazetteer (run cargo xtask build-gazetteer)".into());
    }
    let entries = r.u32()? as usize;
    let records_len = r.u32()? as usize;
    let offsets = r.u32s(entries)?;
    let records = r.at;
    r.take(records_len)?;
    let mut prev = 0;
    for i in 0..entries {
        let o = u32_at(bytes, offsets + 4 * i) as usize;
        if o < prev || o >= records_len || (i == 0 && o != 0) {
            return Err("gazetteer entry offsets out of order".into());
        }
        prev = o;
    }
    let mut ix = [KeyIndex::default(); INDEXES];
    for slot in &mut ix {
        *slot = r.index()?;
    }
    if r.at != bytes.len() {
        return Err("gazetteer has trailing bytes".into());
    }
    for i in &ix {
        i.check(bytes, entries)?;
    }
    let [exact, loose, division_base, regions, countries, admin1, admin2, demonyms] = ix;
    Ok(Layout {
        entries,
        offsets,
        records,
        records_len,
        exact,
        loose,
        division_base,
        regions,
        countries,
        admin1,
        admin2,
        demonyms,
    })
}
