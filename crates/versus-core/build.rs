//! Generates compact Unicode case tables (`$OUT_DIR/case_tables.rs`) for `versus_core::case`.
//!
//! The standard library's case tables cost about 24 KB of wasm; the same mappings as runs
//! (`first..=last` step `stride`, all shifted by `delta`) take a fraction of that. They are
//! derived from this toolchain's own `char::to_lowercase`/`to_uppercase`, so the results
//! are identical by construction (and `versus_core::case` tests check every code point).

// The tables are derived from std's own case mapping: that is the point (crates/clippy.toml).
#![allow(clippy::disallowed_methods)]

use std::fmt::Write as _;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let mut out = String::new();
    write_mapping(&mut out, "LOWER", |c| c.to_lowercase().collect());
    write_mapping(&mut out, "UPPER", |c| c.to_uppercase().collect());
    write_sigma_classes(&mut out);
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(std::path::Path::new(&dir).join("case_tables.rs"), out)
        .expect("OUT_DIR is writable");
}

fn chars() -> impl Iterator<Item = char> {
    (0..=u32::from(char::MAX)).filter_map(char::from_u32)
}

/// `NAME`: runs `(first, last | stride << 24, delta)` of one-char mappings;
/// `NAME_MULTI`: the mappings to several chars.
fn write_mapping(out: &mut String, name: &str, map: impl Fn(char) -> Vec<char>) {
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
    let mut multi: Vec<(char, String)> = Vec::new();
    for c in chars() {
        let mapped = map(c);
        if mapped == [c] {
            continue;
        }
        if mapped.len() > 1 {
            multi.push((c, mapped.into_iter().collect()));
            continue;
        }
        let code = u32::from(c);
        let delta = i64::from(u32::from(mapped[0])) - i64::from(code);
        if let Some((first, last, stride, run_delta)) = runs.last_mut() {
            if *run_delta == delta {
                let step = code - *last;
                if *first == *last && (step == 1 || step == 2) {
                    *stride = step;
                    *last = code;
                    continue;
                }
                if *first != *last && step == *stride {
                    *last = code;
                    continue;
                }
            }
        }
        runs.push((code, code, 1, delta));
    }
    writeln!(out, "static {name}: [(u32, u32, i32); {}] = [", runs.len()).unwrap();
    for (first, last, stride, delta) in runs {
        writeln!(
            out,
            "    ({first:#x}, {:#x}, {delta}),",
            last | stride << 24
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
    writeln!(
        out,
        "static {name}_MULTI: [(char, &str); {}] = [",
        multi.len()
    )
    .unwrap();
    for (c, mapped) in multi {
        writeln!(out, "    ({c:?}, {mapped:?}),").unwrap();
    }
    writeln!(out, "];").unwrap();
}

/// `SIGMA_CLASSES`: what final-sigma detection needs to know of each char (0 = neither,
/// 1 = case-ignorable, 2 = cased and not case-ignorable), as LEB128 numbers
/// `(distance from the previous boundary) << 2 | class`, one per class change.
/// Probed through `str::to_lowercase` itself: "{c}Σ" ends in ς exactly when c is class 2,
/// "A{c}Σ" when c is class 1 or 2.
fn write_sigma_classes(out: &mut String) {
    let final_sigma = |text: String| text.to_lowercase().ends_with('ς');
    let mut bytes = Vec::new();
    let (mut previous_class, mut previous_start) = (0u32, 0u32);
    for c in chars() {
        let cased = final_sigma(format!("{c}Σ"));
        let class = if cased {
            2
        } else if final_sigma(format!("A{c}Σ")) {
            1
        } else {
            0
        };
        if class != previous_class {
            let code = u32::from(c);
            let mut value = (code - previous_start) << 2 | class;
            loop {
                let byte = (value & 0x7f) as u8;
                value >>= 7;
                if value == 0 {
                    bytes.push(byte);
                    break;
                }
                bytes.push(byte | 0x80);
            }
            (previous_class, previous_start) = (class, code);
        }
    }
    writeln!(
        out,
        "static SIGMA_CLASSES: [u8; {}] = {bytes:?};",
        bytes.len()
    )
    .unwrap();
}
