//! The hash table of sets and frozensets, laid out as CPython 3.11's `setobject.c` lays it out:
//! open addressing with runs of linear probes and perturbed jumps, dummy markers for deleted
//! entries, the same growth rule and the same `pop` finger. A set iterates in slot order, so with
//! CPython's hashes (`hashing`) it iterates, prints and pops in exactly CPython's order.
//!
//! Keys are compared here with `dict::keys_equal` (identity for objects); a key whose class
//! defines `__eq__` is first matched by the VM against `same_hash` candidates.

use crate::dict::{keys_equal, DictKey};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(DictKey),
}

/// A CPython-compatible set table.
#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Full plus dummy slots.
    fill: usize,
    /// Full slots.
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

impl SetTable {
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The keys in slot order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = &DictKey> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Full(k) => Some(k),
            _ => None,
        })
    }

    /// The first key at or after slot `pos`, with its slot (for set iterators).
    pub fn next_from(&self, pos: usize) -> Option<(usize, &DictKey)> {
        self.slots
            .get(pos..)?
            .iter()
            .enumerate()
            .find_map(|(i, s)| match s {
                Slot::Full(k) => Some((pos + i, k)),
                _ => None,
            })
    }

    /// Visits the probe sequence of `hash` until an empty slot, as `set_lookkey` does.
    fn probe(&self, hash: i64, mut visit: impl FnMut(usize, &Slot) -> bool) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let slot = &self.slots[j];
                if matches!(slot, Slot::Empty) || visit(j, slot) {
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// The slot holding a key equal to `k`.
    fn find(&self, k: &DictKey) -> Option<usize> {
        let mut found = None;
        self.probe(k.hash, |j, slot| match slot {
            Slot::Full(e) if e.hash == k.hash && keys_equal(&e.key, &k.key) => {
                found = Some(j);
                true
            }
            _ => false,
        });
        found
    }

    pub fn contains(&self, k: &DictKey) -> bool {
        self.find(k).is_some()
    }

    /// The stored keys whose hash is `hash`: candidates for a comparison through `__eq__`.
    pub fn same_hash(&self, hash: i64) -> Vec<crate::value::Value> {
        let mut out = Vec::new();
        self.probe(hash, |_, slot| {
            if let Slot::Full(e) = slot {
                if e.hash == hash {
                    out.push(e.key.clone());
                }
            }
            false
        });
        out
    }

    /// `set_add_entry`: adds a key unless an equal one is present; returns whether it was added.
    pub fn insert(&mut self, k: DictKey) -> bool {
        let mask = self.mask();
        let mut perturb = k.hash as u64;
        let mut i = (k.hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => {
                        if let Some(f) = freeslot {
                            self.slots[f] = Slot::Full(k);
                            self.used += 1;
                            return true;
                        }
                        self.slots[j] = Slot::Full(k);
                        self.fill += 1;
                        self.used += 1;
                        if self.fill * 5 >= mask * 3 {
                            self.resize(if self.used > 50000 {
                                self.used * 2
                            } else {
                                self.used * 4
                            });
                        }
                        return true;
                    }
                    Slot::Full(e) if e.hash == k.hash && keys_equal(&e.key, &k.key) => {
                        return false
                    }
                    // CPython 3.11 keeps the last dummy seen on the probe path.
                    Slot::Dummy => freeslot = Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_insert_clean`: places a key known to be absent into a table without dummies.
    fn insert_clean(slots: &mut [Slot], k: DictKey) {
        let mask = slots.len() - 1;
        let mut perturb = k.hash as u64;
        let mut i = (k.hash as u64 as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Empty) {
                slots[i] = Slot::Full(k);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if matches!(slots[j], Slot::Empty) {
                        slots[j] = Slot::Full(k);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_table_resize`: the smallest power of two above `minused`, keys reinserted in slot order.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Full(k) = slot {
                Self::insert_clean(&mut self.slots, k);
            }
        }
    }

    /// `set_discard_entry`: replaces the key by a dummy; returns whether it was present.
    pub fn remove(&mut self, k: &DictKey) -> bool {
        match self.find(k) {
            Some(j) => {
                self.slots[j] = Slot::Dummy;
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    /// `set.pop()`: the first key at or after the finger.
    pub fn pop(&mut self) -> Option<DictKey> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = self.finger & mask;
        while !matches!(self.slots[j], Slot::Full(_)) {
            j = (j + 1) & mask;
        }
        let Slot::Full(k) = std::mem::replace(&mut self.slots[j], Slot::Dummy) else {
            unreachable!("a full slot")
        };
        self.used -= 1;
        self.finger = j + 1;
        Some(k)
    }

    /// `set_clear_internal`.
    pub fn clear(&mut self) {
        self.slots = vec![Slot::Empty; MINSIZE];
        self.fill = 0;
        self.used = 0;
    }

    /// After removals: more than a quarter dummies are resized away (`set_difference_update`).
    pub fn compact_after_removals(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    /// Makes room before adding `extra` keys at once (`set_merge` and dict updates).
    pub fn reserve_for(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// `set_merge`: adds every key of `other`, copying its layout when this table is empty.
    pub fn merge(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        self.reserve_for(other.used);
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            for (mine, theirs) in self.slots.iter_mut().zip(&other.slots) {
                if let Slot::Full(k) = theirs {
                    *mine = Slot::Full(k.clone());
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for k in other.iter() {
                Self::insert_clean(&mut self.slots, k.clone());
            }
            return;
        }
        for k in other.iter() {
            self.insert(k.clone());
        }
    }
}

impl FromIterator<DictKey> for SetTable {
    fn from_iter<I: IntoIterator<Item = DictKey>>(iter: I) -> Self {
        let mut t = SetTable::default();
        for k in iter {
            t.insert(k);
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Value;

    fn ints(t: &SetTable) -> Vec<i64> {
        t.iter()
            .map(|k| if let Value::Int(i) = k.key { i } else { -1 })
            .collect()
    }

    fn table(items: &[i64]) -> SetTable {
        items
            .iter()
            .map(|&i| DictKey {
                hash: crate::int::hash_int(i),
                key: Value::Int(i),
            })
            .collect()
    }

    #[test]
    fn small_int_sets_iterate_as_cpython() {
        // What CPython 3.11 prints for these set displays.
        assert_eq!(ints(&table(&[3, 1, 2, 5])), vec![1, 2, 3, 5]);
        assert_eq!(ints(&table(&[10, 2, 33, 4])), vec![33, 10, 2, 4]);
        assert_eq!(ints(&table(&[100, 1000, 10])), vec![1000, 10, 100]);
        assert_eq!(ints(&table(&[-1, -2, 0])), vec![0, -1, -2]);
    }

    #[test]
    fn pop_follows_the_finger() {
        let mut t = table(&[5, 1, 3]);
        assert_eq!(t.pop().map(|k| k.hash), Some(1));
        assert_eq!(t.pop().map(|k| k.hash), Some(3));
        assert_eq!(t.len(), 1);
    }
}
