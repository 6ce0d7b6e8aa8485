//! A WARC stream of arbitrary bytes: every record read or refused, with a small size
//! limit so the limit's path is fuzzed too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tidings_sources::warc;

fuzz_target!(|data: &[u8]| {
    for page in warc::pages(data, 4096).take(1000) {
        if let Ok(page) = page {
            let _ = (page.url, page.date, page.html.len());
        }
    }
});
