//! An HTML page of arbitrary bytes: decoded, flattened, extracted. Never panics; the
//! flattened page nests no deeper than the limit.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tidings_sources::{charset, html};

fuzz_target!(|data: &[u8]| {
    let page = charset::decode(data, None);
    let (flat, _) = html::depth::flatten(&page, 16);
    assert!(html::depth::flatten(&flat, 16).1 <= 16);
    let article = html::extract_with(&page, Some("https://news.example.org/2024/03/09/a"), 16);
    let _ = html::parse_date(&article.text);
});
