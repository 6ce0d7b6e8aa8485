//! Article metadata: title, publication date, author, outlet, language, canonical URL.
//!
//! Each field is taken from the first source that has it, most explicit first:
//! JSON-LD (`NewsArticle` and kin), Open Graph / `article:*` / Dublin Core / Parse.ly
//! meta tags, microdata (`itemprop`), `<time datetime>` elements, and last the page
//! URL (`/2024/03/09/` in the path) and host name.

use dom_query::{Document, NodeRef};
use serde_json::Value;

use crate::Article;

/// Meta tags (`name` or `property`) holding the publication date, best first.
const DATE_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "date",
    "article.published",
    "published-date",
    "release_date",
    "og:updated_time",
    "article:modified_time",
];

const TITLE_META: &[&str] = &["og:title", "twitter:title", "parsely-title", "dc.title", "headline"];
const AUTHOR_META: &[&str] = &["author", "article:author", "parsely-author", "dc.creator", "sailthru.author", "byl"];
const SITE_META: &[&str] = &["og:site_name", "application-name", "publisher", "dc.publisher"];

/// Reads the metadata of `doc`, read from `url` (absolute, if given). The text is left
/// empty.
pub fn read(doc: &Document, url: Option<&str>) -> Article {
    let metas = meta_tags(doc);
    let meta = |names: &[&str]| {
        names.iter().find_map(|n| metas.iter().find(|(k, v)| k == n && !v.is_empty()).map(|(_, v)| v.clone()))
    };
    let ld = json_ld(doc);

    let title = ld
        .headline
        .clone()
        .or_else(|| meta(TITLE_META))
        .or_else(|| first_text(doc, "h1"))
        .or_else(|| first_text(doc, "title").map(|t| strip_site_suffix(&t)))
        .map(|t| collapse(&t))
        .filter(|t| !t.is_empty());

    let published = ld
        .published
        .as_deref()
        .and_then(parse_date)
        .or_else(|| meta(DATE_META).as_deref().and_then(parse_date))
        .or_else(|| itemprop_date(doc))
        .or_else(|| time_element(doc))
        .or_else(|| url.and_then(date_in_url));

    let author = ld
        .author
        .clone()
        .or_else(|| meta(AUTHOR_META).filter(|a| !a.starts_with("http")))
        .or_else(|| first_text(doc, "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author]"))
        .or_else(|| first_text(doc, ".byline, .author, .c-byline").map(|b| strip_by(&b)))
        .map(|a| collapse(&a))
        .filter(|a| !a.is_empty() && a.len() < 200);

    let host = url.and_then(|u| url::Url::parse(u).ok()).and_then(|u| u.host_str().map(str::to_string));
    let source = ld
        .publisher
        .clone()
        .or_else(|| meta(SITE_META))
        .or_else(|| host.map(|h| h.trim_start_matches("www.").to_string()))
        .map(|s| collapse(&s))
        .filter(|s| !s.is_empty());

    let language = doc
        .select_single("html")
        .attr("lang")
        .map(|l| l.to_string())
        .or_else(|| meta(&["content-language", "og:locale", "dc.language", "language"]))
        .and_then(|l| language_code(&l));

    let canonical = doc
        .select("link[rel=canonical]")
        .attr("href")
        .map(|h| h.to_string())
        .or_else(|| meta(&["og:url"]))
        .and_then(|h| absolute(url, h.trim()));
    let url = canonical.or_else(|| url.map(str::to_string));

    Article { url, title, published, author, source, language, text: String::new() }
}

/// `(lowercased name or property, content)` of every `<meta>` with content.
fn meta_tags(doc: &Document) -> Vec<(String, String)> {
    doc.select("meta[content]")
        .nodes()
        .iter()
        .filter_map(|m| {
            let key = m
                .attr("property")
                .or_else(|| m.attr("name"))
                .or_else(|| m.attr("itemprop"))
                .or_else(|| m.attr("http-equiv"))?;
            Some((key.to_ascii_lowercase(), m.attr("content")?.trim().to_string()))
        })
        .collect()
}

/// What the page's JSON-LD says about the article.
#[derive(Default)]
struct LinkedData {
    headline: Option<String>,
    published: Option<String>,
    author: Option<String>,
    publisher: Option<String>,
}

fn json_ld(doc: &Document) -> LinkedData {
    let mut ld = LinkedData::default();
    for script in doc.select(r#"script[type="application/ld+json"]"#).nodes() {
        let text = script.text();
        let Ok(value) = serde_json::from_str::<Value>(text.trim()) else { continue };
        visit(&value, &mut ld, 0);
    }
    ld
}

fn visit(value: &Value, ld: &mut LinkedData, depth: usize) {
    if depth > 6 {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| visit(v, ld, depth + 1)),
        Value::Object(map) => {
            let types: Vec<&str> = match map.get("@type") {
                Some(Value::String(t)) => vec![t.as_str()],
                Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            let articleish = types.iter().any(|t| t.ends_with("Article") || t.ends_with("Posting") || *t == "Report");
            if articleish || map.contains_key("datePublished") {
                if ld.headline.is_none() {
                    ld.headline = map.get("headline").and_then(Value::as_str).map(str::to_string);
                }
                if ld.published.is_none() {
                    ld.published = map.get("datePublished").and_then(Value::as_str).map(str::to_string);
                }
                if ld.author.is_none() {
                    ld.author = map.get("author").and_then(names);
                }
                if ld.publisher.is_none() {
                    ld.publisher = map.get("publisher").and_then(names);
                }
            }
            if let Some(graph) = map.get("@graph") {
                visit(graph, ld, depth + 1);
            }
            if let Some(entity) = map.get("mainEntity") {
                visit(entity, ld, depth + 1);
            }
        }
        _ => {}
    }
}

/// `"Jane"`, `{"name": "Jane"}` or a list of those, as `Jane, John`.
fn names(value: &Value) -> Option<String> {
    let one = |v: &Value| match v {
        Value::String(s) if !s.starts_with("http") => Some(s.trim().to_string()),
        Value::Object(m) => m.get("name").and_then(Value::as_str).map(|s| s.trim().to_string()),
        _ => None,
    };
    let all: Vec<String> = match value {
        Value::Array(items) => items.iter().filter_map(one).collect(),
        v => one(v).into_iter().collect(),
    };
    let all: Vec<String> = all.into_iter().filter(|s| !s.is_empty()).collect();
    (!all.is_empty()).then(|| all.join(", "))
}

fn itemprop_date(doc: &Document) -> Option<String> {
    doc.select("[itemprop=datePublished]").nodes().iter().find_map(|n| {
        n.attr("datetime")
            .or_else(|| n.attr("content"))
            .map(|s| s.to_string())
            .or_else(|| Some(n.text().to_string()))
            .as_deref()
            .and_then(parse_date)
    })
}

/// The `datetime` of a `<time pubdate>`, of one marked as published, else of the
/// first `<time>` inside the article (or page).
fn time_element(doc: &Document) -> Option<String> {
    let times = doc.select("article time[datetime], time[datetime]");
    let nodes = times.nodes();
    let marked = nodes.iter().find(|t| {
        t.has_attr("pubdate")
            || t.attr("class").is_some_and(|c| c.to_ascii_lowercase().contains("publish"))
            || t.parent().and_then(|p| p.attr("class")).is_some_and(|c| c.to_ascii_lowercase().contains("publish"))
    });
    marked.or(nodes.first()).and_then(|t| t.attr("datetime")).as_deref().and_then(parse_date)
}

/// `/2024/03/09/`, `/2024-03-09/`, `/20240309/` in a URL's path.
fn date_in_url(url: &str) -> Option<String> {
    let path = url::Url::parse(url).ok()?.path().to_string();
    let parts: Vec<&str> = path.split(['/', '-', '_', '.']).filter(|p| !p.is_empty()).collect();
    for w in parts.windows(3) {
        if w[0].len() == 4 && w[1].len() <= 2 && w[2].len() <= 2 {
            if let Some(d) = ymd(w[0], w[1], w[2]) {
                return Some(d);
            }
        }
    }
    parts
        .iter()
        .filter(|p| p.len() == 8 && p.bytes().all(|b| b.is_ascii_digit()))
        .find_map(|p| ymd(&p[..4], &p[4..6], &p[6..]))
}

fn ymd(y: &str, m: &str, d: &str) -> Option<String> {
    let (y, m, d): (i16, i8, i8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1990..=2100).contains(&y) {
        return None;
    }
    let date = jiff::civil::Date::new(y, m, d).ok()?;
    Some(date.to_string())
}

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// A publication date in any of the usual forms, as `YYYY-MM-DD` (the day as written,
/// in the writer's time zone): ISO 8601 (`2024-03-09T23:30:00+03:00`, `2024-03-09`,
/// `2024/03/09`), RFC 2822 (`Sat, 09 Mar 2024 20:30:00 GMT`), `March 9, 2024`,
/// `9 March 2024`. `None` when no full date is found.
pub fn parse_date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    // ISO-like: YYYY-MM-DD or YYYY/MM/DD at the start.
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() >= 10
        && digits(0..4)
        && matches!(b[4], b'-' | b'/' | b'.')
        && b[7] == b[4]
        && digits(5..7)
        && digits(8..10)
    {
        return ymd(&s[..4], &s[5..7], &s[8..10]);
    }
    if b.len() >= 8 && digits(0..8) && b.get(8).is_none_or(|c| !c.is_ascii_digit()) {
        return ymd(&s[..4], &s[4..6], &s[6..8]);
    }
    // Words: a month name, the day next to it (before or after) and a 4-digit year.
    let tokens: Vec<&str> = s.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).collect();
    let year = tokens.iter().find(|t| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))?;
    let (at, month) = tokens.iter().enumerate().find_map(|(i, t)| {
        let lower = t.to_ascii_lowercase();
        let m = MONTHS.iter().position(|m| lower.starts_with(m))?;
        // "mar" but not "market": a month name or its abbreviation.
        let full = tidings_text::MONTH_NAMES[m];
        (lower.len() == 3 || full.starts_with(&lower) || lower == "sept").then_some((i, m + 1))
    })?;
    fn day_of<'a>(t: &&'a str) -> Option<&'a str> {
        let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &t[digits.len()..];
        (matches!(suffix, "" | "st" | "nd" | "rd" | "th")
            && (1..=2).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit()))
        .then_some(digits)
    }
    let day = tokens
        .get(at + 1)
        .and_then(day_of)
        .or_else(|| at.checked_sub(1).and_then(|i| tokens.get(i)).and_then(day_of))?;
    ymd(year, &month.to_string(), day)
}

fn first_text(doc: &Document, selector: &str) -> Option<String> {
    doc.select(selector).nodes().iter().map(NodeRef::text).map(|t| collapse(&t)).find(|t| !t.is_empty())
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strip_by(s: &str) -> String {
    let s = collapse(s);
    s.strip_prefix("By ").or_else(|| s.strip_prefix("by ")).unwrap_or(&s).to_string()
}

/// `Headline | Site` → `Headline` (the longer side of the last separator).
fn strip_site_suffix(title: &str) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if head.len() > tail.len() {
                return head.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// `en-GB` → `en`, `pt_BR` → `pt`; `None` for anything that is not a language tag.
fn language_code(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    ((2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase())).then_some(primary)
}

fn absolute(base: Option<&str>, href: &str) -> Option<String> {
    if href.starts_with("http://") || href.starts_with("https://") {
        return Some(href.to_string());
    }
    let base = url::Url::parse(base?).ok()?;
    base.join(href).ok().map(|u| u.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_many_forms() {
        assert_eq!(parse_date("2024-03-09T23:30:00+03:00").as_deref(), Some("2024-03-09"));
        assert_eq!(parse_date("2024/03/09").as_deref(), Some("2024-03-09"));
        assert_eq!(parse_date("20240309").as_deref(), Some("2024-03-09"));
        assert_eq!(parse_date("Sat, 09 Mar 2024 20:30:00 GMT").as_deref(), Some("2024-03-09"));
        assert_eq!(parse_date("March 9, 2024").as_deref(), Some("2024-03-09"));
        assert_eq!(parse_date("9th March 2024, 10:15").as_deref(), Some("2024-03-09"));
        assert_eq!(parse_date("Published 11:11 PM EST Nov 19, 2019").as_deref(), Some("2019-11-19"));
        assert_eq!(parse_date("2024-02-30"), None);
        assert_eq!(parse_date("yesterday"), None);
        // Found by the fuzzer: a non-ASCII digit where the day's digits go.
        assert_eq!(parse_date("2024-03-0\u{b9}"), None);
        assert_eq!(parse_date("2024-0\u{e9}-09"), None);
    }

    #[test]
    fn dates_from_time_elements_and_urls() {
        let doc = Document::from(
            r#"<html><body><article><time datetime="2019-11-18T16:10:00Z">Nov 18</time></article></body></html>"#,
        );
        assert_eq!(read(&doc, None).published.as_deref(), Some("2019-11-18"));
        let bare = Document::from("<html><body><p>Text</p></body></html>");
        let a = read(&bare, Some("https://www.example.com/news/2019/11/20/story-name/"));
        assert_eq!(a.published.as_deref(), Some("2019-11-20"));
        assert_eq!(a.source.as_deref(), Some("example.com"));
        assert_eq!(date_in_url("https://e.com/a/20191120-story"), Some("2019-11-20".to_string()));
        assert_eq!(date_in_url("https://e.com/a/story-12345678"), None);
    }

    #[test]
    fn json_ld_graphs_and_author_lists() {
        let doc = Document::from(
            r#"<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"X"},
            {"@type":["NewsArticle"],"headline":"H","datePublished":"2020-01-02T03:04:05Z",
             "author":[{"@type":"Person","name":"A One"},{"@type":"Person","name":"B Two"}],
             "publisher":{"@type":"Organization","name":"The Paper"}}]}</script>
             <title>Other | Site</title></head><body></body></html>"#,
        );
        let a = read(&doc, None);
        assert_eq!(a.title.as_deref(), Some("H"));
        assert_eq!(a.published.as_deref(), Some("2020-01-02"));
        assert_eq!(a.author.as_deref(), Some("A One, B Two"));
        assert_eq!(a.source.as_deref(), Some("The Paper"));
        assert_eq!(strip_site_suffix("Other headline here | Site"), "Other headline here");
        assert_eq!(language_code("pt_BR").as_deref(), Some("pt"));
    }
}
