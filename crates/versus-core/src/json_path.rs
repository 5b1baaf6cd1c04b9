//! JSON paths as people read them: `artifacts[3].pricing.plan`.

use std::fmt;
use std::rc::Rc;

use super::json::quote;

/// One step from a JSON value to a child.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(Box<str>),
    Index(usize),
}

/// A path from the catalog root; displays as `brand.theme.accent` or `artifacts[1].rank`.
///
/// Validation extends a path for every field it visits but displays one only for the few
/// that are wrong, so extending must be cheap: a path is a shared link to its parent plus
/// one step (one small allocation), not a copy of every step so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonPath(Option<Rc<Link>>);

#[derive(Debug, PartialEq, Eq)]
struct Link {
    parent: JsonPath,
    step: Step,
}

impl JsonPath {
    /// The root of the document.
    pub fn root() -> Self {
        Self(None)
    }

    /// This path extended by an object key.
    pub fn key(&self, key: &str) -> Self {
        self.then(Step::Key(key.into()))
    }

    /// This path extended by an array index.
    pub fn index(&self, index: usize) -> Self {
        self.then(Step::Index(index))
    }

    fn then(&self, step: Step) -> Self {
        Self(Some(Rc::new(Link {
            parent: self.clone(),
            step,
        })))
    }

    /// The steps from the root down.
    fn steps(&self) -> Vec<&Step> {
        let mut steps = Vec::new();
        let mut at = &self.0;
        while let Some(link) = at {
            steps.push(&link.step);
            at = &link.parent.0;
        }
        steps.reverse();
        steps
    }
}

fn is_plain_key(key: &str) -> bool {
    let mut chars = key.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let steps = self.steps();
        if steps.is_empty() {
            return f.write_str("(root)");
        }
        for (position, step) in steps.into_iter().enumerate() {
            match step {
                Step::Key(key) if is_plain_key(key) => {
                    if position > 0 {
                        f.write_str(".")?;
                    }
                    f.write_str(key)?;
                }
                Step::Key(key) => write!(f, "[{}]", quote(key))?,
                Step::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_keys_and_indices() {
        let path = JsonPath::root().key("artifacts").index(3).key("rank");
        assert_eq!(path.to_string(), "artifacts[3].rank");
    }

    #[test]
    fn quotes_keys_that_are_not_identifiers() {
        let path = JsonPath::root().key("signals").key("my key");
        assert_eq!(path.to_string(), "signals[\"my key\"]");
        assert_eq!(JsonPath::root().to_string(), "(root)");
    }
}
