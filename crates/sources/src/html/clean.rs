//! Pruning boilerplate: before the main content is picked (whole page), after it is
//! picked (the content), and line by line in the final text.

use std::sync::LazyLock;

use dom_query::{Document, NodeRef};
use regex::Regex;

/// Elements that never hold article text.
const NEVER_TEXT: &str = "nav, aside, footer, figure, figcaption, form, button, select, textarea, noscript, \
    iframe, svg, template, dialog, [hidden], [aria-hidden=true], [role=navigation], [role=complementary], \
    [role=contentinfo], [itemprop=author], [rel=author], time";

/// Words of `class` and `id` values that mark boilerplate, matched against the parts
/// of a value split at spaces, hyphens and underscores (`related-stories`,
/// `c-byline__name`, `adSlot` → `ad`, `slot`).
const BOILERPLATE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "author",
    "authors",
    "bio",
    "breadcrumb",
    "breadcrumbs",
    "byline",
    "caption",
    "captions",
    "comment",
    "comments",
    "cookie",
    "copyright",
    "credit",
    "credits",
    "dateline",
    "disclaimer",
    "footer",
    "meta",
    "modal",
    "more",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "outbrain",
    "popular",
    "promo",
    "recirc",
    "recommended",
    "related",
    "share",
    "sharing",
    "sidebar",
    "signup",
    "social",
    "sponsored",
    "subscribe",
    "subscription",
    "taboola",
    "tags",
    "timestamp",
    "toolbar",
    "trending",
    "widget",
];

/// Whole class names of screen-reader-only text ("Advertisement", "Image").
const HIDDEN_CLASSES: &[&str] = &["sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "hidden"];

/// Prunes the whole page before the main content is chosen.
pub fn prune_page(doc: &Document) {
    if let Some(body) = doc.body() {
        prune(doc, &body);
    }
}

/// Prunes the chosen content: what slipped through, and link-dense blocks.
pub fn prune_content(doc: &Document) {
    prune(doc, &doc.root());
}

/// Removes the never-text elements and those with boilerplate class or id words —
/// except an element holding a quarter or more of the prose under `root` (a layout
/// wrapper named `has-sidebar` or `read-more-enabled` holds the article) — then
/// link-dense blocks.
fn prune(doc: &Document, root: &NodeRef) {
    let total = paragraph_text(root);
    let protected = |node: &NodeRef| total > 0 && paragraph_text(node) * 4 > total;
    let mut doomed = Vec::new();
    for node in doc.select(NEVER_TEXT).nodes() {
        if !protected(node) {
            doomed.push(*node);
        }
    }
    for node in doc.select("[class], [id]").nodes() {
        if is_boilerplate_name(node) && !protected(node) {
            doomed.push(*node);
        }
    }
    for node in doomed {
        node.remove_from_parent();
    }
    prune_link_lists(doc);
}

/// Lists, and short paragraphs and blocks, that are mostly links ("Related", "Read
/// more: …", tag clouds).
fn prune_link_lists(doc: &Document) {
    let mut doomed = Vec::new();
    for node in doc.select("ul, ol, p, div, section, h2, h3, h4, h5, h6").nodes() {
        let text = normalized_len(&node.text());
        if text == 0 {
            continue;
        }
        let linked: usize = node
            .descendants_it()
            .filter(|d| d.is_element() && d.node_name().is_some_and(|n| &*n == "a"))
            .map(|a| normalized_len(&a.text()))
            .sum();
        let is_list = node.node_name().is_some_and(|n| &*n == "ul" || &*n == "ol");
        let short = text < 400;
        if linked * 10 >= text * 6 && (is_list || short) {
            doomed.push(*node);
        }
    }
    for node in doomed {
        node.remove_from_parent();
    }
}

fn normalized_len(text: &str) -> usize {
    text.split_whitespace().map(|w| w.chars().count() + 1).sum()
}

/// Characters in the `<p>` elements within `node` that look like prose (80+ chars).
fn paragraph_text(node: &NodeRef) -> usize {
    let own = if node.node_name().is_some_and(|n| &*n == "p") { Some(*node) } else { None };
    own.into_iter()
        .chain(node.descendants_it().filter(|d| d.is_element() && d.node_name().is_some_and(|n| &*n == "p")))
        .map(|p| normalized_len(&p.text()))
        .filter(|&n| n >= 80)
        .sum()
}

fn is_boilerplate_name(node: &NodeRef) -> bool {
    // The root elements are never boilerplate, whatever their classes.
    if node.node_name().is_some_and(|n| matches!(&*n, "html" | "body" | "main" | "article")) {
        return false;
    }
    let class = node.attr("class").unwrap_or_default();
    let id = node.attr("id").unwrap_or_default();
    if class.split_whitespace().any(|c| HIDDEN_CLASSES.iter().any(|h| c.eq_ignore_ascii_case(h))) {
        return true;
    }
    [&*class, &*id].iter().flat_map(|v| words(v)).any(|w| BOILERPLATE_WORDS.binary_search(&w.as_str()).is_ok())
}

/// The lowercase words of a class or id value: split at spaces, `-`, `_` and
/// lower-to-upper case changes.
fn words(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut prev_lower = false;
    for c in value.chars() {
        if !c.is_alphanumeric() {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        prev_lower = c.is_lowercase();
        word.extend(c.to_lowercase());
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Lines that are boilerplate by their wording.
static JUNK_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(
            \(?\s*(photo|image|picture|foto|фото|credit|source|via)s?\s*(:|…|\.\.\.|\bby\b).{0,200}
          | image\s+\d+\s+of\s+/?\s*\d+ | \d+\s+of\s+\d+
          | (image\s+)?copyright\b.{0,300} | ©.{0,120} | .{0,120}\ball\s+rights\s+reserved\b.{0,40}
          | (read|see|watch|listen)\s+(more|also|next)\b.{0,200}
          | (related|recommended|more|also\s+read|don.t\s+miss|trending|popular|up\s+next)
            (\s+(stories|articles|news|posts?|reading|coverage|videos?|content|links|from\s+\S+(\s+\S+)?))?
            \s*([:|].{0,200})?
          | also\s+on\s+\S+\.(com|org|net|co\.uk)\b.{0,200}
          | (you\s+may\s+(also\s+)?like|more\s+on\s+this|most\s+read|latest\s+news|top\s+stories).{0,80}
          | .{0,80}\b(sign\s+up|subscribe|newsletters?|inbox)\b.{0,160}
          | .{0,60}\bclick\s+here\b.{0,120}
          | by\s+(?-i:\p{Lu})[^.!?]{0,80}
          | (advertisement|advert|ad|sponsored|comments?|caption|close|share|share\s+this|sharing\s+is\s+caring!?
            |print|email|loading(\s+content)?(\s*\.\.\.)?|subscribe|menu|home|news|tweet|whatsapp|facebook
            |twitter|linkedin|pinterest|getty(\s+images)?)
          | \(?(reporting|writing|editing|additional\s+reporting)\s+by\b.{0,300}
          | follow\s+(us|him|her|them|\S+)\s+on\b.{0,160}
          | tags?\s*:.{0,200}
          | filed\s+under\b.{0,200}
          | .{0,60}[|/,:]\s*(getty(\s+images)?|shutterstock|istock(photo)?|reuters|afp|epa)\s*\)?
        )$",
    )
    .expect("the boilerplate pattern compiles")
});

/// Lines starting like a dateline ("Updated 1:39 am EST …"), when short and dated.
static DATED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\|?\s*(published|updated|posted|last\s+updated|first\s+published|modified)\b")
        .expect("the dateline pattern compiles")
});

/// A line that is only a date or a time, or a dateline ("Nov. 20, 2019, 9:28 AM UTC").
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^[\s|·,/-]*(
            (mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*
          | \d{1,2}(:\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?\s*(\p{Lu}{2,4}T|UTC|GMT)?,?\s*
          | (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*
          | \d{1,4}(st|nd|rd|th)?,?\s*
          | [|·,/@-]\s*
          | (updated|published|posted|on|at)\s*:?\s*
        )+$",
    )
    .expect("the date pattern compiles")
});

/// Drops boilerplate lines and joins what is left as paragraphs (blank-line
/// separated), without the trailing blank.
pub fn filter_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || is_junk(line) {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(line);
    }
    out
}

fn is_junk(line: &str) -> bool {
    if line.len() > 400 {
        return false;
    }
    let dated = line.chars().any(|c| c.is_ascii_digit());
    JUNK_LINE.is_match(line)
        || (dated && line.len() < 80 && DATE_LINE.is_match(line))
        || (dated && line.len() < 120 && DATED_LINE.is_match(line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_words() {
        assert_eq!(words("c-byline__name adSlot"), ["c", "byline", "name", "ad", "slot"]);
        let mut sorted = BOILERPLATE_WORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, BOILERPLATE_WORDS, "binary search needs the list sorted");
    }

    #[test]
    fn junk_lines() {
        for junk in [
            "Photo: Damian Dovarganes, AP",
            "Image 1 of / 23",
            "Credit...Doug Mills/The New York Times",
            "Read more: Tencent profit falls as Alibaba threat and economic woes weigh",
            "Related: The 15 Weirdest Galaxies in Our Universe",
            "Updated 1:39 am EST, Wednesday, November 20, 2019",
            "Nov. 20, 2019, 9:28 AM UTC",
            "By Justine Coleman",
            "Sign up for our daily newsletter",
            "Advertisement",
            "(Reporting by Greg Roumeliotis; editing by Martin Howell.)",
            "Copyright 2019 The New Arab.",
            "18 NOV 2019",
        ] {
            assert!(is_junk(junk), "{junk}");
        }
        for prose in [
            "Gunmen attacked a police checkpoint on Monday.",
            "By the time police arrived, the attackers had fled.",
            "More than 40 people were killed in the attack.",
            "Related groups have claimed similar attacks in the past.",
            "Home to two million people, the city has been under siege since May.",
        ] {
            assert!(!is_junk(prose), "{prose}");
        }
    }
}
