//! The verdict: headlines, reasons, the signal breakdown, dominance and custom weights.
//! Names, ranks and labels are filled in; `{rank}/100` keeps its slash in every language.

messages! {
    VERDICT;
    /// Two artifacts whose ranks are within 2 points.
    TOO_CLOSE = "verdict.too_close" "Too close to call: {a} at {a_rank}/100 vs {b} at {b_rank}/100.";
    SCORES_HIGHER = "verdict.scores_higher" "{winner} scores higher at {winner_rank}/100 vs {loser} at {loser_rank}/100.";
    /// `{names}` is a list (`list.and`).
    TIED = "verdict.tied" "{names} are tied at {rank}/100.";
    NO_EDGE = "verdict.no_edge" "Neither has an edge on pricing, capabilities, signals or specs: choose by the capabilities you need.";
    RANKS_FIRST = "verdict.ranks_first" "{name} ranks first at {rank}/100, ahead of {rest}.";
    /// An item of the `{rest}` lists above.
    NAME_AT = "verdict.name_at" "{name} at {rank}/100";
    AGAINST = "verdict.against" "Against {other}: {first} has the edge on {edges}.";
    AGAINST_BOTH = "verdict.against_both" "Against {other}: {first} has the edge on {edges}; {other} has the edge on {their_edges}.";
    AGAINST_NO_EDGE = "verdict.against_no_edge" "Against {other}: {first} has no edge beyond rank.";
    AGAINST_ONLY_THEIRS = "verdict.against_only_theirs" "Against {other}: {first} has no edge beyond rank; {other} has the edge on {their_edges}.";
    REASON_FREE_TIER = "reason.free_tier" "{name} also has a free tier, making it more accessible.";
    REASON_FREE_OUTRIGHT = "reason.free_outright" "{name} is free outright, while {other} charges beyond its free tier.";
    REASON_CAPABILITIES = "reason.capabilities" "{name} covers more capabilities ({a} vs {b}).";
    /// `{signals}` is a list of signal labels.
    REASON_SIGNALS = "reason.signals" "{name} leads on {signals}.";
    /// `{lead}` is a `lead.*` phrase, `{detail}` the two values.
    REASON_SPEC = "reason.spec" "{name} has {lead}: {detail}.";
    REASON_MATCHES = "reason.matches" "{name} was matched more often ({a} vs {b}).";
    /// `{edges}` is a list of `edge.*` phrases.
    REASON_EDGE = "reason.edge" "{name} has the edge on {edges}.";
    EDGE_FREE_TIER = "edge.free_tier" "a free tier";
    EDGE_FREE_OUTRIGHT = "edge.free_outright" "being free outright";
    EDGE_CAPABILITIES = "edge.capabilities" "more capabilities ({a} vs {b})";
    EDGE_SPEC = "edge.spec" "{lead} ({detail})";
    EDGE_MATCHES = "edge.matches" "times matched ({a} vs {b})";
    /// A spec where more is better, e.g. `a 4× larger context window`; `{size}` is `4×` or `20%`.
    LEAD_LARGER = "lead.larger" "a {size} larger {label}";
    LEAD_HIGHER = "lead.higher" "a {size} higher {label}";
    LEAD_SMALLER = "lead.smaller" "a {size} smaller {label}";
    LEAD_LOWER = "lead.lower" "a {size} lower {label}";
    /// The same without a size (one value is zero, or a percentage spec).
    LEAD_LARGER_UNSIZED = "lead.larger_unsized" "a larger {label}";
    LEAD_HIGHER_UNSIZED = "lead.higher_unsized" "a higher {label}";
    LEAD_SMALLER_UNSIZED = "lead.smaller_unsized" "a smaller {label}";
    LEAD_LOWER_UNSIZED = "lead.lower_unsized" "a lower {label}";
    /// A yes/no spec one side has: the spec's label alone.
    LEAD_HAS = "lead.has" "{label}";
    /// Two values side by side.
    DETAIL = "detail.versus" "{a} vs {b}";
    DETAIL_RATE = "detail.rate" "{a} vs {b} per {per}";
    /// How many times larger: `4×`.
    TIMES = "size.times" "{n}×";
    PERCENT_MORE = "size.percent" "{n}%";
    /// The top two's rank gap broken down by signal: `{parts}` like `+1 Adoption, −0.5 Quality`.
    BREAKDOWN = "breakdown.signals" "{name} leads by {gap}: {parts}.";
    BREAKDOWN_LEVEL = "breakdown.level" "{name} leads by {gap}; the signals are level.";
    DOMINATED = "dominance.note" "{loser} is dominated by {winner}: at least as good on every signal, spec, price and capability count.";
    WEIGHTED_ZERO = "weights.all_zero" "With every weight at zero nothing counts: raise a weight to compare ({basis}).";
    WEIGHTED_TIE = "weights.tie" "With your weights ({basis}), {names} tie at {rank}/100.";
    WEIGHTED_LEADS = "weights.leads" "With your weights ({basis}), {name} leads at {rank}/100, ahead of {rest}.";
    WEIGHTS_NONE = "weights.none" "all weights 0";
    /// Joins a list: `{items}` holds all but the last, joined by `list.separator`.
    LIST_AND = "list.and" "{items} and {last}";
    LIST_SEPARATOR = "list.separator" ", ";
    @counted
    /// Three or four artifacts, the first two within 2 points; `{rest}` (a list) are the
    /// `{count}` others.
    TOO_CLOSE_MANY = "verdict.too_close_many" "Too close to call between {a} at {a_rank}/100 and {b} at {b_rank}/100; {rest} trails." "Too close to call between {a} at {a_rank}/100 and {b} at {b_rank}/100; {rest} trail.";
    @counted
    POINTS = "breakdown.points" "{count} point" "{count} points";
}
