//! Reading inputs: files, folders, JSON Lines feeds and standard input, turned into
//! [`Input`] documents one [`Item`] at a time.
//!
//! The CLI's `extract` and `ingest` both read through [`read`], so every way of giving
//! documents behaves the same everywhere:
//!
//! - A **folder** is walked recursively in path order. Files ending in `.txt`,
//!   `.jsonl` and `.json` are read; `*.meta.json` sidecars, hidden entries (`.git`)
//!   and every other extension are skipped. Symbolic links to files are followed,
//!   links to folders are not (no cycles).
//! - A **`.txt` file** (or a file with any other extension named explicitly) is one
//!   document. Its id is the file stem; `<stem>.meta.json` next to it, if present,
//!   gives `id`, `url`, `title`, `source`, `published`, `license` and `language`.
//! - A **`.jsonl` file** holds one document per non-empty line, an object with the
//!   fields of [`Input`] (`text` required). Lines are streamed, so a feed may be of
//!   any length; each line is limited to [`Options::max_bytes`].
//! - A **`.json` file** holds one such object or an array of them.
//! - **`-`** is standard input: JSON Lines when every non-empty line is a JSON object
//!   with a `text` string, an article page when it starts like HTML, one text document
//!   otherwise.
//! - An **`.html`/`.htm` file** is one article page: its main text and metadata are
//!   extracted ([`tidings_sources::html`]); a sidecar may give the URL and override
//!   the rest.
//! - An **`.xml`/`.rss`/`.atom` file** is a feed: each item is a document (`feed.xml[3]`);
//!   an item with only a summary is replaced by its linked page, fetched politely.
//! - A **`.warc` file** holds web archive records; each HTML response is an article
//!   (`crawl.warc@1234`, the record's byte offset).
//! - **`.gz`** files are decompressed and read as their inner name says
//!   (`news.jsonl.gz`, `crawl.warc.gz`, `page.html.gz`).
//! - An **`http://` or `https://` URL** is fetched ([`tidings_sources::fetch`]): a feed
//!   becomes its items, a page one article.
//!
//! Documents read from HTML get their language identified ([`tidings_sources::lang`]);
//! others leave it to the pipeline.
//!
//! Bad input never stops the batch. Each problem (unreadable file, not UTF-8, empty,
//! too large, bad JSON, missing `text`) is an [`InputError`] naming the item —
//! `news.jsonl:3`, `feed.json[2]`, `notes.txt` — and the items after it go on.
//! Whole-file size limits are checked against the file's metadata before reading,
//! so a huge file is refused without being loaded.

use std::collections::VecDeque;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use flate2::read::MultiGzDecoder;
use serde_json::Value;
use tidings_sources::fetch::{Fetched, Fetcher};
use tidings_sources::{charset, feed, html, lang, warc, Article};

use crate::Input;

/// The default limit on one document (a text file, a JSON file, a JSONL line,
/// standard input): 32 MiB. News reports are a few KiB; anything this large is
/// almost certainly not one.
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// The default limit on the items read from one feed: 10,000 (news feeds carry tens).
pub const MAX_FEED_ITEMS: usize = 10_000;

/// How inputs are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Largest document accepted, in bytes (see [`MAX_BYTES`]), counted after
    /// decompression: also the limit on one WARC record and on one fetched body.
    pub max_bytes: u64,
    /// Items read from one feed (see [`MAX_FEED_ITEMS`]); the rest are reported as
    /// one error naming the feed.
    pub max_feed_items: usize,
    /// HTML nested deeper than this is flattened before extraction (see
    /// [`html::depth::flatten`]).
    pub max_html_depth: usize,
    /// Publication date for documents that give none.
    pub published: Option<String>,
    /// Source (outlet) for documents that give none.
    pub source: Option<String>,
    /// Files found in folders that were last modified before this are skipped (a
    /// watch loop reads only what changed since its last pass).
    pub since: Option<SystemTime>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            max_bytes: MAX_BYTES,
            max_feed_items: MAX_FEED_ITEMS,
            max_html_depth: html::depth::MAX_DEPTH,
            published: None,
            source: None,
            since: None,
        }
    }
}

/// One document read, or the reason it could not be.
#[derive(Debug)]
pub struct Item {
    /// Where the document came from: `report.txt`, `news.jsonl:3`, `feed.json[0]`,
    /// `<stdin>`, `<stdin>:2`.
    pub origin: String,
    pub result: Result<Input, InputError>,
}

/// Why an item could not be read; its `Display` is one line starting with the item.
#[derive(Debug)]
pub struct InputError {
    /// The item, as in [`Item::origin`].
    pub origin: String,
    pub kind: ErrorKind,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.kind)
    }
}

/// The cause is part of the one-line message, so there is no `source`.
impl std::error::Error for InputError {}

/// The kinds of bad input.
#[derive(Debug, thiserror::Error)]
pub enum ErrorKind {
    /// The file or folder could not be opened or read.
    #[error("cannot read: {0}")]
    Unreadable(io::Error),
    /// The bytes are not UTF-8; `offset` is the first bad byte, counted from the start
    /// of the file (or standard input).
    #[error("not UTF-8: invalid byte at offset {offset}{hint}", hint = utf16_hint(*.utf16))]
    NotUtf8 { offset: u64, utf16: bool },
    /// Nothing but whitespace.
    #[error("empty document")]
    Empty,
    /// Over [`Options::max_bytes`]; `size` is known when the file's metadata gave it.
    #[error("too large: {} (the limit is {})", size_text(*.size), human(*.limit))]
    TooLarge { size: Option<u64>, limit: u64 },
    /// A feed with more items than [`Options::max_feed_items`]: the first ones were read.
    #[error("{count} feed items: only the first {limit} were read (limit: --max-feed-items)")]
    TooManyItems { count: usize, limit: usize },
    /// Not JSON, or JSON that is not an object.
    #[error("invalid JSON: {0}")]
    Json(String),
    /// A JSON document without a `text` string.
    #[error("missing \"text\" (a string)")]
    MissingText,
    /// A JSON document with unknown or mistyped fields.
    #[error("invalid document: {0}")]
    Fields(String),
    /// The `<stem>.meta.json` sidecar of a text file is unreadable or invalid.
    #[error("sidecar {}: {message}", path.display())]
    Sidecar { path: PathBuf, message: String },
    /// An HTML page with no article text in it.
    #[error("no article text found")]
    NoText,
    /// A URL could not be fetched (the message names it).
    #[error("cannot fetch {0}")]
    Fetch(String),
    /// Not a feed, or a broken WARC stream.
    #[error("{0}")]
    Format(String),
}

fn utf16_hint(utf16: bool) -> &'static str {
    if utf16 {
        " (the file starts with a UTF-16 byte-order mark; convert it to UTF-8)"
    } else {
        ""
    }
}

fn size_text(size: Option<u64>) -> String {
    match size {
        Some(size) => human(size),
        None => "more than the limit".to_string(),
    }
}

/// `33554432` → `32 MiB`, `52428800` → `50.0 MiB`, `900` → `900 bytes`.
fn human(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB {
        if bytes & (MIB - 1) == 0 {
            format!("{} MiB", bytes / MIB)
        } else {
            format!("{:.1} MiB", bytes as f64 / MIB as f64)
        }
    } else if bytes >= 1024 {
        format!("{:.1} KiB", bytes as f64 / 1024.0)
    } else {
        format!("{bytes} bytes")
    }
}

/// Reads the documents named by `args` (files, folders, URLs, `-` for standard
/// input), in order. Folders are listed now; nothing is read until the iterator is
/// advanced. URLs are fetched with a default [`Fetcher`].
pub fn read(args: &[PathBuf], options: &Options) -> Items {
    read_with(args, options, Arc::new(Mutex::new(Fetcher::new(Default::default()))))
}

/// [`read`] with a given fetcher, which keeps its memory (robots.txt, per-host delays,
/// conditional GET validators, pages already read) from one call to the next.
pub fn read_with(args: &[PathBuf], options: &Options, fetcher: Arc<Mutex<Fetcher>>) -> Items {
    let sources: VecDeque<Source> = args.iter().flat_map(|arg| expand(arg, options)).collect();
    let files_total = sources.len();
    let bytes_total = sources.iter().map(Source::size).sum();
    Items {
        options: options.clone(),
        sources,
        current: None,
        fetcher,
        position: Position { files_done: 0, files_total, bytes_done: 0, bytes_total },
        current_size: 0,
        opened_bytes: 0,
        current_read: Arc::new(AtomicU64::new(0)),
    }
}

/// The documents of [`read`], one [`Item`] at a time.
pub struct Items {
    options: Options,
    sources: VecDeque<Source>,
    current: Option<Current>,
    fetcher: Arc<Mutex<Fetcher>>,
    position: Position,
    /// Size of the source being read.
    current_size: u64,
    /// Sizes of the sources opened so far, the current one included.
    opened_bytes: u64,
    /// Bytes of the current file read so far, when it is streamed.
    current_read: Arc<AtomicU64>,
}

/// How far reading has come, for progress bars: sources (files, URLs, standard input)
/// and their bytes on disk.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Position {
    /// Sources finished or being read.
    pub files_done: usize,
    pub files_total: usize,
    /// Bytes of the sources finished, plus how far into the current one when it is
    /// streamed (JSON Lines, WARC; compressed bytes for `.gz`).
    pub bytes_done: u64,
    pub bytes_total: u64,
}

/// Something to read, once folders are expanded.
enum Source {
    Stdin,
    File {
        path: PathBuf,
        format: Format,
        /// Read through gzip (the name ends in `.gz`).
        gzip: bool,
        /// The size on disk, when known.
        size: u64,
    },
    Url(String),
    /// A folder that could not be walked.
    Failed {
        origin: String,
        kind: ErrorKind,
    },
}

impl Source {
    fn size(&self) -> u64 {
        match self {
            Source::File { size, .. } => *size,
            _ => 0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    JsonLines,
    Json,
    Html,
    Feed,
    Warc,
}

impl Format {
    /// The format of a file named on the command line, by extension (under a `.gz`),
    /// else text; and whether it is gzipped.
    fn of_named(path: &Path) -> (Format, bool) {
        let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
        let (inner, gzip) = match name.strip_suffix(".gz") {
            Some(inner) => (inner, true),
            None => (name.as_str(), false),
        };
        let format = match inner.rsplit_once('.').map(|(_, ext)| ext) {
            Some("jsonl") => Format::JsonLines,
            Some("json") => Format::Json,
            Some("html" | "htm" | "xhtml") => Format::Html,
            Some("xml" | "rss" | "atom") => Format::Feed,
            Some("warc") => Format::Warc,
            _ => Format::Text,
        };
        (format, gzip)
    }

    /// The format of a file found in a folder walk; `None` to skip it.
    fn of_walked(path: &Path) -> Option<(Format, bool)> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        match Format::of_named(path) {
            (Format::Json, _) if name.ends_with(".meta.json") => None,
            (Format::Text, false) if !name.ends_with(".txt") => None,
            format => Some(format),
        }
    }
}

/// A source being read.
enum Current {
    Lines(Lines),
    Queue(VecDeque<Item>),
    /// Feed items still to read (one may need its page fetched).
    Feed(FeedItems),
    Warc(WarcPages),
}

struct FeedItems {
    origin: String,
    title: Option<String>,
    entries: std::vec::IntoIter<(usize, feed::Entry)>,
    /// Reported after the last item read: the feed had more than the limit.
    excess: Option<ErrorKind>,
}

struct WarcPages {
    origin: String,
    pages: Box<dyn Iterator<Item = Result<warc::Page, warc::WarcError>>>,
}

impl Iterator for Items {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            let next = match &mut self.current {
                Some(Current::Lines(lines)) => lines.next_item(&self.options),
                Some(Current::Queue(queue)) => queue.pop_front(),
                Some(Current::Feed(items)) => next_feed_item(items, &self.fetcher, &self.options),
                Some(Current::Warc(pages)) => next_warc_item(pages, &self.options),
                None => None,
            };
            if next.is_some() {
                // Streamed files report how far into the file (compressed bytes) they are.
                let read = self.current_read.load(Ordering::Relaxed);
                self.position.bytes_done = self.opened_bytes - self.current_size + read.min(self.current_size);
                return next;
            }
            if self.current.take().is_some() {
                self.position.bytes_done = self.opened_bytes;
            }
            let source = self.sources.pop_front()?;
            self.position.files_done += 1;
            self.current_size = source.size();
            self.opened_bytes += self.current_size;
            self.current_read = Arc::new(AtomicU64::new(0));
            self.current = Some(self.open(source));
        }
    }
}

impl Items {
    /// How far reading has come.
    pub fn position(&self) -> Position {
        self.position
    }

    fn open(&self, source: Source) -> Current {
        let options = &self.options;
        match source {
            Source::Failed { origin, kind } => Current::Queue([item(origin, Err(kind))].into()),
            Source::Stdin => Current::Queue(read_stdin(io::stdin().lock(), options)),
            Source::Url(url) => self.open_url(url),
            Source::File { path, format, gzip, .. } => {
                let origin = path.display().to_string();
                match format {
                    Format::Text => {
                        let result = read_text_file(&path, gzip, options);
                        Current::Queue([item(origin, result)].into())
                    }
                    Format::Json => Current::Queue(read_json_file(&path, gzip, origin, options)),
                    Format::Html => Current::Queue([item(origin, read_html_file(&path, gzip, options))].into()),
                    Format::Feed => match read_bytes(&path, gzip, options.max_bytes) {
                        Ok(bytes) => open_feed(origin, &bytes, None, options),
                        Err(kind) => Current::Queue([item(origin, Err(kind))].into()),
                    },
                    Format::JsonLines | Format::Warc => match File::open(&path) {
                        Ok(file) => {
                            let file = Counting { inner: file, read: Arc::clone(&self.current_read) };
                            let reader: Box<dyn BufRead> = if gzip {
                                Box::new(BufReader::new(MultiGzDecoder::new(BufReader::new(file))))
                            } else {
                                Box::new(BufReader::new(file))
                            };
                            if format == Format::Warc {
                                let pages = Box::new(warc::pages(reader, options.max_bytes));
                                Current::Warc(WarcPages { origin, pages })
                            } else {
                                Current::Lines(Lines::new(origin, reader))
                            }
                        }
                        Err(e) => Current::Queue([item(origin, Err(ErrorKind::Unreadable(e)))].into()),
                    },
                }
            }
        }
    }

    /// Fetches a URL: a feed becomes its items, a page one article; an unchanged
    /// resource (conditional GET) nothing.
    fn open_url(&self, url: String) -> Current {
        let fetched = self.fetcher.lock().unwrap_or_else(|e| e.into_inner()).get(&url);
        let response = match fetched {
            Ok(Fetched::Ok(response)) => response,
            Ok(Fetched::NotModified) => return Current::Queue(VecDeque::new()),
            Err(e) => return Current::Queue([item(url, Err(ErrorKind::Fetch(e.to_string())))].into()),
        };
        let declared_feed = response
            .content_type
            .as_deref()
            .is_some_and(|t| ["rss", "atom", "/xml", "+xml", "feed+json"].iter().any(|k| t.contains(k)));
        if declared_feed || feed::looks_like_feed(&response.body) {
            return open_feed(url, &response.body, Some(&response.url), &self.options);
        }
        let html = charset::decode(&response.body, response.content_type.as_deref());
        let article = html::extract_with(&html, Some(&response.url), self.options.max_html_depth);
        Current::Queue([item(url, article_input(article, &self.options))].into())
    }
}

/// A reader that counts the bytes read through it (for progress).
struct Counting<R> {
    inner: R,
    read: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

fn open_feed(origin: String, bytes: &[u8], url: Option<&str>, options: &Options) -> Current {
    match feed::parse(bytes, url) {
        Ok(mut parsed) => {
            let count = parsed.entries.len();
            parsed.entries.truncate(options.max_feed_items);
            let excess = (count > options.max_feed_items)
                .then_some(ErrorKind::TooManyItems { count, limit: options.max_feed_items });
            Current::Feed(FeedItems {
                origin,
                title: parsed.title,
                entries: parsed.entries.into_iter().enumerate().collect::<Vec<_>>().into_iter(),
                excess,
            })
        }
        Err(e) => Current::Queue([item(origin, Err(ErrorKind::Format(e.to_string())))].into()),
    }
}

/// The next feed item as a document: its own content when it is the full article,
/// else its linked page, fetched (pages already read by this fetcher are skipped).
fn next_feed_item(items: &mut FeedItems, fetcher: &Mutex<Fetcher>, options: &Options) -> Option<Item> {
    for (i, entry) in items.entries.by_ref() {
        let origin = format!("{}[{i}]", items.origin);
        let link = entry.link.clone().filter(|l| l.starts_with("http://") || l.starts_with("https://"));
        let mut article = match (&link, entry.needs_page) {
            (Some(link), true) => {
                let mut fetcher = fetcher.lock().unwrap_or_else(|e| e.into_inner());
                if fetcher.seen(link) {
                    continue;
                }
                let response = match fetcher.get(link) {
                    Ok(Fetched::Ok(response)) => response,
                    Ok(Fetched::NotModified) => continue,
                    Err(e) => return Some(item(origin, Err(ErrorKind::Fetch(e.to_string())))),
                };
                fetcher.mark_done(link);
                let html = charset::decode(&response.body, response.content_type.as_deref());
                let page = html::extract_with(&html, Some(&response.url), options.max_html_depth);
                feed::merge(&entry, page)
            }
            _ => Article {
                url: link,
                title: entry.title.clone(),
                published: entry.published.clone(),
                author: entry.author.clone(),
                text: entry.text.clone(),
                ..Article::default()
            },
        };
        if article.source.is_none() {
            article.source.clone_from(&items.title);
        }
        return Some(item(origin, article_input(article, options)));
    }
    items.excess.take().map(|kind| item(items.origin.clone(), Err(kind)))
}

/// The next HTML page of a WARC file as a document. The crawl date stands in for a
/// publication date the page does not give (news crawls follow publication closely).
fn next_warc_item(pages: &mut WarcPages, options: &Options) -> Option<Item> {
    let page = pages.pages.next()?;
    Some(match page {
        Ok(page) => {
            let origin = format!("{}@{}", pages.origin, page.offset);
            let mut article = html::extract_with(&page.html, page.url.as_deref(), options.max_html_depth);
            if article.published.is_none() {
                article.published = page.date.as_deref().and_then(html::parse_date);
            }
            item(origin, article_input(article, options))
        }
        Err(e) => item(pages.origin.clone(), Err(ErrorKind::Format(e.to_string()))),
    })
}

/// An extracted article as a document; its language is identified from the text
/// (the page's declaration when the text cannot tell).
fn article_input(article: Article, options: &Options) -> Result<Input, ErrorKind> {
    if article.text.trim().is_empty() {
        return Err(ErrorKind::NoText);
    }
    finish(Input::from(article), options)
}

impl From<Article> for Input {
    /// A page's article as a document: its language identified from the text (the page's
    /// declaration when the text cannot tell).
    fn from(article: Article) -> Input {
        let language = lang::detect(&article.text).map(str::to_string).or(article.language);
        Input {
            id: None,
            url: article.url,
            title: article.title,
            source: article.source,
            published: article.published,
            license: None,
            language,
            text: article.text,
        }
    }
}

fn read_html_file(path: &Path, gzip: bool, options: &Options) -> Result<Input, ErrorKind> {
    let bytes = read_bytes(path, gzip, options.max_bytes)?;
    let meta = read_sidecar(path, options)?.unwrap_or_default();
    let article = html::extract_with(&charset::decode(&bytes, None), meta.url.as_deref(), options.max_html_depth);
    let mut input = article_input(article, options)?;
    input.id = meta.id.or_else(|| stem(path));
    input.url = meta.url.or(input.url);
    input.title = meta.title.or(input.title);
    input.source = meta.source.or(input.source);
    input.published = meta.published.or(input.published);
    input.license = meta.license;
    input.language = meta.language.or(input.language);
    finish(input, options)
}

/// The file name without `.gz` and its extension: `a/report.html.gz` → `report`.
fn stem(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_string_lossy();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    (!stem.is_empty()).then(|| stem.to_string())
}

/// A whole file, decompressed when `gzip`, refused when over `limit`.
fn read_bytes(path: &Path, gzip: bool, limit: u64) -> Result<Vec<u8>, ErrorKind> {
    if !gzip {
        return read_limited(path, limit);
    }
    let file = File::open(path).map_err(ErrorKind::Unreadable)?;
    read_at_most(MultiGzDecoder::new(BufReader::new(file)), limit, 0)
}

fn item(origin: String, result: Result<Input, ErrorKind>) -> Item {
    Item { result: result.map_err(|kind| InputError { origin: origin.clone(), kind }), origin }
}

/// The sources named by one command-line argument.
fn expand(arg: &Path, options: &Options) -> VecDeque<Source> {
    if arg.as_os_str() == "-" {
        return [Source::Stdin].into();
    }
    if let Some(url) = arg.to_str().filter(|a| a.starts_with("http://") || a.starts_with("https://")) {
        return [Source::Url(url.to_string())].into();
    }
    match std::fs::metadata(arg) {
        Ok(meta) if meta.is_dir() => {
            let mut files = Vec::new();
            let mut failed = Vec::new();
            walk(arg, &mut files, &mut failed);
            files.sort();
            let mut out: VecDeque<Source> = failed.into();
            out.extend(files.into_iter().filter_map(|path| {
                let (format, gzip) = Format::of_walked(&path)?;
                let meta = std::fs::metadata(&path).ok();
                let modified = meta.as_ref().and_then(|m| m.modified().ok());
                if options.since.is_some_and(|since| modified.is_some_and(|m| m < since)) {
                    return None;
                }
                Some(Source::File { path, format, gzip, size: meta.map_or(0, |m| m.len()) })
            }));
            out
        }
        // A missing or unreadable file fails when it is opened, with the same message.
        meta => {
            let (format, gzip) = Format::of_named(arg);
            let size = meta.map_or(0, |m| m.len());
            [Source::File { path: arg.to_path_buf(), format, gzip, size }].into()
        }
    }
}

/// Collects the files under `dir`, skipping hidden entries and links to folders.
fn walk(dir: &Path, files: &mut Vec<PathBuf>, failed: &mut Vec<Source>) {
    let fail = |failed: &mut Vec<Source>, e| {
        failed.push(Source::Failed { origin: dir.display().to_string(), kind: ErrorKind::Unreadable(e) })
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return fail(failed, e),
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                fail(failed, e);
                continue;
            }
        };
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&path, files, failed),
            Ok(t) if t.is_symlink() => {
                if std::fs::metadata(&path).is_ok_and(|m| m.is_file()) {
                    files.push(path);
                }
            }
            Ok(_) => files.push(path),
            Err(e) => fail(failed, e),
        }
    }
}

/// Reads a whole file, refusing it by its metadata when it is over the limit.
fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ErrorKind> {
    let file = File::open(path).map_err(ErrorKind::Unreadable)?;
    let meta = file.metadata().map_err(ErrorKind::Unreadable)?;
    if meta.is_dir() {
        return Err(ErrorKind::Unreadable(io::Error::new(io::ErrorKind::IsADirectory, "is a directory")));
    }
    if meta.len() > limit {
        return Err(ErrorKind::TooLarge { size: Some(meta.len()), limit });
    }
    // Pipes and special files report no size: read one byte past the limit to tell.
    read_at_most(file, limit, meta.len())
}

fn read_at_most(reader: impl Read, limit: u64, expected: u64) -> Result<Vec<u8>, ErrorKind> {
    let mut bytes = Vec::with_capacity(expected.min(limit) as usize);
    reader.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(ErrorKind::Unreadable)?;
    if bytes.len() as u64 > limit {
        return Err(ErrorKind::TooLarge { size: None, limit });
    }
    Ok(bytes)
}

/// Decodes UTF-8, reporting the first bad byte at `base` + its offset.
fn utf8(bytes: Vec<u8>, base: u64) -> Result<String, ErrorKind> {
    String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let utf16 = base == 0 && (bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]));
        ErrorKind::NotUtf8 { offset: base + e.utf8_error().valid_up_to() as u64, utf16 }
    })
}

fn non_empty(text: &str) -> Result<(), ErrorKind> {
    if text.trim().is_empty() {
        Err(ErrorKind::Empty)
    } else {
        Ok(())
    }
}

/// Metadata of a text file, from its `<stem>.meta.json` sidecar.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    id: Option<String>,
    url: Option<String>,
    title: Option<String>,
    source: Option<String>,
    published: Option<String>,
    license: Option<String>,
    language: Option<String>,
}

fn read_text_file(path: &Path, gzip: bool, options: &Options) -> Result<Input, ErrorKind> {
    let text = utf8(read_bytes(path, gzip, options.max_bytes)?, 0)?;
    non_empty(&text)?;
    let stem = if gzip {
        stem(path)
    } else {
        path.file_stem().map(|s| s.to_string_lossy().into_owned()).filter(|s| !s.is_empty())
    };
    let meta = read_sidecar(path, options)?.unwrap_or_default();
    let input = Input {
        id: meta.id.or(stem),
        url: meta.url,
        title: meta.title,
        source: meta.source,
        published: meta.published,
        license: meta.license,
        language: meta.language,
        text,
    };
    finish(input, options)
}

/// The sidecar `<stem>.meta.json` of `path`, if there is one.
fn read_sidecar(path: &Path, options: &Options) -> Result<Option<Meta>, ErrorKind> {
    let Some(stem) = path.file_stem() else {
        return Ok(None);
    };
    let mut name = stem.to_os_string();
    name.push(".meta.json");
    let sidecar = path.with_file_name(name);
    if !sidecar.exists() {
        return Ok(None);
    }
    let fail = |message: String| ErrorKind::Sidecar { path: sidecar.clone(), message };
    let bytes = read_limited(&sidecar, options.max_bytes).map_err(|e| fail(e.to_string()))?;
    let text = utf8(bytes, 0).map_err(|e| fail(e.to_string()))?;
    serde_json::from_str(&text).map(Some).map_err(|e| fail(e.to_string()))
}

/// Reads a `.json` file: one document object, or an array of them (`file.json[i]`).
fn read_json_file(path: &Path, gzip: bool, origin: String, options: &Options) -> VecDeque<Item> {
    let value = read_bytes(path, gzip, options.max_bytes)
        .and_then(|bytes| utf8(bytes, 0))
        .and_then(|text| serde_json::from_str::<Value>(&text).map_err(json_error));
    match value {
        Ok(Value::Array(values)) => {
            values.into_iter().enumerate().map(|(i, v)| item(format!("{origin}[{i}]"), document(v, options))).collect()
        }
        Ok(value) => [item(origin, document(value, options))].into(),
        Err(kind) => [item(origin, Err(kind))].into(),
    }
}

fn json_error(e: serde_json::Error) -> ErrorKind {
    ErrorKind::Json(e.to_string())
}

/// Turns one JSON value into a document.
fn document(value: Value, options: &Options) -> Result<Input, ErrorKind> {
    let Value::Object(map) = value else {
        return Err(ErrorKind::Json(format!("expected a document object, found {}", kind_of(&value))));
    };
    if !matches!(map.get("text"), Some(Value::String(_))) {
        return Err(ErrorKind::MissingText);
    }
    let input: Input = serde_json::from_value(Value::Object(map)).map_err(|e| ErrorKind::Fields(e.to_string()))?;
    non_empty(&input.text)?;
    finish(input, options)
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Checks the id and fills in the defaults of `options`.
fn finish(mut input: Input, options: &Options) -> Result<Input, ErrorKind> {
    if input.id.as_deref().is_some_and(|id| id.trim().is_empty()) {
        return Err(ErrorKind::Fields("\"id\" is empty".to_string()));
    }
    if input.published.is_none() {
        input.published.clone_from(&options.published);
    }
    if input.source.is_none() {
        input.source.clone_from(&options.source);
    }
    Ok(input)
}

/// Reads documents from any reader the way standard input is read (JSON Lines, one
/// HTML page, or one text), in memory; `origin` is `<stdin>`. For tests and fuzzing.
pub fn read_reader(reader: impl Read, options: &Options) -> Vec<Item> {
    read_stdin(reader, options).into()
}

/// The documents of a JSON Lines stream, one per non-empty line (origins `ORIGIN:LINE`),
/// each line limited to [`Options::max_bytes`]. For tests and fuzzing.
pub fn read_json_lines(origin: &str, reader: impl BufRead + 'static, options: &Options) -> impl Iterator<Item = Item> {
    let mut lines = Lines::new(origin.to_string(), Box::new(reader));
    let options = options.clone();
    std::iter::from_fn(move || lines.next_item(&options))
}

/// Reads standard input: JSON Lines when every non-empty line is a document object
/// with a `text` string, else one text document.
fn read_stdin(reader: impl Read, options: &Options) -> VecDeque<Item> {
    let origin = "<stdin>".to_string();
    let text = match read_at_most(reader, options.max_bytes, 0).and_then(|b| utf8(b, 0)) {
        Ok(text) => text,
        Err(kind) => return [item(origin, Err(kind))].into(),
    };
    if looks_like_html(&text) {
        return [item(origin, article_input(html::extract_with(&text, None, options.max_html_depth), options))].into();
    }
    let mut lines = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(v) if v.get("text").is_some_and(Value::is_string) => lines.push((n + 1, v)),
            _ => {
                lines.clear();
                break;
            }
        }
    }
    if lines.is_empty() {
        let result = non_empty(&text).and_then(|()| finish(Input { text, ..Input::default() }, options));
        return [item(origin, result)].into();
    }
    lines.into_iter().map(|(n, v)| item(format!("{origin}:{n}"), document(v, options))).collect()
}

/// Whether standard input is a web page: `<!doctype html` or `<html` first.
fn looks_like_html(text: &str) -> bool {
    let head: String = text.trim_start_matches('\u{feff}').trim_start().chars().take(15).collect();
    let head = head.to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// A JSON Lines stream read one line at a time, each line limited in size.
struct Lines {
    origin: String,
    reader: Box<dyn BufRead>,
    /// Number of the last line read (1-based).
    line: usize,
    /// Byte offset of the next line.
    offset: u64,
    done: bool,
}

impl Lines {
    fn new(origin: String, reader: Box<dyn BufRead>) -> Lines {
        Lines { origin, reader, line: 0, offset: 0, done: false }
    }

    /// The next non-empty line as a document; `None` at the end.
    fn next_item(&mut self, options: &Options) -> Option<Item> {
        while !self.done {
            let start = self.offset;
            let line = self.read_line(options.max_bytes);
            let origin = format!("{}:{}", self.origin, self.line);
            let bytes = match line {
                Ok(Some(bytes)) => bytes,
                Ok(None) => return None,
                Err(kind) => return Some(item(origin, Err(kind))),
            };
            let text = match utf8(bytes, start) {
                Ok(text) => text,
                Err(kind) => return Some(item(origin, Err(kind))),
            };
            if text.trim().is_empty() {
                continue;
            }
            let result = serde_json::from_str(&text).map_err(json_error).and_then(|v| document(v, options));
            return Some(item(origin, result));
        }
        None
    }

    /// Reads one line without its terminator; `None` at the end. A line over `limit`
    /// is skipped without being kept in memory.
    fn read_line(&mut self, limit: u64) -> Result<Option<Vec<u8>>, ErrorKind> {
        let mut bytes = Vec::new();
        let read = (&mut self.reader).take(limit.saturating_add(2)).read_until(b'\n', &mut bytes);
        let n = match read {
            Ok(n) => n,
            Err(e) => {
                self.done = true;
                self.line += 1;
                return Err(ErrorKind::Unreadable(e));
            }
        };
        if n == 0 {
            self.done = true;
            return Ok(None);
        }
        self.line += 1;
        self.offset += n as u64;
        let ended = bytes.last() == Some(&b'\n');
        if ended {
            bytes.pop();
            if bytes.last() == Some(&b'\r') {
                bytes.pop();
            }
        }
        if bytes.len() as u64 > limit {
            if !ended {
                self.skip_line()?;
            }
            return Err(ErrorKind::TooLarge { size: None, limit });
        }
        Ok(Some(bytes))
    }

    /// Skips to just after the next newline.
    fn skip_line(&mut self) -> Result<(), ErrorKind> {
        loop {
            let buf = match self.reader.fill_buf() {
                Ok(buf) => buf,
                Err(e) => {
                    self.done = true;
                    return Err(ErrorKind::Unreadable(e));
                }
            };
            if buf.is_empty() {
                self.done = true;
                return Ok(());
            }
            let (n, found) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (buf.len(), false),
            };
            self.reader.consume(n);
            self.offset += n as u64;
            if found {
                return Ok(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(bytes: Vec<u8>) -> Lines {
        Lines::new("test.jsonl".to_string(), Box::new(io::Cursor::new(bytes)))
    }

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn all(args: &[PathBuf], options: &Options) -> Vec<(String, Result<Input, String>)> {
        read(args, options).map(|i| (i.origin, i.result.map_err(|e| e.to_string()))).collect()
    }

    #[test]
    fn folder_is_walked_in_path_order_with_sidecars() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(d, "b.txt", b"Second report.");
        write(d, "a.txt", b"First report.");
        write(d, "a.meta.json", br#"{"id":"alpha","url":"https://example.org/a","published":"2024-03-09"}"#);
        write(d, "notes.md", b"skipped");
        write(d, ".hidden/x.txt", b"skipped");
        write(d, "sub/c.jsonl", b"{\"text\":\"Third.\"}\n\n{\"id\":\"d\",\"text\":\"Fourth.\"}\n");
        write(d, "sub/e.json", br#"[{"text":"Fifth."},{"text":"Sixth."}]"#);
        let options = Options {
            source: Some("Wire".to_string()),
            published: Some("2020-01-01".to_string()),
            ..Options::default()
        };
        let items = all(&[d.to_path_buf()], &options);
        let origins: Vec<String> =
            items.iter().map(|(o, _)| o.strip_prefix(&*d.display().to_string()).unwrap().to_string()).collect();
        assert_eq!(
            origins,
            ["/a.txt", "/b.txt", "/sub/c.jsonl:1", "/sub/c.jsonl:3", "/sub/e.json[0]", "/sub/e.json[1]"]
        );
        let a = items[0].1.as_ref().unwrap();
        assert_eq!(a.id.as_deref(), Some("alpha"));
        assert_eq!(a.published.as_deref(), Some("2024-03-09"));
        assert_eq!(a.source.as_deref(), Some("Wire"));
        let b = items[1].1.as_ref().unwrap();
        assert_eq!(b.id.as_deref(), Some("b"));
        assert_eq!(b.published.as_deref(), Some("2020-01-01"));
        assert_eq!(items[3].1.as_ref().unwrap().id.as_deref(), Some("d"));
        assert_eq!(items[5].1.as_ref().unwrap().text, "Sixth.");
    }

    #[test]
    fn explicit_unknown_extension_is_text() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "notes.md", b"A report.");
        let items = all(&[path], &Options::default());
        assert_eq!(items[0].1.as_ref().unwrap().text, "A report.");
        assert_eq!(items[0].1.as_ref().unwrap().id.as_deref(), Some("notes"));
    }

    #[test]
    fn bad_files_are_named_and_the_rest_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(d, "a-bad.txt", b"ok \xff\xfe then");
        write(d, "b-empty.txt", b" \n\t ");
        let big = File::create(d.join("c-big.txt")).unwrap();
        big.set_len(50 * 1024 * 1024).unwrap();
        write(d, "d-good.txt", b"Fine.");
        let items = all(&[d.to_path_buf()], &Options::default());
        let errors: Vec<&str> = items.iter().filter_map(|(_, r)| r.as_ref().err()).map(|s| s.as_str()).collect();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].ends_with("a-bad.txt: not UTF-8: invalid byte at offset 3"), "{}", errors[0]);
        assert!(errors[1].ends_with("b-empty.txt: empty document"), "{}", errors[1]);
        assert!(errors[2].ends_with("c-big.txt: too large: 50 MiB (the limit is 32 MiB)"), "{}", errors[2]);
        assert_eq!(items[3].1.as_ref().unwrap().text, "Fine.");
    }

    #[test]
    fn jsonl_errors_name_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "feed.jsonl",
            b"{\"text\":\"One.\"}\n{\"text\":\nnot json\n{\"id\":\"x\"}\n{\"text\":\"a\xffb\"}\n[1]\n{\"text\":\"Seven.\",\"bogus\":1}\n{\"text\":\"Eight.\"}",
        );
        let items = all(&[path], &Options::default());
        let summary: Vec<String> = items
            .iter()
            .map(|(o, r)| match r {
                Ok(i) => format!("{} ok {}", o.rsplit('/').next().unwrap(), i.text),
                Err(e) => e.rsplit('/').next().unwrap().to_string(),
            })
            .collect();
        assert_eq!(summary[0], "feed.jsonl:1 ok One.");
        assert!(summary[1].starts_with("feed.jsonl:2: invalid JSON: EOF"), "{}", summary[1]);
        assert!(summary[2].starts_with("feed.jsonl:3: invalid JSON"), "{}", summary[2]);
        assert_eq!(summary[3], "feed.jsonl:4: missing \"text\" (a string)");
        assert_eq!(summary[4], "feed.jsonl:5: not UTF-8: invalid byte at offset 55");
        assert_eq!(summary[5], "feed.jsonl:6: invalid JSON: expected a document object, found an array");
        assert!(summary[6].starts_with("feed.jsonl:7: invalid document: unknown field `bogus`"), "{}", summary[6]);
        assert_eq!(summary[7], "feed.jsonl:8 ok Eight.");
    }

    #[test]
    fn long_jsonl_lines_are_skipped() {
        let mut bytes = b"{\"text\":\"".to_vec();
        bytes.extend(std::iter::repeat_n(b'x', 100));
        bytes.extend(b"\"}\n{\"text\":\"Short.\"}\n");
        let options = Options { max_bytes: 50, ..Options::default() };
        let mut lines = lines_of(bytes);
        let first = lines.next_item(&options).unwrap();
        assert_eq!(first.origin, "test.jsonl:1");
        assert_eq!(
            first.result.unwrap_err().kind.to_string(),
            "too large: more than the limit (the limit is 50 bytes)"
        );
        let second = lines.next_item(&options).unwrap();
        assert_eq!(second.origin, "test.jsonl:2");
        assert_eq!(second.result.unwrap().text, "Short.");
        assert!(lines.next_item(&options).is_none());
    }

    #[test]
    fn stdin_is_jsonl_only_when_every_line_is_a_document() {
        let options = Options::default();
        let jsonl = read_stdin(&b"{\"text\":\"One.\"}\n\n{\"text\":\"Two.\"}\n"[..], &options);
        let origins: Vec<&str> = jsonl.iter().map(|i| i.origin.as_str()).collect();
        assert_eq!(origins, ["<stdin>:1", "<stdin>:3"]);

        let text = read_stdin(&b"{\"text\":\"One.\"}\nAnd prose.\n"[..], &options);
        assert_eq!(text.len(), 1);
        assert_eq!(text[0].origin, "<stdin>");
        assert!(text[0].result.as_ref().unwrap().text.ends_with("And prose.\n"));

        let body = "Gunmen attacked a police checkpoint on the outskirts of the city late on Saturday, killing \
                    three officers and wounding two others, the interior ministry said in a statement on Sunday.";
        let page = format!("<!DOCTYPE html><html><head><title>Raid</title></head><body><p>{body}</p></body></html>");
        let html = read_stdin(page.as_bytes(), &options);
        assert_eq!(html[0].result.as_ref().unwrap().text, body);
        assert_eq!(html[0].result.as_ref().unwrap().title.as_deref(), Some("Raid"));

        let empty = read_stdin(&b"  \n"[..], &options);
        assert_eq!(empty[0].result.as_ref().unwrap_err().to_string(), "<stdin>: empty document");
    }

    #[test]
    fn missing_file_is_unreadable() {
        let items = all(&[PathBuf::from("/nonexistent/x.txt")], &Options::default());
        let err = items[0].1.as_ref().unwrap_err();
        assert!(err.starts_with("/nonexistent/x.txt: cannot read: "), "{err}");
    }

    #[test]
    fn formats_by_name_under_gzip() {
        let of = |name: &str| Format::of_named(Path::new(name));
        assert_eq!(of("a/page.HTML"), (Format::Html, false));
        assert_eq!(of("news.jsonl.gz"), (Format::JsonLines, true));
        assert_eq!(of("CC-NEWS-1.warc.gz"), (Format::Warc, true));
        assert_eq!(of("feed.rss"), (Format::Feed, false));
        assert_eq!(of("notes.gz"), (Format::Text, true));
        assert_eq!(Format::of_walked(Path::new("x.meta.json")), None);
        assert_eq!(Format::of_walked(Path::new("x.md")), None);
        assert_eq!(stem(Path::new("d/report.html.gz")).as_deref(), Some("report"));
    }

    #[test]
    fn html_files_and_feed_files_in_a_folder() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let body = "Gunmen attacked a police checkpoint on the outskirts of the city late on Saturday, killing \
                    three officers and wounding two others, the interior ministry said in a statement on Sunday.";
        write(d, "a.html", format!("<html><head><title>Raid</title></head><body><nav><a href=/>Home</a></nav><article><p>{body}</p></article></body></html>").as_bytes());
        write(d, "b.xml", format!("<rss version=\"2.0\"><channel><title>Wire</title><item><title>T</title><link>https://e.org/t</link><content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><![CDATA[<p>{}</p>]]></content:encoded></item></channel></rss>", body.repeat(5)).as_bytes());
        write(d, "c.htm", b"<html><body><nav><a href=/>Home</a></nav></body></html>");
        let items = all(&[d.to_path_buf()], &Options::default());
        assert_eq!(items.len(), 3);
        let a = items[0].1.as_ref().unwrap();
        assert_eq!((a.id.as_deref(), a.title.as_deref(), a.language.as_deref()), (Some("a"), Some("Raid"), Some("en")));
        assert_eq!(a.text, body);
        let b = items[1].1.as_ref().unwrap();
        assert!(items[1].0.ends_with("b.xml[0]"), "{}", items[1].0);
        assert_eq!((b.url.as_deref(), b.source.as_deref()), (Some("https://e.org/t"), Some("Wire")));
        assert!(items[2].1.as_ref().unwrap_err().ends_with("c.htm: no article text found"), "{:?}", items[2].1);
    }

    #[test]
    fn a_feed_over_the_item_limit_is_read_in_part_and_named() {
        let dir = tempfile::tempdir().unwrap();
        let body =
            "Gunmen attacked a police checkpoint on the outskirts of the city, killing three officers. ".repeat(8);
        let item = |i: usize| {
            format!("<item><title>T{i}</title><link>https://e.org/{i}</link><content:encoded><![CDATA[<p>{body} {i}</p>]]></content:encoded></item>")
        };
        let feed = format!(
            "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Wire</title>{}</channel></rss>",
            (0..3).map(item).collect::<String>()
        );
        let path = write(dir.path(), "feed.xml", feed.as_bytes());
        let items = all(&[path], &Options { max_feed_items: 2, ..Options::default() });
        assert_eq!(items.len(), 3, "{items:?}");
        assert!(items[0].1.is_ok() && items[1].1.is_ok(), "{items:?}");
        let error = items[2].1.as_ref().unwrap_err();
        assert!(
            error.ends_with("feed.xml: 3 feed items: only the first 2 were read (limit: --max-feed-items)"),
            "{error}"
        );
    }

    #[test]
    fn position_counts_files_and_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let a = write(dir.path(), "a.jsonl", b"{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");
        let b = write(dir.path(), "b.txt", b"Three.");
        let mut items = read(&[a, b], &Options::default());
        assert_eq!(items.position(), Position { files_done: 0, files_total: 2, bytes_done: 0, bytes_total: 38 });
        items.next().unwrap();
        let first = items.position();
        assert_eq!((first.files_done, first.bytes_done), (1, 32), "the file is read through a buffer");
        items.next().unwrap();
        items.next().unwrap();
        assert!(items.next().is_none());
        assert_eq!(items.position(), Position { files_done: 2, files_total: 2, bytes_done: 38, bytes_total: 38 });
    }

    #[test]
    fn utf16_gets_a_hint() {
        let err = utf8(vec![0xff, 0xfe, b'a', 0], 0).unwrap_err();
        assert!(err.to_string().contains("UTF-16"), "{err}");
    }
}
