//! Text from bytes read a piece at a time: a large catalog body is copied out of the
//! browser and checked as UTF-8 in slices, with the page free to paint in between, and the
//! text comes out exactly as `String::from_utf8_lossy` of the whole body would give it.

/// Where to end `piece`, a slice of a longer byte stream, so that no character is cut in
/// two: before a multi-byte sequence that starts in the last three bytes and does not end
/// within them. The bytes from there on begin the next piece. Anything else (ASCII, a
/// complete sequence, stray or invalid bytes) may end a piece: lossy decoding treats
/// those the same whether they are split or not.
pub fn piece_cut(piece: &[u8]) -> usize {
    let len = piece.len();
    for start in (len.saturating_sub(3)..len).rev() {
        let byte = piece[start];
        if is_continuation(byte) {
            continue;
        }
        let needed = match byte {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        return if start + needed > len { start } else { len };
    }
    len
}

/// Appends `bytes` to `text`, every invalid sequence as U+FFFD (as
/// `String::from_utf8_lossy` does).
pub fn push_lossy(text: &mut String, bytes: &[u8]) {
    match std::str::from_utf8(bytes) {
        Ok(valid) => text.push_str(valid),
        Err(_) => text.push_str(&String::from_utf8_lossy(bytes)),
    }
}

/// The whole body as text, in one go: the byte-order mark dropped, invalid sequences as
/// U+FFFD. No copy when the body is valid UTF-8.
pub fn into_text(mut bytes: Vec<u8>) -> String {
    if bytes.starts_with(BYTE_ORDER_MARK) {
        bytes.drain(..BYTE_ORDER_MARK.len());
    }
    String::from_utf8(bytes)
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned())
}

/// What `Response.text()` drops from the start of a body, and so do we.
pub const BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

fn is_continuation(byte: u8) -> bool {
    (0x80..=0xBF).contains(&byte)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// The body read `piece_size` bytes at a time, as `ui::load` reads it.
    fn by_pieces(body: &[u8], piece_size: usize) -> String {
        let mut text = String::new();
        let mut start = 0;
        while start < body.len() {
            let end = (start + piece_size).min(body.len());
            let piece = &body[start..end];
            let cut = if end == body.len() {
                piece.len()
            } else {
                piece_cut(piece)
            };
            let skip = if start == 0 && piece.starts_with(BYTE_ORDER_MARK) {
                BYTE_ORDER_MARK.len().min(cut)
            } else {
                0
            };
            push_lossy(&mut text, &piece[skip..cut]);
            start += cut;
        }
        text
    }

    fn whole(body: &[u8]) -> String {
        into_text(body.to_vec())
    }

    /// Bytes that are mostly text with multi-byte characters, sometimes broken.
    fn body() -> impl Strategy<Value = Vec<u8>> {
        let part = prop_oneof![
            4 => "[a-z{}\":,]{0,6}".prop_map(String::into_bytes),
            3 => "[é€😀ß中]{1,3}".prop_map(String::into_bytes),
            1 => proptest::collection::vec(any::<u8>(), 1..4),
            1 => "[€😀]".prop_map(|s| {
                let mut bytes = s.into_bytes();
                bytes.pop(); // a sequence cut short
                bytes
            }),
        ];
        proptest::collection::vec(part, 0..40).prop_map(|parts| parts.concat())
    }

    proptest! {
        #[test]
        fn pieces_decode_as_the_whole_does(body in body(), piece_size in 4usize..24) {
            prop_assert_eq!(by_pieces(&body, piece_size), whole(&body));
        }

        #[test]
        fn a_byte_order_mark_is_dropped_once(rest in body(), piece_size in 4usize..24) {
            let body = [BYTE_ORDER_MARK, BYTE_ORDER_MARK, &rest].concat();
            prop_assert_eq!(by_pieces(&body, piece_size), whole(&body));
            let kept = whole(&body).starts_with('\u{FEFF}');
            prop_assert!(kept, "the second byte-order mark is text");
        }
    }

    #[test]
    fn a_cut_character_moves_to_the_next_piece() {
        let euro = "€".as_bytes(); // E2 82 AC
        assert_eq!(piece_cut(b"ab"), 2);
        assert_eq!(piece_cut(&[b'a', euro[0]]), 1);
        assert_eq!(piece_cut(&[b'a', euro[0], euro[1]]), 1);
        assert_eq!(piece_cut(&[b'a', euro[0], euro[1], euro[2]]), 4);
        let emoji = "😀".as_bytes(); // 4 bytes
        assert_eq!(piece_cut(&[b'a', emoji[0], emoji[1], emoji[2]]), 1);
        // Stray continuation bytes and invalid leads may end a piece.
        assert_eq!(piece_cut(&[b'a', 0x80, 0x80, 0x80]), 4);
        assert_eq!(piece_cut(&[b'a', 0xFF]), 2);
    }

    #[test]
    fn invalid_bytes_become_replacement_characters() {
        assert_eq!(whole(b"a\xFFb"), "a\u{FFFD}b");
        assert_eq!(whole(b"\xEF\xBB\xBF{}"), "{}");
    }
}
