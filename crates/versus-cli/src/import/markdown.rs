//! Markdown and stray HTML in source descriptions made plain text, because the catalog's
//! `summary` and `about` are shown as text: no `**`, `[text](url)` or `<br>` may reach a
//! card. Paragraphs survive as blank lines; everything else is words.

mod html;
mod inline;

/// The plain text of `markdown`: paragraphs separated by a blank line, whitespace in each
/// collapsed.
pub fn to_text(markdown: &str) -> String {
    let paragraphs = paragraphs(markdown);
    let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
    texts.join("\n\n")
}

/// The opening of `markdown` for a card: whole sentences up to about 200 characters, or
/// the first sentence cut at a word with `…`. Headings are left out.
pub fn summary(markdown: &str) -> Option<String> {
    let prose: Vec<String> = paragraphs(markdown)
        .into_iter()
        .filter(|p| !p.heading)
        .map(|p| p.text)
        .collect();
    let text = prose.join(" ");
    if text.is_empty() {
        return None;
    }
    if text.chars().count() <= SUMMARY_CHARS {
        return Some(text);
    }
    let mut taken = String::new();
    for sentence in sentences(&text) {
        if taken.chars().count() + sentence.chars().count() > SUMMARY_CHARS {
            break;
        }
        taken.push_str(sentence);
    }
    let taken = taken.trim();
    if !taken.is_empty() {
        return Some(taken.to_owned());
    }
    let first = text.trim();
    // One sentence longer than a card holds: cut at the last space in reach.
    let reach: String = first.chars().take(SUMMARY_CHARS - 1).collect();
    let cut = reach
        .rfind(' ')
        .filter(|&at| at > SUMMARY_CHARS / 2)
        .unwrap_or(reach.len());
    let head = reach[..cut].trim_end_matches(|c: char| ",;:-–—(".contains(c) || c == ' ');
    Some(format!("{head}…"))
}

/// How long a summary may grow, in characters.
const SUMMARY_CHARS: usize = 200;

/// Splits text after each `.`, `!` or `?` that ends a sentence (followed by a space), each
/// piece keeping its trailing space, the rest last; abbreviations such as `e.g.` do not
/// end a sentence.
fn sentences(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (at, &byte) in bytes.iter().enumerate() {
        let ends = matches!(byte, b'.' | b'!' | b'?')
            && bytes.get(at + 1).is_none_or(|next| *next == b' ')
            && !(byte == b'.' && is_abbreviation(&text[start..=at]));
        if ends {
            let end = (at + 2).min(text.len());
            pieces.push(&text[start..end]);
            start = end;
        }
    }
    if start < text.len() {
        pieces.push(&text[start..]);
    }
    pieces
}

fn is_abbreviation(sentence_so_far: &str) -> bool {
    let word = sentence_so_far.rsplit(' ').next().unwrap_or_default();
    let word = word.trim_start_matches(['(', '"', '\'']);
    [
        "e.g.", "i.e.", "vs.", "etc.", "approx.", "incl.", "Inc.", "Ltd.", "Dr.", "No.",
    ]
    .contains(&word)
        || (word.len() == 2 && word.as_bytes()[0].is_ascii_uppercase())
}

/// One paragraph of plain text.
struct Paragraph {
    text: String,
    heading: bool,
}

/// The paragraphs of `markdown`: block syntax (headings, lists, quotes, rules, tables,
/// fences, link definitions) read line by line, inline syntax by `inline::plain`.
fn paragraphs(markdown: &str) -> Vec<Paragraph> {
    let blocks = html::block_tags_as_lines(markdown);
    let mut out: Vec<Paragraph> = Vec::new();
    let mut current = String::new();
    let mut fenced = false;
    let finish = |current: &mut String, out: &mut Vec<Paragraph>, heading: bool| {
        let text = collapse(current);
        if !text.is_empty() {
            out.push(Paragraph { text, heading });
        }
        current.clear();
    };
    for raw in blocks.lines() {
        let line = raw.trim();
        if line.starts_with("```") || line.starts_with("~~~") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            current.push(' ');
            current.push_str(line);
            continue;
        }
        let line = strip_quote_marks(line);
        if line.is_empty() || is_rule(line) {
            finish(&mut current, &mut out, false);
            continue;
        }
        if is_link_definition(line) || is_table_separator(line) {
            continue;
        }
        if let Some(title) = heading(line) {
            finish(&mut current, &mut out, false);
            current.push_str(&inline::plain(title));
            finish(&mut current, &mut out, true);
            continue;
        }
        if let Some(item) = list_item(line) {
            let item = inline::plain(item);
            // A list after a blank line still belongs to the sentence that announces it.
            let announced = out
                .last()
                .is_some_and(|p| !p.heading && p.text.ends_with(':'));
            if current.trim().is_empty() && announced {
                current = out.pop().map(|p| p.text).unwrap_or_default();
            }
            let before = current.trim_end();
            let joint = match before.chars().last() {
                None => "",
                Some(c) if ".!?:;,".contains(c) => " ",
                Some(_) => "; ",
            };
            current.truncate(before.len());
            current.push_str(joint);
            current.push_str(&item);
            continue;
        }
        let line = match line.strip_prefix('|') {
            Some(row) => {
                let cells: Vec<&str> = row
                    .trim_end_matches('|')
                    .split('|')
                    .map(str::trim)
                    .collect();
                cells.join(", ")
            }
            None => line.to_owned(),
        };
        current.push(' ');
        current.push_str(&inline::plain(&line));
    }
    finish(&mut current, &mut out, false);
    out
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strip_quote_marks(mut line: &str) -> &str {
    while let Some(rest) = line.strip_prefix('>') {
        line = rest.trim_start();
    }
    line
}

/// `---`, `***`, `___` (also spaced), and setext heading underlines `===`.
fn is_rule(line: &str) -> bool {
    let marks: Vec<char> = line.chars().filter(|c| *c != ' ').collect();
    marks.len() >= 3
        && ['-', '*', '_', '=']
            .iter()
            .any(|mark| marks.iter().all(|c| c == mark))
}

fn is_table_separator(line: &str) -> bool {
    line.contains('-') && line.chars().all(|c| "|-: ".contains(c))
}

/// `[label]: https://…`
fn is_link_definition(line: &str) -> bool {
    line.starts_with('[') && line.find("]:").is_some_and(|at| !line[1..at].contains(']'))
}

/// The title of an ATX heading (`## Title ##`).
fn heading(line: &str) -> Option<&str> {
    let level = line.bytes().take_while(|b| *b == b'#').count();
    let rest = &line[level..];
    ((1..=6).contains(&level) && (rest.is_empty() || rest.starts_with(' ')))
        .then(|| rest.trim().trim_end_matches('#').trim_end())
}

/// The text of a list item (`- `, `* `, `+ `, `1. `, `2) `), without a task box.
fn list_item(line: &str) -> Option<&str> {
    let rest = ["- ", "* ", "+ ", "• "]
        .iter()
        .find_map(|bullet| line.strip_prefix(bullet))
        .or_else(|| {
            let digits = line.bytes().take_while(u8::is_ascii_digit).count();
            let rest = &line[digits..];
            (1..=9)
                .contains(&digits)
                .then(|| rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")))
                .flatten()
        })?;
    let rest = rest.trim_start();
    Some(
        ["[ ] ", "[x] ", "[X] "]
            .iter()
            .find_map(|task| rest.strip_prefix(task))
            .unwrap_or(rest),
    )
}

#[cfg(test)]
#[path = "markdown/tests.rs"]
mod tests;
