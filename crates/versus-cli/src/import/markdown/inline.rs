//! Inline markdown made plain: links and images keep their text, code its content,
//! emphasis marks go; HTML inside a line is left to `html`.

use super::html::{angle, entity};

/// A piece of a line: text, or a run of emphasis marks waiting to be paired.
enum Piece {
    Text(String),
    Marks {
        mark: char,
        len: usize,
        open: bool,
        close: bool,
    },
}

/// The plain text of one line of inline markdown.
pub fn plain(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut text = String::new();
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        let next = chars.get(at + 1).copied();
        let (produced, used) = match c {
            '\\' if next.is_some_and(|n| n.is_ascii_punctuation()) => (next.map(String::from), 2),
            '`' => code_span(&chars, at),
            '!' if next == Some('[') => match link(&chars, at + 1) {
                Some((label, end)) => (Some(plain(&label)), end - at),
                None => (None, 0),
            },
            '[' => match link(&chars, at) {
                Some((label, end)) => (Some(plain(&label)), end - at),
                None => (None, 0),
            },
            '<' => angle(&chars, at),
            '&' => entity(&chars, at),
            '*' | '_' | '~' => {
                let len = chars[at..].iter().take_while(|&&m| m == c).count();
                let before = at.checked_sub(1).map(|i| chars[i]);
                let after = chars.get(at + len).copied();
                let open = after.is_some_and(|a| !a.is_whitespace());
                let close = before.is_some_and(|b| !b.is_whitespace());
                let intraword = before.is_some_and(char::is_alphanumeric)
                    && after.is_some_and(char::is_alphanumeric);
                if (c == '_' && intraword) || (c == '~' && len == 1) || !(open || close) {
                    (Some(c.to_string().repeat(len)), len)
                } else {
                    pieces.push(Piece::Text(std::mem::take(&mut text)));
                    pieces.push(Piece::Marks {
                        mark: c,
                        len,
                        open,
                        close,
                    });
                    (Some(String::new()), len)
                }
            }
            _ => (None, 0),
        };
        match produced {
            Some(produced) if used > 0 => {
                text.push_str(&produced);
                at += used;
            }
            _ => {
                text.push(c);
                at += 1;
            }
        }
    }
    pieces.push(Piece::Text(text));
    pair_marks(pieces)
}

/// Drops emphasis marks that pair up (`**bold**`) and runs of two or more left alone;
/// a lone `*` or `_` (`2*3`) stays as written.
fn pair_marks(pieces: Vec<Piece>) -> String {
    let mut paired = vec![false; pieces.len()];
    let mut openers: Vec<usize> = Vec::new();
    for (index, piece) in pieces.iter().enumerate() {
        let Piece::Marks {
            mark, open, close, ..
        } = piece
        else {
            continue;
        };
        let opener = openers
            .iter()
            .rposition(|&o| matches!(pieces[o], Piece::Marks { mark: m, .. } if m == *mark));
        match opener {
            Some(position) if *close => {
                paired[openers[position]] = true;
                paired[index] = true;
                openers.truncate(position);
            }
            _ if *open => openers.push(index),
            _ => {}
        }
    }
    let mut out = String::new();
    for (piece, paired) in pieces.iter().zip(paired) {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Marks { mark, len: 1, .. } if !paired => out.push(*mark),
            Piece::Marks { .. } => {}
        }
    }
    out
}

/// `` `code` ``: the content, spaces at its ends trimmed; an unclosed run of backticks is
/// dropped.
fn code_span(chars: &[char], at: usize) -> (Option<String>, usize) {
    let len = chars[at..].iter().take_while(|&&c| c == '`').count();
    let mut look = at + len;
    while look < chars.len() {
        let run = chars[look..].iter().take_while(|&&c| c == '`').count();
        if run == len {
            let content: String = chars[at + len..look].iter().collect();
            return (Some(content.trim().to_owned()), look + run - at);
        }
        look += run.max(1);
    }
    (Some(String::new()), len)
}

/// `[label](destination "title")`, `[label](<destination>)` or `[label][reference]` at
/// `at`: the label and the index after the link (after the address when the parenthesis
/// is never closed).
fn link(chars: &[char], at: usize) -> Option<(String, usize)> {
    let mut depth = 0;
    let mut close = None;
    let mut look = at;
    while look < chars.len() {
        match chars[look] {
            '\\' => look += 1,
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(look);
                    break;
                }
            }
            _ => {}
        }
        look += 1;
    }
    let close = close?;
    let label: String = chars[at + 1..close].iter().collect();
    match chars.get(close + 1) {
        Some('(') => {
            let mut depth = 0;
            let mut in_angle = false;
            for (offset, &c) in chars[close + 1..].iter().enumerate() {
                match c {
                    '<' if depth == 1 => in_angle = true,
                    '>' if in_angle => in_angle = false,
                    '(' if !in_angle => depth += 1,
                    ')' if !in_angle => {
                        depth -= 1;
                        if depth == 0 {
                            return Some((label, close + 1 + offset + 1));
                        }
                    }
                    _ => {}
                }
            }
            // Never closed: still a link to a reader, so its address goes up to a space.
            let open = close + 2;
            let end = chars[open..]
                .iter()
                .position(|c| c.is_whitespace())
                .map_or(chars.len(), |length| open + length);
            Some((label, end))
        }
        Some('[') => {
            let end = chars[close + 1..].iter().position(|&c| c == ']')?;
            Some((label, close + 1 + end + 1))
        }
        _ => None,
    }
}
