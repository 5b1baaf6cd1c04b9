//! The feature table: one column per artifact, one row per fact; the better value of a
//! row is highlighted, identical rows can be hidden.

use yew::prelude::*;

use crate::links::PageLink;
use crate::route::Route;
use versus_core::format::Locale;
use versus_core::messages::page;
use versus_core::view::{ColumnHead, TableRow};

/// The table of `rows` under `columns`. With `on_remove` (the site's picker), each column
/// head of a table of three or more offers to drop its artifact. A view function: it keeps
/// no state (the card holds the "hide identical rows" toggle; see `crate::components`).
pub fn feature_table(
    caption: &str,
    columns: &[ColumnHead],
    rows: &[TableRow],
    hide_identical: bool,
    on_remove: Option<&Callback<String>>,
    locale: &Locale,
) -> Html {
    let removable = on_remove.is_some() && columns.len() > 2;
    let caption = AttrValue::from(caption.to_owned());
    html! {
        <div class="vs-table-wrap" tabindex="0" role="region" aria-label={caption.clone()}>
            <table class="vs-table">
                <caption class="vs-visually-hidden">{ caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ locale.text(page::TABLE_FEATURE) }</th>
                        { for columns.iter().map(|column| {
                            let remove = on_remove.cloned().filter(|_| removable).map(|on_remove| {
                                let id = column.id.clone();
                                Callback::from(move |_: MouseEvent| on_remove.emit(id.clone()))
                            });
                            html! {
                                <th scope="col">
                                    <PageLink to={Route::Artifact { id: column.id.clone() }}>{ &column.display_name }</PageLink>
                                    if column.dominated {
                                        <span class="vs-chip vs-chip--warn" title={locale.text(page::TABLE_DOMINATED_TITLE).to_owned()}>{ locale.text(page::TABLE_DOMINATED) }</span>
                                    }
                                    if let Some(remove) = remove {
                                        <button type="button" class="vs-remove" onclick={remove}
                                                aria-label={locale.say(page::TABLE_REMOVE, &[("name", &column.display_name)])}>{ "×" }</button>
                                    }
                                </th>
                            }
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().filter(|row| !(hide_identical && row.identical())).map(|row| html! {
                        <tr class={classes!(row.identical().then_some("vs-row--same"))}>
                            <th scope="row">{ &row.label }</th>
                            { for row.cells.iter().map(|cell| html! {
                                <td class={classes!(cell.best.then_some("vs-best"))}>
                                    <span class="vs-cell">{ &cell.text }</span>
                                    if cell.best {
                                        <span class="vs-visually-hidden">{ locale.text(page::TABLE_BETTER) }</span>
                                    }
                                    if let Some(note) = &cell.note {
                                        <span class="vs-cell__note">{ note }</span>
                                    }
                                </td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
