//! The feature table: one column per artifact, one row per fact; the better value of a
//! row is highlighted, identical rows can be hidden.

use yew::prelude::*;

use crate::domain::view::{ColumnHead, TableRow};
use crate::ui::links::PageLink;
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct FeatureTableProps {
    pub caption: AttrValue,
    pub columns: Vec<ColumnHead>,
    pub rows: Vec<TableRow>,
    #[prop_or_default]
    pub hide_identical: bool,
    /// Shown in each column head to drop that artifact (the site's picker).
    #[prop_or_default]
    pub on_remove: Option<Callback<String>>,
}

#[component]
pub fn FeatureTable(props: &FeatureTableProps) -> Html {
    let removable = props.on_remove.is_some() && props.columns.len() > 2;
    html! {
        <div class="vs-table-wrap" tabindex="0" role="region" aria-label={props.caption.clone()}>
            <table class="vs-table">
                <caption class="vs-visually-hidden">{ props.caption.clone() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Feature" }</th>
                        { for props.columns.iter().map(|column| {
                            let remove = props.on_remove.clone().filter(|_| removable).map(|on_remove| {
                                let id = column.id.clone();
                                Callback::from(move |_: MouseEvent| on_remove.emit(id.clone()))
                            });
                            html! {
                                <th scope="col">
                                    <PageLink to={Route::Artifact { id: column.id.clone() }}>{ &column.display_name }</PageLink>
                                    if column.dominated {
                                        <span class="vs-chip vs-chip--warn" title="Another artifact here is at least as good on every signal, price and capability count">{ "Dominated" }</span>
                                    }
                                    if let Some(remove) = remove {
                                        <button type="button" class="vs-remove" onclick={remove}
                                                aria-label={format!("Remove {} from the comparison", column.display_name)}>{ "×" }</button>
                                    }
                                </th>
                            }
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for props.rows.iter().filter(|row| !(props.hide_identical && row.identical())).map(|row| html! {
                        <tr class={classes!(row.identical().then_some("vs-row--same"))}>
                            <th scope="row">{ &row.label }</th>
                            { for row.cells.iter().map(|cell| html! {
                                <td class={classes!(cell.best.then_some("vs-best"))}>
                                    <span class="vs-cell">{ &cell.text }</span>
                                    if cell.best {
                                        <span class="vs-visually-hidden">{ " (better)" }</span>
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
