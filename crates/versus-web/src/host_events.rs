//! What a widget tells the page it is embedded in: each value here becomes a DOM event
//! `versus:<name>` on its element (`crate::embed` dispatches them, bubbling and composed),
//! whose `detail` is the value in the shape serde gives it (camelCase fields). The shapes
//! are the contract of docs/hosts.md and `static/versus.d.ts`; `static/versus.js` builds
//! the same `ready` and `select` for a pre-rendered card, before any wasm.
//!
//! The widget passes its `Host` down (props, and `LinkMode::External` for links); the
//! site's widget (the iframe route) has none, and nothing is serialized there.

use serde::{Serialize, Serializer};
use yew::prelude::*;

use crate::load::{key_parts, LoadError, LoadErrorKind};
use crate::widget::EmbedTarget;
use versus_core::spec::cost::Usage;
use versus_core::verdict::Weights;

/// Which element, or which page a link leads to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Compare,
    Artifact,
}

/// `versus:ready`: the card is shown.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ready {
    pub kind: Kind,
    /// The ids shown, in order.
    pub items: Vec<String>,
    /// The catalog's absolute URL.
    pub catalog: String,
    /// The language the card speaks (a BCP 47 tag).
    pub lang: String,
    /// Always false here: `versus.js` says true for a pre-rendered card it painted.
    pub painted: bool,
}

/// `versus:select` (cancelable): the reader follows a link to an artifact or a comparison.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Select {
    /// What the link leads to.
    pub kind: Kind,
    pub items: Vec<String>,
    pub href: String,
    /// True for the artifact's own website ("Visit"), false for a page of the site.
    pub external: bool,
}

/// What the reader changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Changed {
    Weights,
    Items,
    Usage,
}

/// `versus:change`: the reader changed the weights, the compared set or the calculator.
/// Carries the whole state after the change, not only what moved.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    pub reason: Changed,
    pub items: Vec<String>,
    pub weights: WeightsDetail,
    pub usage: UsageDetail,
}

/// The reader's weights: the rank's and each signal's by id, 0-5.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WeightsDetail {
    pub rank: u8,
    #[serde(serialize_with = "as_object")]
    pub signals: Vec<(String, u8)>,
}

impl From<&Weights> for WeightsDetail {
    fn from(weights: &Weights) -> Self {
        Self {
            rank: weights.rank,
            signals: weights.signals.clone(),
        }
    }
}

/// `[(key, value)]` as an object (a JSON map), in order.
fn as_object<S: Serializer>(pairs: &[(String, u8)], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_map(pairs.iter().map(|(key, value)| (key, value)))
}

/// The calculator's monthly volume.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UsageDetail {
    pub input_tokens: u64,
    pub output_tokens: u64,
}

impl From<Usage> for UsageDetail {
    fn from(usage: Usage) -> Self {
        Self {
            input_tokens: usage.input_tokens,
            output_tokens: usage.output_tokens,
        }
    }
}

/// Why a widget shows an error instead of its card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Failed {
    /// No answer, or no whole answer (network, CORS, timeout).
    Network,
    /// The server answered with an error status (`status`).
    Http,
    /// The catalog is not JSON.
    Syntax,
    /// The catalog breaks the contract (`paths`).
    Invalid,
    /// The `catalog` attribute is not an http(s) or relative URL.
    RefusedUrl,
    /// Ids the catalog does not have (`unknown`), or fewer than two to compare.
    UnknownItems,
}

/// `versus:error`: the catalog cannot be loaded or an id is unknown.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Failure {
    pub reason: Failed,
    pub kind: Kind,
    /// The catalog's URL as the widget asked for it.
    pub catalog: String,
    /// The ids the element asked for.
    pub items: Vec<String>,
    /// The ids the catalog lacks (`unknown-items`).
    pub unknown: Vec<String>,
    /// The JSON paths of the catalog's errors (`invalid`), at most 200.
    pub paths: Vec<String>,
    /// The HTTP status (`http`).
    pub status: Option<u16>,
    /// The details as shown in the widget: the browser's or the validator's words.
    pub messages: Vec<String>,
}

impl Failure {
    /// A failed load of the catalog (or a shard of it) of a widget showing `target`.
    pub fn load(error: &LoadError, target: &EmbedTarget) -> Self {
        let reason = match error.kind {
            LoadErrorKind::Network => Failed::Network,
            LoadErrorKind::Http => Failed::Http,
            LoadErrorKind::Syntax => Failed::Syntax,
            LoadErrorKind::Invalid => Failed::Invalid,
            LoadErrorKind::RefusedUrl => Failed::RefusedUrl,
        };
        let (kind, items) = target.parts();
        Self {
            reason,
            kind,
            catalog: key_parts(&error.url).0.to_owned(),
            items,
            unknown: Vec::new(),
            paths: error.paths.clone(),
            status: error.status.as_ref().map(|(status, _)| *status),
            messages: error.lines.clone(),
        }
    }

    /// `target` names ids the catalog at `catalog` lacks (`unknown`; empty when a
    /// comparison has fewer than two), `message` as the widget says it.
    pub fn unknown(
        target: &EmbedTarget,
        catalog: &str,
        unknown: &[String],
        message: String,
    ) -> Self {
        let (kind, items) = target.parts();
        Self {
            reason: Failed::UnknownItems,
            kind,
            catalog: key_parts(catalog).0.to_owned(),
            items,
            unknown: unknown.to_vec(),
            paths: Vec::new(),
            status: None,
            messages: vec![message],
        }
    }
}

/// One event for the host page.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum HostEvent {
    Ready(Ready),
    Select(Select),
    Change(Change),
    Error(Failure),
}

impl HostEvent {
    /// The DOM event's type.
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Ready(_) => "versus:ready",
            HostEvent::Select(_) => "versus:select",
            HostEvent::Change(_) => "versus:change",
            HostEvent::Error(_) => "versus:error",
        }
    }

    /// Whether the host may cancel it (`preventDefault()`): only following a link.
    pub fn cancelable(&self) -> bool {
        matches!(self, HostEvent::Select(_))
    }
}

/// How a widget reaches its host page: emits an event, answers whether the host cancelled
/// it. A custom element's widget has one (`crate::embed`); the site's has none.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Host(pub Option<Callback<HostEvent, bool>>);

impl Host {
    /// Whether there is a page to tell. Never in the site's modules (built without the
    /// `elements` feature), so none of this code is in their download.
    pub fn present(&self) -> bool {
        cfg!(feature = "elements") && self.0.is_some()
    }

    /// Tells the host `event` (built only when there is a host); true when the host
    /// called `preventDefault()`.
    pub fn tell(&self, event: impl FnOnce() -> HostEvent) -> bool {
        match &self.0 {
            Some(host) if self.present() => host.emit(event()),
            _ => false,
        }
    }
}

/// Tells `host` `event` once it is rendered, and again only when it changes (one hook for
/// every such event: one copy of the code). Nothing in the site's modules.
#[hook]
pub fn use_tell(host: &Host, event: Option<HostEvent>) {
    #[cfg(feature = "elements")]
    {
        let host = host.clone();
        use_effect_with(event, move |event| {
            if let Some(event) = event {
                host.tell(|| event.clone());
            }
        });
    }
    #[cfg(not(feature = "elements"))]
    let _ = (host, event);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shapes docs/hosts.md and versus.d.ts describe.
    #[test]
    fn details_serialize_as_documented() {
        let change = HostEvent::Change(Change {
            reason: Changed::Weights,
            items: vec!["a".to_owned(), "b".to_owned()],
            weights: WeightsDetail {
                rank: 1,
                signals: vec![("speed".to_owned(), 3), ("cost".to_owned(), 0)],
            },
            usage: UsageDetail {
                input_tokens: 10,
                output_tokens: 2,
            },
        });
        assert_eq!(
            serde_json::to_string(&change).unwrap(),
            r#"{"reason":"weights","items":["a","b"],"weights":{"rank":1,"signals":{"speed":3,"cost":0}},"usage":{"inputTokens":10,"outputTokens":2}}"#
        );
        let target = EmbedTarget::Compare(vec!["a".to_owned(), "zz".to_owned()]);
        let failure = HostEvent::Error(Failure::unknown(
            &target,
            "https://x.test/c.json#versus-lang=ja",
            &["zz".to_owned()],
            "No zz".to_owned(),
        ));
        assert_eq!(
            serde_json::to_string(&failure).unwrap(),
            r#"{"reason":"unknown-items","kind":"compare","catalog":"https://x.test/c.json","items":["a","zz"],"unknown":["zz"],"paths":[],"status":null,"messages":["No zz"]}"#
        );
        assert_eq!(failure.name(), "versus:error");
        assert!(!failure.cancelable());
        let select = HostEvent::Select(Select {
            kind: Kind::Artifact,
            items: vec!["a".to_owned()],
            href: "https://x.test/#/artifact/a".to_owned(),
            external: false,
        });
        assert!(select.cancelable());
        assert_eq!(
            serde_json::to_string(&select).unwrap(),
            r#"{"kind":"artifact","items":["a"],"href":"https://x.test/#/artifact/a","external":false}"#
        );
    }
}
