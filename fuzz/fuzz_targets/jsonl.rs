//! JSON Lines and standard-input reading of arbitrary bytes: every line a document or
//! an error naming it.
#![no_main]

use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use tidings_pipeline::input::{self, Options};

fuzz_target!(|data: &[u8]| {
    let options = Options { max_bytes: 4096, ..Options::default() };
    for item in input::read_json_lines("fuzz.jsonl", Cursor::new(data.to_vec()), &options) {
        if let Err(e) = item.result {
            assert!(e.to_string().starts_with("fuzz.jsonl:"), "{e}");
        }
    }
    for item in input::read_reader(data, &options) {
        if let Err(e) = item.result {
            assert!(e.to_string().starts_with("<stdin>"), "{e}");
        }
    }
});
