//! Linear time on hostile shapes: each pattern of issue 18 at a base size, twice and
//! eight times that, timed in CPU time of this thread (not wall-clock: other
//! processes do not count) and compared with a linear expectation. A quadratic step
//! makes the 8× input cost 64× the base; the test allows 3× the linear 8×.

use tidings_pipeline::{Input, Limits, Pipeline};
use tidings_sources::html;

/// CPU time this thread has used, in nanoseconds.
fn thread_cpu_ns() -> u128 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; the clock id is a constant.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime");
    ts.tv_sec as u128 * 1_000_000_000 + ts.tv_nsec as u128
}

/// The least CPU time of `runs` runs of `f` (the least is the one least disturbed).
fn cpu_time(runs: usize, mut f: impl FnMut()) -> u128 {
    (0..runs)
        .map(|_| {
            let start = thread_cpu_ns();
            f();
            thread_cpu_ns() - start
        })
        .min()
        .unwrap()
        .max(1)
}

/// Extracts `make(n)` (an HTML page when `is_html`) at n = base, 2·base and 8·base and
/// asserts the cost grows at most about linearly.
fn assert_linear(name: &str, base: usize, is_html: bool, make: impl Fn(usize) -> String) {
    assert_linear_with(Limits::default(), 3.0, name, base, is_html, make);
}

/// `slack`: how many times the linear growth the 2× and 8× inputs may cost.
fn assert_linear_with(
    limits: Limits,
    slack: f64,
    name: &str,
    base: usize,
    is_html: bool,
    make: impl Fn(usize) -> String,
) {
    let pipeline = Pipeline::bundled().with_limits(limits);
    let run = |n: usize| {
        let raw = make(n);
        let text = if is_html { html::extract(&raw, None).text } else { raw };
        let ex = pipeline.extract(&Input { text, ..Input::default() });
        crate::spans::assert_aligned(&ex);
    };
    run(base); // warm-up: lazily loaded resources
    let t1 = cpu_time(3, || run(base));
    let t2 = cpu_time(2, || run(2 * base));
    let t8 = cpu_time(2, || run(8 * base));
    let (r2, r8) = (t2 as f64 / t1 as f64, t8 as f64 / t1 as f64);
    eprintln!("{name}: base {base}: {:.1} ms; 2×: {r2:.2}; 8×: {r8:.2}", t1 as f64 / 1e6);
    assert!(r2 <= 2.0 * slack, "{name}: 2× the input took {r2:.1}× the time");
    assert!(r8 <= 8.0 * slack, "{name}: 8× the input took {r8:.1}× the time (quadratic would be 64×)");
}

/// A sentence is coded in pieces of `max_sentence_tokens` (each costs up to the square
/// of that constant), so growth is linear once the base holds several pieces: a small
/// cap keeps the test fast in debug builds; the default (400) only changes the constant.
#[test]
fn one_long_sentence_of_trigger_words() {
    let limits = Limits { max_sentence_tokens: 100, ..Limits::default() };
    assert_linear_with(limits, 3.0, "trigger words", 600, false, |n| {
        format!("On Monday {}in Kabul.", "attack killed bomb ".repeat(n / 3))
    });
}

/// Each sentence an event: the coder once scanned the document's time expressions per
/// trigger and the actor profiles every organization per sentence (8×: about 12× in
/// debug, 14× in release instruction counts, eval/REPORT.md). Tighter than the others:
/// at most 1.5× the linear growth, with a base large enough (8× stays under the default
/// 1,000 candidate events) that a per-event scan of the document shows.
#[test]
fn many_sentences_each_an_event() {
    assert_linear_with(Limits::default(), 1.5, "event sentences", 120, false, |n| {
        (0..n).map(|i| format!("Gunmen killed {} people in Kabul on Monday, police said. ", i % 50 + 2)).collect()
    });
}

#[test]
fn html_nested_deep() {
    assert_linear("nested divs", 1000, true, |n| {
        format!(
            "<html><body>{}<p>Gunmen killed three people in Kabul on Monday, police said.</p>{}</body></html>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        )
    });
}

#[test]
fn html_with_many_short_paragraphs() {
    assert_linear("short paragraphs", 300, true, |n| {
        let paragraphs: String = (0..n).map(|i| format!("<p>Paragraph {i} says little.</p>")).collect();
        format!("<html><body><article>{paragraphs}</article></body></html>")
    });
}
