//! Near-duplicate fingerprints of documents: SimHash over word shingles, confirmed by
//! shingle containment.
//!
//! A wire copy or re-publication differs from its original by a headline, a dateline,
//! a boilerplate line or a cut last paragraph. Its 64-bit [`simhash`] lies within a few
//! bits of the original's, while unrelated texts differ in about 32 bits; candidates
//! within [`CANDIDATE_BITS`] are confirmed with the exact [`containment`] of their
//! shingle sets, so a chance SimHash collision never links two different stories.

use std::collections::HashSet;

/// Words per shingle.
const SHINGLE: usize = 4;

/// SimHash distance (in bits) below which two documents are compared exactly.
pub const CANDIDATE_BITS: u32 = 18;

/// Shingle containment from which two documents count as copies of one text: the share
/// of the shorter document's shingles found in the longer one.
pub const MIN_CONTAINMENT: f64 = 0.8;

/// Documents with fewer words than this are never called copies: short texts
/// ("Police said two people died.") repeat by chance.
pub const MIN_WORDS: usize = 25;

/// Lowercased alphanumeric words of `text`.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The hashed word shingles of `text` (a set; order does not matter).
pub fn shingles(text: &str) -> HashSet<u64> {
    let words = words(text);
    if words.len() < SHINGLE {
        return words.iter().map(|w| fnv1a(w.as_bytes())).collect();
    }
    words
        .windows(SHINGLE)
        .map(|w| {
            let mut h = FNV_OFFSET;
            for word in w {
                h = fnv1a_from(h, word.as_bytes());
                h = fnv1a_from(h, b" ");
            }
            h
        })
        .collect()
}

/// The 64-bit SimHash of `text`'s shingles.
pub fn simhash(text: &str) -> u64 {
    let mut counts = [0i64; 64];
    for h in shingles(text) {
        let h = mix(h);
        for (bit, count) in counts.iter_mut().enumerate() {
            *count += if h >> bit & 1 == 1 { 1 } else { -1 };
        }
    }
    counts.iter().enumerate().fold(0u64, |acc, (bit, &c)| if c > 0 { acc | 1 << bit } else { acc })
}

/// Bits in which two SimHashes differ.
pub fn distance(a: u64, b: u64) -> u32 {
    (a ^ b).count_ones()
}

/// Share of the smaller shingle set contained in the other (0 when either is empty).
pub fn containment(a: &HashSet<u64>, b: &HashSet<u64>) -> f64 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.is_empty() {
        return 0.0;
    }
    small.iter().filter(|h| large.contains(h)).count() as f64 / small.len() as f64
}

/// Whether two texts are copies of one another (exact check, after a SimHash match).
pub fn is_copy(a: &str, b: &str) -> bool {
    if words(a).len() < MIN_WORDS || words(b).len() < MIN_WORDS {
        return false;
    }
    containment(&shingles(a), &shingles(b)) >= MIN_CONTAINMENT
}

pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a, 64 bits: stable across platforms and releases (fingerprints are stored).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_from(FNV_OFFSET, bytes)
}

pub(crate) fn fnv1a_from(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// SplitMix64 finalizer: spreads FNV's weak high bits over all 64.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Security forces killed two militants in a clash near the border town on Tuesday, \
        officials said. The militants had attacked a checkpoint at dawn with rifles and grenades. \
        Three soldiers were wounded and taken to a hospital in the provincial capital. The \
        interior ministry said the attackers belonged to a group that had claimed earlier attacks \
        in the region. An investigation is under way, and roads into the town remain closed.";

    #[test]
    fn copies_are_close_and_confirmed() {
        let copy = format!("KABUL (Wire) - {STORY}\nCopyright 2024 Wire Service. All rights reserved.");
        assert!(distance(simhash(STORY), simhash(&copy)) <= CANDIDATE_BITS);
        assert!(is_copy(STORY, &copy));
        // A cut last sentence is still a copy.
        let cut = &STORY[..STORY.rfind("An investigation").unwrap()];
        assert!(is_copy(STORY, cut));
    }

    #[test]
    fn different_stories_are_not_copies() {
        let other = "Thousands of people marched through the capital on Saturday to protest against \
            rising fuel prices, and police used tear gas to disperse a crowd outside parliament. \
            Organisers said the protest would continue until the government reversed the increase, \
            which took effect at the start of the month and doubled the price of diesel.";
        assert!(distance(simhash(STORY), simhash(other)) > 10);
        assert!(!is_copy(STORY, other));
        assert!(!is_copy("Two people died.", "Two people died."), "short texts are never copies");
    }

    #[test]
    fn simhash_is_stable() {
        // Stored fingerprints must not change between releases.
        assert_eq!(simhash("one two three four five"), simhash("One, two; three four five!"));
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
