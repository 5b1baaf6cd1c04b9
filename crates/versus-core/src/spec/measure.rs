//! Specs and usage prices as comparable measures: one table row each, which value is
//! better, and the verdict phrase that says by how much (`a 4× larger context window`).

use std::cmp::Ordering;

use super::{sentence_label, Better, Source, SpecDef, SpecFormat, UsageRate, KNOWN_RATES};
use crate::catalog::Artifact;
use crate::decimal::{fixed, trimmed};
use crate::format::Locale;

/// Differences smaller than this ratio are highlighted but not worth a verdict reason.
pub const REASON_RATIO: f64 = 1.1;

/// One comparable row: a catalog spec, or a usage rate some compared artifact has.
#[derive(Clone, Debug, PartialEq)]
pub enum Measure<'c> {
    Spec(&'c SpecDef),
    Rate { rate: String, label: String },
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
    let mut rates: Vec<(String, String)> = Vec::new();
    for rate in artifacts.iter().flat_map(|a| &a.pricing.usage) {
        if !rates.iter().any(|(id, _)| *id == rate.rate) {
            rates.push((rate.rate.clone(), rate.label()));
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
    pub fn label(&self) -> &str {
        match self {
            Measure::Spec(def) => &def.label,
            Measure::Rate { label, .. } => label,
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
                let key = format!(
                    "{}/{}",
                    rate.currency.to_ascii_uppercase(),
                    rate.shown_per()
                );
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
        let label = sentence_label(self.label());
        let detail = self.detail(x, y, locale, unit)?;
        if format == SpecFormat::YesNo {
            return Some(Lead {
                lead: label,
                detail,
            });
        }
        let (big, small) = if xv >= yv { (xv, yv) } else { (yv, xv) };
        let ratio = (small > 0.0).then(|| big / small);
        if ratio.is_some_and(|r| r < REASON_RATIO) {
            return None;
        }
        let word = match (self.better(), format) {
            (Better::Higher, SpecFormat::Integer | SpecFormat::Compact) => "larger",
            (Better::Higher, _) => "higher",
            (_, SpecFormat::Integer | SpecFormat::Compact) if matches!(self, Measure::Spec(_)) => {
                "smaller"
            }
            _ => "lower",
        };
        let size = match ratio {
            Some(_) if format == SpecFormat::Percent => String::new(),
            Some(r) if r >= 2.0 => format!("{}× ", trimmed(r, 1)),
            // `fixed`, not `{}`: float Display would pull core's float formatting into wasm.
            Some(r) => format!("{}% ", fixed((r - 1.0) * 100.0, 0)),
            None => String::new(),
        };
        let article = if size.starts_with('8') || size.starts_with("11") || size.starts_with("18") {
            "an"
        } else {
            "a"
        };
        Some(Lead {
            lead: format!("{article} {size}{word} {label}"),
            detail,
        })
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
                let pair = format!(
                    "{} vs {}",
                    def.write_bare(xv, locale),
                    def.write_bare(yv, locale)
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
                Some(format!(
                    "{} vs {} per {}",
                    money(xr)?,
                    money(yr)?,
                    xr.shown_per()
                ))
            }
        }
    }
}
