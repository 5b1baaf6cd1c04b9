//! The verdict of a comparison: sentences generated from rank, pricing, capabilities
//! and signals. Nothing here is stored in the catalog.
//!
//! `verdict` compares two artifacts; `verdict_all` ranks two to four with reasons, the rank
//! gap broken down by signal, "too close to call", and dominance (see `explain`).

mod explain;
mod weights;

pub use explain::{dominates, verdict_all, CLOSE_MARGIN};
pub use weights::{weighted_scores, weighted_verdict, Weights, MAX_WEIGHT};

use super::catalog::{Artifact, Catalog, Plan, SignalDef};
use super::format::Locale;
use super::messages::verdict as words;
use super::spec::measure::{measures, Lead};
use super::spec::SpecDef;

/// What a verdict weighs besides rank, pricing and capabilities: the catalog's signals
/// and specs (usage prices come with the artifacts).
#[derive(Clone, Copy, Debug)]
pub struct Criteria<'c> {
    pub signals: &'c [SignalDef],
    pub specs: &'c [SpecDef],
}

impl Catalog {
    /// The catalog's signals and specs, for verdicts.
    pub fn criteria(&self) -> Criteria<'_> {
        Criteria {
            signals: &self.signals,
            specs: &self.specs,
        }
    }
}

/// Spec and price leads one side of a verdict names at most.
const MAX_SPEC_REASONS: usize = 3;

/// What one side has over the other.
#[derive(Clone, Debug, PartialEq)]
enum Advantage {
    FreeTier,
    FreeOutright,
    MoreCapabilities(String, String),
    Signals(Vec<String>),
    Spec(Lead),
    MoreMatches(String, String),
}

/// The generated verdict of a comparison.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Verdict {
    /// Column of the artifact that ranks higher; `None` for a tie or too close to call.
    pub winner: Option<usize>,
    /// `FLUX.1 Pro scores higher at 58/100 vs ERNIE 4.5 VL 424B A47B at 20/100.`
    pub headline: String,
    /// Every further reason that holds, one sentence each.
    pub reasons: Vec<String>,
    /// `FLUX.1 Pro leads by 38 points: +1 Adoption, +1 Quality.`
    pub breakdown: Option<String>,
    /// Dominance: `ERNIE … is dominated by FLUX.1 Pro: …`.
    pub notes: Vec<String>,
    /// Columns from first to last place (all columns, rank order).
    pub standings: Vec<usize>,
}

impl Verdict {
    /// Headline and reasons as one paragraph.
    pub fn text(&self) -> String {
        std::iter::once(self.headline.as_str())
            .chain(self.reasons.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Compares `a` and `b`; the higher rank wins, equal ranks tie, ranks within
/// `CLOSE_MARGIN` are too close to call. Counts use `locale`.
pub fn verdict(a: &Artifact, b: &Artifact, criteria: &Criteria, locale: &Locale) -> Verdict {
    if a.rank == b.rank {
        return tie(a, b, criteria, locale);
    }
    if a.rank.abs_diff(b.rank) <= CLOSE_MARGIN {
        let (high, low) = if a.rank > b.rank { (a, b) } else { (b, a) };
        let mut close = tie(a, b, criteria, locale);
        close.headline = locale.say(
            words::TOO_CLOSE,
            &[
                ("a", &high.name),
                ("a_rank", &high.rank.to_string()),
                ("b", &low.name),
                ("b_rank", &low.rank.to_string()),
            ],
        );
        return close;
    }
    let (winner_side, winner, loser) = if a.rank > b.rank {
        (0, a, b)
    } else {
        (1, b, a)
    };
    let headline = locale.say(
        words::SCORES_HIGHER,
        &[
            ("winner", &winner.name),
            ("winner_rank", &winner.rank.to_string()),
            ("loser", &loser.name),
            ("loser_rank", &loser.rank.to_string()),
        ],
    );
    let mut reasons: Vec<String> = advantages(winner, loser, criteria, locale)
        .iter()
        .map(|advantage| winner_sentence(winner, loser, advantage, locale))
        .collect();
    let counter = advantages(loser, winner, criteria, locale);
    if !counter.is_empty() {
        reasons.push(edge_sentence(loser, &counter, locale));
    }
    Verdict {
        winner: Some(winner_side),
        headline,
        reasons,
        standings: vec![winner_side, 1 - winner_side],
        ..Verdict::default()
    }
}

fn tie(a: &Artifact, b: &Artifact, criteria: &Criteria, locale: &Locale) -> Verdict {
    let names = join_list(&[a.name.clone(), b.name.clone()], locale);
    let headline = locale.say(
        words::TIED,
        &[("names", &names), ("rank", &a.rank.to_string())],
    );
    let mut reasons = Vec::new();
    for (x, y) in [(a, b), (b, a)] {
        let edges = advantages(x, y, criteria, locale);
        if !edges.is_empty() {
            reasons.push(edge_sentence(x, &edges, locale));
        }
    }
    if reasons.is_empty() {
        reasons.push(locale.text(words::NO_EDGE).to_owned());
    }
    Verdict {
        winner: None,
        headline,
        reasons,
        standings: vec![0, 1],
        ..Verdict::default()
    }
}

/// Everything `x` has over `y`, in the order the verdict mentions them.
fn advantages(x: &Artifact, y: &Artifact, criteria: &Criteria, locale: &Locale) -> Vec<Advantage> {
    let signals = criteria.signals;
    let mut found = Vec::new();
    if x.pricing.free_tier && !y.pricing.free_tier {
        found.push(Advantage::FreeTier);
    } else if x.pricing.plan == Plan::Free && y.pricing.plan != Plan::Free {
        found.push(Advantage::FreeOutright);
    }
    let (x_caps, y_caps) = (x.total_capabilities(), y.total_capabilities());
    if x_caps > y_caps {
        found.push(Advantage::MoreCapabilities(
            locale.integer(u64::from(x_caps)),
            locale.integer(u64::from(y_caps)),
        ));
    }
    let leads: Vec<String> = signals
        .iter()
        .filter(|def| match (x.signal(&def.id), y.signal(&def.id)) {
            (Some(xv), Some(yv)) => xv > yv,
            (Some(xv), None) => xv > 0.0,
            _ => false,
        })
        .map(|def| def.label.clone())
        .collect();
    if !leads.is_empty() {
        found.push(Advantage::Signals(leads));
    }
    let compared = measures(criteria.specs, &[x, y]);
    let spec_leads = compared
        .iter()
        .filter_map(|measure| measure.lead(x, y, locale))
        .take(MAX_SPEC_REASONS)
        .map(Advantage::Spec);
    found.extend(spec_leads);
    if let (Some(xm), Some(ym)) = (x.times_matched, y.times_matched) {
        if xm > ym {
            found.push(Advantage::MoreMatches(
                locale.integer(xm),
                locale.integer(ym),
            ));
        }
    }
    found
}

fn winner_sentence(
    winner: &Artifact,
    loser: &Artifact,
    advantage: &Advantage,
    locale: &Locale,
) -> String {
    let name = winner.name.as_str();
    match advantage {
        Advantage::FreeTier => locale.say(words::REASON_FREE_TIER, &[("name", name)]),
        Advantage::FreeOutright => locale.say(
            words::REASON_FREE_OUTRIGHT,
            &[("name", name), ("other", &loser.name)],
        ),
        Advantage::MoreCapabilities(w, l) => locale.say(
            words::REASON_CAPABILITIES,
            &[("name", name), ("a", w), ("b", l)],
        ),
        Advantage::Signals(labels) => locale.say(
            words::REASON_SIGNALS,
            &[("name", name), ("signals", &join_list(labels, locale))],
        ),
        Advantage::Spec(Lead { lead, detail }) => locale.say(
            words::REASON_SPEC,
            &[("name", name), ("lead", lead), ("detail", detail)],
        ),
        Advantage::MoreMatches(w, l) => {
            locale.say(words::REASON_MATCHES, &[("name", name), ("a", w), ("b", l)])
        }
    }
}

/// `ERNIE has the edge on a free tier and more capabilities (16 vs 5).`
fn edge_sentence(side: &Artifact, edges: &[Advantage], locale: &Locale) -> String {
    let edges = join_list(&edge_items(edges, locale), locale);
    locale.say(
        words::REASON_EDGE,
        &[("name", &side.name), ("edges", &edges)],
    )
}

/// Each advantage as a noun phrase: `a free tier`, `more capabilities (16 vs 5)`, `Quality`.
fn edge_items(edges: &[Advantage], locale: &Locale) -> Vec<String> {
    edges
        .iter()
        .map(|edge| match edge {
            Advantage::FreeTier => locale.text(words::EDGE_FREE_TIER).to_owned(),
            Advantage::FreeOutright => locale.text(words::EDGE_FREE_OUTRIGHT).to_owned(),
            Advantage::MoreCapabilities(x, y) => {
                locale.say(words::EDGE_CAPABILITIES, &[("a", x), ("b", y)])
            }
            Advantage::Signals(labels) => join_list(labels, locale),
            Advantage::Spec(Lead { lead, detail }) => {
                locale.say(words::EDGE_SPEC, &[("lead", lead), ("detail", detail)])
            }
            Advantage::MoreMatches(x, y) => locale.say(words::EDGE_MATCHES, &[("a", x), ("b", y)]),
        })
        .collect()
}

/// `a`, `a and b`, `a, b and c` (in the locale's words).
pub fn join_list(items: &[String], locale: &Locale) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => {
            let items = init.join(locale.text(words::LIST_SEPARATOR));
            locale.say(words::LIST_AND, &[("items", &items), ("last", last)])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{default_signals, Pricing};

    pub(super) fn artifact(name: &str, rank: u8, plan: Plan, signals: &[(&str, f64)]) -> Artifact {
        Artifact {
            id: name.to_lowercase(),
            name: name.to_owned(),
            vendor: None,
            kind: "Tool".to_owned(),
            summary: None,
            about: None,
            url: None,
            rank,
            signals: signals
                .iter()
                .map(|(id, v)| ((*id).to_owned(), *v))
                .collect(),
            pricing: Pricing {
                plan,
                free_tier: plan != Plan::Paid,
                starting_price: None,
                usage: Vec::new(),
            },
            times_matched: None,
            capability_count: None,
            capabilities: Vec::new(),
            best_for: Vec::new(),
            limitations: Vec::new(),
            requirements: Vec::new(),
            inputs: Vec::new(),
            outputs: Vec::new(),
            details: Vec::new(),
            categories: Vec::new(),
            alternatives: Vec::new(),
            updated: None,
            specs: Vec::new(),
            sources: Vec::new(),
        }
    }

    fn criteria(signals: &[SignalDef]) -> Criteria<'_> {
        Criteria {
            signals,
            specs: &[],
        }
    }

    #[test]
    fn free_outright_beats_freemium_without_claiming_a_free_tier() {
        let free = artifact("Open", 60, Plan::Free, &[]);
        let freemium = artifact("Mixed", 40, Plan::Freemium, &[]);
        let v = verdict(
            &freemium,
            &free,
            &criteria(&default_signals()),
            &Locale::default(),
        );
        assert_eq!(v.winner, Some(1));
        assert_eq!(
            v.reasons,
            ["Open is free outright, while Mixed charges beyond its free tier."]
        );
    }

    #[test]
    fn signal_leads_are_named_by_label_in_catalog_order() {
        let a = artifact("A", 50, Plan::Paid, &[("quality", 0.9), ("adoption", 0.8)]);
        let b = artifact("B", 30, Plan::Paid, &[("quality", 0.2), ("adoption", 0.1)]);
        let v = verdict(&a, &b, &criteria(&default_signals()), &Locale::default());
        assert_eq!(v.reasons, ["A leads on Adoption and Quality."]);
    }

    #[test]
    fn a_tie_with_no_edges_says_so() {
        let a = artifact("A", 50, Plan::Paid, &[]);
        let b = artifact("B", 50, Plan::Paid, &[]);
        let v = verdict(&a, &b, &criteria(&default_signals()), &Locale::default());
        assert_eq!(v.headline, "A and B are tied at 50/100.");
        assert!(v.reasons[0].starts_with("Neither has an edge"));
        assert_eq!(v.text().matches(". ").count(), 1);
    }

    #[test]
    fn counts_follow_the_catalog_locale() {
        let mut a = artifact("A", 50, Plan::Paid, &[]);
        let mut b = artifact("B", 30, Plan::Paid, &[]);
        a.times_matched = Some(1280);
        b.times_matched = Some(940);
        let german = Locale::parse("de-DE").unwrap();
        let v = verdict(&a, &b, &criteria(&default_signals()), &german);
        assert_eq!(v.reasons, ["A was matched more often (1.280 vs 940)."]);
    }

    #[test]
    fn joins_lists_in_english() {
        let items = |n: usize| (1..=n).map(|i| i.to_string()).collect::<Vec<_>>();
        assert_eq!(join_list(&items(1), &Locale::default()), "1");
        assert_eq!(join_list(&items(2), &Locale::default()), "1 and 2");
        assert_eq!(join_list(&items(3), &Locale::default()), "1, 2 and 3");
    }
}
