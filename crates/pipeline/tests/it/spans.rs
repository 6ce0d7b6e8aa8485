//! Span alignment of a whole extraction, whatever the record: any JSON object with
//! integer `start` and `end` and a string `text` is a span into `document.text`.

use serde_json::Value;
use tidings_model::Extraction;

/// Asserts every span of `ex` lies on character boundaries of the document text and
/// covers exactly its `text`; returns how many spans were checked.
pub fn assert_aligned(ex: &Extraction) -> usize {
    let value = serde_json::to_value(ex).expect("an extraction serializes");
    let text = ex.document.text.as_str();
    let mut checked = 0;
    walk(&value, &mut |start, end, expected| {
        assert!(start <= end, "reversed span {start}..{end}");
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "span {start}..{end} splits a character");
        assert_eq!(text.get(start..end), Some(expected), "span {start}..{end}");
        checked += 1;
    });
    checked
}

fn walk(value: &Value, on_span: &mut impl FnMut(usize, usize, &str)) {
    match value {
        Value::Object(map) => {
            if let (Some(start), Some(end), Some(text)) = (
                map.get("start").and_then(Value::as_u64),
                map.get("end").and_then(Value::as_u64),
                map.get("text").and_then(Value::as_str),
            ) {
                on_span(start as usize, end as usize, text);
            }
            for (key, v) in map {
                // The document's own text is no span.
                if key != "document" {
                    walk(v, on_span);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| walk(v, on_span)),
        _ => {}
    }
}
