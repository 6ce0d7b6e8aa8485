//! Bounding how deep a page nests, before it is parsed.
//!
//! The HTML parser, Readability and our pruning all walk up or down the tree from
//! each element, so a page nested `d` elements deep costs `O(n·d)`: 8,000 nested
//! `<div>`s took 26 s. News pages nest a few dozen levels. Like browsers (Blink stops
//! nesting at 512), a page deeper than the limit is flattened: tags that would open
//! an element below the limit, and the end tags that close them, are dropped, so
//! their content joins the deepest element allowed. One linear pass over the bytes,
//! with no allocation when nothing is dropped.

use std::borrow::Cow;

/// The default deepest element nesting kept (see [`flatten`]).
pub const MAX_DEPTH: usize = 256;

/// Elements with no content and no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track",
    "wbr",
];

/// Elements whose end tag may be left out (a new `<p>` closes the last one): they do
/// not count towards the depth, or ten thousand unclosed `<p>`s would count as deep.
const OPTIONAL_END: &[&str] = &[
    "body", "caption", "colgroup", "dd", "dt", "head", "html", "li", "optgroup", "option", "p", "rb", "rp", "rt",
    "rtc", "tbody", "td", "tfoot", "th", "thead", "tr",
];

/// Elements whose content is text up to their end tag.
const RAW_TEXT: &[&str] =
    &["iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp"];

/// The page with its elements nested at most `max_depth` deep, and how deep it nested
/// (counting the elements that need an end tag). Borrowed when nothing was dropped.
pub fn flatten(html: &str, max_depth: usize) -> (Cow<'_, str>, usize) {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    // Bytes up to `copied` are in `out` (or need not be, while `out` is `None`).
    let mut copied = 0;
    let mut depth = 0usize;
    let mut deepest = 0usize;
    // Open <svg> and <math>: inside them `<x/>` closes itself.
    let mut foreign = 0usize;
    let mut i = 0;
    while let Some(offset) = memchr(b'<', &bytes[i..]) {
        let lt = i + offset;
        let rest = &bytes[lt + 1..];
        if rest.starts_with(b"!--") {
            i = find(bytes, lt + 4, b"-->").map_or(bytes.len(), |k| k + 3);
            continue;
        }
        if rest.first().is_some_and(|&b| b == b'!' || b == b'?') {
            i = memchr(b'>', rest).map_or(bytes.len(), |k| lt + 1 + k + 1);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len = bytes[name_start..].iter().take_while(|&&b| name_byte(b)).count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            i = lt + 1;
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let end = tag_end(bytes, name_start + name_len);
        let self_closing = !closing && end >= 2 && bytes[end - 2] == b'/';
        // Raw-text elements count neither way: their start tags do not deepen the page,
        // so their end tags must not close (or be dropped as closing) another element
        // (a dropped `</title>` let a later `</title` end the title instead; found by
        // fuzzing).
        let counted = !VOID.contains(&name.as_str())
            && !OPTIONAL_END.contains(&name.as_str())
            && !RAW_TEXT.contains(&name.as_str());
        let mut drop = false;
        if closing {
            if counted && depth > 0 {
                drop = depth > max_depth;
                depth -= 1;
            }
            if matches!(name.as_str(), "svg" | "math") {
                foreign = foreign.saturating_sub(1);
            }
        } else if counted && !(self_closing && foreign > 0) {
            depth += 1;
            deepest = deepest.max(depth);
            drop = depth > max_depth;
            if matches!(name.as_str(), "svg" | "math") {
                foreign += 1;
            }
        }
        if drop {
            let out = out.get_or_insert_with(|| String::with_capacity(html.len()));
            push_kept(out, &html[copied..lt]);
            copied = end;
        }
        i = end;
        if !closing && RAW_TEXT.contains(&name.as_str()) {
            // Skip the element's text: a `<div>` inside a script is no element.
            i = raw_text_end(bytes, end, name.as_bytes());
        }
    }
    match out {
        Some(mut out) => {
            out.push_str(&html[copied..]);
            (Cow::Owned(out), deepest)
        }
        None => (Cow::Borrowed(html), deepest),
    }
}

/// Appends the text kept before a dropped tag. A `<` it ends with (one with no `>` after
/// it, so a literal `<` of the text) is escaped: with the tag gone it would otherwise
/// join the text after the tag into a new tag (`<` `<i>` `i>` → `<i>`; found by fuzzing).
fn push_kept(out: &mut String, chunk: &str) {
    match chunk.rfind('<') {
        Some(k) if !chunk[k..].contains('>') => {
            out.push_str(&chunk[..k]);
            out.push_str("&lt;");
            out.push_str(&chunk[k + 1..]);
        }
        _ => out.push_str(chunk),
    }
}

/// The index just past the `>` that ends a tag whose attributes start at `from`
/// (quoted values may hold `>`), or the end of the input.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (k, &b) in bytes[from..].iter().enumerate() {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return from + k + 1,
            None => {}
        }
    }
    bytes.len()
}

/// The start of `</name` (any case) at or after `from` where the tag's name ends, or the
/// end of the input. `</titlex` is text inside a title, as for browsers: read as the end,
/// it was a tag `flatten` could drop, and the title then ended elsewhere on the next
/// reading (found by fuzzing).
fn raw_text_end(bytes: &[u8], from: usize, name: &[u8]) -> usize {
    let mut i = from;
    while let Some(k) = find(bytes, i, b"</") {
        let after = &bytes[k + 2..];
        if after.len() >= name.len()
            && after[..name.len()].eq_ignore_ascii_case(name)
            && after.get(name.len()).is_none_or(|&b| !name_byte(b))
        {
            return k;
        }
        i = k + 2;
    }
    bytes.len()
}

/// A byte of a tag's name.
fn name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b':')
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

/// The first `needle` in `bytes` at or after `from`.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let first = needle[0];
    let mut i = from;
    while let Some(k) = memchr(first, bytes.get(i..)?) {
        let at = i + k;
        if bytes[at..].starts_with(needle) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_are_untouched() {
        let page = "<html><body><div class=\"a>b\"><p>One<p>Two<br><img src=x></div>\
            <script>if (a<b) { document.write('<div><div>') }</script><!-- <div> --></body></html>";
        let (out, deepest) = flatten(page, 3);
        assert!(matches!(out, Cow::Borrowed(_)));
        assert_eq!(deepest, 1);
    }

    #[test]
    fn deep_nesting_is_flattened_keeping_the_text() {
        let n = 1000;
        let page = format!("<body>{}<p>Deep text.</p>{}<p>After.</p></body>", "<div>".repeat(n), "</div>".repeat(n));
        let (out, deepest) = flatten(&page, 10);
        assert_eq!(deepest, n);
        assert_eq!(
            out,
            format!("<body>{}<p>Deep text.</p>{}<p>After.</p></body>", "<div>".repeat(10), "</div>".repeat(10))
        );
        assert_eq!(flatten(&out, 10).1, 10);
    }

    #[test]
    fn a_raw_text_end_tag_is_never_dropped() {
        // Found by fuzzing (fuzz/corpus/html/crash-raw-text-end-tag.html, minimized): the
        // dropped `</title>` made the flattened page nest deeper than the limit.
        let page = "<b><i><title></title></y\"</title><r><a";
        let (out, _) = flatten(page, 1);
        assert_eq!(out, "<b><title></title>");
        assert_eq!(flatten(&out, 1).1, 1);
        let bytes =
            std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../fuzz/corpus/html/crash-raw-text-end-tag.html"))
                .unwrap();
        let page = String::from_utf8_lossy(&bytes);
        let (out, _) = flatten(&page, 16);
        assert!(flatten(&out, 16).1 <= 16);
    }

    #[test]
    fn a_longer_name_does_not_end_raw_text() {
        // Read as the title's end, `</titlex>` let the `<b>`s of the title's text count
        // and be dropped.
        let page = "<title>a</titlex><b><b></title><p>b";
        assert_eq!(flatten(page, 1), (Cow::Borrowed(page), 0));
    }

    #[test]
    fn a_literal_lt_does_not_become_a_tag() {
        let page = "<div><<div>i>x</div></div>";
        let (out, _) = flatten(page, 1);
        assert_eq!(out, "<div>&lt;i>x</div>");
        assert_eq!(flatten(&out, 1).1, 1);
        let page = "<div></<div>x>y</div></div>";
        assert_eq!(flatten(page, 1).0, "<div>&lt;/x>y</div>");
    }

    #[test]
    fn self_closing_svg_children_do_not_count() {
        let page = format!("<div><svg>{}</svg></div><div><div>x</div></div>", "<path d='M0'/>".repeat(50));
        let (out, deepest) = flatten(&page, 3);
        assert!(matches!(out, Cow::Borrowed(_)), "{out}");
        assert_eq!(deepest, 2);
    }

    #[test]
    fn broken_markup_ends() {
        for page in ["<", "<div", "<div class='", "<!--", "<script>", "</div></div>", "<1>", "<a\u{e9}>é"] {
            let (out, _) = flatten(page, 1);
            assert_eq!(out, page);
        }
    }
}
