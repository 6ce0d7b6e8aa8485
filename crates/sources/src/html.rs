//! The main text and metadata of an article page.
//!
//! Three passes over one parsed DOM:
//!
//! 1. [`meta`] reads the metadata first, while bylines and `<time>` elements are still
//!    in the page.
//! 2. [`clean`] prunes what is never article text — captions, figures, navigation,
//!    share bars, "related" and newsletter boxes, comments, ads — by tag, by
//!    class/id words and by link density; an element holding most of the page's
//!    paragraph text is never pruned, whatever its class says.
//! 3. dom_smoothie (a port of Mozilla's Readability) picks the main content from what
//!    is left; its result is pruned again, turned into paragraphs, and lines that are
//!    boilerplate by their wording (photo credits, "Read more:", datelines, sign-up
//!    calls) are dropped.
//!
//! Measured on the Scrapinghub article-extraction benchmark: see `eval/REPORT.md`.

mod clean;
pub mod depth;
mod meta;

pub use meta::parse_date;

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};

use crate::Article;

/// Extracts the article of an HTML page; `url` is where it was read from (it fills in
/// the URL, the outlet and a date found in the path when the page gives none).
///
/// A page nested deeper than [`depth::MAX_DEPTH`] is flattened first (see
/// [`depth::flatten`]), so extraction takes time linear in the page's size.
pub fn extract(html: &str, url: Option<&str>) -> Article {
    extract_with(html, url, depth::MAX_DEPTH)
}

/// [`extract`], flattening the page below `max_depth` nested elements.
pub fn extract_with(html: &str, url: Option<&str>, max_depth: usize) -> Article {
    let (html, _) = depth::flatten(html, max_depth);
    let html = &*html;
    let doc = Document::from(html);
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let mut article = meta::read(&doc, url);
    let unpruned = Document::from(html);
    clean::prune_page(&doc);
    let pruned = main_text(doc, url).unwrap_or_default();
    // Pruning by class names can hit a wrapper of the article ("l-has-sidebar"); when
    // it lost most of the text, Readability alone (still post-filtered) does better.
    let words = |t: &str| t.split_whitespace().count();
    let plain = main_text(unpruned, url).unwrap_or_default();
    article.text = if words(&pruned) * 2 < words(&plain) { plain } else { pruned };
    article
}

/// The cleaned main text of a pruned page, or `None` when no content was found.
fn main_text(doc: Document, url: Option<&str>) -> Option<String> {
    let config = Config { text_mode: TextMode::Formatted, keep_classes: true, ..Config::default() };
    let mut readability = Readability::with_document(doc, url, Some(config)).ok()?;
    let parsed = readability.parse().ok()?;
    let content = Document::fragment(parsed.content);
    clean::prune_content(&content);
    let text = content.formatted_text();
    Some(clean::filter_lines(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html>
<html lang="en-GB"><head>
<title>Gunmen kill three officers in night raid | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-03-09T23:30:00+03:00">
<link rel="canonical" href="https://news.example.org/world/raid">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Gunmen kill three officers in night raid","author":{"@type":"Person","name":"Jane Roe"}}</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Gunmen kill three officers in night raid</h1>
<div class="byline">By Jane Roe</div>
<figure><img src="a.jpg"><figcaption>Police at the scene. Photo: Reuters</figcaption></figure>
<p>Gunmen attacked a police checkpoint on the outskirts of the city late on Saturday, killing three
officers and wounding two others, the interior ministry said in a statement on Sunday.</p>
<p>The attackers arrived in two pickup trucks and opened fire with automatic rifles before fleeing
into the nearby forest, according to a local official who asked not to be named.</p>
<div class="related-stories"><h3>Related</h3><ul>
<li><a href="/a">Army launches offensive in the north</a></li>
<li><a href="/b">Ceasefire talks stall again</a></li></ul></div>
<p>No group has claimed responsibility for the attack. Security forces have launched a search
operation in the area, and roads leading to the forest have been closed.</p>
<p>Read more: <a href="/c">How the insurgency spread south</a></p>
</article></main>
<aside class="newsletter">Sign up for our daily newsletter</aside>
<footer>Copyright 2024 Example News. All rights reserved.</footer>
</body></html>"#;

    #[test]
    fn extracts_body_and_metadata() {
        let a = extract(PAGE, Some("https://news.example.org/world/raid?utm=x"));
        assert_eq!(a.title.as_deref(), Some("Gunmen kill three officers in night raid"));
        assert_eq!(a.published.as_deref(), Some("2024-03-09"));
        assert_eq!(a.author.as_deref(), Some("Jane Roe"));
        assert_eq!(a.source.as_deref(), Some("Example News"));
        assert_eq!(a.language.as_deref(), Some("en"));
        assert_eq!(a.url.as_deref(), Some("https://news.example.org/world/raid"));
        let paragraphs: Vec<&str> = a.text.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 3, "{}", a.text);
        assert!(paragraphs[0].starts_with("Gunmen attacked a police checkpoint"), "{}", a.text);
        assert!(paragraphs[2].ends_with("have been closed."), "{}", a.text);
        for junk in ["Home", "Photo", "Related", "Army launches", "Read more", "newsletter", "Copyright", "By Jane"] {
            assert!(!a.text.contains(junk), "{junk:?} in {}", a.text);
        }
    }

    #[test]
    fn empty_and_broken_pages_give_empty_text() {
        assert_eq!(extract("", None).text, "");
        assert_eq!(extract("<html><body><nav><a href=/>Home</a></nav></body>", None).text, "");
        let a = extract("<p>Unclosed <b>tags <p>everywhere", Some("not a url"));
        assert!(a.url.is_none());
    }
}
