//! Open Graph images (1200×630 PNG) for the pre-rendered comparison and artifact pages.
//!
//! A shared link is usually seen as a thumbnail a few hundred pixels wide, so the card is
//! built from few, large, high-contrast pieces: the brand, the title, one box per artifact
//! with its rank, and the verdict (or summary) line.
//!
//! The card is written as an SVG document and rasterised with resvg. That gives text
//! shaping, font fallback (CJK names) and anti-aliasing without a browser, in pure Rust, so
//! the site generator stays one native binary and renders tens of thousands of cards fast.
//!
//! SVG has neither line wrapping nor `text-overflow`, so this module measures text itself,
//! with glyph advances from the same font database resvg draws with, and wraps, shrinks or
//! ellipsizes every string before the document is built: no catalog text can run off the
//! image.
//!
//! Catalog text and colours are untrusted. Text is cleaned (control and bidi-override
//! characters dropped, whitespace collapsed, length capped) and XML-escaped, so it can only
//! ever be character data of a `<text>` element; colours are parsed as hex and written back
//! as `#rrggbb`, so no attribute carries anything the caller supplied verbatim.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;

use resvg::tiny_skia;
use resvg::usvg;
use resvg::usvg::fontdb;
use skrifa::MetadataProvider as _;

/// Colours of the card, each already validated as a CSS colour by the caller, but treat them
/// as untrusted anyway: only `#rgb`/`#rrggbb` hex is accepted, anything else falls back to
/// the [`Default`] palette's value for that role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OgColors {
    /// The canvas around the panel; also fills the artifact boxes.
    pub background: String,
    /// The rounded panel that holds everything.
    pub surface: String,
    /// Title, names and the verdict line.
    pub text: String,
    /// Rank labels and box borders.
    pub muted: String,
    /// Ranks, the brand mark and the winner's border and badge.
    pub accent: String,
}

impl Default for OgColors {
    /// A light palette that stays legible when the card is shrunk to a thumbnail.
    fn default() -> Self {
        OgColors {
            background: "#eef0f6".to_owned(),
            surface: "#ffffff".to_owned(),
            text: "#111827".to_owned(),
            muted: "#6b7280".to_owned(),
            accent: "#4f46e5".to_owned(),
        }
    }
}

/// One artifact on the card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OgColumn {
    /// The artifact's name (wrapped to two lines where there is room, then cut with "…").
    pub name: String,
    /// The rank as displayed, e.g. "58/100".
    pub rank: String,
    /// Marks the higher-ranked side: accent border and the card's `winner_badge`.
    pub winner: bool,
}

/// What one image shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OgCard {
    /// Brand name, small, top-left.
    pub brand: String,
    /// "A vs B", or an artifact's name: large and bold, up to two lines.
    pub title: String,
    /// 1 to 4 artifacts: each side of a comparison, or the one artifact of its page. Columns
    /// past the fourth are not drawn (they would be too narrow to read); none draws no boxes.
    pub columns: Vec<OgColumn>,
    /// Shown under each rank, e.g. "UnfragileRank".
    pub rank_label: String,
    /// The verdict line, or an artifact's summary: up to two lines at the bottom.
    pub line: String,
    /// The badge over the winner's box, e.g. "Higher rank" (`site.image_winner`).
    pub winner_badge: String,
    /// The palette.
    pub colors: OgColors,
    /// Laid out right to left (Arabic, Hebrew …): the card mirrored, each line's base
    /// direction right to left so mixed Arabic and Latin text reads in order.
    pub rtl: bool,
}

/// Renders cards to PNG.
///
/// Finding, reading and indexing the fonts costs more than rendering a card, so one
/// renderer is made once and used for every page. It holds only an `Arc`'d font database and is
/// `Send + Sync`: share it between threads by reference, or clone it cheaply.
#[derive(Clone)]
pub struct OgRenderer {
    fonts: Fonts,
}

impl std::fmt::Debug for OgRenderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OgRenderer")
            .field("font_faces", &self.fonts.db.len())
            .finish()
    }
}

impl OgRenderer {
    /// Loads the system fonts (fontdb) and also any extra font files given.
    ///
    /// The font files are read into memory once, here. fontdb's file-backed faces open and
    /// map their file again on every access, which took about a third of each render; mapping
    /// them for good would need `unsafe` (a file changed underneath is undefined behaviour),
    /// which this crate forbids. Only files with an upright face are kept (the card never
    /// uses italics): about 12 MB with DejaVu, Liberation and WenQuanYi.
    ///
    /// Files are loaded in path order, not directory order, so which fallback face wins a
    /// tie does not depend on the file system.
    ///
    /// Fails when a given file can't be read or holds no font, or when no font at all is
    /// found: a card without text would be worse than none, so that is better found out at
    /// start-up than after rendering every page.
    pub fn new(extra_fonts: &[PathBuf]) -> Result<Self, String> {
        let mut system = fontdb::Database::new();
        system.load_system_fonts();
        let files: std::collections::BTreeSet<&std::path::Path> = system
            .faces()
            .filter(|face| face.style == fontdb::Style::Normal)
            .filter_map(|face| match &face.source {
                fontdb::Source::File(path) | fontdb::Source::SharedFile(path, _) => {
                    Some(path.as_path())
                }
                fontdb::Source::Binary(_) => None,
            })
            .collect();
        let mut db = fontdb::Database::new();
        for path in files {
            // A system font that vanished or can't be read is skipped, like fontdb does.
            if let Ok(data) = std::fs::read(path) {
                db.load_font_data(data);
            }
        }
        for path in extra_fonts {
            let data = std::fs::read(path)
                .map_err(|e| format!("cannot read font {}: {e}", path.display()))?;
            let before = db.len();
            db.load_font_data(data);
            if db.len() == before {
                return Err(format!("{}: not a font file", path.display()));
            }
        }
        Fonts::new(db).map(|fonts| OgRenderer { fonts })
    }

    /// Renders the card as a 1200×630 PNG. The same card gives the same bytes (with the
    /// same fonts installed): the PNG holds pixels only, no time or other metadata.
    pub fn png(&self, card: &OgCard) -> Result<Vec<u8>, String> {
        encode_png(&self.render_pixmap(card)?)
    }

    /// Renders the card into pixels; [`OgRenderer::png`] without the encoding, so tests
    /// can look at what was drawn.
    fn render_pixmap(&self, card: &OgCard) -> Result<tiny_skia::Pixmap, String> {
        let tree = self.tree(&self.compose(card).svg)?;
        let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT)
            .ok_or_else(|| "cannot allocate the Open Graph image".to_owned())?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        Ok(pixmap)
    }

    /// Parses a card's SVG, laying its text out with our fonts.
    fn tree(&self, svg: &str) -> Result<usvg::Tree, String> {
        let options = usvg::Options {
            fontdb: Arc::clone(&self.fonts.db),
            font_resolver: no_fallback(),
            ..usvg::Options::default()
        };
        usvg::Tree::from_str(svg, &options).map_err(|e| format!("Open Graph card SVG: {e}"))
    }

    /// Lays the card out and writes its SVG document.
    fn compose(&self, card: &OgCard) -> Composition {
        Composer::new(&self.fonts, card).compose()
    }
}

/// Image size: what Facebook, LinkedIn, Slack and X all crop least.
const WIDTH: u32 = 1200;
const HEIGHT: u32 = 630;

/// The font-family of every text element. The named families are what Debian-like machines
/// have (DejaVu/Liberation for Latin, Greek and Cyrillic; WenQuanYi for CJK). Characters the
/// chosen face lacks go to a fallback face (see [`Fonts`]), and `sans-serif` is pointed at
/// an installed face by [`Fonts::new`], so some text always renders.
const FONT_FAMILY: &str =
    "'DejaVu Sans', 'Liberation Sans', 'Noto Sans', 'WenQuanYi Micro Hei', sans-serif";
const NAMED_FAMILIES: [&str; 4] = [
    "DejaVu Sans",
    "Liberation Sans",
    "Noto Sans",
    "WenQuanYi Micro Hei",
];
/// Candidates for the generic `sans-serif`, first installed one wins.
const SANS_SERIF_CANDIDATES: [&str; 8] = [
    "DejaVu Sans",
    "Liberation Sans",
    "Noto Sans",
    "Arial",
    "Helvetica",
    "FreeSans",
    "Roboto",
    "WenQuanYi Micro Hei",
];

/// The longest string (in characters) considered for any text slot. Nothing longer can be
/// shown anyway; the cap bounds the measuring work on hostile input.
const MAX_CHARS: usize = 400;

/// Measured widths are multiplied by this before comparing with the space available.
/// Advances are summed per character in the face that draws it, without kerning (which
/// mostly narrows text), so they are already an upper bound for most text; the margin
/// covers shaping that widens it (contextual forms in some scripts).
const WIDTH_SAFETY: f32 = 1.03;

const ELLIPSIS: char = '…';

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Weight {
    Regular,
    Bold,
}

impl Weight {
    fn css(self) -> u16 {
        match self {
            Weight::Regular => 400,
            Weight::Bold => 700,
        }
    }
}

/// The font database, the face resvg picks for our font-family list at each weight, and
/// the faces that stand in for characters that face lacks.
///
/// resvg's own per-character fallback is switched off (see [`no_fallback`]): when a
/// fallback face has every glyph of a text (WenQuanYi has Latin too), resvg redraws the
/// whole text in it, so "文心 vs GPT-4o" would lose its bold Latin. Instead this module picks
/// the face of every character itself and writes runs of fallback characters as `<tspan>`s
/// naming their face, which also means text is measured with exactly the glyphs drawn.
#[derive(Clone)]
struct Fonts {
    db: Arc<fontdb::Database>,
    regular: Face,
    bold: Face,
    /// The `<tspan>` attributes that select each fallback face.
    tspans: Arc<std::collections::HashMap<fontdb::ID, String>>,
}

/// The faces for one weight: the base face and the fallback faces, best first.
#[derive(Clone)]
struct Face {
    base: Option<fontdb::ID>,
    fallbacks: Vec<fontdb::ID>,
}

impl Fonts {
    fn new(mut db: fontdb::Database) -> Result<Self, String> {
        if db.is_empty() {
            return Err("no fonts found: install e.g. fonts-dejavu-core and \
                        fonts-wqy-microhei, or pass font files"
                .to_owned());
        }
        let sans = SANS_SERIF_CANDIDATES
            .iter()
            .find(|name| {
                db.faces()
                    .any(|face| face.families.iter().any(|(family, _)| family == *name))
            })
            .map(|name| (*name).to_owned())
            .or_else(|| {
                db.faces()
                    .find_map(|face| Some(face.families.first()?.0.clone()))
            });
        if let Some(sans) = sans {
            db.set_sans_serif_family(sans);
        }
        let regular = Face::new(&db, Weight::Regular);
        let bold = Face::new(&db, Weight::Bold);
        let tspans = regular
            .fallbacks
            .iter()
            .chain(&bold.fallbacks)
            .filter_map(|&id| Some((id, tspan_attributes(&db, id)?)))
            .collect();
        Ok(Fonts {
            db: Arc::new(db),
            regular,
            bold,
            tspans: Arc::new(tspans),
        })
    }

    fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// For each character of `chars`: the face that draws it (`None`: the base face, also
    /// for characters no face has, which resvg draws as the base face's "missing" box) and
    /// its advance at `size` px.
    fn shape(&self, chars: &[char], weight: Weight, size: f32) -> Vec<(Option<fontdb::ID>, f32)> {
        let face = self.face(weight);
        let mut out: Vec<Option<(Option<fontdb::ID>, f32)>> = vec![None; chars.len()];
        let Some(base) = face.base else {
            return chars.iter().map(|&c| (None, estimate(c, size))).collect();
        };
        self.measure_in(base, None, chars, size, &mut out);
        for &fallback in &face.fallbacks {
            if out.iter().all(Option::is_some) {
                break;
            }
            self.measure_in(fallback, Some(fallback), chars, size, &mut out);
        }
        let mut missing = None;
        chars
            .iter()
            .zip(out)
            .map(|(&c, slot)| {
                slot.unwrap_or_else(|| {
                    let width = *missing.get_or_insert_with(|| {
                        self.notdef_advance(base, size)
                            .unwrap_or_else(|| estimate(c, size))
                    });
                    (None, width)
                })
            })
            .collect()
    }

    /// Fills the still empty slots of the characters that face `id` has with `tag` and the
    /// character's advance.
    fn measure_in(
        &self,
        id: fontdb::ID,
        tag: Option<fontdb::ID>,
        chars: &[char],
        size: f32,
        out: &mut [Option<(Option<fontdb::ID>, f32)>],
    ) {
        self.db.with_face_data(id, |data, index| {
            let Ok(font) = skrifa::FontRef::from_index(data, index) else {
                return;
            };
            let charmap = font.charmap();
            let metrics = font.glyph_metrics(
                skrifa::instance::Size::new(size),
                skrifa::instance::LocationRef::default(),
            );
            for (slot, &c) in out.iter_mut().zip(chars) {
                if slot.is_some() {
                    continue;
                }
                if let Some(glyph) = charmap.map(c).filter(|g| g.to_u32() != 0) {
                    *slot = Some((tag, metrics.advance_width(glyph).unwrap_or(0.0)));
                }
            }
        });
    }

    /// The advance of the base face's "missing glyph" box.
    fn notdef_advance(&self, id: fontdb::ID, size: f32) -> Option<f32> {
        self.db.with_face_data(id, |data, index| {
            let font = skrifa::FontRef::from_index(data, index).ok()?;
            font.glyph_metrics(
                skrifa::instance::Size::new(size),
                skrifa::instance::LocationRef::default(),
            )
            .advance_width(skrifa::GlyphId::new(0))
        })?
    }

    /// Measures `text` (already cleaned) for cutting into lines.
    fn measure(&self, text: &str, weight: Weight, size: f32) -> Measured {
        let chars: Vec<char> = text.chars().collect();
        let (faces, advances) = self
            .shape(&chars, weight, size)
            .into_iter()
            .map(|(face, advance)| (face, advance * WIDTH_SAFETY))
            .unzip();
        let (ellipsis_face, ellipsis) = self.shape(&[ELLIPSIS], weight, size)[0];
        Measured {
            chars,
            faces,
            advances,
            ellipsis_face,
            ellipsis: ellipsis * WIDTH_SAFETY,
        }
    }

    /// `text` on one line of at most `max_width` px, cut with "…" when too long.
    fn fit_line(&self, text: &str, weight: Weight, size: f32, max_width: f32) -> Fitted {
        self.wrap(text, weight, size, max_width, 1)
    }

    /// `text` greedily wrapped into at most `max_lines` lines of at most `max_width` px; the
    /// last line is cut with "…" when the text does not fit.
    fn wrap(
        &self,
        text: &str,
        weight: Weight,
        size: f32,
        max_width: f32,
        max_lines: usize,
    ) -> Fitted {
        self.measure(text, weight, size).wrap(max_width, max_lines)
    }
}

impl Face {
    /// The base face resvg's default selector picks for our font-family list, and every face
    /// it could be told to pick instead, in order of preference for characters the base face
    /// lacks: upright before slanted, normal width before condensed, nearest weight, then
    /// database order.
    fn new(db: &fontdb::Database, weight: Weight) -> Face {
        let mut families: Vec<fontdb::Family<'_>> = NAMED_FAMILIES
            .iter()
            .map(|name| fontdb::Family::Name(name))
            .collect();
        // resvg's default font selector appends `serif`: do the same to pick the same face.
        families.push(fontdb::Family::SansSerif);
        families.push(fontdb::Family::Serif);
        let base = db.query(&fontdb::Query {
            families: &families,
            weight: fontdb::Weight(weight.css()),
            stretch: fontdb::Stretch::Normal,
            style: fontdb::Style::Normal,
        });
        let mut ranked = std::collections::BTreeMap::new();
        for (order, face) in db.faces().enumerate() {
            if Some(face.id) == base || addressable_family(db, face).is_none() {
                continue;
            }
            let slanted = u32::from(face.style != fontdb::Style::Normal);
            let stretched = u32::from(face.stretch != fontdb::Stretch::Normal);
            let weight_distance = face.weight.0.abs_diff(weight.css());
            ranked.insert((slanted, stretched, weight_distance, order), face.id);
        }
        Face {
            base,
            fallbacks: ranked.into_values().collect(),
        }
    }
}

/// The `<tspan>` attributes that make resvg's font selector pick face `id`.
fn tspan_attributes(db: &fontdb::Database, id: fontdb::ID) -> Option<String> {
    let face = db.face(id)?;
    let family = addressable_family(db, face)?;
    let style = match face.style {
        fontdb::Style::Normal => "normal",
        fontdb::Style::Italic => "italic",
        fontdb::Style::Oblique => "oblique",
    };
    let mut attributes = String::from(" font-family=\"'");
    push_escaped(&mut attributes, family);
    let _ = write!(
        attributes,
        "'\" font-weight=\"{}\" font-style=\"{style}\" font-stretch=\"{}\"",
        face.weight.0,
        stretch_keyword(face.stretch)
    );
    Some(attributes)
}

/// The family name that selects exactly `face` (with its weight, style and stretch), if
/// there is one we can write into an attribute safely.
fn addressable_family<'a>(db: &fontdb::Database, face: &'a fontdb::FaceInfo) -> Option<&'a str> {
    let family = face
        .families
        .iter()
        .find(|(_, language)| *language == fontdb::Language::English_UnitedStates)
        .or_else(|| face.families.first())
        .map(|(family, _)| family.as_str())?;
    let plain = !family.is_empty()
        && family
            .chars()
            .all(|c| !c.is_control() && !matches!(c, '\'' | '"' | '\\' | ';' | '<' | '>' | '&'));
    let selected = db.query(&fontdb::Query {
        families: &[fontdb::Family::Name(family)],
        weight: face.weight,
        stretch: face.stretch,
        style: face.style,
    });
    (plain && selected == Some(face.id)).then_some(family)
}

fn stretch_keyword(stretch: fontdb::Stretch) -> &'static str {
    match stretch {
        fontdb::Stretch::UltraCondensed => "ultra-condensed",
        fontdb::Stretch::ExtraCondensed => "extra-condensed",
        fontdb::Stretch::Condensed => "condensed",
        fontdb::Stretch::SemiCondensed => "semi-condensed",
        fontdb::Stretch::Normal => "normal",
        fontdb::Stretch::SemiExpanded => "semi-expanded",
        fontdb::Stretch::Expanded => "expanded",
        fontdb::Stretch::ExtraExpanded => "extra-expanded",
        fontdb::Stretch::UltraExpanded => "ultra-expanded",
    }
}

/// Font options for usvg: our database, and no automatic fallback (see [`Fonts`]).
fn no_fallback() -> usvg::FontResolver<'static> {
    usvg::FontResolver {
        select_font: usvg::FontResolver::default_font_selector(),
        select_fallback: Box::new(|_, _, _| None),
    }
}

/// A conservative width for a character when no face is available to measure it: CJK and
/// other fullwidth characters are about 1 em wide, everything else at most about 0.65 em.
fn estimate(c: char, size: f32) -> f32 {
    if is_wide(c) {
        size
    } else {
        size * 0.65
    }
}

/// East Asian wide and fullwidth characters (and emoji): they take about 1 em, and lines
/// may break before or after any of them.
fn is_wide(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F
        | 0x1F900..=0x1F9FF
        | 0x20000..=0x3FFFD)
}

/// Text split into characters with their faces and (safety-scaled) advances, ready to be
/// cut anywhere without measuring again.
struct Measured {
    chars: Vec<char>,
    faces: Vec<Option<fontdb::ID>>,
    advances: Vec<f32>,
    ellipsis_face: Option<fontdb::ID>,
    ellipsis: f32,
}

/// One line of text as runs that share a face (`None`: the base face).
#[derive(Clone, Debug, Default, PartialEq)]
struct Line {
    runs: Vec<(String, Option<fontdb::ID>)>,
}

impl Line {
    fn push(&mut self, c: char, face: Option<fontdb::ID>) {
        match self.runs.last_mut() {
            Some((text, last)) if *last == face => text.push(c),
            _ => self.runs.push((c.to_string(), face)),
        }
    }

    #[cfg(test)]
    fn text(&self) -> String {
        self.runs.iter().map(|(text, _)| text.as_str()).collect()
    }
}

/// Lines of text that fit, and whether anything was cut off to make them fit.
#[derive(Debug, PartialEq)]
struct Fitted {
    lines: Vec<Line>,
    /// The widest line, in px.
    width: f32,
    cut: bool,
}

impl Measured {
    fn width_of(&self, range: std::ops::Range<usize>) -> f32 {
        self.advances[range].iter().sum()
    }

    /// Whether a line may break between `chars[i - 1]` and `chars[i]`.
    fn may_break_before(&self, i: usize) -> bool {
        let before = self.chars[i - 1];
        let after = self.chars[i];
        before == ' '
            || after == ' '
            || before == '-'
            || before == '/'
            || ((is_wide(before) || is_wide(after)) && !is_closing(after))
    }

    fn wrap(&self, max_width: f32, max_lines: usize) -> Fitted {
        let n = self.chars.len();
        let mut lines = Vec::new();
        let mut width: f32 = 0.0;
        let mut cut = false;
        let mut start = 0;
        while start < n && lines.len() < max_lines {
            while start < n && self.chars[start] == ' ' {
                start += 1;
            }
            if start == n {
                break;
            }
            // The furthest end that fits, and the last break opportunity before it.
            let mut end = start;
            let mut line_width = 0.0;
            let mut last_break = None;
            while end < n && line_width + self.advances[end] <= max_width {
                line_width += self.advances[end];
                end += 1;
                if end < n && self.may_break_before(end) {
                    last_break = Some(end);
                }
            }
            if end == n {
                lines.push(self.line(start..n));
                width = width.max(line_width);
                break;
            }
            if lines.len() + 1 == max_lines {
                let (line, w) = self.ellipsize(start, max_width);
                lines.push(line);
                width = width.max(w);
                cut = true;
                break;
            }
            // Break at the last opportunity; a word longer than the line is split anywhere.
            let stop = last_break.unwrap_or(end.max(start + 1));
            let mut trimmed = stop;
            while trimmed > start && self.chars[trimmed - 1] == ' ' {
                trimmed -= 1;
            }
            lines.push(self.line(start..trimmed));
            width = width.max(self.width_of(start..trimmed));
            start = stop;
        }
        Fitted { lines, width, cut }
    }

    /// The longest prefix of `chars[start..]` that fits with "…" after it, preferring a word
    /// boundary when one is close to the end.
    fn ellipsize(&self, start: usize, max_width: f32) -> (Line, f32) {
        let mut end = start;
        let mut w = self.ellipsis;
        while end < self.chars.len() && w + self.advances[end] <= max_width {
            w += self.advances[end];
            end += 1;
        }
        // Back up to a space if that loses less than a fifth of the line.
        let min_end = end - (end - start) / 5;
        if let Some(space) = (min_end.max(start + 1)..end)
            .rev()
            .find(|&i| self.chars[i] == ' ')
        {
            end = space;
        }
        while end > start
            && matches!(
                self.chars[end - 1],
                ' ' | ',' | '.' | ';' | ':' | '-' | '–' | '—'
            )
        {
            end -= 1;
        }
        let mut line = self.line(start..end);
        line.push(ELLIPSIS, self.ellipsis_face);
        (line, self.width_of(start..end) + self.ellipsis)
    }

    fn line(&self, range: std::ops::Range<usize>) -> Line {
        let mut line = Line::default();
        for i in range {
            line.push(self.chars[i], self.faces[i]);
        }
        line
    }
}

/// Punctuation that must not start a line (a break before it is not allowed).
fn is_closing(c: char) -> bool {
    "、。，．：；！？）」』】〉》)]},.:;!?".contains(c)
}

/// Makes untrusted text safe and tidy to lay out: drops control characters (XML 1.0 can't
/// hold most of them, and they have no glyphs), the XML non-characters U+FFFE/U+FFFF, and
/// bidi embeddings, overrides and isolates (they would let a name visually reorder the
/// verdict); collapses whitespace runs to one space; trims; caps the length.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(MAX_CHARS * 4));
    let mut count = 0;
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if c.is_control()
            || matches!(c, '\u{FFFE}' | '\u{FFFF}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        {
            continue;
        }
        if count + usize::from(pending_space) + 1 > MAX_CHARS {
            break;
        }
        if pending_space {
            out.push(' ');
            count += 1;
            pending_space = false;
        }
        out.push(c);
        count += 1;
    }
    out
}

/// Appends `text` as XML character data: after this, the catalog's `<`, `&`, quotes and
/// control characters are no longer markup.
fn push_escaped(out: &mut String, text: &str) {
    out.push_str(&versus_core::site::xml_escape(text));
}

/// A colour parsed from hex; written back as `#rrggbb` only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Rgb(u8, u8, u8);

impl Rgb {
    /// Parses `#rgb` or `#rrggbb` (either case); anything else is `None`.
    fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#')?;
        let digits: Vec<u8> = hex
            .chars()
            .map(|c| c.to_digit(16).and_then(|d| u8::try_from(d).ok()))
            .collect::<Option<_>>()?;
        match digits[..] {
            [r, g, b] => Some(Rgb(r * 17, g * 17, b * 17)),
            [r1, r2, g1, g2, b1, b2] => Some(Rgb(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
            _ => None,
        }
    }

    /// WCAG relative luminance.
    fn luminance(self) -> f32 {
        fn channel(v: u8) -> f32 {
            let c = f32::from(v) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    fn contrast(self, other: Rgb) -> f32 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

impl std::fmt::Display for Rgb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The card's colours, each valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Palette {
    background: Rgb,
    surface: Rgb,
    text: Rgb,
    muted: Rgb,
    accent: Rgb,
    /// Text on an accent fill (the badge): whichever candidate contrasts most with it.
    on_accent: Rgb,
}

impl Palette {
    fn from_colors(colors: &OgColors) -> Palette {
        let defaults = OgColors::default();
        let pick = |given: &str, default: &str| {
            Rgb::parse(given)
                .or_else(|| Rgb::parse(default))
                .unwrap_or(Rgb(0, 0, 0))
        };
        let accent = pick(&colors.accent, &defaults.accent);
        let text = pick(&colors.text, &defaults.text);
        let background = pick(&colors.background, &defaults.background);
        let surface = pick(&colors.surface, &defaults.surface);
        // The palette's own colours first, then plain white and near-black, so a light
        // accent in a dark theme still gets dark badge text.
        let on_accent = [
            text,
            surface,
            background,
            Rgb(255, 255, 255),
            Rgb(17, 24, 39),
        ]
        .into_iter()
        .fold(text, |best, candidate| {
            if accent.contrast(candidate) > accent.contrast(best) {
                candidate
            } else {
                best
            }
        });
        Palette {
            background,
            surface,
            text,
            muted: pick(&colors.muted, &defaults.muted),
            accent,
            on_accent,
        }
    }
}

// The layout, in px. The panel leaves a margin of canvas around it; everything else sits
// inside the panel's padding.
const PANEL_MARGIN: f32 = 36.0;
const PANEL_RADIUS: f32 = 28.0;
const PAD: f32 = 52.0;
const LEFT: f32 = PANEL_MARGIN + PAD;
const RIGHT: f32 = WIDTH as f32 - PANEL_MARGIN - PAD;
const CONTENT_WIDTH: f32 = RIGHT - LEFT;
const PANEL_BOTTOM: f32 = HEIGHT as f32 - PANEL_MARGIN;

const BRAND_SIZE: f32 = 24.0;
const BRAND_BASELINE: f32 = 94.0;
const BRAND_MARK: f32 = 26.0;

const TITLE_TOP: f32 = 116.0;
/// Title sizes to try, largest first: the first at which the title fits in two lines wins;
/// at the last, the second line is cut with "…".
const TITLE_SIZES: [f32; 4] = [54.0, 48.0, 42.0, 38.0];
const TITLE_LINES: usize = 2;
const TITLE_LEADING: f32 = 1.18;

const LINE_SIZE: f32 = 26.0;
const LINE_LEADING: f32 = 1.38;
const LINE_LINES: usize = 2;
const LINE_LAST_BASELINE: f32 = PANEL_BOTTOM - 42.0;

const COLUMN_GAP: f32 = 24.0;
const BOX_RADIUS: f32 = 20.0;
const BOX_PAD: f32 = 24.0;
/// Space above the boxes: the winner badge straddles a box's top edge.
const ABOVE_BOXES: f32 = 36.0;
const BELOW_BOXES: f32 = 28.0;
const MAX_COLUMNS: usize = 4;
const BOX_MAX_HEIGHT: f32 = 250.0;

/// Line spacing of two-line names in narrow boxes.
const NAME_LEADING: f32 = 1.15;
/// Names in narrow boxes get a second line only if the ranks can stay at least this big.
const NARROW_MIN_RANK: f32 = 48.0;

const BADGE_SIZE: f32 = 16.0;
const BADGE_HEIGHT: f32 = 28.0;

// Font metrics used to place baselines, as fractions of the font size (DejaVu Sans; other
// sans faces are close): cap height and descent.
const CAP: f32 = 0.73;
const DESCENT: f32 = 0.24;

/// The finished SVG and where the boxes ended up (tests look at those pixels).
struct Composition {
    svg: String,
    #[cfg_attr(not(test), allow(dead_code))]
    boxes: Vec<BoxGeometry>,
}

#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(test), allow(dead_code))]
struct BoxGeometry {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    /// The baseline and size of the name, to find its pixels.
    name_baseline: f32,
    name_size: f32,
}

#[derive(Clone, Copy)]
enum Anchor {
    Start,
    Middle,
    End,
}

/// How one line of text is drawn.
#[derive(Clone, Copy)]
struct Style {
    size: f32,
    weight: Weight,
    anchor: Anchor,
    fill: Rgb,
}

/// Builds one card's SVG.
struct Composer<'a> {
    fonts: &'a Fonts,
    card: &'a OgCard,
    palette: Palette,
    svg: String,
}

impl<'a> Composer<'a> {
    fn new(fonts: &'a Fonts, card: &'a OgCard) -> Self {
        Composer {
            fonts,
            card,
            palette: Palette::from_colors(&card.colors),
            svg: String::with_capacity(4096),
        }
    }

    fn compose(mut self) -> Composition {
        let p = self.palette;
        let _ = write!(
            self.svg,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}"><g font-family="{FONT_FAMILY}">"#
        );
        self.rect(0.0, 0.0, WIDTH as f32, HEIGHT as f32, 0.0, p.background, "");
        let border = format!(
            r#" stroke="{}" stroke-opacity="0.18" stroke-width="2""#,
            p.muted
        );
        self.rect(
            PANEL_MARGIN,
            PANEL_MARGIN,
            WIDTH as f32 - 2.0 * PANEL_MARGIN,
            HEIGHT as f32 - 2.0 * PANEL_MARGIN,
            PANEL_RADIUS,
            p.surface,
            &border,
        );

        self.brand();
        let title_bottom = self.title();
        let line_top = self.line();
        let boxes = self.columns(title_bottom + ABOVE_BOXES, line_top - BELOW_BOXES);

        self.svg.push_str("</g></svg>");
        Composition {
            svg: self.svg,
            boxes,
        }
    }

    /// The brand: a small accent mark and the name beside it.
    fn brand(&mut self) {
        let p = self.palette;
        let mark_y = BRAND_BASELINE - BRAND_SIZE * CAP / 2.0 - BRAND_MARK / 2.0;
        self.rect(LEFT, mark_y, BRAND_MARK, BRAND_MARK, 7.0, p.accent, "");
        let x = LEFT + BRAND_MARK + 14.0;
        let brand = clean(&self.card.brand);
        let fitted = self
            .fonts
            .fit_line(&brand, Weight::Bold, BRAND_SIZE, RIGHT - x);
        let style = Style {
            size: BRAND_SIZE,
            weight: Weight::Bold,
            anchor: Anchor::Start,
            fill: p.text,
        };
        self.lines(x, BRAND_BASELINE, 0.0, style, &fitted);
    }

    /// The title, in the largest size at which it fits in two lines; returns its bottom.
    fn title(&mut self) -> f32 {
        let title = clean(&self.card.title);
        let mut fitted = None;
        for size in TITLE_SIZES {
            let f = self
                .fonts
                .wrap(&title, Weight::Bold, size, CONTENT_WIDTH, TITLE_LINES);
            let fits = !f.cut;
            fitted = Some((size, f));
            if fits {
                break;
            }
        }
        let Some((size, fitted)) = fitted.filter(|(_, f)| !f.lines.is_empty()) else {
            return TITLE_TOP;
        };
        let first = TITLE_TOP + size * 0.92;
        let step = size * TITLE_LEADING;
        let style = Style {
            size,
            weight: Weight::Bold,
            anchor: Anchor::Start,
            fill: self.palette.text,
        };
        self.lines(LEFT, first, step, style, &fitted);
        first + step * (fitted.lines.len() - 1) as f32 + size * DESCENT
    }

    /// The verdict or summary, anchored to the panel's bottom; returns its top.
    fn line(&mut self) -> f32 {
        let text = clean(&self.card.line);
        let fitted = self
            .fonts
            .wrap(&text, Weight::Regular, LINE_SIZE, CONTENT_WIDTH, LINE_LINES);
        if fitted.lines.is_empty() {
            return LINE_LAST_BASELINE + LINE_SIZE * DESCENT;
        }
        let step = LINE_SIZE * LINE_LEADING;
        let first = LINE_LAST_BASELINE - step * (fitted.lines.len() - 1) as f32;
        let style = Style {
            size: LINE_SIZE,
            weight: Weight::Regular,
            anchor: Anchor::Start,
            fill: self.palette.text,
        };
        self.lines(LEFT, first, step, style, &fitted);
        first - LINE_SIZE * 0.95
    }

    /// One box per column between `top` and `bottom`.
    fn columns(&mut self, top: f32, bottom: f32) -> Vec<BoxGeometry> {
        // Very tall boxes (short title, no verdict line) look empty: cap them and centre them.
        let h = (bottom - top).min(BOX_MAX_HEIGHT);
        let top = top + ((bottom - top - h) / 2.0).max(0.0);
        let n = self.card.columns.len().min(MAX_COLUMNS);
        if n == 0 || h <= 0.0 {
            return Vec::new();
        }
        let w = (CONTENT_WIDTH - COLUMN_GAP * (n - 1) as f32) / n as f32;
        let rank_label = clean(&self.card.rank_label);
        let columns: Vec<(bool, String, String)> = self.card.columns[..n]
            .iter()
            .map(|column| {
                let rank = match clean(&column.rank) {
                    r if r.is_empty() => "–".to_owned(),
                    r => r,
                };
                (column.winner, clean(&column.name), rank)
            })
            .collect();
        let layout = (n > 1).then(|| self.narrow_layout(&columns, w, h));
        columns
            .iter()
            .enumerate()
            .map(|(i, (winner, name, rank))| {
                let frame = Frame {
                    x: LEFT + (w + COLUMN_GAP) * i as f32,
                    y: top,
                    w,
                    h,
                };
                self.column_box(*winner, name, rank, &rank_label, frame, layout.as_ref())
            })
            .collect()
    }

    /// One layout for all narrow boxes, so names, ranks and labels line up across them and
    /// every rank has the same size.
    fn narrow_layout(&self, columns: &[(bool, String, String)], w: f32, h: f32) -> NarrowLayout {
        let inner = w - 2.0 * BOX_PAD;
        let (name_size, label_size): (f32, f32) = if w > 400.0 {
            (30.0, 19.0)
        } else {
            (26.0, 17.0)
        };
        let (name_gap, label_gap) = (20.0, 16.0);
        let fixed_h = |name_lines: usize| {
            name_size * (CAP + DESCENT + NAME_LEADING * (name_lines - 1) as f32)
                + name_gap
                + label_gap
                + label_size * CAP
        };
        // Boxes keep this much room above (it clears the winner badge) and below.
        let room = 24.0;
        let rank_size_for = |name_lines| ((h - 2.0 * room - fixed_h(name_lines)) / CAP).min(72.0);
        // A name that does not fit on one line gets two if the ranks stay big.
        let name_fits = |name: &String| {
            !self
                .fonts
                .fit_line(name, Weight::Bold, name_size, inner)
                .cut
        };
        let name_lines = if columns.iter().all(|(_, name, _)| name_fits(name))
            || rank_size_for(2) < NARROW_MIN_RANK
        {
            1
        } else {
            2
        };
        let mut rank_size = rank_size_for(name_lines).max(24.0);
        for (_, _, rank) in columns {
            let width = self
                .fonts
                .fit_line(rank, Weight::Bold, rank_size, f32::INFINITY)
                .width;
            if width > inner {
                rank_size = (rank_size * inner / width).max(24.0);
            }
        }
        let content_h = fixed_h(name_lines) + rank_size * CAP;
        let name_baseline = room + ((h - 2.0 * room - content_h) / 2.0).max(0.0) + name_size * CAP;
        let last_name_baseline = name_baseline + name_size * NAME_LEADING * (name_lines - 1) as f32;
        let rank_baseline = last_name_baseline + name_size * DESCENT + name_gap + rank_size * CAP;
        let label_baseline = rank_baseline + label_gap + label_size * CAP;
        NarrowLayout {
            name_size,
            name_lines,
            rank_size,
            label_size,
            name_baseline,
            rank_baseline,
            label_baseline,
        }
    }

    fn column_box(
        &mut self,
        winner: bool,
        name: &str,
        rank: &str,
        rank_label: &str,
        f: Frame,
        layout: Option<&NarrowLayout>,
    ) -> BoxGeometry {
        let p = self.palette;
        if winner {
            // The box colour under an accent tint, so the winner stands out in any palette.
            self.rect(f.x, f.y, f.w, f.h, BOX_RADIUS, p.background, "");
            let tint = format!(
                r#" fill-opacity="0.07" stroke="{}" stroke-width="3""#,
                p.accent
            );
            self.rect(f.x, f.y, f.w, f.h, BOX_RADIUS, p.accent, &tint);
        } else {
            let border = format!(
                r#" stroke="{}" stroke-opacity="0.28" stroke-width="1.5""#,
                p.muted
            );
            self.rect(f.x, f.y, f.w, f.h, BOX_RADIUS, p.background, &border);
        }
        let (name_baseline, name_size) = match layout {
            Some(layout) => self.narrow_box_content(name, rank, rank_label, f, layout),
            None => self.wide_box_content(name, rank, rank_label, f),
        };
        if winner {
            match layout {
                Some(_) => self.badge(f.x + f.w / 2.0, f.y, Anchor::Middle, f.w),
                None => self.badge(f.x + BOX_PAD + 12.0, f.y, Anchor::Start, f.w),
            }
        }
        BoxGeometry {
            x: f.x,
            y: f.y,
            w: f.w,
            h: f.h,
            name_baseline,
            name_size,
        }
    }

    /// Two to four boxes side by side: name, rank and label stacked and centred. Returns
    /// the name's (first) baseline and size.
    fn narrow_box_content(
        &mut self,
        name: &str,
        rank: &str,
        rank_label: &str,
        f: Frame,
        l: &NarrowLayout,
    ) -> (f32, f32) {
        let p = self.palette;
        let inner = f.w - 2.0 * BOX_PAD;
        let cx = f.x + f.w / 2.0;
        let centred = |size, weight, fill| Style {
            size,
            weight,
            anchor: Anchor::Middle,
            fill,
        };
        let name_style = centred(l.name_size, Weight::Bold, p.text);
        let fitted = self
            .fonts
            .wrap(name, Weight::Bold, l.name_size, inner, l.name_lines);
        // A one-line name among two-line ones sits on the lower line, next to its rank.
        let skip = (l.name_lines - fitted.lines.len().clamp(1, l.name_lines)) as f32;
        let step = l.name_size * NAME_LEADING;
        let name_baseline = f.y + l.name_baseline + step * skip;
        self.lines(cx, name_baseline, step, name_style, &fitted);
        let fitted = self.fonts.fit_line(rank, Weight::Bold, l.rank_size, inner);
        self.lines(
            cx,
            f.y + l.rank_baseline,
            0.0,
            centred(l.rank_size, Weight::Bold, p.accent),
            &fitted,
        );
        let fitted = self
            .fonts
            .fit_line(rank_label, Weight::Regular, l.label_size, inner);
        let label_style = centred(l.label_size, Weight::Regular, p.muted);
        self.lines(cx, f.y + l.label_baseline, 0.0, label_style, &fitted);
        (name_baseline, l.name_size)
    }

    /// One box across the card (an artifact page): the name on the left, the rank and its
    /// label on the right. Returns the name's baseline and size.
    fn wide_box_content(
        &mut self,
        name: &str,
        rank: &str,
        rank_label: &str,
        f: Frame,
    ) -> (f32, f32) {
        let p = self.palette;
        let pad = BOX_PAD + 12.0;
        let label_size: f32 = 20.0;
        let gap = 16.0;
        let rank_size = ((f.h - 48.0 - label_size * CAP - gap) / CAP).clamp(24.0, 84.0);
        let right = f.x + f.w - pad;
        // The rank side may take up to half the box.
        let half = f.w / 2.0 - pad;
        let rank_line = self.fonts.fit_line(rank, Weight::Bold, rank_size, half);
        let label_line = self
            .fonts
            .fit_line(rank_label, Weight::Regular, label_size, half);
        let rank_w = rank_line.width.max(label_line.width);
        let block_h = rank_size * CAP + gap + label_size * CAP;
        let rank_baseline = f.y + (f.h - block_h) / 2.0 + rank_size * CAP;
        let label_baseline = rank_baseline + gap + label_size * CAP;
        let right_aligned = |size, weight, fill| Style {
            size,
            weight,
            anchor: Anchor::End,
            fill,
        };
        self.lines(
            right,
            rank_baseline,
            0.0,
            right_aligned(rank_size, Weight::Bold, p.accent),
            &rank_line,
        );
        self.lines(
            right,
            label_baseline,
            0.0,
            right_aligned(label_size, Weight::Regular, p.muted),
            &label_line,
        );

        // The name takes the rest, on up to two lines, centred vertically.
        let name_size: f32 = 36.0;
        let name_max = (f.w - 2.0 * pad - rank_w - 40.0).max(0.0);
        let max_lines = if f.h >= 150.0 { 2 } else { 1 };
        let fitted = self
            .fonts
            .wrap(name, Weight::Bold, name_size, name_max, max_lines);
        let step = name_size * NAME_LEADING;
        let extra_lines = fitted.lines.len().max(1) - 1;
        let name_baseline = f.y + (f.h - step * extra_lines as f32) / 2.0 + name_size * CAP / 2.0;
        let style = Style {
            size: name_size,
            weight: Weight::Bold,
            anchor: Anchor::Start,
            fill: p.text,
        };
        self.lines(f.x + pad, name_baseline, step, style, &fitted);
        (name_baseline, name_size)
    }

    /// The winner's badge ("Higher rank"), a pill straddling the top edge of its box.
    fn badge(&mut self, x: f32, box_top: f32, anchor: Anchor, box_w: f32) {
        let p = self.palette;
        let text = clean(&self.card.winner_badge);
        if text.is_empty() {
            return;
        }
        let fitted = self.fonts.fit_line(
            &text,
            Weight::Bold,
            BADGE_SIZE,
            box_w - 2.0 * BOX_PAD - 28.0,
        );
        let pill_w = fitted.width + 28.0;
        let left = match anchor {
            Anchor::Start => x,
            Anchor::Middle => x - pill_w / 2.0,
            Anchor::End => x - pill_w,
        };
        let top = box_top - BADGE_HEIGHT / 2.0;
        self.rect(
            left,
            top,
            pill_w,
            BADGE_HEIGHT,
            BADGE_HEIGHT / 2.0,
            p.accent,
            "",
        );
        let baseline = top + BADGE_HEIGHT / 2.0 + BADGE_SIZE * CAP / 2.0;
        let style = Style {
            size: BADGE_SIZE,
            weight: Weight::Bold,
            anchor: Anchor::Middle,
            fill: p.on_accent,
        };
        self.lines(left + pill_w / 2.0, baseline, 0.0, style, &fitted);
    }

    #[allow(clippy::too_many_arguments)]
    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, r: f32, fill: Rgb, extra: &str) {
        let x = if self.card.rtl {
            WIDTH as f32 - x - w
        } else {
            x
        };
        let _ = write!(
            self.svg,
            r#"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}" rx="{r:.1}" fill="{fill}"{extra}/>"#
        );
    }

    /// The fitted lines, the first with its baseline at `y`, each next one `step` lower.
    fn lines(&mut self, x: f32, y: f32, step: f32, style: Style, fitted: &Fitted) {
        for (i, line) in fitted.lines.iter().enumerate() {
            self.text(x, y + step * i as f32, style, line);
        }
    }

    /// One line of text. Its runs are escaped here; runs in a fallback face become
    /// `<tspan>`s that name the face.
    fn text(&mut self, x: f32, y: f32, style: Style, line: &Line) {
        // Right to left: mirrored, lines anchored at their right end.
        let anchor = match (style.anchor, self.card.rtl) {
            (Anchor::Start, false) | (Anchor::End, true) => "start",
            (Anchor::Middle, _) => "middle",
            (Anchor::End, false) | (Anchor::Start, true) => "end",
        };
        let (x, direction) = match self.card.rtl {
            true => (WIDTH as f32 - x, r#" direction="rtl""#),
            false => (x, ""),
        };
        let _ = write!(
            self.svg,
            r#"<text x="{x:.1}" y="{y:.1}" font-size="{:.1}" font-weight="{}" text-anchor="{anchor}" fill="{}"{direction} xml:space="preserve">"#,
            style.size,
            style.weight.css(),
            style.fill,
        );
        // An explicit right-to-left embedding: the renderer's bidi runs from the left, so
        // the line says which way it reads (Arabic first, Latin names in their place).
        if self.card.rtl {
            self.svg.push('\u{202b}');
        }
        for (run, face) in &line.runs {
            match face.and_then(|id| self.fonts.tspans.get(&id)) {
                Some(attributes) => {
                    let _ = write!(self.svg, "<tspan{attributes}>");
                    push_escaped(&mut self.svg, run);
                    self.svg.push_str("</tspan>");
                }
                None => push_escaped(&mut self.svg, run),
            }
        }
        if self.card.rtl {
            self.svg.push('\u{202c}');
        }
        self.svg.push_str("</text>");
    }
}

/// Sizes and baselines (from a box's top) shared by all narrow boxes of a card.
struct NarrowLayout {
    name_size: f32,
    name_lines: usize,
    rank_size: f32,
    label_size: f32,
    name_baseline: f32,
    rank_baseline: f32,
    label_baseline: f32,
}

/// A box's place on the card.
#[derive(Clone, Copy)]
struct Frame {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
}

/// Encodes the pixmap as an 8-bit palette PNG with fast compression.
///
/// The card is opaque (the first thing drawn is an opaque full-size rectangle), so alpha
/// carries nothing. It is flat colours and anti-aliased text: a couple of hundred colours,
/// so a palette of its 256 most used ones holds all of them or all but a few edge shades,
/// which take the nearest palette colour. Palette indices compress far better than RGB
/// (about 40 KB a card against 90 KB as RGB, at the same speed), and the `png` crate's fast
/// (fdeflate) setting keeps encoding several times faster than tiny-skia's `encode_png`
/// (RGBA, default compression), which took about half the time of a card.
fn encode_png(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, String> {
    // Opaque premultiplied pixels are their plain colour: red, green and blue in the low
    // three bytes of a word, alpha dropped.
    let colours: Vec<u32> = pixmap
        .data()
        .as_chunks::<4>()
        .0
        .iter()
        .map(|&pixel| u32::from_le_bytes(pixel) & 0x00FF_FFFF)
        .collect();
    let (palette, indices) = to_palette(&colours);
    let mut out = Vec::with_capacity(48 * 1024);
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_palette(palette.as_flattened().to_vec());
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder
        .write_header()
        .map_err(|e| format!("Open Graph PNG: {e}"))?;
    writer
        .write_image_data(&indices)
        .map_err(|e| format!("Open Graph PNG: {e}"))?;
    writer
        .finish()
        .map_err(|e| format!("Open Graph PNG: {e}"))?;
    Ok(out)
}

/// Up to 256 colours, most used first (ties by colour, so the same image always gets the
/// same palette), and each pixel's index: its own colour's, or the nearest one's when the
/// image has more colours than a palette holds. `colours` are `0x00BBGGRR` words. Runs of
/// one colour are counted and looked up once.
fn to_palette(colours: &[u32]) -> (Vec<[u8; 3]>, Vec<u8>) {
    type Colours<V> = std::collections::HashMap<u32, V, foldhash::fast::FixedState>;
    let mut counts: Colours<usize> = Colours::default();
    for run in colours.chunk_by(|a, b| a == b) {
        *counts.entry(run[0]).or_default() += run.len();
    }
    let mut by_use: Vec<(u32, usize)> = counts.into_iter().collect();
    versus_core::sort::sort_by(&mut by_use, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let palette: Vec<u32> = by_use.iter().take(256).map(|&(colour, _)| colour).collect();
    let mut index: Colours<u8> = (0u8..=255)
        .zip(palette.iter())
        .map(|(i, &c)| (c, i))
        .collect();
    let channels = |colour: u32| colour.to_le_bytes();
    let nearest = |colour: u32| {
        let [r, g, b, _] = channels(colour);
        let distance = |p: u32| -> u32 {
            let [pr, pg, pb, _] = channels(p);
            [(pr, r), (pg, g), (pb, b)]
                .into_iter()
                .map(|(x, y)| u32::from(x.abs_diff(y)).pow(2))
                .sum()
        };
        (0u8..=255)
            .zip(palette.iter())
            .min_by_key(|&(_, &p)| distance(p))
            .map_or(0, |(i, _)| i)
    };
    let mut indices = Vec::with_capacity(colours.len());
    for run in colours.chunk_by(|a, b| a == b) {
        let i = *index.entry(run[0]).or_insert_with(|| nearest(run[0]));
        indices.resize(indices.len() + run.len(), i);
    }
    let palette = palette
        .into_iter()
        .map(|colour| {
            let [r, g, b, _] = channels(colour);
            [r, g, b]
        })
        .collect();
    (palette, indices)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn renderer() -> &'static OgRenderer {
        static RENDERER: OnceLock<OgRenderer> = OnceLock::new();
        RENDERER.get_or_init(|| OgRenderer::new(&[]).expect("system fonts"))
    }

    fn column(name: &str, rank: &str, winner: bool) -> OgColumn {
        OgColumn {
            name: name.to_owned(),
            rank: rank.to_owned(),
            winner,
        }
    }

    fn comparison() -> OgCard {
        OgCard {
            brand: "Versus".to_owned(),
            title: "FLUX.1 Pro vs Baidu: ERNIE 4.5 VL 424B A47B".to_owned(),
            columns: vec![
                column("FLUX.1 Pro", "58/100", true),
                column("Baidu: ERNIE 4.5 VL 424B A47B", "20/100", false),
            ],
            rank_label: "UnfragileRank".to_owned(),
            line: "FLUX.1 Pro scores higher at 58/100 vs Baidu: ERNIE 4.5 VL 424B A47B at 20/100."
                .to_owned(),
            winner_badge: "Higher rank".to_owned(),
            colors: OgColors::default(),
            rtl: false,
        }
    }

    /// The width and height from a PNG's IHDR chunk.
    fn png_size(png: &[u8]) -> (u32, u32) {
        assert!(png.len() > 33, "too short for a PNG");
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "PNG signature");
        assert_eq!(&png[12..16], b"IHDR", "first chunk is IHDR");
        let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
        (be(&png[16..20]), be(&png[20..24]))
    }

    #[test]
    fn renders_a_1200_by_630_png() {
        let png = renderer().png(&comparison()).unwrap();
        assert_eq!(png_size(&png), (1200, 630));
    }

    #[test]
    fn a_card_is_a_small_palette_png() {
        let png = renderer().png(&comparison()).unwrap();
        assert_eq!(png[25], 3, "colour type 3: palette");
        assert!(png.len() < 60 * 1024, "{} bytes", png.len());
    }

    /// Pixels as `encode_png` hands them over.
    fn packed(pixels: &[[u8; 3]]) -> Vec<u32> {
        pixels
            .iter()
            .map(|&[r, g, b]| u32::from_le_bytes([r, g, b, 0]))
            .collect()
    }

    #[test]
    fn up_to_256_colours_keep_every_pixel() {
        let pixels: Vec<[u8; 3]> = (0..1000u32)
            .map(|i| [(i % 256) as u8, 7, (i % 256 / 2) as u8])
            .collect();
        let (palette, indices) = to_palette(&packed(&pixels));
        assert_eq!(palette.len(), 256);
        let back: Vec<[u8; 3]> = indices.iter().map(|&i| palette[usize::from(i)]).collect();
        assert_eq!(back, pixels);
    }

    #[test]
    fn past_256_colours_the_rarest_take_the_nearest() {
        // 256 common greys (each twice), then rare colours off by one and a far one.
        let mut pixels: Vec<[u8; 3]> = (0..=255u8).flat_map(|v| [[v, v, v], [v, v, v]]).collect();
        pixels.extend([[10, 11, 10], [200, 200, 201], [255, 0, 0]]);
        let (palette, indices) = to_palette(&packed(&pixels));
        assert_eq!(palette.len(), 256);
        let colour = |k: usize| palette[usize::from(indices[k])];
        assert_eq!(colour(20), [10, 10, 10]);
        assert_eq!(colour(512), [10, 10, 10]);
        assert_eq!(colour(513), [200, 200, 200]);
        assert_eq!(colour(514), [85, 85, 85], "the grey nearest to red");
        // The same pixels give the same palette, whatever their counts' hash order.
        assert_eq!(to_palette(&packed(&pixels)).0, palette);
    }

    #[test]
    fn a_right_to_left_card_is_mirrored_and_reads_right_to_left() {
        let ltr = renderer().compose(&comparison());
        let rtl = renderer().compose(&OgCard {
            rtl: true,
            ..comparison()
        });
        // The brand line starts at the left edge, or ends at the right edge mirrored.
        assert!(
            ltr.svg.contains(r#"text-anchor="start" fill"#),
            "{}",
            ltr.svg
        );
        assert!(!ltr.svg.contains('\u{202b}') && !ltr.svg.contains("direction"));
        assert!(rtl.svg.contains(r#"text-anchor="end""#), "{}", rtl.svg);
        assert!(rtl.svg.contains(r#"direction="rtl""#));
        assert_eq!(
            rtl.svg.matches('\u{202b}').count(),
            rtl.svg.matches("<text ").count(),
            "every line is a right-to-left embedding"
        );
        // Every rectangle is mirrored: x becomes 1200 - x - width.
        let rects = |svg: &str| -> Vec<(f32, f32)> {
            svg.split("<rect x=\"")
                .skip(1)
                .map(|rest| {
                    let x: f32 = rest.split('"').next().unwrap().parse().unwrap();
                    let w = rest
                        .split("width=\"")
                        .nth(1)
                        .unwrap()
                        .split('"')
                        .next()
                        .unwrap();
                    (x, w.parse().unwrap())
                })
                .collect()
        };
        let (left, right) = (rects(&ltr.svg), rects(&rtl.svg));
        assert_eq!(left.len(), right.len());
        for ((lx, lw), (rx, rw)) in left.iter().zip(&right) {
            assert_eq!(lw, rw);
            assert!((rx - (1200.0 - lx - lw)).abs() < 0.2, "{lx} {lw} → {rx}");
        }
        assert!(left
            .iter()
            .zip(&right)
            .any(|(l, r)| (l.0 - r.0).abs() > 1.0));
        assert_eq!(
            png_size(
                &renderer()
                    .png(&OgCard {
                        rtl: true,
                        ..comparison()
                    })
                    .unwrap()
            ),
            (1200, 630)
        );
    }

    #[test]
    fn same_card_gives_same_bytes() {
        let a = renderer().png(&comparison()).unwrap();
        let b = renderer().png(&comparison()).unwrap();
        assert!(a == b, "two renders of one card differ");
        // And a fresh renderer (fonts loaded again) agrees too.
        let c = OgRenderer::new(&[]).unwrap().png(&comparison()).unwrap();
        assert!(a == c, "a second renderer renders differently");
    }

    #[test]
    fn renderer_is_send_sync_and_clone() {
        fn check<T: Send + Sync + Clone>() {}
        check::<OgRenderer>();
    }

    #[test]
    fn hostile_text_is_only_text() {
        let hostile = "<script>alert(1)</script> & \"quotes\" ' \u{0007}</text><rect/>]]><!--";
        let mut card = comparison();
        card.brand = hostile.to_owned();
        card.title = hostile.to_owned();
        card.line = hostile.to_owned();
        card.rank_label = hostile.to_owned();
        card.winner_badge = hostile.to_owned();
        card.columns = vec![column(hostile, hostile, true), column(hostile, "1", false)];
        let composition = renderer().compose(&card);
        assert!(!composition.svg.contains("<script"));
        assert!(!composition.svg.contains("<rect/>"));
        assert!(!composition.svg.contains('\u{0007}'));
        assert!(composition.svg.contains("&lt;script&gt;"));
        // Still one well-formed document that usvg accepts.
        let png = renderer().png(&card).unwrap();
        assert_eq!(png_size(&png), (1200, 630));
    }

    #[test]
    fn clean_drops_controls_and_collapses_whitespace() {
        assert_eq!(clean("  a\u{0007}b \t\n c\u{202E}d\u{FFFF}  "), "ab cd");
        assert_eq!(clean("\u{0000}\u{001F}\u{007F}\u{0085}"), "");
        assert_eq!(clean(&"x".repeat(10_000)).chars().count(), MAX_CHARS);
    }

    #[test]
    fn escaping_covers_markup_characters() {
        let mut out = String::new();
        push_escaped(&mut out, "<a href=\"x\">'&'\u{7}</a>");
        assert_eq!(out, "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }

    #[test]
    fn long_title_and_long_name_render_and_are_cut() {
        let mut card = comparison();
        card.title = "A very long comparison title that goes on and on ".repeat(12);
        let long_name: String = "Supercalifragilistic".repeat(10);
        assert_eq!(long_name.chars().count(), 200);
        card.columns[0].name = long_name.clone();
        card.line = "word ".repeat(200);
        let png = renderer().png(&card).unwrap();
        assert_eq!(png_size(&png), (1200, 630));

        let fonts = &renderer().fonts;
        let title = fonts.wrap(
            &clean(&card.title),
            Weight::Bold,
            TITLE_SIZES[TITLE_SIZES.len() - 1],
            CONTENT_WIDTH,
            TITLE_LINES,
        );
        assert_eq!(title.lines.len(), 2);
        assert!(title.cut);
        assert!(title.lines[1].text().ends_with(ELLIPSIS));
        assert!(title.width <= CONTENT_WIDTH);
        let name = fonts.fit_line(&long_name, Weight::Bold, 30.0, 400.0);
        assert_eq!(name.lines.len(), 1);
        assert!(name.lines[0].text().ends_with(ELLIPSIS));
        assert!(name.width <= 400.0);
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_splits_overlong_words() {
        let fonts = &renderer().fonts;
        let w = fonts
            .fit_line("abc def", Weight::Regular, 20.0, f32::INFINITY)
            .width;
        let fitted = fonts.wrap("abc def ghi", Weight::Regular, 20.0, w + 1.0, 3);
        assert_eq!(texts(&fitted), ["abc def", "ghi"]);
        assert!(!fitted.cut);
        let word = "x".repeat(100);
        let fitted = fonts.wrap(&word, Weight::Regular, 20.0, 200.0, 3);
        assert_eq!(fitted.lines.len(), 3);
        assert!(fitted.cut);
        assert!(fitted.width <= 200.0);
        // Nothing fits: still no panic, and no overflow beyond the ellipsis itself.
        let fitted = fonts.wrap("abc", Weight::Regular, 20.0, 1.0, 1);
        assert_eq!(texts(&fitted), [ELLIPSIS.to_string()]);
    }

    fn texts(fitted: &Fitted) -> Vec<String> {
        fitted.lines.iter().map(Line::text).collect()
    }

    #[test]
    fn cjk_is_drawn_in_a_fallback_face_and_latin_stays_in_the_base_face() {
        let fonts = &renderer().fonts;
        let chars: Vec<char> = "文心 GPT".chars().collect();
        let shaped = fonts.shape(&chars, Weight::Bold, 40.0);
        let cjk_face = shaped[0].0.expect("no installed font has CJK glyphs");
        assert_eq!(shaped[1].0, Some(cjk_face));
        // CJK ideographs are 1 em wide in CJK faces.
        assert!((shaped[0].1 - 40.0).abs() < 2.0, "{shaped:?}");
        // The base face (DejaVu Sans Bold here) keeps the space and the Latin letters, so
        // they stay bold next to the CJK run.
        assert!(
            shaped[2..].iter().all(|(face, _)| face.is_none()),
            "{shaped:?}"
        );
        assert!(fonts.tspans.contains_key(&cjk_face));

        let fitted = fonts.wrap(&"文".repeat(40), Weight::Bold, 40.0, 300.0, 2);
        assert_eq!(fitted.lines.len(), 2);
        assert!(fitted.width <= 300.0);
        assert!(fitted.cut);
    }

    /// How many pixels in the given rectangle differ clearly from `fill`.
    fn pixels_unlike(
        pixmap: &tiny_skia::Pixmap,
        x0: f32,
        y0: f32,
        x1: f32,
        y1: f32,
        fill: Rgb,
    ) -> usize {
        let mut count = 0;
        for y in (y0.max(0.0) as u32)..(y1.min(HEIGHT as f32) as u32) {
            for x in (x0.max(0.0) as u32)..(x1.min(WIDTH as f32) as u32) {
                let px = pixmap.pixel(x, y).unwrap().demultiply();
                let d = i32::from(px.red()).abs_diff(i32::from(fill.0))
                    + i32::from(px.green()).abs_diff(i32::from(fill.1))
                    + i32::from(px.blue()).abs_diff(i32::from(fill.2));
                if d > 60 {
                    count += 1;
                }
            }
        }
        count
    }

    #[test]
    fn cjk_name_is_drawn_in_its_box() {
        let mut card = comparison();
        card.columns[1] = column("文心一言 4.5（百度）", "20/100", false);
        let composition = renderer().compose(&card);
        assert!(composition.svg.contains("<tspan font-family="));
        let pixmap = renderer().render_pixmap(&card).unwrap();
        let b = composition.boxes[1];
        let band = |pixmap: &tiny_skia::Pixmap| {
            pixels_unlike(
                pixmap,
                b.x + 4.0,
                b.name_baseline - b.name_size,
                b.x + b.w - 4.0,
                b.name_baseline + b.name_size * 0.3,
                Palette::from_colors(&card.colors).background,
            )
        };
        assert!(band(&pixmap) > 300, "CJK name left its band empty");
        // The ink is the name's: with an empty name the band is empty.
        card.columns[1].name = String::new();
        let empty = renderer().render_pixmap(&card).unwrap();
        assert_eq!(band(&empty), 0);
    }

    #[test]
    fn bad_colours_fall_back_to_the_defaults() {
        let defaults = Palette::from_colors(&OgColors::default());
        let bad = OgColors {
            background: "red; x".to_owned(),
            surface: "url(x)".to_owned(),
            text: "#12345".to_owned(),
            muted: "\"/><script>".to_owned(),
            accent: "#4f46e5ff".to_owned(),
        };
        assert_eq!(Palette::from_colors(&bad), defaults);
        let mut card = comparison();
        card.colors = bad;
        let composition = renderer().compose(&card);
        assert!(!composition.svg.contains("red"));
        assert!(!composition.svg.contains("url("));
        assert!(renderer().png(&card).is_ok());

        let good = OgColors {
            background: "#000".to_owned(),
            surface: " #FFFFFF ".to_owned(),
            text: "#0a0B0c".to_owned(),
            ..OgColors::default()
        };
        let palette = Palette::from_colors(&good);
        assert_eq!(palette.background, Rgb(0, 0, 0));
        assert_eq!(palette.surface, Rgb(255, 255, 255));
        assert_eq!(palette.text, Rgb(10, 11, 12));
        assert_eq!(Rgb(1, 2, 255).to_string(), "#0102ff");
    }

    #[test]
    fn badge_text_contrasts_with_the_accent() {
        let dark = Palette::from_colors(&OgColors::default());
        assert_eq!(dark.on_accent, Rgb(255, 255, 255));
        let light = Palette::from_colors(&OgColors {
            accent: "#fde047".to_owned(),
            ..OgColors::default()
        });
        assert_eq!(light.on_accent, light.text);
    }

    #[test]
    fn one_to_four_columns_render_and_stay_inside_the_panel() {
        for n in 0..=5 {
            let mut card = comparison();
            card.columns = (0..n)
                .map(|i| {
                    column(
                        &format!("Artifact number {i}"),
                        &format!("{}/100", 90 - i),
                        i == 0,
                    )
                })
                .collect();
            let png = renderer().png(&card).unwrap();
            assert_eq!(png_size(&png), (1200, 630), "{n} columns");
            let boxes = renderer().compose(&card).boxes;
            assert_eq!(boxes.len(), n.min(MAX_COLUMNS));
            for b in boxes {
                assert!(
                    b.x >= LEFT - 0.5 && b.x + b.w <= RIGHT + 0.5,
                    "{n} columns: {b:?}"
                );
                assert!(b.h >= 120.0, "{n} columns: box too short: {b:?}");
                assert!(b.y + b.h <= PANEL_BOTTOM, "{n} columns: {b:?}");
            }
        }
    }

    /// The bounding boxes of all text on the card, as usvg laid it out.
    fn text_boxes(card: &OgCard) -> Vec<usvg::Rect> {
        fn walk(group: &usvg::Group, out: &mut Vec<usvg::Rect>) {
            for node in group.children() {
                match node {
                    usvg::Node::Group(group) => walk(group, out),
                    usvg::Node::Text(_) => out.push(node.abs_bounding_box()),
                    _ => {}
                }
            }
        }
        let tree = renderer().tree(&renderer().compose(card).svg).unwrap();
        let mut out = Vec::new();
        walk(tree.root(), &mut out);
        out
    }

    #[test]
    fn no_text_overflows_the_panel_or_its_box() {
        let long = "Supercalifragilistic".repeat(10);
        let wide = "文心一言".repeat(50);
        let mixed = "混元 Hunyuan-Large 389B 指令微调版本（腾讯）WWWWWWWWWWWWWWWWWWWWWWW";
        let mut cards = Vec::new();
        for n in 1..=4 {
            for name in [long.as_str(), wide.as_str(), mixed] {
                let mut card = comparison();
                card.brand = name.repeat(3);
                card.title = name.repeat(3);
                card.line = format!("{name} {name} {name}");
                card.rank_label = name.to_owned();
                card.columns = (0..n)
                    .map(|i| column(name, &format!("{}/100 {name}", 99 - i), i == 1))
                    .collect();
                cards.push(card);
            }
        }
        for card in &cards {
            let boxes = renderer().compose(card).boxes;
            let texts = text_boxes(card);
            assert!(texts.len() >= 4, "text went missing: {texts:?}");
            for t in texts {
                assert!(
                    t.left() >= LEFT - 2.0 && t.right() <= RIGHT + 2.0,
                    "{} columns, {:?}: text outside the panel: {t:?}",
                    card.columns.len(),
                    card.title.chars().next()
                );
                assert!(t.top() >= PANEL_MARGIN && t.bottom() <= PANEL_BOTTOM);
                let centre = (t.left() + t.right()) / 2.0;
                let middle = (t.top() + t.bottom()) / 2.0;
                for b in &boxes {
                    let inside =
                        centre > b.x && centre < b.x + b.w && middle > b.y && middle < b.y + b.h;
                    if inside {
                        assert!(
                            t.left() >= b.x + 8.0 && t.right() <= b.x + b.w - 8.0,
                            "{} columns: text overflows its box {b:?}: {t:?}",
                            card.columns.len()
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn two_threads_render_the_same_bytes() {
        let shared = renderer().clone();
        let expected = renderer().png(&comparison()).unwrap();
        let handles: Vec<_> = (0..2)
            .map(|_| {
                let renderer = shared.clone();
                std::thread::spawn(move || renderer.png(&comparison()).unwrap())
            })
            .collect();
        for handle in handles {
            assert!(handle.join().unwrap() == expected);
        }
    }
}
