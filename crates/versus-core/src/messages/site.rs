//! The static site's own words (`versus-catalog site`): the pre-rendered pages' titles,
//! descriptions and link-preview tags, the preview images, and what the loader
//! (`index.html`) and the widget facade (`versus.js`, from each `card.json`) say before
//! the wasm runs. `{brand}` is the catalog's brand name throughout.

messages! {
    SITE;
    /// The home page's document title.
    TITLE_HOME = "site.title_home" "{brand} · Compare";
    /// An artifact page's document title: `{name}` is the artifact's.
    TITLE_ARTIFACT = "site.title_artifact" "{name} · {brand}";
    /// A comparison's document title: `{title}` is the card's (`A vs B`, `title.separator`).
    TITLE_COMPARE = "site.title_compare" "{title} · {brand}";
    /// The 404 page's document title.
    TITLE_NOT_FOUND = "site.title_not_found" "Page not found · {brand}";
    /// The 404 page's meta description.
    DESCRIPTION_NOT_FOUND = "site.description_not_found" "There is no page at this address on {brand}.";
    /// What an artifact page says about an artifact without a summary or description:
    /// `{kind}` is its type, `{plan}` its pricing (`plan.*`).
    ABOUT_ARTIFACT = "site.about_artifact" "{name}: {kind}, {plan}.";
    /// An artifact page's meta description: `{about}` is its summary (or
    /// `site.about_artifact`), `{rank}` like `58/100`.
    DESCRIPTION_ARTIFACT = "site.description_artifact" "{about} {rank_label}: {rank}.";
    /// A comparison page's meta description: `{headline}` is the verdict's first sentence,
    /// `{title}` the card's title.
    DESCRIPTION_COMPARE = "site.description_compare" "{headline} Compare {title} side by side: {rank_label}, pricing and capabilities.";
    /// The home page's preview image: its large title.
    IMAGE_TITLE_HOME = "site.image_title_home" "Compare with {brand}";
    /// An artifact page's preview image: its text alternative.
    IMAGE_ALT_ARTIFACT = "site.image_alt_artifact" "{name}: {rank_label} {rank}";
    /// A comparison page's preview image: its text alternative.
    IMAGE_ALT_COMPARE = "site.image_alt_compare" "{title}: {headline}";
    /// The badge over the higher-ranked side in a comparison's preview image.
    IMAGE_WINNER = "site.image_winner" "Higher rank";
    /// Before the wasm runs (the page's loader, a widget's facade): its code could not load.
    LOAD_FAILED = "site.load_failed" "Versus could not load its code";
    /// The button under `site.load_failed`.
    RETRY = "site.retry" "Try again";
    @counted
    /// The home page's meta description when the brand has no tagline.
    DESCRIPTION_HOME = "site.description_home" "Compare {count} artifact side by side: {rank_label}, pricing and capabilities." "Compare {count} artifacts side by side: {rank_label}, pricing and capabilities.";
    @counted
    /// The button under a capability list folded to a widget's `max-capabilities`, which
    /// the facade writes itself (from `card.json`); the same words as the live widget's.
    MORE_CAPABILITIES = "capabilities.more" "+{count} more capability" "+{count} more capabilities";
    @counted
    /// The home page's preview image: its text alternative.
    IMAGE_ALT_HOME = "site.image_alt_home" "{brand}: compare {count} artifact" "{brand}: compare {count} artifacts";
}
