//! A map kept as a list, for the few entries a page's stores hold (catalog URLs, shard and
//! list-page fetches): linear lookups cost nothing at that size, and it compiles to far less
//! wasm than a `HashMap` per key type.

use std::borrow::Borrow;

pub struct VecMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K: PartialEq, V> Default for VecMap<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: PartialEq, V> VecMap<K, V> {
    pub const fn new() -> Self {
        Self {
            entries: Vec::new(),
        }
    }

    fn position<Q: PartialEq + ?Sized>(&self, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        self.entries.iter().position(|(k, _)| k.borrow() == key)
    }

    pub fn get<Q: PartialEq + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.position(key).map(|i| &self.entries[i].1)
    }

    pub fn get_mut<Q: PartialEq + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        self.position(key).map(|i| &mut self.entries[i].1)
    }

    /// Sets `key` to `value`, returning the value it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.position(&key) {
            Some(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            None => {
                self.entries.push((key, value));
                None
            }
        }
    }

    pub fn remove<Q: PartialEq + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.position(key).map(|i| self.entries.swap_remove(i).1)
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.entries.retain_mut(|(k, v)| keep(k, v));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaves_as_a_map() {
        let mut map: VecMap<String, u32> = VecMap::new();
        assert_eq!(map.insert("a".into(), 1), None);
        assert_eq!(map.insert("b".into(), 2), None);
        assert_eq!(map.insert("a".into(), 3), Some(1));
        assert_eq!(map.get("a"), Some(&3));
        *map.get_mut("b").unwrap() += 1;
        assert_eq!(map.get("b"), Some(&3));
        map.retain(|k, _| k != "a");
        assert_eq!(map.get("a"), None);
        assert_eq!(map.remove("b"), Some(3));
        assert_eq!(map.get("b"), None);
    }
}
