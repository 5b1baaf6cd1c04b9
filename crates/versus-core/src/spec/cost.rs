//! The cost calculator: monthly input and output tokens in, each artifact's monthly cost
//! out, the cheapest marked. The reader's figures travel in the URL (`usage=in:1000000,
//! out:200000`) like the weights, so a worked-out comparison is shareable.

use super::{Per, UsageRate};
use crate::catalog::{Artifact, Plan};
use crate::format::Locale;
use crate::messages::table as words;
use crate::messages::Msg;

/// Monthly token volumes the reader entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Usage {
    pub input_tokens: u64,
    pub output_tokens: u64,
}

/// The largest volume the calculator takes (a quadrillion tokens a month).
pub const MAX_TOKENS: u64 = 1_000_000_000_000_000;

/// Ready-made volumes: (name, input, output).
pub const PRESETS: [(Msg, Usage); 3] = [
    (
        words::PRESET_PROTOTYPE,
        Usage {
            input_tokens: 2_000_000,
            output_tokens: 500_000,
        },
    ),
    (
        words::PRESET_PRODUCT,
        Usage {
            input_tokens: 50_000_000,
            output_tokens: 10_000_000,
        },
    ),
    (
        words::PRESET_SCALE,
        Usage {
            input_tokens: 1_000_000_000,
            output_tokens: 200_000_000,
        },
    ),
];

impl Default for Usage {
    fn default() -> Self {
        PRESETS[0].1
    }
}

impl Usage {
    /// Reads `in:1000000,out:200000`; a missing or malformed part keeps its default, and
    /// volumes are capped at `MAX_TOKENS`: a hand-edited URL never breaks the page.
    pub fn parse(text: &str) -> Self {
        let mut usage = Self::default();
        for part in text.split(',') {
            let Some((key, value)) = part.split_once(':') else {
                continue;
            };
            let Ok(value) = value.trim().parse::<u64>() else {
                continue;
            };
            match key.trim() {
                "in" => usage.input_tokens = value.min(MAX_TOKENS),
                "out" => usage.output_tokens = value.min(MAX_TOKENS),
                _ => {}
            }
        }
        usage
    }

    /// Tokens from a figure in millions as a reader types it (`2`, `0.5`, `1,25`, `.3`);
    /// `None` until it reads as one. Integer arithmetic: parsing floats would cost the
    /// widget about 10 KB of wasm.
    pub fn tokens_from_millions(text: &str) -> Option<u64> {
        let text = text.trim();
        let (whole, fraction) = match text.split_once(['.', ',']) {
            Some((whole, fraction)) => (whole, fraction),
            None => (text, ""),
        };
        let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
        if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) {
            return None;
        }
        let mut tokens: u64 = 0;
        for byte in whole.bytes() {
            tokens = tokens
                .saturating_mul(10)
                .saturating_add(u64::from(byte - b'0'));
        }
        tokens = tokens.saturating_mul(1_000_000);
        let mut place = 100_000;
        for byte in fraction.bytes().take(6) {
            tokens = tokens.saturating_add(u64::from(byte - b'0') * place);
            place /= 10;
        }
        Some(tokens.min(MAX_TOKENS))
    }

    /// `in:1000000,out:200000`.
    pub fn encode(&self) -> String {
        format!("in:{},out:{}", self.input_tokens, self.output_tokens)
    }
}

/// The calculator's result for one comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct CostView {
    /// One per compared artifact, in column order.
    pub cells: Vec<CostCell>,
    /// `Input price × 2,000,000 tokens + output price × 500,000 tokens, a month.`
    pub basis: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CostCell {
    /// `$12.50`, `Varies`, or `—` without prices.
    pub text: String,
    /// The lowest known cost (several on a tie); never marked when nothing differs.
    pub cheapest: bool,
    /// `text` is an amount of money (not `Varies` or `—`).
    pub priced: bool,
}

/// What one artifact costs a month, if it can be worked out.
#[derive(Clone, Debug, PartialEq)]
enum Cost {
    Known { amount: f64, currency: String },
    Varies,
    Unknown,
}

fn token_rate<'a>(artifact: &'a Artifact, id: &str) -> Option<&'a UsageRate> {
    artifact
        .pricing
        .usage
        .iter()
        .find(|rate| rate.rate == id && rate.per == Per::Token)
}

fn monthly_cost(artifact: &Artifact, usage: Usage) -> Cost {
    let mut total = 0.0;
    let mut currency: Option<&str> = None;
    for (id, tokens) in [
        ("input", usage.input_tokens),
        ("output", usage.output_tokens),
    ] {
        if tokens == 0 {
            continue;
        }
        match token_rate(artifact, id) {
            Some(rate) => match rate.amount {
                None => return Cost::Varies,
                Some(_) if currency.is_some_and(|c| !c.eq_ignore_ascii_case(&rate.currency)) => {
                    return Cost::Unknown
                }
                Some(amount) => {
                    total += amount * tokens as f64;
                    currency = Some(&rate.currency);
                }
            },
            // A free artifact with no rates costs nothing; anyone else's cost is unknown.
            None if artifact.pricing.plan == Plan::Free => {}
            None => return Cost::Unknown,
        }
    }
    Cost::Known {
        amount: total,
        currency: currency.unwrap_or("USD").to_owned(),
    }
}

/// True when some artifact has an input or output token rate: then the calculator shows.
pub fn has_token_rates(artifacts: &[&Artifact]) -> bool {
    artifacts
        .iter()
        .any(|a| token_rate(a, "input").is_some() || token_rate(a, "output").is_some())
}

/// The monthly cost of each artifact under `usage`, or `None` when none has token rates.
pub fn cost_view(artifacts: &[&Artifact], usage: Usage, locale: &Locale) -> Option<CostView> {
    if !has_token_rates(artifacts) {
        return None;
    }
    let costs: Vec<Cost> = artifacts.iter().map(|a| monthly_cost(a, usage)).collect();
    let known: Vec<(f64, &str)> = costs
        .iter()
        .filter_map(|cost| match cost {
            Cost::Known { amount, currency } => Some((*amount, currency.as_str())),
            _ => None,
        })
        .collect();
    let one_currency = known
        .windows(2)
        .all(|pair| pair[0].1.eq_ignore_ascii_case(pair[1].1));
    let lowest = known
        .iter()
        .map(|(amount, _)| *amount)
        .fold(f64::INFINITY, f64::min);
    let differs = known.iter().any(|(amount, _)| *amount > lowest);
    let cells = costs
        .iter()
        .map(|cost| match cost {
            Cost::Known { amount, currency } => CostCell {
                text: super::write::money(*amount, currency, locale),
                cheapest: one_currency && differs && *amount == lowest,
                priced: true,
            },
            Cost::Varies => CostCell {
                text: locale.text(words::VARIES).to_owned(),
                cheapest: false,
                priced: false,
            },
            Cost::Unknown => CostCell {
                text: "—".to_owned(),
                cheapest: false,
                priced: false,
            },
        })
        .collect();
    Some(CostView {
        cells,
        basis: locale.say(
            words::COST_BASIS,
            &[
                ("input", &locale.integer(usage.input_tokens)),
                ("output", &locale.integer(usage.output_tokens)),
            ],
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::Usage;

    #[test]
    fn millions_are_read_as_typed() {
        let read = Usage::tokens_from_millions;
        assert_eq!(read("2"), Some(2_000_000));
        assert_eq!(read(" 0.5 "), Some(500_000));
        assert_eq!(read("1,25"), Some(1_250_000));
        assert_eq!(read(".3"), Some(300_000));
        assert_eq!(read("7."), Some(7_000_000));
        assert_eq!(read("0.0000019"), Some(1), "beyond a token is cut");
        assert_eq!(read("99999999999999999999"), Some(super::MAX_TOKENS));
        for half_typed in ["", ".", "-", "1e6", "1.2.3", "abc"] {
            assert_eq!(read(half_typed), None, "{half_typed:?}");
        }
    }
}
