//! A parameter's leaks: the fewest dereferences on any flow from it to the heap or to each of the
//! first results of its function (follows gc's `escape/leaks.go`).
//!
//! gc encodes these in export data as the parameter's tag; here they stay typed, and callers in
//! later batches and packages read them through [`crate::Tags`].

/// How many results a tag can name; flows to later results count as flows to the heap.
pub const TAGGED_RESULTS: usize = 5;

/// The minimum dereference count from a parameter to each sink, `None` where no flow exists.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Leaks {
    pub heap: Option<u32>,
    /// Flows to something that writes through the pointer (a store, `append`, `copy`): a
    /// `[]byte(s)` conversion whose result is never written can share `s`'s bytes.
    pub mutator: Option<u32>,
    pub results: [Option<u32>; TAGGED_RESULTS],
}

impl Leaks {
    /// What gc assumes of a function it cannot see: every parameter leaks to the heap directly.
    pub const UNKNOWN: Leaks =
        Leaks { heap: Some(0), mutator: None, results: [None; TAGGED_RESULTS] };

    /// What gc assumes of a `//go:noescape` function: nothing escapes, but it may write through
    /// its pointer arguments.
    pub const NOESCAPE: Leaks =
        Leaks { heap: None, mutator: Some(0), results: [None; TAGGED_RESULTS] };

    pub fn add_mutator(&mut self, derefs: u32) {
        keep_min(&mut self.mutator, derefs);
    }

    pub fn add_heap(&mut self, derefs: u32) {
        keep_min(&mut self.heap, derefs);
    }

    pub fn add_result(&mut self, index: usize, derefs: u32) {
        match self.results.get_mut(index) {
            Some(slot) => keep_min(slot, derefs),
            None => self.add_heap(derefs),
        }
    }

    /// Drops flows to results that are no shorter than the shortest flow to the heap: the heap
    /// flow already says everything they would (gc's `leaks.Optimize`).
    pub fn optimize(&mut self) {
        if let Some(heap) = self.heap {
            for slot in self.results.iter_mut().chain([&mut self.mutator]) {
                if slot.is_some_and(|d| d >= heap) {
                    *slot = None;
                }
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.heap.is_none() && self.mutator.is_none() && self.results.iter().all(Option::is_none)
    }
}

fn keep_min(slot: &mut Option<u32>, derefs: u32) {
    if slot.is_none_or(|old| derefs < old) {
        *slot = Some(derefs);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optimize_drops_result_flows_no_shorter_than_the_heap_flow() {
        let mut leaks = Leaks::default();
        leaks.add_heap(1);
        leaks.add_result(0, 1);
        leaks.add_result(1, 0);
        leaks.add_result(7, 3);
        leaks.optimize();
        assert_eq!(leaks.heap, Some(1));
        assert_eq!(leaks.results, [None, Some(0), None, None, None]);
    }
}
