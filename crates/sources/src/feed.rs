//! RSS and Atom feeds (and JSON Feed): the items, with links, dates and any content.
//!
//! A feed item becomes a document. Items that carry the full article (`content:encoded`,
//! Atom `<content>`) are used as they are; items with only a summary are marked
//! [`Entry::needs_page`], and the caller fetches and extracts the linked page.

use crate::html;

/// A parsed feed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Feed {
    /// The feed's title, usually the outlet.
    pub title: Option<String>,
    /// The items in feed order.
    pub entries: Vec<Entry>,
}

/// One feed item.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// The item's id (`guid`, Atom `id`).
    pub id: String,
    /// The article's URL (the first `alternate` link, else the first link).
    pub link: Option<String>,
    pub title: Option<String>,
    /// Publication date (`YYYY-MM-DD`, the day in UTC), else the update date.
    pub published: Option<String>,
    pub author: Option<String>,
    /// The item's text as plain paragraphs: its full content when it has one, else its
    /// summary.
    pub text: String,
    /// Whether `text` is only a summary (or nothing), so the linked page should be
    /// fetched for the article.
    pub needs_page: bool,
}

/// Why a feed could not be read.
#[derive(Debug, thiserror::Error)]
#[error("not an RSS, Atom or JSON feed: {0}")]
pub struct FeedError(String);

/// Content shorter than this many characters of text is taken for a summary.
const FULL_TEXT: usize = 600;

/// Parses an RSS, Atom or JSON feed; `url` (where it was read from) resolves relative links.
pub fn parse(bytes: &[u8], url: Option<&str>) -> Result<Feed, FeedError> {
    let parser = feed_rs::parser::Builder::new().base_uri(url).build();
    let xml = is_xml(bytes).then(|| without_declarations(&crate::charset::decode_xml(bytes)));
    let feed = parser.parse(xml.as_ref().map_or(bytes, String::as_bytes)).map_err(|e| FeedError(e.to_string()))?;
    let title = feed.title.map(|t| collapse(&t.content)).filter(|t| !t.is_empty());
    let entries = feed
        .entries
        .into_iter()
        .map(|e| {
            let link = e
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .or(e.links.first())
                .map(|l| l.href.clone());
            let content = e.content.as_ref().and_then(|c| c.body.as_deref()).map(to_text).unwrap_or_default();
            let summary = e.summary.as_ref().map(|s| to_text(&s.content)).unwrap_or_default();
            let (text, needs_page) = if content.chars().count() >= FULL_TEXT {
                (content, false)
            } else if content.len() > summary.len() {
                (content, true)
            } else {
                (summary, true)
            };
            Entry {
                id: e.id,
                link,
                title: e.title.map(|t| collapse(&to_text(&t.content))).filter(|t| !t.is_empty()),
                published: e.published.or(e.updated).map(|d| d.date_naive().to_string()),
                author: Some(
                    e.authors.iter().filter_map(|a| a.name.as_deref()).map(str::trim).collect::<Vec<_>>().join(", "),
                )
                .filter(|a| !a.is_empty()),
                text,
                needs_page,
            }
        })
        .collect();
    Ok(Feed { title, entries })
}

/// Whether feed_rs reads `bytes` as XML (its first `<` comes before any `{`), not as a
/// JSON Feed.
fn is_xml(bytes: &[u8]) -> bool {
    bytes.iter().find(|&&b| b == b'<' || b == b'{') == Some(&b'<')
}

/// The XML text with every `<?xml` turned into `<?_ml`: no XML declaration is left,
/// each is an instruction feed_rs ignores.
///
/// The text is already decoded (by its byte-order mark or leading declaration), and
/// feed_rs hands each declaration's `encoding` to quick-xml's decoder, which panics when
/// one comes after the first 64 bytes with another encoding (a second declaration,
/// invalid XML, or a long first one). Nothing is removed, so no bytes join into a new
/// declaration (removing one after `<?xml<` made the first a declaration), and the
/// replacement cannot start a new `<?xml` either.
fn without_declarations(xml: &str) -> String {
    xml.replace("<?xml", "<?_ml")
}

/// Whether `bytes` look like a feed rather than a web page: an `<rss`, `<feed` or
/// `<rdf:RDF` root element near the start.
pub fn looks_like_feed(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with("{") {
        return head.contains("jsonfeed.org");
    }
    ["<rss", "<feed", "<rdf:rdf"].iter().any(|root| head.contains(root)) && !head.contains("<html")
}

/// An HTML fragment (or plain text) as paragraphs.
fn to_text(fragment: &str) -> String {
    if !fragment.contains('<') {
        return fragment.trim().to_string();
    }
    let (fragment, _) = html::depth::flatten(fragment, html::depth::MAX_DEPTH);
    let doc = dom_query::Document::fragment(&*fragment);
    let text = doc.formatted_text();
    let paragraphs: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    paragraphs.join("\n\n")
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The article of an entry's page (`page`, extracted by [`html::extract`]): the page's text and
/// metadata, with the entry's title (the feed's own wording, without the site-name
/// suffixes pages add) and, where the page has none, the entry's date and author.
/// The page's date wins because it keeps the publisher's time zone; feed dates are UTC.
pub fn merge(entry: &Entry, page: crate::Article) -> crate::Article {
    let mut article = page;
    article.title = entry.title.clone().or(article.title);
    article.published = article.published.or_else(|| entry.published.clone());
    article.author = article.author.or_else(|| entry.author.clone());
    article
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example News</title><link>https://news.example.org/</link>
<item><title>Raid in the north</title><link>/world/raid</link><guid>raid-1</guid>
<pubDate>Sat, 09 Mar 2024 20:30:00 +0300</pubDate><description>Gunmen attacked a checkpoint.</description></item>
<item><title>Full story</title><link>https://news.example.org/world/full</link>
<pubDate>Sun, 10 Mar 2024 08:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>PARAGRAPH</p><p>Second paragraph.</p>]]></content:encoded></item>
</channel></rss>"#;

    #[test]
    fn rss_items_with_summaries_and_content() {
        let long = "Security forces clashed with militants. ".repeat(20);
        let rss = RSS.replace("PARAGRAPH", long.trim());
        assert!(looks_like_feed(rss.as_bytes()));
        let feed = parse(rss.as_bytes(), Some("https://news.example.org/rss.xml")).unwrap();
        assert_eq!(feed.title.as_deref(), Some("Example News"));
        let [a, b] = &feed.entries[..] else { panic!("{feed:?}") };
        assert_eq!(a.link.as_deref(), Some("https://news.example.org/world/raid"));
        assert_eq!(a.title.as_deref(), Some("Raid in the north"));
        assert_eq!(a.published.as_deref(), Some("2024-03-09"));
        assert_eq!(a.text, "Gunmen attacked a checkpoint.");
        assert!(a.needs_page);
        assert!(!b.needs_page);
        assert!(b.text.ends_with("\n\nSecond paragraph."), "{}", b.text);
    }

    #[test]
    fn declarations_past_the_start_are_dropped_not_obeyed() {
        // A second declaration with another encoding after the first 64 bytes made
        // quick-xml panic (found by the fuzzer); it is invalid XML and carries no text.
        let rss = RSS.replace("Raid in the north", "Raid<?xml version=\"1.0\" encoding=\"utf-16\"?> in the north");
        let feed = parse(rss.as_bytes(), None).unwrap();
        assert_eq!(feed.entries[0].title.as_deref(), Some("Raid in the north"));
        // A long first declaration naming another encoding still decodes the feed.
        let padded = format!("<?xml version=\"1.0\"{} encoding=\"windows-1251\"?>", " ".repeat(80));
        let mut cyrillic = RSS.replacen(r#"<?xml version="1.0" encoding="UTF-8"?>"#, &padded, 1).into_bytes();
        let at = cyrillic.windows(4).position(|w| w == b"Raid").unwrap();
        cyrillic[at] = 0xcf;
        let feed = parse(&cyrillic, None).unwrap();
        assert_eq!(feed.entries[0].title.as_deref(), Some("Пaid in the north"));
    }

    #[test]
    fn no_declaration_is_left() {
        assert_eq!(without_declarations("a<?xml version='1.0'?>b"), "a<?_ml version='1.0'?>b");
        // The fuzzer's second finding: removing the inner declaration made the outer one.
        let nested = "<?xml<?xml version=\"1.0\"?>\n<x a=\"0\" encoding=\"utf-16\"?>";
        assert!(!without_declarations(nested).contains("<?xml"));
        assert_eq!(without_declarations("<?<?xml ?>xml ?>"), "<?<?_ml ?>xml ?>");
        assert_eq!(without_declarations("<rss><?xml version"), "<rss><?_ml version");
    }

    #[test]
    fn atom_entries() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2024-03-10T00:00:00Z</updated>
<entry><title>Clash</title><id>urn:1</id><updated>2024-03-08T10:00:00Z</updated><published>2024-03-07T23:00:00-05:00</published>
<link rel="alternate" href="https://wire.example/clash"/><summary>Short.</summary><author><name>Ann</name></author></entry></feed>"#;
        let feed = parse(atom.as_bytes(), None).unwrap();
        let e = &feed.entries[0];
        // Feed dates are read as UTC: 23:00 at UTC-5 is the next day.
        assert_eq!(e.published.as_deref(), Some("2024-03-08"));
        assert_eq!(e.link.as_deref(), Some("https://wire.example/clash"));
        assert_eq!(e.author.as_deref(), Some("Ann"));
        assert!(e.needs_page);
        assert!(parse(b"<html><body>no</body></html>", None).is_err());
        assert!(!looks_like_feed(b"<!doctype html><html><body>rss</body></html>"));
    }
}
