//! Reading a catalog's `strings`: its own words for any message Versus shows.

use std::sync::Arc;

use super::fields::Fields;
use crate::catalog::{speak, Brand, SignalDef};
use crate::messages::{Table, Words};

/// Reads `strings` (if any) into the brand's locale: the brand's rank label and the
/// default signals' labels follow them when the catalog left those to Versus.
pub fn read_strings(fields: &mut Fields, brand: &mut Option<Brand>, signals: &mut [SignalDef]) {
    let Some(value) = fields.get("strings") else {
        return;
    };
    let table = Table::read(value, &fields.at("strings"), fields.findings);
    if table.is_empty() {
        return;
    }
    if let Some(brand) = brand.as_mut() {
        let mut locale = brand.locale.clone();
        locale.words = Words::new(None, Some(Arc::new(table)));
        speak(brand, signals, locale);
    }
}
