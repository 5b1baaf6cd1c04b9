//! Specs and usage prices as comparable measures: one table row each, which value is
//! better, and the verdict phrase that says by how much (`a 4× larger context window`).

use std::cmp::Ordering;

use super::{
    rate_label, sentence_label, Better, Per, Source, SpecDef, SpecFormat, UsageRate, KNOWN_RATES,
};
use crate::catalog::Artifact;
use crate::decimal::{fixed, trimmed};
use crate::format::Locale;
use crate::messages::verdict as words;

/// Differences smaller than this ratio are highlighted but not worth a verdict reason.
pub const REASON_RATIO: f64 = 1.1;

/// One comparable row: a catalog spec, or a usage rate some compared artifact has.
#[derive(Clone, Debug, PartialEq)]
pub enum Measure<'c> {
    Spec(&'c SpecDef),
    /// A usage rate, with the catalog's own label if its first artifact gives one.
    Rate {
        rate: String,
        label: Option<String>,
    },
}

/// One artifact's value of a measure, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureCell<'a> {
    pub text: String,
    /// Where this one value comes from, if the catalog says.
    pub source: Option<&'a Source>,
}

/// What `x` has over `y` on one measure: `a 4× larger context window` and
/// `1,048,576 vs 262,144 tokens`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lead {
    pub lead: String,
    pub detail: String,
}

/// The spec rows at least one of `artifacts` fills, in catalog order.
pub fn spec_measures<'c>(specs: &'c [SpecDef], artifacts: &[&Artifact]) -> Vec<Measure<'c>> {
    specs
        .iter()
        .filter(|def| artifacts.iter().any(|a| a.spec(&def.id).is_some()))
        .map(Measure::Spec)
        .collect()
}

/// The usage-rate rows of `artifacts`: known rates in their order, then others as met.
pub fn rate_measures(artifacts: &[&Artifact]) -> Vec<Measure<'static>> {
    let mut rates: Vec<(String, Option<String>)> = Vec::new();
    for rate in artifacts.iter().flat_map(|a| &a.pricing.usage) {
        if !rates.iter().any(|(id, _)| *id == rate.rate) {
            rates.push((rate.rate.clone(), rate.label.clone()));
        }
    }
    let position = |id: &str| {
        KNOWN_RATES
            .iter()
            .position(|(known, _)| *known == id)
            .unwrap_or(KNOWN_RATES.len())
    };
    crate::sort::sort_by_key(&mut rates, |(id, _)| position(id));
    rates
        .into_iter()
        .map(|(rate, label)| Measure::Rate { rate, label })
        .collect()
}

/// Every measure of `artifacts`: specs, then usage rates.
pub fn measures<'c>(specs: &'c [SpecDef], artifacts: &[&Artifact]) -> Vec<Measure<'c>> {
    let mut all = spec_measures(specs, artifacts);
    all.extend(rate_measures(artifacts));
    all
}

fn rate_of<'a>(artifact: &'a Artifact, id: &str) -> Option<&'a UsageRate> {
    artifact.pricing.usage.iter().find(|rate| rate.rate == id)
}

impl Measure<'_> {
    /// The row label: the spec's, the catalog's for a rate, else the known rate's.
    pub fn label(&self, locale: &Locale) -> String {
        match self {
            Measure::Spec(def) => def.label.clone(),
            Measure::Rate { rate, label } => rate_label(rate, label.as_deref(), locale),
        }
    }

    pub fn better(&self) -> Better {
        match self {
            Measure::Spec(def) => def.better,
            Measure::Rate { .. } => Better::Lower,
        }
    }

    /// The artifact's value as the table shows it; `None` when it has none.
    pub fn cell<'a>(&self, artifact: &'a Artifact, locale: &Locale) -> Option<MeasureCell<'a>> {
        match self {
            Measure::Spec(def) => artifact.spec(&def.id).map(|entry| MeasureCell {
                text: def.write(&entry.value, locale),
                source: entry.source.as_ref(),
            }),
            Measure::Rate { rate, .. } => rate_of(artifact, rate).map(|rate| MeasureCell {
                text: rate.write(locale),
                source: rate.source.as_ref(),
            }),
        }
    }

    /// A number to compare and what it is counted in (currency and unit for prices).
    fn quantity(&self, artifact: &Artifact) -> Option<(f64, String)> {
        match self {
            Measure::Spec(def) => def
                .comparable(&artifact.spec(&def.id)?.value)
                .map(|n| (n, String::new())),
            Measure::Rate { rate, .. } => {
                let rate = rate_of(artifact, rate)?;
                let per = match &rate.per {
                    Per::Token => "token",
                    Per::Unit(unit) => unit,
                };
                let key = format!("{}/{per}", rate.currency.to_ascii_uppercase());
                rate.amount.map(|amount| (amount, key))
            }
        }
    }

    /// How `x` compares with `y` (`Greater`: `x` is better); `None` when either has no
    /// comparable value, they are counted differently, or neither direction is better.
    pub fn compare(&self, x: &Artifact, y: &Artifact) -> Option<Ordering> {
        let ((xv, x_unit), (yv, y_unit)) = (self.quantity(x)?, self.quantity(y)?);
        if x_unit != y_unit {
            return None;
        }
        match self.better() {
            Better::Higher => xv.partial_cmp(&yv),
            Better::Lower => yv.partial_cmp(&xv),
            Better::Neither => None,
        }
    }

    /// A number that is larger the better the value is, for marking the best cell.
    pub fn merit(&self, artifact: &Artifact) -> Option<f64> {
        let (value, _) = self.quantity(artifact)?;
        match self.better() {
            Better::Higher => Some(value),
            Better::Lower => Some(-value),
            Better::Neither => None,
        }
    }

    /// What `x` has over `y`, when the difference is worth a reason.
    pub fn lead(&self, x: &Artifact, y: &Artifact, locale: &Locale) -> Option<Lead> {
        if self.compare(x, y)? != Ordering::Greater {
            return None;
        }
        let ((xv, _), (yv, _)) = (self.quantity(x)?, self.quantity(y)?);
        let (format, unit) = match self {
            Measure::Spec(def) => (def.format, def.unit.clone()),
            Measure::Rate { .. } => (SpecFormat::Decimal, None),
        };
        let label = sentence_label(&self.label(locale), locale);
        let detail = self.detail(x, y, locale, unit)?;
        if format == SpecFormat::YesNo {
            return Some(Lead {
                lead: locale.say(words::LEAD_HAS, &[("label", &label)]),
                detail,
            });
        }
        let (big, small) = if xv >= yv { (xv, yv) } else { (yv, xv) };
        let ratio = (small > 0.0).then(|| big / small);
        if ratio.is_some_and(|r| r < REASON_RATIO) {
            return None;
        }
        let size = match ratio {
            Some(_) if format == SpecFormat::Percent => None,
            Some(r) if r >= 2.0 => {
                // One decimal in the locale's writing (`2.5` / `2,5`), none when whole.
                let times = trimmed(r, 1);
                let times = match times.contains('.') {
                    true => locale.decimal(r, 1),
                    false => times,
                };
                Some(locale.say(words::TIMES, &[("n", &times)]))
            }
            // `fixed`, not `{}`: float Display would pull core's float formatting into wasm.
            Some(r) => {
                Some(locale.say(words::PERCENT_MORE, &[("n", &fixed((r - 1.0) * 100.0, 0))]))
            }
            None => None,
        };
        let count = matches!(format, SpecFormat::Integer | SpecFormat::Compact);
        let (sized, unsized_) = match self.better() {
            Better::Higher if count => (words::LEAD_LARGER, words::LEAD_LARGER_UNSIZED),
            Better::Higher => (words::LEAD_HIGHER, words::LEAD_HIGHER_UNSIZED),
            _ if count && matches!(self, Measure::Spec(_)) => {
                (words::LEAD_SMALLER, words::LEAD_SMALLER_UNSIZED)
            }
            _ => (words::LEAD_LOWER, words::LEAD_LOWER_UNSIZED),
        };
        let mut lead = match &size {
            Some(size) => locale.say(sized, &[("size", size), ("label", &label)]),
            None => locale.say(unsized_, &[("label", &label)]),
        };
        // English: "an 8× larger …", "an 11% lower …".
        if locale.is_english() {
            if let Some(rest) = lead.strip_prefix("a ") {
                if rest.starts_with('8') || rest.starts_with("11") || rest.starts_with("18") {
                    lead.insert(1, 'n');
                }
            }
        }
        Some(Lead { lead, detail })
    }

    /// `1,048,576 vs 262,144 tokens`, `$3.00 vs $15.00 per 1M tokens`, `Yes vs No`.
    fn detail(
        &self,
        x: &Artifact,
        y: &Artifact,
        locale: &Locale,
        unit: Option<String>,
    ) -> Option<String> {
        match self {
            Measure::Spec(def) => {
                let (xv, yv) = (&x.spec(&def.id)?.value, &y.spec(&def.id)?.value);
                let pair = locale.say(
                    words::DETAIL,
                    &[
                        ("a", &def.write_bare(xv, locale)),
                        ("b", &def.write_bare(yv, locale)),
                    ],
                );
                Some(match unit {
                    Some(unit) if def.format.is_numeric() => format!("{pair} {unit}"),
                    _ => pair,
                })
            }
            Measure::Rate { rate, .. } => {
                let (xr, yr) = (rate_of(x, rate)?, rate_of(y, rate)?);
                let money = |r: &UsageRate| {
                    r.shown_amount()
                        .map(|amount| super::write::money(amount, &r.currency, locale))
                };
                Some(locale.say(
                    words::DETAIL_RATE,
                    &[
                        ("a", &money(xr)?),
                        ("b", &money(yr)?),
                        ("per", xr.shown_per(locale)),
                    ],
                ))
            }
        }
    }
}
