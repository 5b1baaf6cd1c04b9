//! The site's pages and the widgets: headings, buttons, labels, placeholders, what assistive
//! technology reads (`aria-label`, `aria-valuetext`, `title`), the loading card and the
//! error notice. Labels keep the spacing and punctuation they are shown with.

messages! {
    PAGE;
    NEEDS_TWO = "compare.needs_two" "A comparison needs two different artifacts from this catalog.";
    QUOTED = "quote" "“{text}”";
    /// A muted aside after a name or heading: ` · Image generation`, ` · 5 decomposed`.
    ASIDE = "page.aside" " · {text}";
    /// Between two links on one line.
    SEPARATOR = "page.separator" " · ";

    /// While the catalog (or a file of a sharded one) arrives.
    LOADING = "loading.catalog" "Loading catalog…";

    /// Before the catalog's URL, which follows in code type.
    ERROR_CATALOG = "error.catalog" "Catalog: ";
    /// The list of what went wrong (its `aria-label`).
    ERROR_PROBLEMS = "error.problems" "Problems found";
    ERROR_RETRY = "error.retry" "Try again";
    /// No answer, or no whole answer (network, CORS, timeout).
    ERROR_FETCH_TITLE = "error.fetch_title" "The catalog could not be fetched";
    /// The server answered with an error status: `{status}` like `404`, `{status_text}`
    /// the server's own words (`Not Found`).
    ERROR_HTTP_TITLE = "error.http_title" "The catalog server answered {status} {status_text}";
    ERROR_HTTP_HINT = "error.http_hint" "Check that the catalog URL is right and publicly readable.";
    /// The page or the element names a catalog URL that is not http(s) or relative.
    ERROR_REFUSED_TITLE = "error.refused_title" "The catalog URL is not allowed";
    ERROR_REFUSED_HINT = "error.refused_hint" "A catalog URL must be http(s) or relative.";
    ERROR_SYNTAX_TITLE = "error.syntax_title" "The catalog is not valid JSON";
    /// What replaces a widget after a bug (a panic); no catalog language is known there.
    ERROR_CRASHED = "error.crashed" "Versus hit an internal error and stopped. Reload the page to try again; if it keeps happening, please report it with the browser console output.";

    /// An unknown route or unknown ids.
    NOT_FOUND_TITLE = "notfound.title" "Nothing to compare here";
    NOT_FOUND_NO_PAGE = "notfound.no_page" "There is no page at this address.";
    NOT_FOUND_ARTIFACTS = "notfound.artifacts" "Artifacts in this catalog";

    /// The header's navigation (its `aria-label`).
    NAV_LABEL = "nav.label" "Site";
    NAV_BROWSE = "nav.browse" "Browse all";
    /// The palette switch: its `aria-label`, its options, and the `title` of `Auto`.
    THEME_LABEL = "theme.label" "Colour theme";
    THEME_LIGHT = "theme.light" "Light";
    THEME_DARK = "theme.dark" "Dark";
    THEME_AUTO = "theme.auto" "Auto";
    THEME_AUTO_TITLE = "theme.auto_title" "Follow the system setting";

    /// The home page's heading.
    HOME_TITLE = "home.title" "Compare with {brand}";
    HOME_FEATURED = "home.featured" "Featured comparisons";
    /// Between the sides of a featured comparison.
    HOME_FEATURED_VS = "home.featured_vs" "vs";
    /// Under a side of a featured comparison: `Rank 58`.
    HOME_FEATURED_RANK = "home.featured_rank" "{rank_label} {rank}";
    /// After the browse list's status while more of it arrives (muted, after a space).
    HOME_LOADING_MORE = "home.loading_more" " Loading…";
    HOME_SHOW_MORE = "home.show_more" "Show more";
    HOME_SEARCH = "home.search" "Search";
    HOME_SEARCH_PLACEHOLDER = "home.search_placeholder" "Search by name…";
    HOME_KIND = "home.kind" "Kind";
    HOME_ALL_KINDS = "home.all_kinds" "All kinds";
    HOME_CATEGORY = "home.category" "Category";
    HOME_ALL_CATEGORIES = "home.all_categories" "All categories";
    /// The compare bar while nothing is picked.
    HOME_PICK_PROMPT = "home.pick_prompt" "Pick two to four artifacts to compare.";
    HOME_COMPARE_SELECTED = "home.compare_selected" "Compare selected";
    HOME_NO_MATCH = "home.no_match" "No artifact matches this search.";
    /// Beside a tile's checkbox.
    HOME_PICK = "home.pick" "Pick to compare";

    /// The comparison page's picker: its hidden label, the filter's `aria-label`, and the
    /// first option of the list.
    PICKER_LABEL = "picker.label" "Add an artifact to the comparison";
    PICKER_FILTER_LABEL = "picker.filter_label" "Filter the artifacts to add";
    PICKER_PROMPT = "picker.prompt" "+ Add to comparison…";
    PRINT = "compare.print" "Print";
    COPY_LINK = "share.copy_link" "Copy link";
    LINK_COPIED = "share.link_copied" "Link copied ✓";

    CARD_SUBTITLE = "card.subtitle" "Side-by-side comparison to help you choose.";
    CARD_HIDE_IDENTICAL = "card.hide_identical" "Hide identical rows";
    /// The feature table's caption and `aria-label`: `{title}` is the card's (`A vs B`).
    CARD_TABLE_CAPTION = "card.table_caption" "{title}: feature comparison";
    CARD_OVERLAP_TITLE = "card.overlap_title" "What they cover";
    /// The intents two artifacts share.
    CARD_SHARED_BOTH = "card.shared_both" "Shared by both";
    /// The intents three or four artifacts all share.
    CARD_SHARED_ALL = "card.shared_all" "Shared by all";
    CARD_NOTHING_SHARED = "card.nothing_shared" "Nothing in common";
    CARD_ONLY_IN = "card.only_in" "Only in {name}";
    CARD_NOTHING_UNIQUE = "card.nothing_unique" "Nothing the others lack";
    /// How the rank is computed, when the catalog does not say.
    CARD_RANK_ABOUT = "card.rank_about" "{rank_label} is the catalog's 0–100 score for each artifact.";
    /// Before the link to the search (`card.search`).
    CARD_DIFFERENT = "card.different" "Need something different? ";
    CARD_SEARCH = "card.search" "Search →";
    CARD_VERDICT_TITLE = "card.verdict_title" "Verdict";
    CARD_VERDICT_BASIS = "card.verdict_basis" "Based on {rank_label}, pricing, capabilities and signals in the catalog.";
    CHART_TITLE = "chart.title" "Scores at a glance";

    /// The feature table's first column head.
    TABLE_FEATURE = "table.feature" "Feature";
    /// The chip on an artifact another one beats or equals everywhere, and its `title`.
    TABLE_DOMINATED = "table.dominated" "Dominated";
    TABLE_DOMINATED_TITLE = "table.dominated_title" "Another artifact here is at least as good on every signal, price and capability count";
    /// The `aria-label` of a column's `×` button.
    TABLE_REMOVE = "table.remove" "Remove {name} from the comparison";
    /// Read after the better value of a row (visually hidden).
    TABLE_BETTER = "table.better" " (better)";

    /// Labels inside a capability.
    CAPABILITY_UNIQUE = "capability.unique" "Unique: ";
    CAPABILITY_VERSUS = "capability.versus" "vs alternatives: ";
    CAPABILITIES_FEWER = "capabilities.fewer" "Show fewer";

    /// The slider panel that re-weights the verdict.
    WEIGHTS_TITLE = "weights.title" "Re-weight the verdict";
    /// `{max}` is the highest weight.
    WEIGHTS_HINT = "weights.hint" "Choose how much each score counts (0–{max}). The verdict is recomputed as you move a slider.";
    /// The same on a page whose link keeps the weights.
    WEIGHTS_HINT_LINK = "weights.hint_link" "Choose how much each score counts (0–{max}). The verdict is recomputed as you move a slider, and the page link keeps your weights.";
    /// A slider's `aria-valuetext`.
    WEIGHTS_VALUE_TEXT = "weights.value_text" "{label} counts ×{weight}";
    WEIGHTS_VALUE = "weights.value" "×{weight}";
    /// While every signal weighs nothing: the rank decides as in the verdict.
    WEIGHTS_RANK_ALONE = "weights.rank_alone" "At these weights {rank_label} alone decides, as in the verdict below.";
    WEIGHTS_RESET = "weights.reset" "Reset weights";

    /// The "Embed" panel: its summary, then a label, a hint and a copy button per snippet.
    EMBED_TITLE = "embed.title" "Embed";
    EMBED_SUBTITLE = "embed.subtitle" " · put exactly this on your own page";
    /// In the panel while the code that builds the snippets arrives.
    EMBED_LOADING = "embed.loading" "Loading the embed code…";
    EMBED_ELEMENT = "embed.element" "Web component (recommended)";
    EMBED_ELEMENT_HINT = "embed.element_hint" "Works on any page that allows module scripts and WebAssembly from this origin.";
    EMBED_IFRAME = "embed.iframe" "iframe (no scripts needed)";
    EMBED_IFRAME_HINT = "embed.iframe_hint" "For pages whose policy allows no scripts or no WebAssembly.";
    EMBED_RESIZE = "embed.resize" "Optional: auto-height for the iframe";
    EMBED_RESIZE_HINT = "embed.resize_hint" "Resizes the frame to fit the card; accepts messages only from this origin.";
    EMBED_COPY = "embed.copy" "Copy";
    EMBED_COPIED = "embed.copied" "Copied ✓";
    /// The document title of a card in an iframe.
    EMBED_FRAME_TITLE = "embed.frame_title" "{brand} comparison";

    ARTIFACT_VISIT = "artifact.visit" "Visit website ↗";
    /// The button to a comparison, and the link beside each alternative.
    ARTIFACT_COMPARE = "artifact.compare" "Compare";
    ARTIFACT_CAPABILITIES = "artifact.capabilities" "Capabilities";
    ARTIFACT_BEST_FOR = "artifact.best_for" "Best for";
    ARTIFACT_LIMITATIONS = "artifact.limitations" "Known limitations";
    ARTIFACT_ABOUT = "artifact.about" "About";
    ARTIFACT_SPECS_TITLE = "artifact.specs_title" "Specs and prices";
    ARTIFACT_REQUIREMENTS = "artifact.requirements" "Requirements";
    ARTIFACT_IO = "artifact.io" "Input / Output";
    ARTIFACT_INPUTS = "artifact.inputs" "Inputs";
    ARTIFACT_OUTPUTS = "artifact.outputs" "Outputs";
    ARTIFACT_DETAILS = "artifact.details" "Details";
    ARTIFACT_SOURCES = "artifact.sources" "Sources";
    ARTIFACT_CATEGORIES = "artifact.categories" "Categories";
    ARTIFACT_ALTERNATIVES = "artifact.alternatives" "Alternatives to {name}";
    /// When the catalog last saw the artifact: `{date}` as the catalog gives it.
    ARTIFACT_UPDATED = "artifact.updated" "Updated {date}";
    RELATED_TITLE = "related.title" "Related artifacts";
    RELATED_ASIDE = "related.aside" " · sharing capabilities";
    RELATED_INTRO = "related.intro" "Artifacts that share capabilities with {name}, ranked by overlap.";
    /// Before the capabilities a related artifact shares.
    RELATED_SHARES = "related.shares" "Shares: ";
    RELATED_GAINS = "related.gains" "Switching gains";
    RELATED_GIVES_UP = "related.gives_up" "Switching gives up";
    RELATED_COMPARE = "related.compare" "Compare side by side →";
    @counted
    NO_SUCH_ARTIFACTS = "compare.unknown" "This catalog has no artifact {ids}." "This catalog has no artifacts {ids}.";
    @counted
    /// Valid JSON that breaks the catalog contract in `{count}` places.
    ERROR_INVALID_TITLE = "error.invalid_title" "The catalog has {count} problem" "The catalog has {count} problems";
    @counted
    /// The browse heading: every artifact of the catalog.
    HOME_ALL = "home.all" "All artifacts ({count})" "All artifacts ({count})";
    @counted
    /// A sharded catalog's browse list: `{shown}` of its `{count}` artifacts are listed.
    HOME_SHOWING = "home.showing" "Showing the {shown} best-ranked of {count} artifacts; search and filters look at these." "Showing the {shown} best-ranked of {count} artifacts; search and filters look at these.";
    @counted
    /// The compare bar: how many artifacts are picked.
    HOME_PICKED = "home.picked" "{count} picked" "{count} picked";
    @counted
    /// The picker's first option when it lists only the `{count}` best-ranked.
    PICKER_PROMPT_CUT = "picker.prompt_cut" "+ Add to comparison… (best {count})" "+ Add to comparison… (best {count})";
    @counted
    /// The picker's filter placeholder: `{count}` artifacts to filter.
    PICKER_FILTER = "picker.filter" "Filter {count}…" "Filter {count}…";
    @counted
    /// How many capabilities an artifact was decomposed into.
    CAPABILITIES_TOTAL = "capabilities.total" "{count} decomposed" "{count} decomposed";
}
