//! A polite HTTP client for feeds and article pages.
//!
//! - Identifies itself with a User-Agent naming tidings.
//! - Connect and whole-request timeouts; bodies over a size limit are refused.
//! - Retries network errors, `429` and `5xx` with exponential backoff (honouring a
//!   `Retry-After` of a few seconds), then gives up with an error naming the URL.
//! - Reads each site's `robots.txt` once and obeys its `Disallow`/`Allow` rules for
//!   the `tidings` agent (else `*`) and its `Crawl-delay`.
//! - Waits between requests to the same host (at least [`Options::delay`]).
//! - Remembers `ETag` and `Last-Modified` per URL and sends `If-None-Match` /
//!   `If-Modified-Since` next time, so an unchanged feed costs a `304`
//!   ([`Fetched::NotModified`]).
//!
//! Blocking by design: ingest is sequential per document, and politeness (one request
//! at a time per host) matters more than parallel throughput.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::thread::sleep;
use std::time::{Duration, Instant};

use reqwest::blocking::Client;
use reqwest::header::{
    HeaderMap, CONTENT_TYPE, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, RETRY_AFTER, USER_AGENT,
};
use reqwest::StatusCode;
use url::Url;

/// The robots.txt agent name matched against `User-agent:` lines.
pub const AGENT: &str = "tidings";

/// How the fetcher behaves.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub user_agent: String,
    /// Timeout of one request, connection included.
    pub timeout: Duration,
    /// Retries after the first attempt.
    pub retries: u32,
    /// The first backoff; doubled after each failed attempt.
    pub backoff: Duration,
    /// The least time between two requests to the same host (robots.txt's
    /// `Crawl-delay` may ask for more, up to 30 s).
    pub delay: Duration,
    /// Whether robots.txt is obeyed.
    pub robots: bool,
    /// Largest body accepted.
    pub max_bytes: u64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            user_agent: format!("{AGENT}/{} (news event coder)", env!("CARGO_PKG_VERSION")),
            timeout: Duration::from_secs(30),
            retries: 3,
            backoff: Duration::from_millis(500),
            delay: Duration::from_secs(1),
            robots: true,
            max_bytes: 32 * 1024 * 1024,
        }
    }
}

/// A fetched resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// The final URL, after redirects.
    pub url: String,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

/// The outcome of a successful request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    Ok(Response),
    /// The resource is unchanged since the last fetch (conditional GET answered `304`).
    NotModified,
}

/// Why a URL could not be fetched; the message names the URL.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("{0}: not an http(s) URL")]
    BadUrl(String),
    #[error("{0}: disallowed by robots.txt")]
    Robots(String),
    #[error("{url}: HTTP {status}")]
    Status { url: String, status: u16 },
    #[error("{url}: {message}")]
    Network { url: String, message: String },
    #[error("{url}: body over {limit} bytes")]
    TooLarge { url: String, limit: u64 },
}

/// The client with its per-host memory (robots rules, last request, validators).
pub struct Fetcher {
    client: Client,
    options: Options,
    robots: HashMap<String, Robots>,
    last_request: HashMap<String, Instant>,
    validators: HashMap<String, (Option<String>, Option<String>)>,
    done: HashSet<String>,
}

impl Fetcher {
    pub fn new(options: Options) -> Fetcher {
        let client = Client::builder()
            .timeout(options.timeout)
            .connect_timeout(options.timeout.min(Duration::from_secs(10)))
            .redirect(reqwest::redirect::Policy::limited(10))
            .build()
            .expect("the HTTP client builds (TLS roots are bundled)");
        Fetcher {
            client,
            options,
            robots: HashMap::new(),
            last_request: HashMap::new(),
            validators: HashMap::new(),
            done: HashSet::new(),
        }
    }

    /// Fetches `url`, conditionally when it was fetched before.
    pub fn get(&mut self, url: &str) -> Result<Fetched, FetchError> {
        let parsed = Url::parse(url).ok().filter(|u| matches!(u.scheme(), "http" | "https"));
        let Some(parsed) = parsed else { return Err(FetchError::BadUrl(url.to_string())) };
        if self.options.robots && !self.allowed(&parsed) {
            return Err(FetchError::Robots(url.to_string()));
        }
        let mut headers = HeaderMap::new();
        if let Some((etag, modified)) = self.validators.get(url) {
            if let Some(v) = etag.as_deref().and_then(|v| v.parse().ok()) {
                headers.insert(IF_NONE_MATCH, v);
            }
            if let Some(v) = modified.as_deref().and_then(|v| v.parse().ok()) {
                headers.insert(IF_MODIFIED_SINCE, v);
            }
        }
        let response = self.request(&parsed, headers)?;
        if response.status() == StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified);
        }
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
                .map(str::to_string)
        };
        let (etag, modified, content_type) = (header(ETAG), header(LAST_MODIFIED), header(CONTENT_TYPE));
        let final_url = response.url().to_string();
        let body = self.body(url, response)?;
        if etag.is_some() || modified.is_some() {
            self.validators.insert(url.to_string(), (etag, modified));
        }
        Ok(Fetched::Ok(Response { url: final_url, content_type, body }))
    }

    /// Records that the document at `url` was read, so [`Fetcher::seen`] can skip it
    /// on the next pass of a watch loop.
    pub fn mark_done(&mut self, url: &str) {
        self.done.insert(url.to_string());
    }

    /// Whether [`Fetcher::mark_done`] was called for `url`.
    pub fn seen(&self, url: &str) -> bool {
        self.done.contains(url)
    }

    /// One request with retries, waiting for the host's turn before each attempt.
    fn request(&mut self, url: &Url, headers: HeaderMap) -> Result<reqwest::blocking::Response, FetchError> {
        let mut backoff = self.options.backoff;
        let mut attempt = 0;
        loop {
            self.wait_turn(url);
            let result = self
                .client
                .get(url.clone())
                .header(USER_AGENT, &self.options.user_agent)
                .headers(headers.clone())
                .send();
            let (retry_after, error) = match result {
                Ok(r) if r.status().is_success() || r.status() == StatusCode::NOT_MODIFIED => return Ok(r),
                Ok(r) if r.status() == StatusCode::TOO_MANY_REQUESTS || r.status().is_server_error() => {
                    let after = r
                        .headers()
                        .get(RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.trim().parse::<u64>().ok());
                    (after, FetchError::Status { url: url.to_string(), status: r.status().as_u16() })
                }
                Ok(r) => return Err(FetchError::Status { url: url.to_string(), status: r.status().as_u16() }),
                Err(e) if e.is_builder() || e.is_redirect() => {
                    return Err(FetchError::Network { url: url.to_string(), message: error_chain(&e) })
                }
                Err(e) => (None, FetchError::Network { url: url.to_string(), message: error_chain(&e) }),
            };
            if attempt >= self.options.retries {
                return Err(error);
            }
            attempt += 1;
            let wait = retry_after.map(|s| Duration::from_secs(s.min(30))).unwrap_or(backoff).max(backoff);
            sleep(wait);
            backoff *= 2;
        }
    }

    fn body(&self, url: &str, response: reqwest::blocking::Response) -> Result<Vec<u8>, FetchError> {
        let limit = self.options.max_bytes;
        if response.content_length().is_some_and(|n| n > limit) {
            return Err(FetchError::TooLarge { url: url.to_string(), limit });
        }
        let mut body = Vec::new();
        response
            .take(limit + 1)
            .read_to_end(&mut body)
            .map_err(|e| FetchError::Network { url: url.to_string(), message: e.to_string() })?;
        if body.len() as u64 > limit {
            return Err(FetchError::TooLarge { url: url.to_string(), limit });
        }
        Ok(body)
    }

    /// Sleeps until the host's delay since its last request has passed.
    fn wait_turn(&mut self, url: &Url) {
        let host = host_key(url);
        let delay = self
            .robots
            .get(&origin(url))
            .and_then(|r| r.crawl_delay)
            .map_or(self.options.delay, |d| d.max(self.options.delay));
        if let Some(last) = self.last_request.get(&host) {
            let since = last.elapsed();
            if since < delay {
                sleep(delay - since);
            }
        }
        self.last_request.insert(host, Instant::now());
    }

    /// Whether robots.txt lets us fetch `url` (fetched once per origin; a missing or
    /// unreadable robots.txt allows everything).
    fn allowed(&mut self, url: &Url) -> bool {
        let origin = origin(url);
        if !self.robots.contains_key(&origin) {
            let robots_url = format!("{origin}/robots.txt");
            let rules = match Url::parse(&robots_url) {
                Ok(u) => match self.request(&u, HeaderMap::new()) {
                    Ok(r) => {
                        let body = self.body(&robots_url, r).unwrap_or_default();
                        Robots::parse(&String::from_utf8_lossy(&body), AGENT)
                    }
                    Err(_) => Robots::default(),
                },
                Err(_) => Robots::default(),
            };
            self.robots.insert(origin.clone(), rules);
        }
        let path = match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        };
        self.robots[&origin].allows(&path)
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut message = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    message
}

fn origin(url: &Url) -> String {
    url.origin().ascii_serialization()
}

fn host_key(url: &Url) -> String {
    format!("{}:{}", url.host_str().unwrap_or_default(), url.port_or_known_default().unwrap_or_default())
}

/// The robots.txt rules that apply to one agent.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Robots {
    /// `(allow, pattern)`, in file order.
    rules: Vec<(bool, String)>,
    pub crawl_delay: Option<Duration>,
}

impl Robots {
    /// The rules of the group naming `agent` (case-insensitive substring), else of
    /// the `*` group.
    pub fn parse(text: &str, agent: &str) -> Robots {
        let agent = agent.to_ascii_lowercase();
        let mut specific: Option<Robots> = None;
        let mut general: Option<Robots> = None;
        // The agents of the group being read, and whether its rules have started.
        let mut agents: Vec<String> = Vec::new();
        let mut in_rules = false;
        let mut current = Robots::default();
        let mut flush = |agents: &[String], current: &mut Robots| {
            let group = std::mem::take(current);
            if agents.iter().any(|a| a != "*" && agent.contains(a.as_str())) {
                specific.get_or_insert_with(Robots::default).extend(group);
            } else if agents.iter().any(|a| a == "*") {
                general.get_or_insert_with(Robots::default).extend(group);
            }
        };
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or_default().trim();
            let Some((key, value)) = line.split_once(':') else { continue };
            let (key, value) = (key.trim().to_ascii_lowercase(), value.trim());
            match key.as_str() {
                "user-agent" => {
                    if in_rules {
                        flush(&agents, &mut current);
                        agents.clear();
                        in_rules = false;
                    }
                    agents.push(value.to_ascii_lowercase());
                }
                "allow" | "disallow" => {
                    in_rules = true;
                    if !value.is_empty() {
                        current.rules.push((key == "allow", value.to_string()));
                    }
                }
                "crawl-delay" => {
                    in_rules = true;
                    current.crawl_delay = value
                        .parse::<f64>()
                        .ok()
                        .filter(|d| d.is_finite() && *d >= 0.0)
                        .map(|d| Duration::from_secs_f64(d.min(30.0)));
                }
                _ => {}
            }
        }
        flush(&agents, &mut current);
        specific.or(general).unwrap_or_default()
    }

    fn extend(&mut self, other: Robots) {
        self.rules.extend(other.rules);
        self.crawl_delay = self.crawl_delay.or(other.crawl_delay);
    }

    /// Whether `path` (with its query) may be fetched: the longest matching pattern
    /// decides, `Allow` winning ties; no match allows.
    pub fn allows(&self, path: &str) -> bool {
        let mut best: Option<(usize, bool)> = None;
        for (allow, pattern) in &self.rules {
            if matches(pattern, path) {
                let len = pattern.len();
                if best.is_none_or(|(l, a)| len > l || (len == l && *allow && !a)) {
                    best = Some((len, *allow));
                }
            }
        }
        best.is_none_or(|(_, allow)| allow)
    }
}

/// robots.txt pattern matching: a prefix match where `*` is any run of characters and
/// a final `$` anchors the end.
fn matches(pattern: &str, path: &str) -> bool {
    let (pattern, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    let parts: Vec<&str> = pattern.split('*').collect();
    let mut at = 0;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            if !path.starts_with(part) {
                return false;
            }
            at = part.len();
        } else if i == parts.len() - 1 && anchored {
            return path.len() >= at + part.len() && path.ends_with(part);
        } else {
            match path[at..].find(part) {
                Some(p) => at += p + part.len(),
                None => return false,
            }
        }
    }
    !anchored || at == path.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn robots_groups_and_precedence() {
        let text = "User-agent: *\nDisallow: /private\nCrawl-delay: 2\n\n\
                    User-agent: tidings\nUser-agent: other\nDisallow: /news/drafts\nAllow: /news/drafts/public\nDisallow: /*.pdf$\n";
        let ours = Robots::parse(text, AGENT);
        assert!(ours.allows("/private/x"), "only our group applies");
        assert!(!ours.allows("/news/drafts/1"));
        assert!(ours.allows("/news/drafts/public/1"));
        assert!(!ours.allows("/a/b.pdf"));
        assert!(ours.allows("/a/b.pdf?x=1"));
        assert_eq!(ours.crawl_delay, None);
        let theirs = Robots::parse(text, "somebot");
        assert!(!theirs.allows("/private"));
        assert_eq!(theirs.crawl_delay, Some(Duration::from_secs(2)));
        assert!(Robots::parse("", AGENT).allows("/anything"));
        assert!(Robots::parse("User-agent: *\nDisallow:\n", AGENT).allows("/"));
        assert!(!Robots::parse("User-agent: *\nDisallow: /\n", AGENT).allows("/"));
    }
}
