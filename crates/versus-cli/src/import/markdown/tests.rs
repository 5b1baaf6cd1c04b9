//! Markdown made plain, on the inputs that break naive strippers.

use super::{summary, to_text};

/// True when no markdown or HTML syntax is left in `text`.
fn looks_plain(text: &str) -> bool {
    ![
        "](", "**", "__", "~~", "`", "<br", "</", "<p", "&amp;", "&lt;", "&#39;", "# ", "![",
        "\n- ",
    ]
    .iter()
    .any(|syntax| text.contains(syntax))
}

#[test]
fn links_keep_their_text_and_autolinks_their_address() {
    assert_eq!(
        to_text("See [the docs](https://x.dev/a_(b)) now."),
        "See the docs now."
    );
    assert_eq!(
        to_text("Read [the card](<https://x.dev/model card> \"Card\")."),
        "Read the card."
    );
    assert_eq!(
        to_text("Mail <mailto:a@b.dev> or <https://x.dev/q?a=1&b=2>"),
        "Mail a@b.dev or https://x.dev/q?a=1&b=2"
    );
    assert_eq!(
        to_text("[**Bold** link][ref]\n\n[ref]: https://x.dev"),
        "Bold link"
    );
    assert_eq!(
        to_text("![A chart of scores](chart.png) follows"),
        "A chart of scores follows"
    );
    assert_eq!(to_text("[![badge](b.svg)](https://ci)"), "badge");
    assert_eq!(
        to_text("a [plain] bracket and a lone ]"),
        "a [plain] bracket and a lone ]"
    );
}

#[test]
fn emphasis_goes_but_lone_marks_and_snake_case_stay() {
    assert_eq!(
        to_text("**Fast**, *cheap* and _good_ ~~old~~"),
        "Fast, cheap and good old"
    );
    assert_eq!(to_text("***both*** and __strong__"), "both and strong");
    assert_eq!(
        to_text("call max_output_tokens or __init__"),
        "call max_output_tokens or init"
    );
    assert_eq!(to_text("5 * 3 = 15, 2*3, ~5 ms"), "5 * 3 = 15, 2*3, ~5 ms");
    assert_eq!(to_text("an **unclosed bold"), "an unclosed bold");
    assert_eq!(to_text(r"escaped \*stars\* stay"), "escaped *stars* stay");
}

#[test]
fn code_keeps_its_content() {
    assert_eq!(
        to_text("set `top_p` or ``a `tick` b``"),
        "set top_p or a `tick` b"
    );
    assert_eq!(
        to_text("```json\n{\"a\": 1}\n```\nafter"),
        "{\"a\": 1} after"
    );
    assert_eq!(to_text("an unclosed ` tick"), "an unclosed tick");
}

#[test]
fn html_tags_go_and_entities_decode() {
    assert_eq!(
        to_text("One<br>two<br/>three<br />four"),
        "One two three four"
    );
    assert_eq!(
        to_text("<p>First</p><p>Second &amp; more</p>"),
        "First\n\nSecond & more"
    );
    assert_eq!(
        to_text("It&#39;s &quot;fast&quot; &lt;really&gt; &#x2014; <b>bold</b> <span class=\"x\">s</span>"),
        "It's \"fast\" <really> — bold s"
    );
    assert_eq!(to_text("a <!-- hidden\nnote --> b"), "a b");
    assert_eq!(to_text("x < y and y > z"), "x < y and y > z");
    assert_eq!(to_text("AT&T; R&D &unknown; &"), "AT&T; R&D &unknown; &");
    assert_eq!(to_text("<ul><li>one</li><li>two</li></ul>"), "one; two");
}

#[test]
fn blocks_become_paragraphs() {
    let markdown = "# Overview\n\nA model.\nStill the same paragraph.\n\n> quoted **text**\n> more\n\n---\n\nFeatures:\n- fast\n* cheap\n1. good\n2) [x] done\n\n| a | b |\n|---|:-:|\n| 1 | 2 |";
    assert_eq!(
        to_text(markdown),
        "Overview\n\nA model. Still the same paragraph.\n\nquoted text more\n\nFeatures: fast; cheap; good; done\n\na, b 1, 2"
    );
    assert_eq!(to_text("Title\n=====\nBody"), "Title\n\nBody");
    assert_eq!(to_text("  \n\n "), "");
}

#[test]
fn nasty_inputs_leave_no_syntax() {
    let nasty = [
        "**[Claude](<https://x.dev/c>)** is _the_ `best`<br>&amp; more\r\n\r\n- **a**\n- [b](c)",
        "# **Heading** with [link](u)\n## ### \n> > ![img](<u v>)",
        "[unclosed](https://x.dev and **bold** text",
        "<div><p>Nested <a href=\"https://x.dev\">anchor</a></p></div>",
        "~~~\ncode stays\n~~~\n\n***\n\n__x__ ___y___",
        "&lt;br&gt; is text, <br> is a break",
    ];
    for input in nasty {
        let text = to_text(input);
        assert!(
            looks_plain(&text.replace("<br> is text", "")),
            "{input:?} → {text:?}"
        );
        let summary = summary(input).unwrap_or_default();
        assert!(
            looks_plain(&summary.replace("<br> is text", "")),
            "{input:?} → {summary:?}"
        );
    }
    assert_eq!(to_text(nasty[0]), "Claude is the best & more\n\na; b");
    assert_eq!(to_text(nasty[2]), "unclosed and bold text");
    assert_eq!(to_text(nasty[3]), "Nested anchor");
}

#[test]
fn summaries_take_whole_sentences_up_to_200_characters() {
    let short = "# Intro\n\nA small model. It is fast.";
    assert_eq!(
        summary(short).as_deref(),
        Some("A small model. It is fast.")
    );
    let first = "Lumen is a long-context model for contracts, e.g. leases and loans, with 1.5M tokens of context.";
    let second = "It reads scanned pages too, and it answers with citations to the page and line it used for every claim it makes.";
    let long = format!("{first} {second} A third sentence.");
    assert_eq!(summary(&long).as_deref(), Some(first));
    let endless = "word ".repeat(80);
    let cut = summary(&endless).unwrap();
    assert!(cut.ends_with("word…"), "{cut}");
    assert!(cut.chars().count() <= 200);
    assert_eq!(summary(""), None);
    assert_eq!(summary("## Only a heading"), None);
}
