//! The whole extraction on arbitrary text: never panics, and every span of the
//! result lies on character boundaries and covers exactly its text.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use tidings_pipeline::{Input, Pipeline};

static PIPELINE: LazyLock<Pipeline> = LazyLock::new(Pipeline::bundled);

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let ex = PIPELINE.extract(&Input { text, published: Some("2024-03-09".into()), ..Input::default() });
    let doc = ex.document.text.clone();
    check(&serde_json::to_value(&ex).unwrap(), &doc);
});

fn check(value: &Value, doc: &str) {
    match value {
        Value::Object(map) => {
            if let (Some(s), Some(e), Some(t)) = (
                map.get("start").and_then(Value::as_u64),
                map.get("end").and_then(Value::as_u64),
                map.get("text").and_then(Value::as_str),
            ) {
                assert_eq!(doc.get(s as usize..e as usize), Some(t), "span {s}..{e}");
            }
            for (k, v) in map {
                if k != "document" {
                    check(v, doc);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| check(v, doc)),
        _ => {}
    }
}
