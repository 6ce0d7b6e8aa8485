//! Where documents come from: web pages, feeds and web archives, turned into plain
//! article text with its metadata.
//!
//! tidings codes events from text; the news arrives as HTML pages, RSS/Atom feeds and
//! WARC archives (Common Crawl's CC-NEWS), fetched over HTTP. This crate is the shell
//! between those formats and the pure pipeline:
//!
//! - [`html`]: the main text of an article page (no navigation, ads, captions or
//!   comments) and its metadata: title, publication date (meta tags, JSON-LD, `<time>`
//!   elements, the URL), author, outlet, declared language.
//! - [`feed`]: RSS 0.9x/1.0/2.0, Atom and JSON Feed items, with their links, dates and
//!   any full content.
//! - [`warc`]: WARC records streamed from `.warc` or `.warc.gz` files; the HTML
//!   responses are kept.
//! - [`fetch`]: a polite HTTP client: a User-Agent, timeouts, retries with backoff,
//!   robots.txt, a per-host rate limit and conditional GET (ETag / Last-Modified).
//! - [`lang`]: language identification of the extracted text.
//! - [`charset`]: bytes to text, honouring the declared encoding.
//!
//! Only [`fetch`] touches the network, and nothing here touches files: callers hand in
//! bytes or readers. The pipeline's stages stay pure; `pipeline::input` calls this crate.

pub mod charset;
pub mod feed;
pub mod fetch;
pub mod html;
pub mod lang;
pub mod warc;

/// An article: its main text and what is known about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    /// The canonical URL (`<link rel=canonical>`, `og:url`), else the URL it was read from.
    pub url: Option<String>,
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD` (the day in the publisher's own time zone).
    pub published: Option<String>,
    pub author: Option<String>,
    /// The outlet (`og:site_name`, JSON-LD publisher), else the host name.
    pub source: Option<String>,
    /// The language the page declares (`<html lang>`), ISO 639-1, lowercase.
    pub language: Option<String>,
    /// The main text: paragraphs separated by blank lines.
    pub text: String,
}
