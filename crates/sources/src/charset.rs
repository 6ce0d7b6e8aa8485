//! Bytes to text: the encoding a byte-order mark, the HTTP `Content-Type` or the
//! page's own `<meta charset>` declares, else UTF-8 when the bytes are valid UTF-8,
//! else Windows-1252 (what browsers assume for undeclared Western pages).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Decodes `bytes`, a web page or feed, to text. Malformed sequences become U+FFFD.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    let encoding = Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or_else(|| content_type.and_then(charset_param).and_then(|l| Encoding::for_label(l.as_bytes())))
        .or_else(|| sniff_meta(bytes))
        .or_else(|| sniff_xml(bytes));
    decode_as(bytes, encoding)
}

/// Decodes `bytes`, an XML document (a feed), to text by its byte-order mark, else the
/// `encoding` of its leading XML declaration; a `<meta charset>` inside an item's
/// content is not the feed's. Malformed sequences become U+FFFD.
pub fn decode_xml(bytes: &[u8]) -> String {
    let encoding = Encoding::for_bom(bytes).map(|(e, _)| e).or_else(|| sniff_xml(bytes));
    decode_as(bytes, encoding)
}

/// Decodes with the declared encoding, else UTF-8 when the bytes are valid UTF-8, else
/// Windows-1252.
fn decode_as(bytes: &[u8], declared: Option<&'static Encoding>) -> String {
    let encoding = match declared {
        // A document cannot be UTF-16 once it is in our hands as bytes whose declaration
        // was readable as ASCII; browsers and XML parsers treat that as UTF-8 too.
        Some(e) if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE => {
            if Encoding::for_bom(bytes).is_some() {
                e
            } else {
                UTF_8
            }
        }
        Some(e) => e,
        None if std::str::from_utf8(bytes).is_ok() => UTF_8,
        None => WINDOWS_1252,
    };
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

/// The `charset` parameter of a media type: `text/html; charset="UTF-8"` → `UTF-8`.
pub fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim().eq_ignore_ascii_case("charset").then(|| value.trim().trim_matches(['"', '\'']).to_string())
    })
}

/// `<meta charset=x>` or `<meta http-equiv=content-type content="…; charset=x">` in
/// the first 4 KiB.
fn sniff_meta(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(i) = find(&lower[from..], b"<meta") {
        let start = from + i;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset=") {
            let value: Vec<u8> = tag[c + 8..]
                .iter()
                .copied()
                .skip_while(|b| *b == b'"' || *b == b'\'' || *b == b' ')
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                .collect();
            if let Some(e) = Encoding::for_label(&value) {
                return Some(e);
            }
        }
        from = end;
    }
    None
}

/// `<?xml version="1.0" encoding="x"?>` at the start of a feed.
fn sniff_xml(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(200)];
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = find(head, b"?>")?;
    let decl = &head[..end];
    let at = find(decl, b"encoding=")? + 9;
    let quote = *decl.get(at)?;
    let value: Vec<u8> = decl[at + 1..].iter().copied().take_while(|b| *b != quote).collect();
    Encoding::for_label(&value)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_encodings_win() {
        let latin1 = b"<html><head><meta charset=\"iso-8859-1\"></head><body>Caf\xe9</body></html>";
        assert!(decode(latin1, None).contains("Café"));
        assert!(decode(b"Caf\xe9", Some("text/html; charset=ISO-8859-1")).contains("Café"));
        let xml = b"<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss>\xcf</rss>";
        assert!(decode(xml, None).contains('П'));
        assert_eq!(decode("Café".as_bytes(), None), "Café");
        assert_eq!(decode(b"Caf\xe9", None), "Café");
        assert_eq!(charset_param("text/html; charset=\"utf-8\"").as_deref(), Some("utf-8"));
    }

    #[test]
    fn xml_by_its_declaration_not_by_a_meta_tag_in_its_content() {
        let xml =
            b"<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><![CDATA[<meta charset=\"utf-8\">]]>\xcf</rss>";
        assert!(decode_xml(xml).ends_with("]]>П</rss>"));
        // Declared UTF-16 but read as ASCII: UTF-8.
        assert!(decode_xml(b"<?xml version=\"1.0\" encoding=\"utf-16\"?><rss>Caf\xc3\xa9</rss>").contains("Café"));
        assert!(decode_xml(b"\xef\xbb\xbf<rss>\xc3\xa9</rss>").ends_with("<rss>é</rss>"));
    }
}
