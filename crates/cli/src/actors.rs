//! `tidings actors [NAME]`: actor profiles across documents.

use std::io::{self, BufWriter, Write};

use anyhow::{bail, Result};
use tidings_merge::identity::kind_str;
use tidings_merge::profiles::{ActorProfile, FactSource, ProfileFact};
use tidings_model::Relation;

use crate::{table, ActorsArgs, ActorsFormat, Outcome};

pub fn run(args: &ActorsArgs) -> Result<Outcome> {
    let mut store = crate::open_existing(&args.db)?;
    crate::events::refresh_if_stale(&mut store)?;
    let mut out = BufWriter::new(io::stdout().lock());
    match &args.name {
        None => {
            let list = store.actor_list()?;
            match args.format {
                ActorsFormat::Text => {
                    let rows: Vec<Vec<String>> = list
                        .iter()
                        .take(args.limit.unwrap_or(usize::MAX))
                        .map(|a| {
                            vec![
                                a.documents.to_string(),
                                a.name.clone(),
                                a.kind.clone(),
                                a.country.clone().unwrap_or_else(|| "-".to_string()),
                                a.id.clone(),
                            ]
                        })
                        .collect();
                    table::write_rows(
                        &mut out,
                        &[("DOCS", 6), ("NAME", 48), ("KIND", 16), ("COUNTRY", 8), ("ID", 60)],
                        rows,
                    )?;
                }
                ActorsFormat::Json => {
                    let list: Vec<serde_json::Value> = list
                        .iter()
                        .map(|a| {
                            serde_json::json!({"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "documents": a.documents})
                        })
                        .collect();
                    serde_json::to_writer_pretty(&mut out, &list)?;
                    writeln!(out)?;
                }
            }
        }
        Some(name) => {
            let Some(profile) = store.actor_profile(name)? else {
                bail!("no actor named {name:?} is stored (list them with `tidings actors`)");
            };
            match args.format {
                ActorsFormat::Text => write_profile(&mut out, &profile)?,
                ActorsFormat::Json => {
                    serde_json::to_writer_pretty(&mut out, &profile)?;
                    writeln!(out)?;
                }
            }
        }
    }
    out.flush()?;
    Ok(Outcome::AllOk)
}

/// `[doc-a, doc-b]`.
fn sources(s: &[FactSource]) -> String {
    let mut docs: Vec<&str> = s.iter().map(|s| s.document.as_str()).collect();
    docs.dedup();
    format!("[{}]", docs.join(", "))
}

fn object(f: &ProfileFact) -> String {
    f.object.as_ref().map_or_else(|| "-".to_string(), |o| o.name.clone())
}

fn when(t: &Option<String>) -> String {
    t.as_ref().map(|t| format!(", {t}")).unwrap_or_default()
}

/// A profile as text: names, then facts grouped by relation, each with its sources.
pub fn write_profile(out: &mut impl Write, p: &ActorProfile) -> io::Result<()> {
    writeln!(out, "{}  ({})", p.name, p.id)?;
    writeln!(
        out,
        "kind: {}   country: {}   documents: {}",
        kind_str(p.kind),
        p.country.as_deref().unwrap_or("-"),
        p.documents.len()
    )?;
    writeln!(out, "\nnames seen:")?;
    for a in &p.aliases {
        writeln!(out, "  {} [{}]", a.name, a.documents.join(", "))?;
    }
    if !p.also_known_as.is_empty() {
        writeln!(out, "also known as: {}", p.also_known_as.join("; "))?;
    }
    if let Some(src) = &p.alias_source {
        writeln!(out, "  (alias table: {src})")?;
    }
    let own = |r: Relation| p.facts.iter().filter(move |f| f.relation == r && f.subject.id == p.id);
    let founded: Vec<&ProfileFact> = own(Relation::Founded).collect();
    if !founded.is_empty() {
        writeln!(out, "\nfounded:")?;
        for f in founded {
            writeln!(out, "  {} {}", f.time.as_deref().unwrap_or("(date unknown)"), sources(&f.sources))?;
        }
    }
    if !p.leaders.is_empty() {
        writeln!(out, "\nleaders:")?;
        for l in &p.leaders {
            writeln!(out, "  {}{} {}", l.person.name, when(&l.time), sources(&l.sources))?;
            for fate in &l.fates {
                let verb = if fate.relation == Relation::KilledBy { "killed by" } else { "captured by" };
                writeln!(out, "      {verb} {}{} {}", object(fate), when(&fate.time), sources(&fate.sources))?;
            }
        }
    }
    let sections = [
        (Relation::LeaderOf, "leads"),
        (Relation::KilledBy, "killed by"),
        (Relation::CapturedBy, "captured by"),
        (Relation::EnemyOf, "enemies"),
        (Relation::AlliedWith, "allies"),
        (Relation::ActiveIn, "active in"),
        (Relation::SupportersIn, "supporters in"),
        (Relation::MemberOrigin, "members from"),
    ];
    for (relation, title) in sections {
        let facts: Vec<&ProfileFact> = own(relation).collect();
        if facts.is_empty() {
            continue;
        }
        writeln!(out, "\n{title}:")?;
        for f in facts {
            writeln!(out, "  {}{} {}", object(f), when(&f.time), sources(&f.sources))?;
        }
    }
    // Facts told of others about this actor (not leadership, shown above).
    let about: Vec<&ProfileFact> =
        p.facts.iter().filter(|f| f.subject.id != p.id && f.relation != Relation::LeaderOf).collect();
    if !about.is_empty() {
        writeln!(out, "\nnamed in:")?;
        for f in about {
            let relation = serde_json::to_value(f.relation).ok().and_then(|v| v.as_str().map(str::to_string));
            writeln!(
                out,
                "  {} {} {}{} {}",
                f.subject.name,
                relation.unwrap_or_default(),
                object(f),
                when(&f.time),
                sources(&f.sources)
            )?;
        }
    }
    Ok(())
}
