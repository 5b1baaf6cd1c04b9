//! The comparison table, the artifact page's facts, specs and prices, the cost calculator,
//! sources and the score chart.

messages! {
    TABLE;
    ROW_TYPE = "row.type" "Type";
    ROW_PRICING = "row.pricing" "Pricing";
    ROW_STARTING_PRICE = "row.starting_price" "Starting Price";
    ROW_CAPABILITIES = "row.capabilities" "Capabilities";
    ROW_TIMES_MATCHED = "row.times_matched" "Times Matched";
    /// The heading over one artifact's capability list.
    CAPABILITIES_OF = "capabilities.of" "{name} Capabilities";
    /// Between the names of a comparison's title: `A vs B vs C`.
    TITLE_SEPARATOR = "title.separator" " vs ";
    PLAN_FREE = "plan.free" "Free";
    PLAN_PAID = "plan.paid" "Paid";
    PLAN_FREEMIUM = "plan.freemium" "Freemium";
    CONFIDENCE_LOW = "confidence.low" "Low confidence";
    CONFIDENCE_MEDIUM = "confidence.medium" "Medium confidence";
    CONFIDENCE_HIGH = "confidence.high" "High confidence";
    FACT_PRICING = "fact.pricing" "Pricing";
    FACT_FREE_TIER = "fact.free_tier" "Free tier";
    FACT_STARTING_PRICE = "fact.starting_price" "Starting price";
    FACT_TIMES_MATCHED = "fact.times_matched" "Times matched";
    /// A value that a spec or price has, described by the source as varying.
    VARIES = "value.varies" "Varies";
    YES = "value.yes" "Yes";
    NO = "value.no" "No";
    /// A related artifact's share of intents.
    OVERLAP = "related.overlap" "{percent}% overlap";
    /// A value and its unit: `1,048,576 tokens`.
    WITH_UNIT = "value.with_unit" "{value} {unit}";
    /// A price per unit: `$3.00 / 1M tokens`, `$20.00 / month`.
    PRICE_PER = "price.per" "{money} / {unit}";
    /// A tiny price rescaled: `$0.42 / 1M prompt tokens`.
    PRICE_SCALED = "price.scaled" "{money} / {scale} {units}";
    /// The exact tiny price: `$4.20e-7 per prompt token`.
    PRICE_EXACT = "price.exact" "{money} per {unit}";
    PRICE_UNITS = "price.units" "units";
    SCALE_THOUSAND = "scale.thousand" "1K";
    SCALE_MILLION = "scale.million" "1M";
    SCALE_BILLION = "scale.billion" "1B";
    SCALE_TRILLION = "scale.trillion" "1T";
    /// A large number written short, for specs formatted `compact`: `424B`, `1.05M`.
    COMPACT_THOUSAND = "compact.thousand" "{n}K";
    COMPACT_MILLION = "compact.million" "{n}M";
    COMPACT_BILLION = "compact.billion" "{n}B";
    COMPACT_TRILLION = "compact.trillion" "{n}T";
    /// What token prices are shown per.
    PER_MILLION_TOKENS = "rate.per_million_tokens" "1M tokens";
    RATE_INPUT = "rate.input" "Input price";
    RATE_OUTPUT = "rate.output" "Output price";
    RATE_CACHE_READ = "rate.cache_read" "Cache read price";
    RATE_CACHE_WRITE = "rate.cache_write" "Cache write price";
    RATE_REASONING = "rate.reasoning" "Reasoning price";
    RATE_AUDIO = "rate.audio" "Audio price";
    RATE_IMAGE = "rate.image" "Image price";
    RATE_REQUEST = "rate.request" "Request price";
    RATE_WEB_SEARCH = "rate.web_search" "Web search price";
    /// What a source covers and who it is: `Prices: OpenRouter`.
    SOURCE_ABOUT = "source.about" "{about}: ";
    SOURCE_PLAIN = "source.plain" "Source: ";
    SOURCE_CHECKED = "source.checked" ", checked {date}";
    SOURCES = "sources.title" "Sources: ";
    /// Artifacts sharing a source: `GPT-4o, Claude · `.
    SOURCES_OF = "sources.of" "{names} · ";
    PRESET_PROTOTYPE = "cost.preset.prototype" "Prototype";
    PRESET_PRODUCT = "cost.preset.product" "Product";
    PRESET_SCALE = "cost.preset.scale" "At scale";
    COST_BASIS = "cost.basis" "{input} input and {output} output tokens a month, at the listed rates.";
    COST_TITLE = "cost.title" "Cost calculator";
    COST_PRESETS = "cost.presets" "Usage presets";
    /// Under a preset's name: `2M in · 500K out`.
    COST_PRESET_FIGURES = "cost.preset_figures" "{input} in · {output} out";
    COST_INPUT = "cost.input" "Input";
    COST_OUTPUT = "cost.output" "Output";
    /// Beside the typed figures, which are millions of tokens.
    COST_UNIT = "cost.unit" "M tokens / month";
    COST_PER_MONTH = "cost.per_month" " / month";
    COST_CHEAPEST = "cost.cheapest" "Cheapest";
    /// The score chart's text alternative: `{values}` like `GPT-4o 0.91, Claude 0.87`.
    CHART_DESCRIPTION = "chart.description" "{label}: {values}.";
    CHART_VALUE = "chart.value" "{name} {value}";
    SIGNAL_ADOPTION = "signal.adoption" "Adoption";
    SIGNAL_QUALITY = "signal.quality" "Quality";
    SIGNAL_ECOSYSTEM = "signal.ecosystem" "Ecosystem";
    SIGNAL_MATCH_GRAPH = "signal.match_graph" "Match Graph";
    /// The name of the 0–100 score when the catalog's `brand.rank_label` gives none.
    RANK = "rank.label" "Rank";
}
