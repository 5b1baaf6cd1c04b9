//! The feature table: one column per artifact, one row per fact.

use yew::prelude::*;

use crate::domain::view::{ColumnHead, TableRow};
use crate::ui::links::PageLink;
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct FeatureTableProps {
    pub caption: AttrValue,
    pub columns: Vec<ColumnHead>,
    pub rows: Vec<TableRow>,
}

#[component]
pub fn FeatureTable(props: &FeatureTableProps) -> Html {
    html! {
        <div class="vs-table-wrap">
            <table class="vs-table">
                <caption class="vs-visually-hidden">{ props.caption.clone() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Feature" }</th>
                        { for props.columns.iter().map(|column| html! {
                            <th scope="col">
                                <PageLink to={Route::Artifact { id: column.id.clone() }}>{ &column.display_name }</PageLink>
                            </th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for props.rows.iter().map(|row| html! {
                        <tr>
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
