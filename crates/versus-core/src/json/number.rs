//! JSON numbers: the text as written, and the `f64` serde_json gives it.
//!
//! The value is computed the way serde_json does without its `float_roundtrip` feature
//! (how this project used it): up to 19 or 20 significant digits are gathered in a `u64`,
//! the digits after those only move the decimal point, and the result is that integer
//! times or divided by a power of ten from a table. That is exact for most numbers people
//! write (`0.5`, `19.99`, `1e-3`) and may differ from the correctly rounded value in the
//! last bit for others, exactly where serde_json's does; validation only compares
//! numbers with bounds, so a last bit does not matter, and `str::parse::<f64>` would pull
//! about 10 KB of tables into the wasm.

use super::read::{Reader, Result, EOF_IN_VALUE, INVALID_NUMBER, NUMBER_OUT_OF_RANGE};

/// A JSON number: its text as written (what messages show: `1.50` stays `1.50`) and its
/// value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number<'a> {
    text: &'a str,
    value: f64,
}

impl<'a> Number<'a> {
    pub fn as_f64(&self) -> f64 {
        self.value
    }

    /// The number as it is written in the JSON text.
    pub fn as_str(&self) -> &'a str {
        self.text
    }
}

/// A decimal read so far: `significand × 10^exponent`.
#[derive(Clone, Copy)]
struct Decimal {
    significand: u64,
    exponent: i32,
}

impl Decimal {
    /// The significand with `digit` appended, unless that overflows a `u64`.
    fn append(self, digit: u8) -> Option<u64> {
        self.significand
            .checked_mul(10)
            .and_then(|shifted| shifted.checked_add(u64::from(digit)))
    }
}

impl<'a> Reader<'a> {
    /// A number, whose `-` or first digit is next.
    pub(super) fn number(&mut self) -> Result<Number<'a>> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let mut decimal = Decimal {
            significand: 0,
            exponent: 0,
        };
        // serde_json keeps a number with neither fraction nor exponent that fits a u64
        // (an i64 if negative) as an integer, whose value is the nearest f64.
        let mut integer = self.integer_part(&mut decimal)?;
        if self.peek() == Some(b'.') {
            self.fraction(&mut decimal)?;
            integer = false;
        }
        let magnitude = if matches!(self.peek(), Some(b'e' | b'E')) {
            self.exponent(decimal)?
        } else if integer {
            decimal.significand as f64
        } else {
            self.scaled(decimal)?
        };
        Ok(Number {
            // Both ends are ASCII: the sign or first digit, and after the last digit.
            text: &self.text[start..self.at],
            value: if negative { -magnitude } else { magnitude },
        })
    }

    /// The next digit, not taken.
    #[inline(always)]
    fn peek_digit(&self) -> Option<u8> {
        self.peek()
            .filter(u8::is_ascii_digit)
            .map(|byte| byte - b'0')
    }

    /// Takes digits up to the first other byte; how many.
    fn skip_digits(&mut self) -> usize {
        let start = self.at;
        while self.peek_digit().is_some() {
            self.at += 1;
        }
        self.at - start
    }

    /// The digits before any `.` or exponent; false if there were too many for a `u64`
    /// (the ones that did not fit only raise the exponent).
    fn integer_part(&mut self, decimal: &mut Decimal) -> Result<bool> {
        match self.next() {
            None => Err(self.taken(EOF_IN_VALUE)),
            // A leading zero stands alone.
            Some(b'0') if self.peek_digit().is_some() => Err(self.looked_at(INVALID_NUMBER)),
            Some(b'0') => Ok(true),
            Some(first @ b'1'..=b'9') => {
                decimal.significand = u64::from(first - b'0');
                while let Some(digit) = self.peek_digit() {
                    let Some(significand) = decimal.append(digit) else {
                        let dropped = i32::try_from(self.skip_digits()).unwrap_or(i32::MAX);
                        decimal.exponent = dropped;
                        return Ok(false);
                    };
                    decimal.significand = significand;
                    self.at += 1;
                }
                Ok(true)
            }
            Some(_) => Err(self.taken(INVALID_NUMBER)),
        }
    }

    /// The digits after a `.` that is next (at least one). Those that do not fit the
    /// `u64` are dropped: they cannot change the value.
    fn fraction(&mut self, decimal: &mut Decimal) -> Result<()> {
        self.at += 1;
        if self.peek_digit().is_none() {
            let message = match self.peek() {
                Some(_) => INVALID_NUMBER,
                None => EOF_IN_VALUE,
            };
            return Err(self.looked_at(message));
        }
        while let Some(digit) = self.peek_digit() {
            let Some(significand) = decimal.append(digit) else {
                self.skip_digits();
                break;
            };
            decimal.significand = significand;
            decimal.exponent = decimal.exponent.saturating_sub(1);
            self.at += 1;
        }
        Ok(())
    }

    /// The value of `decimal` with the exponent whose `e` or `E` is next.
    fn exponent(&mut self, decimal: Decimal) -> Result<f64> {
        self.at += 1;
        let positive = match self.peek() {
            Some(b'-') => {
                self.at += 1;
                false
            }
            Some(b'+') => {
                self.at += 1;
                true
            }
            _ => true,
        };
        let mut exponent = match self.next() {
            None => return Err(self.taken(EOF_IN_VALUE)),
            Some(digit @ b'0'..=b'9') => i32::from(digit - b'0'),
            Some(_) => return Err(self.taken(INVALID_NUMBER)),
        };
        while let Some(digit) = self.peek_digit() {
            self.at += 1;
            let Some(next) = exponent
                .checked_mul(10)
                .and_then(|shifted| shifted.checked_add(i32::from(digit)))
            else {
                // An exponent beyond i32: infinite (refused) or zero.
                if positive && decimal.significand != 0 {
                    return Err(self.taken(NUMBER_OUT_OF_RANGE));
                }
                self.skip_digits();
                return Ok(0.0);
            };
            exponent = next;
        }
        let exponent = if positive {
            decimal.exponent.saturating_add(exponent)
        } else {
            decimal.exponent.saturating_sub(exponent)
        };
        self.scaled(Decimal {
            exponent,
            ..decimal
        })
    }

    /// The value of `decimal`, or an error (after the number) if it is too big for an f64.
    fn scaled(&self, decimal: Decimal) -> Result<f64> {
        scale(decimal).ok_or_else(|| self.taken(NUMBER_OUT_OF_RANGE))
    }
}

/// `significand × 10^exponent` as serde_json computes it: one multiplication or division
/// by a power of ten, after dividing by 1e308 as often as needed for a tiny exponent.
/// `None` when the result is infinite.
fn scale(decimal: Decimal) -> Option<f64> {
    let mut value = decimal.significand as f64;
    let mut exponent = decimal.exponent;
    loop {
        match POWERS_OF_TEN.get(exponent.unsigned_abs() as usize) {
            Some(&power) if exponent >= 0 => {
                value *= power;
                return value.is_finite().then_some(value);
            }
            Some(&power) => return Some(value / power),
            None if value == 0.0 => return Some(value),
            None if exponent >= 0 => return None,
            None => {
                value /= 1e308;
                exponent += 308;
            }
        }
    }
}

/// 10^0 to 10^308, each the f64 nearest to it.
static POWERS_OF_TEN: [f64; 309] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31, 1e32,
    1e33, 1e34, 1e35, 1e36, 1e37, 1e38, 1e39, 1e40, 1e41, 1e42, 1e43, 1e44, 1e45, 1e46, 1e47, 1e48,
    1e49, 1e50, 1e51, 1e52, 1e53, 1e54, 1e55, 1e56, 1e57, 1e58, 1e59, 1e60, 1e61, 1e62, 1e63, 1e64,
    1e65, 1e66, 1e67, 1e68, 1e69, 1e70, 1e71, 1e72, 1e73, 1e74, 1e75, 1e76, 1e77, 1e78, 1e79, 1e80,
    1e81, 1e82, 1e83, 1e84, 1e85, 1e86, 1e87, 1e88, 1e89, 1e90, 1e91, 1e92, 1e93, 1e94, 1e95, 1e96,
    1e97, 1e98, 1e99, 1e100, 1e101, 1e102, 1e103, 1e104, 1e105, 1e106, 1e107, 1e108, 1e109, 1e110,
    1e111, 1e112, 1e113, 1e114, 1e115, 1e116, 1e117, 1e118, 1e119, 1e120, 1e121, 1e122, 1e123,
    1e124, 1e125, 1e126, 1e127, 1e128, 1e129, 1e130, 1e131, 1e132, 1e133, 1e134, 1e135, 1e136,
    1e137, 1e138, 1e139, 1e140, 1e141, 1e142, 1e143, 1e144, 1e145, 1e146, 1e147, 1e148, 1e149,
    1e150, 1e151, 1e152, 1e153, 1e154, 1e155, 1e156, 1e157, 1e158, 1e159, 1e160, 1e161, 1e162,
    1e163, 1e164, 1e165, 1e166, 1e167, 1e168, 1e169, 1e170, 1e171, 1e172, 1e173, 1e174, 1e175,
    1e176, 1e177, 1e178, 1e179, 1e180, 1e181, 1e182, 1e183, 1e184, 1e185, 1e186, 1e187, 1e188,
    1e189, 1e190, 1e191, 1e192, 1e193, 1e194, 1e195, 1e196, 1e197, 1e198, 1e199, 1e200, 1e201,
    1e202, 1e203, 1e204, 1e205, 1e206, 1e207, 1e208, 1e209, 1e210, 1e211, 1e212, 1e213, 1e214,
    1e215, 1e216, 1e217, 1e218, 1e219, 1e220, 1e221, 1e222, 1e223, 1e224, 1e225, 1e226, 1e227,
    1e228, 1e229, 1e230, 1e231, 1e232, 1e233, 1e234, 1e235, 1e236, 1e237, 1e238, 1e239, 1e240,
    1e241, 1e242, 1e243, 1e244, 1e245, 1e246, 1e247, 1e248, 1e249, 1e250, 1e251, 1e252, 1e253,
    1e254, 1e255, 1e256, 1e257, 1e258, 1e259, 1e260, 1e261, 1e262, 1e263, 1e264, 1e265, 1e266,
    1e267, 1e268, 1e269, 1e270, 1e271, 1e272, 1e273, 1e274, 1e275, 1e276, 1e277, 1e278, 1e279,
    1e280, 1e281, 1e282, 1e283, 1e284, 1e285, 1e286, 1e287, 1e288, 1e289, 1e290, 1e291, 1e292,
    1e293, 1e294, 1e295, 1e296, 1e297, 1e298, 1e299, 1e300, 1e301, 1e302, 1e303, 1e304, 1e305,
    1e306, 1e307, 1e308,
];
