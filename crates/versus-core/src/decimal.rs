//! Exact decimal text of an `f64`, written as `format!("{:.N}")` and `format!("{:.Ne}")`
//! write it, without pulling core's float formatting (Grisu, Dragon4 and their tables,
//! about 20 KB of wasm) into the widget.
//!
//! Every finite `f64` is `m × 2^e`, which is exactly `m × 5^-e / 10^-e` when `e < 0`: its
//! decimal expansion is finite. So the digits are computed exactly with a small big
//! integer, then rounded half to even on those exact digits, as core does.

/// `value` with `decimals` digits after the point: `format!("{value:.decimals$}")`.
pub fn fixed(value: f64, decimals: usize) -> String {
    if let Some(special) = special(value) {
        return special;
    }
    let exact = Digits::of(value.abs());
    let rounded = exact.round(exact.point + decimals as i64);
    let mut out = String::from(if value.is_sign_negative() { "-" } else { "" });
    if rounded.point <= 0 {
        out.push('0');
    } else {
        rounded.push(&mut out, 0..rounded.point);
    }
    if decimals > 0 {
        out.push('.');
        rounded.push(&mut out, rounded.point..rounded.point + decimals as i64);
    }
    out
}

/// `value` in scientific notation with `decimals` digits after the point:
/// `format!("{value:.decimals$e}")`, e.g. `2.50e-7`.
pub fn scientific(value: f64, decimals: usize) -> String {
    if let Some(special) = special(value) {
        return special;
    }
    let exact = Digits::of(value.abs());
    let rounded = exact.round(decimals as i64 + 1);
    // Zero has no digits: it prints as 0.00e0.
    let exponent = if rounded.digits.is_empty() {
        0
    } else {
        rounded.point - 1
    };
    let mut out = String::from(if value.is_sign_negative() { "-" } else { "" });
    rounded.push(&mut out, 0..1);
    if decimals > 0 {
        out.push('.');
        rounded.push(&mut out, 1..decimals as i64 + 1);
    }
    out.push('e');
    out.push_str(&exponent.to_string());
    out
}

/// `fixed` without trailing zeros or a bare point: `4.50` → `4.5`, `4.00` → `4`.
pub fn trimmed(value: f64, decimals: usize) -> String {
    let mut text = fixed(value, decimals);
    if text.contains('.') {
        let kept = text.trim_end_matches('0').trim_end_matches('.').len();
        text.truncate(kept);
    }
    text
}

fn special(value: f64) -> Option<String> {
    if value.is_nan() {
        Some("NaN".to_owned())
    } else if value.is_infinite() {
        Some(if value < 0.0 { "-inf" } else { "inf" }.to_owned())
    } else {
        None
    }
}

/// The exact decimal expansion of a non-negative finite value: `0.d1 d2 d3… × 10^point`,
/// without leading or trailing zeros (no digits at all for zero).
struct Digits {
    digits: Vec<u8>,
    point: i64,
}

impl Digits {
    fn of(value: f64) -> Self {
        let bits = value.to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i64;
        let fraction = bits & ((1 << 52) - 1);
        let (mantissa, exponent) = if biased == 0 {
            (fraction, -1074)
        } else {
            (fraction | (1 << 52), biased - 1075)
        };
        let mut number = Big::from(mantissa);
        // m × 2^e: an integer when e ≥ 0; m × 5^-e shifted -e places when e < 0.
        let scale = if exponent >= 0 {
            number.mul_pow(2, 31, exponent);
            0
        } else {
            number.mul_pow(5, 13, -exponent);
            -exponent
        };
        let mut digits = number.into_decimal();
        let point = digits.len() as i64 - scale;
        let significant = digits.iter().rposition(|&d| d != 0).map_or(0, |i| i + 1);
        digits.truncate(significant);
        let leading = digits.iter().take_while(|&&d| d == 0).count();
        digits.drain(..leading);
        Digits {
            digits,
            point: point - leading as i64,
        }
    }

    /// The first `keep` digits (none when `keep` ≤ 0), rounded half to even on the exact
    /// rest; a carry past the first digit (`9.99` → `10.0`) moves the point.
    fn round(&self, keep: i64) -> Digits {
        let keep = match usize::try_from(keep) {
            Ok(keep) if keep < self.digits.len() => keep,
            Ok(_) => {
                return Digits {
                    digits: self.digits.clone(),
                    point: self.point,
                }
            }
            Err(_) => {
                return Digits {
                    digits: Vec::new(),
                    point: self.point,
                }
            }
        };
        let mut kept = self.digits[..keep].to_vec();
        let rest = &self.digits[keep..];
        let above_half = rest[0] > 5 || (rest[0] == 5 && rest[1..].iter().any(|&d| d != 0));
        let tie = rest[0] == 5 && !above_half;
        let odd = kept.last().is_some_and(|d| d % 2 == 1);
        let mut point = self.point;
        if above_half || (tie && odd) {
            match kept.iter().rposition(|&d| d != 9) {
                Some(last) => {
                    kept[last] += 1;
                    kept.truncate(last + 1);
                }
                None => {
                    kept = vec![1];
                    point += 1;
                }
            }
        }
        Digits {
            digits: kept,
            point,
        }
    }

    /// Appends the digits at positions `range` (0 is the first digit); positions past
    /// either end are zeros.
    fn push(&self, out: &mut String, range: std::ops::Range<i64>) {
        for position in range {
            let digit = usize::try_from(position)
                .ok()
                .and_then(|i| self.digits.get(i))
                .copied()
                .unwrap_or(0);
            out.push(char::from(b'0' + digit));
        }
    }
}

/// A non-negative big integer, little-endian base 10^9 limbs.
struct Big {
    limbs: Vec<u32>,
}

const LIMB: u64 = 1_000_000_000;

impl From<u64> for Big {
    fn from(value: u64) -> Self {
        let mut big = Big { limbs: Vec::new() };
        let mut rest = value;
        while rest > 0 {
            big.limbs.push((rest % LIMB) as u32);
            rest /= LIMB;
        }
        big
    }
}

impl Big {
    fn mul_small(&mut self, factor: u32) {
        let mut carry = 0u64;
        for limb in &mut self.limbs {
            let product = u64::from(*limb) * u64::from(factor) + carry;
            *limb = (product % LIMB) as u32;
            carry = product / LIMB;
        }
        while carry > 0 {
            self.limbs.push((carry % LIMB) as u32);
            carry /= LIMB;
        }
    }

    /// Multiplies by `base^power`, `chunk` factors at a time (`base^chunk` fits a `u32`).
    fn mul_pow(&mut self, base: u32, chunk: u32, power: i64) {
        let mut left = power;
        while left > 0 {
            let step = left.min(i64::from(chunk)) as u32;
            self.mul_small(base.pow(step));
            left -= i64::from(step);
        }
    }

    /// Decimal digits, most significant first (empty for zero).
    fn into_decimal(self) -> Vec<u8> {
        let mut digits = Vec::with_capacity(self.limbs.len() * 9);
        for (position, limb) in self.limbs.iter().rev().enumerate() {
            let mut chunk = [0u8; 9];
            let mut rest = *limb;
            for slot in chunk.iter_mut().rev() {
                *slot = (rest % 10) as u8;
                rest /= 10;
            }
            if position == 0 {
                let start = chunk.iter().position(|&d| d != 0).unwrap_or(9);
                digits.extend_from_slice(&chunk[start..]);
            } else {
                digits.extend_from_slice(&chunk);
            }
        }
        digits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same_as_core(value: f64, decimals: usize) {
        assert_eq!(
            fixed(value, decimals),
            format!("{value:.decimals$}"),
            "{value:e} .{decimals}"
        );
        assert_eq!(
            scientific(value, decimals),
            format!("{value:.decimals$e}"),
            "{value:e} .{decimals}e"
        );
    }

    #[test]
    fn edges_read_as_core_writes_them() {
        let values = [
            0.0,
            -0.0,
            0.5,
            1.5,
            2.5,
            -2.5,
            0.125,
            0.375,
            1.005,
            9.995,
            9.999,
            99.5,
            0.05,
            0.0004,
            2.5e-7,
            1e-7,
            123456789.125,
            1e15,
            1e16,
            1e21,
            1e300,
            -1e300,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            f64::EPSILON,
            2140.5,
            0.1,
            0.2,
            0.3,
            1.0 / 3.0,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        for value in values {
            for decimals in 0..=8 {
                same_as_core(value, decimals);
            }
        }
        same_as_core(f64::MAX, 20);
        same_as_core(5e-324, 330);
    }

    #[test]
    fn trimmed_drops_trailing_zeros_only_after_a_point() {
        assert_eq!(trimmed(4.5, 2), "4.5");
        assert_eq!(trimmed(4.0, 2), "4");
        assert_eq!(trimmed(40.0, 0), "40");
        assert_eq!(trimmed(0.125, 2), "0.12");
    }

    proptest! {
        #[test]
        fn any_bits_read_as_core_writes_them(bits in any::<u64>(), decimals in 0usize..10) {
            same_as_core(f64::from_bits(bits), decimals);
        }

        #[test]
        fn everyday_values_read_as_core_writes_them(value in -1e7f64..1e7, decimals in 0usize..7) {
            same_as_core(value, decimals);
        }

        #[test]
        fn ties_read_as_core_writes_them(whole in 0u32..100_000, scale in 1u32..6, decimals in 0usize..6) {
            // Exactly representable halves, quarters, eighths…: the half-to-even cases.
            let value = f64::from(whole) / f64::from(1u32 << scale);
            same_as_core(value, decimals);
        }
    }
}
