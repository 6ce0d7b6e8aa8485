//! The gazetteer's compiled form: the entries and their name indexes, written once by
//! `cargo xtask build-gazetteer` and read at start-up without parsing text or hashing
//! names.
//!
//! Layout (little-endian, stored uncompressed): the magic `TGAZ2`, the entry count and
//! the entries (kind, id, strings with a u16 length, points in 1e-5 degrees as i32,
//! population), the demonyms, then four name indexes (exact, loose, division base,
//! region). An index is its keys sorted byte-wise and concatenated, the end offset of
//! each key, the end offset of each key's postings, and the postings (entry numbers in
//! the order the entries were read). Lookups binary-search the keys.

use std::collections::BTreeMap;

use crate::{Entry, Kind};

const MAGIC: &[u8] = b"TGAZ2";

/// Sorted names with the entries each one reads as.
#[derive(Default)]
pub(crate) struct KeyIndex {
    keys: String,
    key_ends: Vec<u32>,
    post_ends: Vec<u32>,
    postings: Vec<u32>,
}

impl KeyIndex {
    pub(crate) fn build(map: &BTreeMap<String, Vec<u32>>) -> KeyIndex {
        let mut ix = KeyIndex::default();
        for (k, post) in map {
            ix.keys.push_str(k);
            ix.key_ends.push(ix.keys.len() as u32);
            ix.postings.extend(post);
            ix.post_ends.push(ix.postings.len() as u32);
        }
        ix
    }

    fn key(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.key_ends[i - 1] as usize };
        &self.keys[start..self.key_ends[i] as usize]
    }

    /// The entries under `key`, in the order they were indexed.
    pub(crate) fn get(&self, key: &str) -> &[u32] {
        let (mut lo, mut hi) = (0, self.key_ends.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.key(mid).cmp(key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => {
                    let start = if mid == 0 { 0 } else { self.post_ends[mid - 1] as usize };
                    return &self.postings[start..self.post_ends[mid] as usize];
                }
            }
        }
        &[]
    }

    pub(crate) fn len(&self) -> usize {
        self.key_ends.len()
    }
}

/// Everything the compiled file holds.
pub(crate) struct Tables {
    pub entries: Vec<Entry>,
    pub demonyms: Vec<(String, String)>,
    pub exact: KeyIndex,
    pub loose: KeyIndex,
    pub division_base: KeyIndex,
    pub regions: KeyIndex,
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
    fn big_str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
    fn u32s(&mut self, v: &[u32]) {
        self.u32(v.len() as u32);
        for &x in v {
            self.u32(x);
        }
    }
    fn point(&mut self, x: f64) {
        self.i32((x * 1e5).round() as i32);
    }
    fn index(&mut self, ix: &KeyIndex) {
        self.big_str(&ix.keys);
        self.u32s(&ix.key_ends);
        self.u32s(&ix.post_ends);
        self.u32s(&ix.postings);
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
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn i32(&mut self) -> Result<i32, String> {
        Ok(i32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().unwrap()))
    }
    fn str(&mut self) -> Result<String, String> {
        let len = u16::from_le_bytes(self.take(2)?.try_into().unwrap()) as usize;
        String::from_utf8(self.take(len)?.to_vec()).map_err(|e| e.to_string())
    }
    fn big_str(&mut self) -> Result<String, String> {
        let len = self.u32()? as usize;
        String::from_utf8(self.take(len)?.to_vec()).map_err(|e| e.to_string())
    }
    fn u32s(&mut self) -> Result<Vec<u32>, String> {
        let n = self.u32()? as usize;
        let raw = self.take(n * 4)?;
        Ok(raw.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().unwrap())).collect())
    }
    fn point(&mut self) -> Result<f64, String> {
        Ok(self.i32()? as f64 / 1e5)
    }
    fn index(&mut self) -> Result<KeyIndex, String> {
        Ok(KeyIndex { keys: self.big_str()?, key_ends: self.u32s()?, post_ends: self.u32s()?, postings: self.u32s()? })
    }
}

fn kind_code(k: Kind) -> u8 {
    match k {
        Kind::Country => 0,
        Kind::Admin1 => 1,
        Kind::Admin2 => 2,
        Kind::City => 3,
        Kind::Region => 4,
    }
}

pub(crate) fn write(t: &Tables) -> Vec<u8> {
    let mut w = Writer(MAGIC.to_vec());
    w.u32(t.entries.len() as u32);
    for e in &t.entries {
        w.u8(kind_code(e.kind));
        w.u64(e.id);
        for s in [&e.name, &e.country, &e.admin1, &e.admin2, &e.feature_class, &e.feature, &e.countries] {
            w.str(s);
        }
        for x in [e.lat, e.lon, e.rep_lat, e.rep_lon] {
            w.point(x);
        }
        w.u64(e.population);
    }
    w.u32(t.demonyms.len() as u32);
    for (d, cc) in &t.demonyms {
        w.str(d);
        w.str(cc);
    }
    for ix in [&t.exact, &t.loose, &t.division_base, &t.regions] {
        w.index(ix);
    }
    w.0
}

pub(crate) fn read(bytes: &[u8]) -> Result<Tables, String> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(MAGIC.len())? != MAGIC {
        return Err("not a compiled tidings gazetteer (run cargo xtask build-gazetteer)".into());
    }
    let n = r.u32()? as usize;
    let mut entries = Vec::with_capacity(n);
    for _ in 0..n {
        let kind = match r.u8()? {
            0 => Kind::Country,
            1 => Kind::Admin1,
            2 => Kind::Admin2,
            3 => Kind::City,
            4 => Kind::Region,
            k => return Err(format!("unknown entry kind {k}")),
        };
        let id = r.u64()?;
        let (name, country, admin1, admin2) = (r.str()?, r.str()?, r.str()?, r.str()?);
        let (feature_class, feature, countries) = (r.str()?, r.str()?, r.str()?);
        let (lat, lon, rep_lat, rep_lon) = (r.point()?, r.point()?, r.point()?, r.point()?);
        let population = r.u64()?;
        entries.push(Entry {
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
        });
    }
    let nd = r.u32()? as usize;
    let mut demonyms = Vec::with_capacity(nd);
    for _ in 0..nd {
        demonyms.push((r.str()?, r.str()?));
    }
    let (exact, loose, division_base, regions) = (r.index()?, r.index()?, r.index()?, r.index()?);
    let too_far = |ix: &KeyIndex| ix.postings.iter().any(|&p| p as usize >= entries.len());
    if [&exact, &loose, &division_base, &regions].into_iter().any(too_far) {
        return Err("gazetteer index points past its entries".into());
    }
    Ok(Tables { entries, demonyms, exact, loose, division_base, regions })
}
