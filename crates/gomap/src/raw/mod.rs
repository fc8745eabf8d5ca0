//! The raw table: Go 1.19's `hmap`/`bmap` (runtime/map.go) without the hasher, as
//! unsafe building blocks under the safe API of `lib.rs`.
//!
//! It follows runtime/map.go rule for rule (constants, growth triggers, `growWork`,
//! `evacuate`, `advanceEvacuationMark`, delete's emptyRest fix-up, the hash0 reseed) and
//! differs from Go in memory management only, so that no single operation does work
//! proportional to the table: bucket arrays come into use segment by segment as evacuation
//! writes them and go back as `nevacuate` passes them.
//!
//! - [`tag`] holds the tophash byte ([`Tag`]) and Go's markers.
//! - [`bucket`] holds the bucket layout, [`BucketPtr`] (what a live bucket is), cell accessors, the
//!   chain filter and prefetches.
//! - [`array`](mod@array) holds bucket arrays, their segment directory, lending bitmap and memory
//!   (blocks, OS reservations, pool and heap overflow buckets).
//! - [`table`] holds the `hmap` state machine: sizing rules, lookups, writes, clear, clone.
//! - [`evacuate`] holds growth and incremental evacuation.
//! - [`iter`] holds the raw walk over live cells.
//! - [`check`] holds `check_invariants`.
//! - [`snapshot`] copies every bucket's tophash bytes for tools that draw the table.

mod array;
mod bucket;
mod check;
mod evacuate;
mod iter;
mod snapshot;
mod table;
mod tag;

pub(crate) use bucket::{BucketLayout, BucketPtr, key_ptr, val_ptr};
pub(crate) use iter::RawIter;
pub(crate) use snapshot::SizedTags;
pub(crate) use table::{RawTable, Search, hint_to_b};
pub(crate) use tag::Tag;
