//! Rank and signals as inline SVG bars, side by side per artifact. Each row is an image
//! with a text alternative that says the same values.

use yew::prelude::*;

use versus_core::format::Locale;
use versus_core::messages::page;
use versus_core::view::ChartRow;

/// The chart of `rows`. A view function: it keeps no state (see
/// `crate::components`).
pub fn score_chart(rows: &[ChartRow], locale: &Locale) -> Html {
    let names: Vec<String> = rows
        .first()
        .map(|row| row.bars.iter().map(|bar| bar.name.clone()).collect())
        .unwrap_or_default();
    html! {
        <section class="vs-chart" aria-labelledby="vs-chart-title">
            <h2 id="vs-chart-title">{ locale.text(page::CHART_TITLE) }</h2>
            <ul class="vs-chart__legend" aria-hidden="true">
                { for names.iter().enumerate().map(|(i, name)| html! {
                    <li><span class={classes!("vs-swatch", format!("vs-series-{i}"))}></span>{ name }</li>
                }) }
            </ul>
            <div class="vs-chart__rows">
                { for rows.iter().map(|row| html! {
                    <div class="vs-chart__row">
                        <div class="vs-chart__label">{ &row.label }</div>
                        <svg class="vs-chart__svg" viewBox={format!("0 0 100 {}", row.bars.len() * 10)}
                             width="100%" height={(row.bars.len() * 12).to_string()}
                             preserveAspectRatio="none" role="img" aria-label={row.description.clone()}>
                            <title>{ &row.description }</title>
                            { for row.bars.iter().enumerate().map(|(i, bar)| {
                                let y = (i * 10 + 1).to_string();
                                html! {
                                    <>
                                        <rect class="vs-chart__track" x="0" y={y.clone()} width="100" height="8" />
                                        <rect class={classes!("vs-chart__bar", format!("vs-series-{i}"))} x="0" y={y}
                                              width={bar.width.clone()} height="8" />
                                    </>
                                }
                            }) }
                        </svg>
                        <div class="vs-chart__values" aria-hidden="true">
                            { for row.bars.iter().map(|bar| html! {
                                <span class={classes!(bar.best.then_some("vs-best-text"))}>{ &bar.text }</span>
                            }) }
                        </div>
                    </div>
                }) }
            </div>
        </section>
    }
}
