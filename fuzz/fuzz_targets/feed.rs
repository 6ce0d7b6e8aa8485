//! A feed of arbitrary bytes: parsed (RSS, Atom, JSON Feed) or refused with an error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tidings_sources::feed;

fuzz_target!(|data: &[u8]| {
    let _ = feed::looks_like_feed(data);
    if let Ok(parsed) = feed::parse(data, Some("https://news.example.org/rss")) {
        for entry in parsed.entries {
            let _ = feed::merge(&entry, tidings_sources::Article::default());
        }
    }
});
