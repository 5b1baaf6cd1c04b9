//! Lenient readers for the numbers, prices and dates that price lists write in many ways
//! (`"0.000003"`, `3e-06`, `"8192"`, `null`), so that one odd value costs a report line,
//! not the whole import.

use serde_json::Value;

/// A usage price as a source states it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Amount {
    /// USD (or the rate's currency) per unit, at least 0.
    Fixed(f64),
    /// The source says the price is variable (OpenRouter writes `-1`).
    Varies,
}

impl Amount {
    pub fn is_zero(self) -> bool {
        self == Amount::Fixed(0.0)
    }
}

/// Reads a price: a number or a numeric string, `-1` meaning "varies".
/// `Ok(None)` when absent or null; `Err` says what is wrong with anything else.
pub fn amount(value: Option<&Value>) -> Result<Option<Amount>, String> {
    let Some(number) = number(value)? else {
        return Ok(None);
    };
    if number == -1.0 {
        Ok(Some(Amount::Varies))
    } else if number < 0.0 {
        Err(format!("{} is negative", shown(value)))
    } else {
        Ok(Some(Amount::Fixed(number)))
    }
}

/// Reads a count of tokens, requests …: a whole number ≥ 0, or a string holding one.
pub fn count(value: Option<&Value>) -> Result<Option<u64>, String> {
    let Some(number) = number(value)? else {
        return Ok(None);
    };
    if number < 0.0 || number.fract() != 0.0 || number > 9.0e15 {
        return Err(format!("{} is not a whole number ≥ 0", shown(value)));
    }
    Ok(Some(number as u64))
}

/// A finite number from a JSON number or a numeric string; `Ok(None)` when absent, null
/// or an empty string.
fn number(value: Option<&Value>) -> Result<Option<f64>, String> {
    let parsed = match value {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::Number(number)) => number.as_f64(),
        Some(Value::String(text)) if text.trim().is_empty() => return Ok(None),
        Some(Value::String(text)) => text.trim().parse::<f64>().ok(),
        Some(_) => None,
    };
    match parsed {
        Some(number) if number.is_finite() => Ok(Some(number)),
        _ => Err(format!("{} is not a number", shown(value))),
    }
}

/// Reads a yes/no flag: `true`/`false`, or the strings and numbers people write for them.
pub fn flag(value: Option<&Value>) -> Result<Option<bool>, String> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(flag)) => Ok(Some(*flag)),
        Some(Value::String(text)) if ["true", "yes", "1"].contains(&text.trim()) => Ok(Some(true)),
        Some(Value::String(text)) if ["false", "no", "0"].contains(&text.trim()) => Ok(Some(false)),
        Some(Value::Number(n)) if n.as_f64() == Some(1.0) => Ok(Some(true)),
        Some(Value::Number(n)) if n.as_f64() == Some(0.0) => Ok(Some(false)),
        Some(other) => Err(format!("{} is not true or false", shown(Some(other)))),
    }
}

/// A non-blank string with its whitespace trimmed.
pub fn text(value: Option<&Value>) -> Option<&str> {
    value
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|text| !text.is_empty())
}

/// The value as JSON, cut short, for a report line.
pub fn shown(value: Option<&Value>) -> String {
    let text = value.map_or_else(|| "nothing".to_owned(), Value::to_string);
    match text.char_indices().nth(40) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// True for `YYYY-MM-DD` with a month 01–12 and a day 01–31 (what the catalog accepts).
pub fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let month: u32 = text[5..7].parse().unwrap_or(0);
    let day: u32 = text[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// The UTC date `YYYY-MM-DD` of a Unix time in seconds.
pub fn date_of_unix(seconds: i64) -> String {
    // Howard Hinnant's days-to-civil algorithm, proleptic Gregorian calendar.
    let days = seconds.div_euclid(86_400);
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Today's date in UTC.
pub fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    date_of_unix(i64::try_from(seconds).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn prices_read_strings_numbers_and_minus_one() {
        let read = |value: Value| amount(Some(&value));
        assert_eq!(read(json!("0.000003")), Ok(Some(Amount::Fixed(0.000003))));
        assert_eq!(read(json!("0")), Ok(Some(Amount::Fixed(0.0))));
        assert_eq!(read(json!("1e-6")), Ok(Some(Amount::Fixed(1e-6))));
        assert_eq!(read(json!(3e-06)), Ok(Some(Amount::Fixed(0.000003))));
        assert_eq!(read(json!("-1")), Ok(Some(Amount::Varies)));
        assert_eq!(read(json!(-1)), Ok(Some(Amount::Varies)));
        assert_eq!(read(Value::Null), Ok(None));
        assert_eq!(amount(None), Ok(None));
        assert_eq!(
            read(json!("abc")),
            Err("\"abc\" is not a number".to_owned())
        );
        assert_eq!(
            read(json!("NaN")),
            Err("\"NaN\" is not a number".to_owned())
        );
        assert_eq!(
            read(json!("inf")),
            Err("\"inf\" is not a number".to_owned())
        );
        assert_eq!(read(json!("-0.5")), Err("\"-0.5\" is negative".to_owned()));
        assert!(read(json!([1])).is_err());
    }

    #[test]
    fn counts_are_whole_numbers_also_in_strings() {
        let read = |value: Value| count(Some(&value));
        assert_eq!(read(json!(8192)), Ok(Some(8192)));
        assert_eq!(read(json!("8192")), Ok(Some(8192)));
        assert_eq!(read(json!(1.28e5)), Ok(Some(128_000)));
        assert_eq!(read(Value::Null), Ok(None));
        assert!(read(json!("set to max_output_tokens if provider specifies it")).is_err());
        assert!(read(json!(1.5)).is_err());
        assert!(read(json!(-4)).is_err());
    }

    #[test]
    fn flags_accept_the_usual_spellings_only() {
        assert_eq!(flag(Some(&json!(true))), Ok(Some(true)));
        assert_eq!(flag(Some(&json!("false"))), Ok(Some(false)));
        assert_eq!(flag(Some(&json!(1))), Ok(Some(true)));
        assert!(flag(Some(&json!("maybe"))).is_err());
    }

    #[test]
    fn unix_times_become_utc_dates() {
        assert_eq!(date_of_unix(0), "1970-01-01");
        assert_eq!(date_of_unix(951_782_400), "2000-02-29");
        assert_eq!(date_of_unix(1_740_441_600), "2025-02-25");
        assert_eq!(date_of_unix(1_740_441_600 + 86_399), "2025-02-25");
        assert_eq!(date_of_unix(-1), "1969-12-31");
        assert!(is_date(&today()));
    }

    #[test]
    fn dates_are_checked_like_the_catalog_checks_them() {
        assert!(is_date("2026-08-14"));
        for wrong in [
            "2026-8-14",
            "2026-13-01",
            "2026-00-10",
            "yesterday",
            "2026-08-14T00",
        ] {
            assert!(!is_date(wrong), "{wrong}");
        }
    }
}
