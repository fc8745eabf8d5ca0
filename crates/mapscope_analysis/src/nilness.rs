//! The search for a nil map: from a map value back to where it comes from, along the paths the
//! function's control flow and guards allow, with callees seen through their summaries.
//!
//! A [`Search`] answers "is this value nil on some feasible path, and why" ([`Search::nil_value`])
//! and "does this place in memory hold nil here on some feasible path" ([`Search::nil_at`]).
//! Places are [`Location`]s: an allocation of the function, what a pointer parameter points to,
//! or what a call's result points to, and a path of fields inside. A value the search cannot see
//! through is assumed non-nil, so every nil it finds is a path the code shows. In summary mode
//! ([`Search::params_nil`]) parameters count as possibly nil, so that the nil they would carry
//! is reported as an [`Origin::Param`], which the function's summary turns into a requirement on
//! its callers.

use crate::fields::{FieldFacts, selected_field};
pub use crate::globals::Globals;
use crate::globals::global_key;
use crate::models::{Decoded, JsonKeys, json_keys};
use crate::module::Module;
use crate::summary::{Access, Site, Summary, overlaps};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{
    BinaryOp, BlockId, Builtin, CallCommon, Callee, ConstValue, ConversionKind, Function, InstrId,
    InstrKind, UnaryOp, ValueDef, ValueId,
};
use mapscope_types::types::{ObjId, Type, TypeId, TypeView};
use std::borrow::Cow;

/// The field path step of an element of an array or a slice: every element is one place, so a
/// store into any element may have made the map in the one a write reads.
pub const ELEMENT: u32 = u32::MAX;

/// The field path step through a pointer held in a field (`s.flags` of `s.flags.Freeze()`):
/// the place of what the pointer at the path so far points to. Two loads of one field with
/// no store into it between read the same pointer, so their places are one.
pub const DEREF: u32 = u32::MAX - 1;

/// How deep the search follows copies of struct values from one allocation to another.
const MAX_COPY_DEPTH: usize = 8;
/// How many callees' copies of one place into another a search follows inside each other.
const MAX_COPIES_FOLLOWED: usize = 2;

/// What a search knows beyond the function: the module's functions, their summaries and which
/// package-level maps no code of the module ever makes.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    pub module: &'a Module<'a>,
    pub summaries: &'a [Summary],
    pub globals: &'a Globals,
    pub fields: &'a FieldFacts,
}

/// A callee's summary as seen from one call: the arguments in parameter order and the callee's
/// name for messages.
#[derive(Debug)]
pub struct CallSummary<'a> {
    pub summary: Cow<'a, Summary>,
    pub args: Vec<ValueId>,
    pub callee: String,
}

impl<'a> Context<'a> {
    /// The summary of the functions `call` may run (all of them agreeing, for an interface call).
    pub fn call_summary(&self, f: &Function, call: &CallCommon) -> Option<CallSummary<'a>> {
        let Some(targets) = self.module.resolve(f, call) else {
            let Callee::Static(callee) = &call.callee else { return None };
            let ValueDef::Function { name } = &f[*callee].def else { return None };
            let summary = crate::models::model(name)?;
            return Some(CallSummary {
                summary: Cow::Borrowed(summary),
                args: call.args.clone(),
                // A method as its type spells it (`Header.Set`); a function with its package.
                callee: if name.starts_with('(') { short_name(name) } else { name.to_string() },
            });
        };
        let summaries: Vec<&Summary> =
            targets.callees.iter().filter_map(|&c| self.summaries.get(c)).collect();
        if summaries.len() != targets.callees.len() || summaries.is_empty() {
            return None;
        }
        let summary = match summaries.as_slice() {
            [one] => Cow::Borrowed(*one),
            many => Cow::Owned(crate::dispatch_tables::joined(f, call, many)),
        };
        let summary =
            crate::passed_callbacks::with_callback_writes(self, f, summary, &targets.args);
        let callee = crate::dispatch_tables::entry_name(f, call)
            .filter(|_| targets.callees.len() > 1)
            .unwrap_or_else(|| {
                short_name(&self.module.functions[targets.callees[0]].function.name)
            });
        Some(CallSummary { summary, args: targets.args, callee })
    }
}

/// A function's name as a message shows it: without the package path (`Cache.Put`, `NewCache`).
pub fn short_name(name: &str) -> String {
    let strip = |s: &str| s.rsplit('/').next().unwrap_or(s).to_string();
    match name.strip_prefix('(').and_then(|rest| rest.split_once(").")) {
        Some((recv, method)) => {
            let recv = recv.trim_start_matches('*');
            let ty = strip(recv);
            let ty = ty.split_once('.').map_or(ty.as_str(), |(_, t)| t).to_string();
            format!("{ty}.{method}")
        }
        None => {
            let last = strip(name);
            last.split_once('.').map_or(last.clone(), |(_, f)| f.to_string())
        }
    }
}

/// The root of a memory location.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Root {
    /// An `Alloc` of the function.
    Alloc(InstrId),
    /// What pointer parameter `index` points to.
    Param(u32),
    /// What result `index` of a call points to.
    Call(InstrId, u32),
    /// A package-level variable, by [`global_key`] of its name (the IR makes a new value for
    /// each reference to it).
    Global(u64),
}

/// A memory location: a root and the field path inside it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Location {
    pub root: Root,
    pub fields: Vec<u32>,
}

/// Where a nil comes from.
#[derive(Clone, Debug)]
pub enum Origin {
    /// The constant nil of a map variable: the variable's declaration names it.
    NilConstant,
    /// The zero memory of an allocation that no store on the path filled.
    Allocation(InstrId),
    /// A store of nil or a zero struct.
    NilStore(InstrId),
    /// A parameter's map, in summary mode: the caller decides.
    Param { index: u32, access: Access },
    /// A callee's result that is nil when it returns from `site`.
    CalleeResult { call: InstrId, callee: String, site: Site },
    /// A map field that a callee sets to nil in what a pointer argument points to.
    CalleeNils { call: InstrId, callee: String, site: Site },
    /// A map field that a callee's result leaves nil.
    CalleeField { call: InstrId, callee: String, names: String, site: Site },
    /// A package-level map that no code of the module makes.
    Global { name: String, decl: Option<Site> },
    /// A package-level struct variable of a command that nothing touches before `main` reaches
    /// this use ([`crate::main_globals`]): still its zero value.
    GlobalAtMainStart { name: String, decl: Option<Site> },
    /// The zero value of a comma-ok type assertion that fails or a receive from a closed channel.
    FailedCommaOk(InstrId),
    /// A struct's map field that no code of the module makes and none outside it can reach.
    FieldNeverMade { field: String, decl: Option<Site>, dead_maker: Option<String> },
    /// A map field of a struct-valued field (an embedded base) that every value the module
    /// stores there leaves nil, as the literal at `literal` does ([`crate::embedded_unset`]).
    UnsetInEveryValue { field: String, map: String, literal: Site },
    /// A `json.Unmarshal` of constant data that has `null` for the map.
    JsonNull(InstrId),
    /// A decode into a type whose `UnmarshalJSON` replaces the value with a fresh decode
    /// ([`crate::fresh_decoders`]) of data that has no value for the map.
    JsonReplaced(InstrId),
    /// An element of a constant JSON array decoded into a slice, whose object has no value (or
    /// `null`) for the map, read in a loop over every element.
    JsonElement(crate::json_elements::NilElement),
    /// A map field of a struct that a decode of data that is not a constant made for a nil
    /// pointer field, and that the data may leave out ([`crate::json_pointees`]).
    JsonPointee(crate::json_pointees::NilPointee),
    /// A struct value received from a channel kept in a struct field, one of whose sends (at
    /// `site`, possibly in another function) sends a value without the map.
    SentWithout { site: Site },
    /// A map asserted out of a map of interfaces under a constant key, one of whose stores (at
    /// `site`, possibly in another function) boxes a nil map there ([`crate::boxed_nils`]).
    BoxedNil { site: Site },
    /// The zero element that getter `callee`, called at `call`, returns for a missing key, in
    /// a function that stamps the key into its copy and hands it back
    /// ([`crate::helper_upserts`]).
    HelperMiss { call: InstrId, callee: String },
    /// A map field that a standard-library default value leaves nil, as a model says
    /// ([`crate::transport_clones`]).
    StdDefault { note: &'static str },
    /// A value loaded from an atomic field, one of whose stores (at `site`, possibly in another
    /// function) puts a value without the map ([`crate::atomic_stores`]).
    StoredWithout { site: Site },
    /// The value `errors.As` gives its target: one of the module's errors of the target's type,
    /// made at `site` without the map.
    ErrorValue { site: Site },
    /// A map field of an element of slice field `slice`, read in a loop over every element,
    /// when the module appends an element built without the map and only creation sets it.
    AppendedWithout { slice: String, map: String },
    /// A field of the last element of a slice, read through a pointer taken before `call`,
    /// which deletes from that slice in place (`deleter`, possibly called by `through`) and
    /// zeroes the old last element whenever it removes one ([`crate::shrunk_slices`]).
    ShrunkInPlace { call: InstrId, deleter: String, through: Option<String> },
    /// A slot of an array field that the module makes only at other indices.
    UnmadeSlot { array: String, unmade: Vec<usize> },
    /// A map field left out of the literal a package-level pointer is declared with.
    GlobalLiteral { global: String, map: String, site: Site },
    /// A map field left out of a literal the module boxes in an interface, of the type a
    /// pointer asserted out of an interface has.
    BoxedLiteral { map: String, site: Site },
    /// A map field of a value taken from a `sync.Pool` whose `New` (the function literal
    /// `new`) builds it without the map ([`crate::pool_news`]).
    PoolNew { new: String },
    /// A map field of an element of `table` (a package-level table, named in backquotes, or
    /// a local literal), some element of whose literal leaves `map` out, which only creation
    /// sets ([`crate::literal_tables`]).
    TableElement { table: String, map: String },
    /// An element of a slice that a closure reads through a captured variable, made by the
    /// `make` at `site` in its creator, whose map field nothing fills.
    CapturedElement { site: Site },
    /// A variable captured by function literals, set to nil at `site` by another literal of
    /// the same creator that may run first.
    CapturedNilStore { name: String, site: Site },
    /// A `json.Unmarshal` of string parameter `param`, in a search for a summary: the map is
    /// nil when the caller's JSON has `null` at `keys` (or, with `absent_too`, nothing there).
    JsonParam {
        call: InstrId,
        param: u32,
        keys: Vec<String>,
        absent_too: bool,
        /// The map is nil, too, when the caller's data cannot be seen: the decode reads a
        /// reader parameter, whose unseen data may lack the keys.
        unknown_nil: bool,
        /// The decode is into a type whose `UnmarshalJSON` replaces the value
        /// ([`crate::fresh_decoders`]).
        fresh: bool,
    },
    /// The zero value a map lookup gives for a missing key, whose map field is nil: after a
    /// comma-ok lookup on a path that does not rule the miss out, or in the upsert idiom
    /// ([`crate::missing_keys::upserted_miss`]).
    MissingKey(InstrId),
    /// The zero value a plain lookup (the first) gives for a constant key under which the
    /// module stores no element into the map of structs, whose map field is nil: the key, the
    /// keys stored under, and the call that passes it for a parameter
    /// ([`crate::element_keys`]).
    UncoveredElementKey {
        lookup: InstrId,
        key: ConstValue,
        keys: Vec<ConstValue>,
        call: Option<Site>,
    },
    /// An inner map looked up (at the first instruction) under a key drawn from another
    /// collection than the keys inner maps are created for (at the second;
    /// [`crate::foreign_keys`]), or taking a constant none of them is (spelled).
    ForeignKey(InstrId, InstrId, Option<String>),
    /// The `Form` or `PostForm` of the request net/http hands a handler, which nothing on the
    /// path parsed ([`crate::http_forms`]).
    UnparsedForm { field: &'static str },
}

#[derive(Debug)]
pub struct Search<'f> {
    pub f: &'f Function,
    pub cx: Context<'f>,
    /// Summary mode: parameters may be nil.
    pub params_nil: bool,
    /// A decode of a string parameter counts as a nil that the caller's argument decides
    /// ([`Origin::JsonParam`]): for the summary's result fields.
    pub decoded_params: bool,
    /// The values the nil flows through, which a guard may test.
    chain: Vec<ValueId>,
    /// Values that are not nil on the path the nil takes (the `error` beside a nil result).
    non_nil: Vec<ValueId>,
    /// Booleans that are false on the path the nil takes (the `ok` of a failed assertion).
    false_values: Vec<ValueId>,
    /// The φ edges the nil flows through, outermost first: (the φ's block, the predecessor).
    selections: Vec<(BlockId, BlockId)>,
    /// The function's index in the module, for its field table.
    me: Option<usize>,
    /// The place [`Search::nil_at`] walks is a field only the creating allocation sets: no
    /// code it is handed to can make it, so only stores into it here count.
    sealed: bool,
    /// Whether the place is such a field of a value a callee returned: what gets the pointer
    /// cannot make the field either, but a call may still drop it (a reset storing nil).
    sealed_call: bool,
    /// The point [`Search::nil_at`] walks back from runs before the function's deferred calls
    /// (no `rundefers` precedes it in its block): a `defer` on the way has not run yet there.
    before_defers: bool,
    /// The chaining call whose result [`Search::callee_field`] follows back to its argument.
    through_result: Option<InstrId>,
    /// The point the innermost [`Search::nil_at`] walks back from.
    walk_point: Option<InstrId>,
    /// Whether a value received from a channel field, or loaded from an atomic field, is
    /// followed to the sends or stores on that field (off in the searches that look at them,
    /// so that a relay or a copy-on-write update does not loop).
    follow_sends: bool,
    /// Whether the zero value of a struct read from a map for a missing key counts
    /// ([`Origin::MissingKey`]): for the check's own search, not for summaries.
    pub missing_keys: bool,
    /// The calls whose nil result is the failed assertion of a context's value under a key,
    /// passed this function's own context parameter: the call, the parameter and the key
    /// ([`crate::context_keys`]), for this function's callers to decide.
    pub context_params: Vec<(InstrId, u32, String)>,
    /// The collections that loops around the write searched for need non-empty
    /// ([`Search::inside_loops`]): an edge that shows one of them empty leads to no write.
    loop_needs: Vec<crate::length_guards::LoopNeed>,
    /// The conditions that guard the write, with the outcome they have on every way to it
    /// ([`Search::inside_loops`]): an edge that tests one the other way leads elsewhere.
    write_guards: Vec<(ValueId, bool)>,
    /// Every condition that guards the write, with its outcome there, settled or not.
    write_tests: Vec<(ValueId, bool)>,
    /// The blocks from which the write's block can be reached, by index: the guards hold only
    /// on ways that go on to the write (not on a way out a test of the search asks about).
    reaches_write: Vec<bool>,
    /// The block of the write the search is for, when the caller says ([`Search::inside_loops`]):
    /// an element of a slice literal counts only in a loop that runs the write on every turn.
    write_block: Option<BlockId>,
    /// A variable that every closure capturing it only reads, as the caller has checked
    /// ([`crate::deferred_writes`]): making such a closure fills nothing.
    pub read_only_captures: Option<Root>,
    /// Blocks taken never to run ([`Search::skip_blocks`]): the body of a loop over a
    /// parameter the caller passes empty.
    skipped: Vec<bool>,
    /// How many callees' copies of one place into another ([`crate::param_copies`]) the
    /// search is following at once.
    copies_followed: usize,
}

/// A value a condition evaluates to on the path the nil takes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Known {
    Int(i128),
    Bool(bool),
    /// The zero value of a nil map's element, whatever its type.
    Zero,
    /// A value unequal to its type's zero value: a string constant that is not empty, the error
    /// of decoding empty JSON.
    NonZero,
    /// An integer at least this large: the length of a slice parameter every call passes with
    /// that many elements or more ([`crate::passed_lengths`]).
    AtLeast(i128),
}

enum Effect {
    None,
    Kill,
    Nil(Vec<Origin>),
}

impl<'f> Search<'f> {
    pub fn new(f: &'f Function, cx: Context<'f>, params_nil: bool) -> Search<'f> {
        let me = cx.module.lookup(&f.name);
        Search {
            f,
            cx,
            params_nil,
            decoded_params: false,
            chain: Vec::new(),
            non_nil: Vec::new(),
            false_values: Vec::new(),
            selections: Vec::new(),
            context_params: Vec::new(),
            me,
            sealed: false,
            sealed_call: false,
            before_defers: false,
            through_result: None,
            walk_point: None,
            follow_sends: true,
            missing_keys: false,
            loop_needs: Vec::new(),
            write_guards: Vec::new(),
            write_tests: Vec::new(),
            reaches_write: Vec::new(),
            write_block: None,
            read_only_captures: None,
            skipped: Vec::new(),
            copies_followed: 0,
        }
    }

    /// Takes the blocks marked in `skipped` as never running: nothing in them fills a place or
    /// lets it escape ([`crate::empty_loops`]).
    pub fn skip_blocks(&mut self, skipped: Vec<bool>) {
        self.skipped = skipped;
    }

    /// Whether `block` is one [`Search::skip_blocks`] took as never running.
    fn skips(&self, block: BlockId) -> bool {
        self.skipped.get(block.index()).copied().unwrap_or(false)
    }

    /// Tells the search that the write it looks for runs in `block`: a path that takes an edge
    /// showing empty a collection a loop around `block` needs non-empty (the false edge of
    /// `len(c) > 0` before `for range c`) never reaches the write, whatever it leaves nil.
    /// It also takes every test of a condition that guards `block` and is computed once per
    /// call to answer as on the way to the write ([`crate::guarding_edges::settled`]).
    pub fn inside_loops(&mut self, dominators: &DomTree, block: BlockId) {
        self.loop_needs = crate::length_guards::loop_needs(self.f, dominators, block);
        self.write_tests = crate::guarding_edges::tested_conditions(self.f, dominators, block);
        self.write_guards = (self.write_tests.iter().copied())
            .filter(|&(cond, _)| crate::guarding_edges::settled(self.f, cond))
            .collect();
        self.reaches_write = if self.write_guards.is_empty() {
            Vec::new()
        } else {
            crate::guarding_edges::reaching(self.f, block)
        };
        self.write_block = Some(block);
    }

    /// Also takes the write to need the loops a callee runs over its arguments: an edge that
    /// shows one of those arguments empty is not taken.
    pub fn also_needs(&mut self, needs: impl IntoIterator<Item = crate::length_guards::LoopNeed>) {
        self.loop_needs.extend(needs);
    }

    /// Takes `values` as non-nil on every path: a guard that needs one of them nil is never
    /// passed.
    pub fn assume_non_nil(&mut self, values: &[ValueId]) {
        self.non_nil.extend_from_slice(values);
    }

    /// Whether the nil found last comes with `v` not nil: a callee's result that its summary
    /// gives non-nil beside the nil (the error of a failure return), not an assumption.
    pub fn found_with_non_nil(&self, v: ValueId) -> bool {
        let v = strip_conversions(self.f, v);
        self.non_nil.contains(&v) && !matches!(self.f[v].def, ValueDef::Param { .. })
    }

    /// Whether the nil found last comes with `v` false: the `ok` of the failed comma-ok
    /// assertion or receive it comes from, or a callee's `ok` its summary gives false beside it.
    pub fn found_with_false(&self, v: ValueId) -> bool {
        self.false_values.contains(&strip_conversions(self.f, v))
    }

    /// Where `v` is nil from, if it is nil on some feasible path the function shows.
    pub fn nil_value(&mut self, v: ValueId, depth: usize) -> Option<Vec<Origin>> {
        let f = self.f;
        let v = strip_conversions(f, v);
        if self.chain.contains(&v) || depth > MAX_COPY_DEPTH {
            return None;
        }
        self.chain.push(v);
        match &f[v].def {
            ValueDef::Const(ConstValue::Nil | ConstValue::Zero) => Some(vec![Origin::NilConstant]),
            ValueDef::Param { index, .. } if self.params_nil => {
                Some(vec![Origin::Param { index: *index, access: Access::value() }])
            }
            ValueDef::Result { instr, index } => match &f[*instr].kind {
                InstrKind::Phi { edges, .. } => {
                    let block = f[*instr].block()?;
                    let preds = f[block].preds().to_vec();
                    for (edge, pred) in edges.iter().zip(preds) {
                        let edge_value = strip_conversions(f, *edge);
                        if !self.edge_feasible(pred, block, &[v, edge_value], None, None) {
                            continue;
                        }
                        let marks = (
                            self.selections.len(),
                            self.chain.len(),
                            self.non_nil.len(),
                            self.false_values.len(),
                            self.context_params.len(),
                        );
                        self.selections.push((block, pred));
                        // A nil picked where another map of its type was just tested nil is
                        // that map's nil: a copy that keeps a nil map nil (`if a.m != nil { m
                        // = make(...) }`) is nil only where the original can be.
                        let edge = if is_nil_constant(f, edge_value)
                            && let Some(tested) = nil_tested_on_edge(f, pred, block)
                            && crate::summarize::same_type(
                                self.cx.module.program,
                                f[tested].ty,
                                f[v].ty,
                            ) {
                            tested
                        } else {
                            *edge
                        };
                        if let Some(origins) = self.nil_value(edge, depth + 1) {
                            // A nil no path takes on to the write (the value a loop starts
                            // with, when the write runs only after the loop has run: a retry
                            // loop's last result) gives way to the loop header's other edges.
                            // Only there: at a plain merge the other ways are branches the
                            // search cannot rule out as well (two type assertions of which a
                            // type switch lets one fail).
                            if self.write_block.is_none_or(|w| self.path_exists(w))
                                || !loop_header(f, block)
                            {
                                return Some(origins);
                            }
                            self.chain.truncate(marks.1);
                            self.non_nil.truncate(marks.2);
                            self.false_values.truncate(marks.3);
                            self.context_params.truncate(marks.4);
                        }
                        self.selections.truncate(marks.0);
                    }
                    None
                }
                InstrKind::Load { addr } => {
                    let found = address_places(f, *addr)
                        .into_iter()
                        .find_map(|l| self.nil_at(&l, *instr, depth));
                    found
                        .or_else(|| self.never_made(selected_field(f, *addr)?))
                        .or_else(|| {
                            // An element of a slice built by appending values: the values'.
                            let appended =
                                crate::appended_values::appended_values(f, *addr, *instr)?;
                            let access = Access { deref: false, fields: appended.fields };
                            appended.values.into_iter().find_map(|(value, store)| {
                                self.nil_access_at(value, &access, store, depth + 1)
                            })
                        })
                        .or_else(|| self.sent_pointer_without(*addr))
                        .or_else(|| {
                            let (base, fields) = field_path(f, *addr)?;
                            self.table_element_without(base, &fields, selected_field(f, *addr))
                        })
                        .or_else(|| {
                            // A value a `sync.Pool`'s `New` builds without the map.
                            let (base, fields) = field_path(f, *addr)?;
                            let new = crate::pool_news::unset_in_pool_new(
                                self.cx, self.me?, f, base, &fields,
                            )?;
                            Some(vec![Origin::PoolNew { new: short_name(&new) }])
                        })
                        .or_else(|| {
                            // A field of a slice literal's element, written in a loop over
                            // every element.
                            let alloc = crate::literal_pointers::unset_in_literal_field(
                                f,
                                *addr,
                                self.write_block?,
                            )?;
                            Some(vec![Origin::Allocation(alloc)])
                        })
                        .or_else(|| {
                            let program = self.cx.module.program;
                            let element = crate::json_elements::nil_in_decoded_element(
                                program,
                                self.cx.fields,
                                f,
                                *addr,
                                *instr,
                            )?;
                            Some(vec![Origin::JsonElement(element)])
                        })
                        .or_else(|| {
                            let pointee = crate::json_pointees::nil_in_decoded_pointee(
                                self.cx.module.program,
                                self.cx.fields,
                                f,
                                *addr,
                                *instr,
                            )?;
                            Some(vec![Origin::JsonPointee(pointee)])
                        })
                        .or_else(|| {
                            let site = crate::captured_elements::unfilled_captured_element(
                                self.cx, self.me?, f, *addr,
                            )?;
                            Some(vec![Origin::CapturedElement { site }])
                        })
                        .or_else(|| {
                            let site = crate::error_values::unset_in_error_value(
                                self.cx, self.me?, f, *addr,
                            )?;
                            Some(vec![Origin::ErrorValue { site }])
                        })
                        .or_else(|| {
                            let me = &self.cx.module.functions[self.me?];
                            let (slice, map) = crate::appended_elements::unset_in_appended(
                                self.cx, me, f, *addr, *instr,
                            )?;
                            Some(vec![Origin::AppendedWithout { slice, map }])
                        })
                        .or_else(|| {
                            // A pointer looked up in a map field that the module stores a
                            // literal into without the map.
                            let select = selected_field(f, *addr)?;
                            let InstrKind::FieldAddr { base, .. } = &f[select].kind else {
                                return None;
                            };
                            let lookup = f.defining_instr(strip_conversions(f, *base))?;
                            if !matches!(f[lookup].kind, InstrKind::MapLookup { .. }) {
                                return None;
                            }
                            let me = &self.cx.module.functions[self.me?];
                            let (slice, map) = crate::appended_elements::unset_in_stored(
                                self.cx, me, f, lookup, select,
                            )?;
                            Some(vec![Origin::AppendedWithout { slice, map }])
                        })
                        .or_else(|| {
                            let shrunk = crate::shrunk_slices::shrunk_under_kept(
                                self.cx.module,
                                f,
                                *addr,
                                *instr,
                            )?;
                            Some(vec![Origin::ShrunkInPlace {
                                call: shrunk.call,
                                deleter: shrunk.deleter,
                                through: shrunk.through,
                            }])
                        })
                        .or_else(|| {
                            let me = &self.cx.module.functions[self.me?];
                            let (map, site) =
                                crate::boxed_literals::unset_in_boxed(self.cx, me, f, *addr)?;
                            Some(vec![Origin::BoxedLiteral { map, site }])
                        })
                        .or_else(|| {
                            let me = &self.cx.module.functions[self.me?];
                            let (global, map, site) =
                                crate::global_literals::unset_in_global_literal(
                                    self.cx, me, f, *addr,
                                )?;
                            Some(vec![Origin::GlobalLiteral { global, map, site }])
                        })
                        .or_else(|| {
                            let me = &self.cx.module.functions[self.me?];
                            let (array, unmade) =
                                crate::array_slots::unmade_slot(self.cx, me, f, *addr)?;
                            Some(vec![Origin::UnmadeSlot { array, unmade }])
                        })
                        .or_else(|| {
                            // A captured variable nothing makes reads as a package-level one.
                            let (name, decl) = crate::captured_variables::never_made_captured(
                                self.cx.module,
                                f,
                                *addr,
                            )?;
                            Some(vec![Origin::Global { name, decl: Some(decl) }])
                        })
                        .or_else(|| {
                            let (name, site) = crate::captured_variables::nil_stored_by_sibling(
                                self.cx.module,
                                f,
                                *addr,
                            )?;
                            Some(vec![Origin::CapturedNilStore { name, site }])
                        })
                }
                InstrKind::Field { .. } => {
                    self.nil_field(v, depth).or_else(|| self.never_made(*instr))
                }
                // An element of an array value: a missing key's zero array of maps.
                InstrKind::Index { .. } => self.nil_field(v, depth),
                // A map handed on in an interface (`annotate(rec.Fields)` for a `Setter`): a
                // method called through it runs on the map, nil or not.
                InstrKind::MakeInterface { x } => {
                    let program = self.cx.module.program;
                    let ty = f[*x].ty;
                    let is_map = ty.arena as usize <= program.units.len()
                        && mapscope_types::query::is_map(&mut program.types(), ty);
                    if !is_map {
                        return None;
                    }
                    self.nil_value(*x, depth + 1)
                }
                // An inner map looked up under a key its map was not filled for, handed on
                // (a write straight into it is the nested-map check's).
                InstrKind::MapLookup { map, key, comma_ok: false }
                    if self.missing_keys
                        && !f[v].referrers().iter().any(|&u| {
                            matches!(&f[u].kind, InstrKind::MapUpdate { map: m, .. }
                                if strip_conversions(f, *m) == v)
                        }) =>
                {
                    let Some(foreign) =
                        crate::foreign_keys::foreign_key(self.cx.module, f, *map, *key, *instr)
                    else {
                        return self.uncovered_inner(*instr);
                    };
                    let constant = match &foreign.why {
                        crate::foreign_keys::Uncovered::Constant(c) => {
                            Some(crate::checks::nested_map_write::spell(c))
                        }
                        crate::foreign_keys::Uncovered::OtherSource { .. } => None,
                    };
                    Some(vec![Origin::ForeignKey(*instr, foreign.creation, constant)])
                }
                // `x.(map[K]V)` of a bag's slot some store boxes a nil map in succeeds on it.
                InstrKind::TypeAssert { comma_ok: false, .. } if *index == 0 => {
                    self.boxed_nil(*instr)
                }
                // `v, ok := x.(map[K]V)` and `v, ok := <-ch` give the zero value with ok false:
                // nil on every path that does not rule ok out.
                InstrKind::TypeAssert { comma_ok: true, .. }
                | InstrKind::Recv { comma_ok: true, .. }
                    if *index == 0 =>
                {
                    if let Some(origins) = self.boxed_nil(*instr) {
                        return Some(origins);
                    }
                    if crate::literal_entries::holds_asserted(self.cx.module.program, f, *instr) {
                        return None;
                    }
                    let ok = f[*instr].results().nth(1)?;
                    self.false_values.push(ok);
                    // The same assertion again, of the same place with nothing stored there
                    // between, fails too: a later `if _, ok := x.(T); !ok { return }` rules
                    // the failure out as well.
                    self.false_values.extend(crate::repeated_asserts::same_assertions(
                        self.cx.module.program,
                        f,
                        *instr,
                    ));
                    Some(vec![Origin::FailedCommaOk(*instr)])
                }
                // `v := <-ch` after `close(ch)` of an unbuffered channel: no value can be
                // waiting, so it gives the zero value.
                // So does one from a channel whose only sender may close it without sending.
                // Otherwise it gives what the channel's sends send, which may be nil.
                InstrKind::Recv { chan, comma_ok: false } if *index == 0 => {
                    if closed_before(f, *chan, *instr)
                        || crate::closed_unsent::closed_unsent(self.cx.module, f, *chan, *instr)
                        || crate::skipped_sends::skipped_sends(self.cx.module, f, *chan, *instr)
                    {
                        return Some(vec![Origin::FailedCommaOk(*instr)]);
                    }
                    self.sent_giving(*chan, v, &Access::value(), None)
                }
                // A select case `case v := <-ch` likewise, with its `ok` false.
                InstrKind::Select { states, .. } if *index >= 2 => {
                    let receiving = *index as usize - 2;
                    let state = states.iter().filter(|s| s.send.is_none()).nth(receiving)?;
                    if !closed_before(f, state.chan, *instr) {
                        return self.sent_giving(state.chan, v, &Access::value(), None);
                    }
                    let ok = f[*instr].results().nth(1)?;
                    self.false_values.push(ok);
                    Some(vec![Origin::FailedCommaOk(*instr)])
                }
                InstrKind::Call { call } => {
                    let callee = self.cx.call_summary(f, call)?;
                    let results: Vec<ValueId> = f[*instr].results().collect();
                    // A return where the other results are nil too comes first: no error check
                    // can rule it out.
                    // A default a switch on a parameter reaches is nil only for a constant
                    // argument no case matches: an unseen value is taken to be one they do.
                    // A type switch's default is nil unless every way to the write asserted
                    // the argument to one of its cases.
                    let reaches_default = |n: &&crate::summary::NilResult| {
                        n.unless_param_in.as_ref().is_none_or(|(param, cases)| {
                            callee.args.get(*param as usize).is_some_and(|&arg| {
                                if crate::param_cases::all_types(cases) {
                                    return !crate::param_cases::asserted_to_a_case(
                                        self.cx.module.program,
                                        f,
                                        arg,
                                        cases,
                                        &self.write_tests,
                                    );
                                }
                                // An argument that is this function's own parameter: what
                                // the calls the module shows pass for it.
                                match crate::param_cases::constant_key(f, arg) {
                                    Some(key) => !cases.contains(&key),
                                    None => match f[strip_conversions(f, arg)].def {
                                        ValueDef::Param { index, .. } => {
                                            crate::param_cases::some_call_passes_another(
                                                self.cx.module,
                                                f,
                                                index,
                                                cases,
                                            )
                                        }
                                        _ => false,
                                    },
                                }
                            })
                        })
                    };
                    // A failed assertion of a context's value is nil only for a context known
                    // to lack the key: an unseen one is taken to have it, and this function's
                    // own context parameter leaves it to the callers.
                    let lacks_key = |n: &&crate::summary::NilResult| {
                        n.unless_context_has.as_ref().is_none_or(|(param, key)| {
                            callee.args.get(*param as usize).is_some_and(|&arg| {
                                crate::context_keys::holds(self.cx.module, f, arg, key)
                                    == Some(false)
                                    || crate::context_keys::own_param(f, arg).is_some()
                            })
                        })
                    };
                    // A nil returned only for an empty collection is nil only for an argument
                    // seen to be nil or empty: an unseen one is taken to have entries.
                    let cx = self.cx;
                    let missing_keys = self.missing_keys;
                    let empty_argument = |n: &&crate::summary::NilResult| {
                        n.only_when_empty.is_none_or(|param| {
                            callee.args.get(param as usize).is_some_and(|&arg| {
                                crate::length_guards::known_empty(f, arg, &[*instr]) || {
                                    let mut search = Search::new(f, cx, false);
                                    search.missing_keys = missing_keys;
                                    search.nil_value(arg, depth + 1).is_some()
                                }
                            })
                        })
                    };
                    let mut nils: Vec<_> = callee
                        .summary
                        .nil_results
                        .iter()
                        .filter(|n| n.result == *index)
                        .filter(reaches_default)
                        .filter(lacks_key)
                        .filter(empty_argument)
                        .collect();
                    // A getter's `if s.m == nil { return nil }`: for a value this function
                    // made or got from a call, nil only where its field is.
                    nils.retain(|n| {
                        let Some((param, access)) = &n.only_when_field_nil else { return true };
                        let Some(&arg) = callee.args.get(*param as usize) else { return true };
                        let arg = strip_conversions(f, arg);
                        let made = |l: Location| matches!(l.root, Root::Alloc(_) | Root::Call(..));
                        let followed = match access.deref {
                            true => location(f, arg).is_some_and(made),
                            // A struct passed by value (a value receiver): one a call returned,
                            // or one read from a variable of this function or from what a call
                            // returned, whose field the stores before the call decide.
                            false => match f.defining_instr(arg).map(|d| &f[d].kind) {
                                Some(InstrKind::Call { .. }) => true,
                                Some(InstrKind::Load { addr }) => {
                                    location(f, *addr).is_some_and(made)
                                }
                                _ => false,
                            },
                        };
                        !followed || self.nil_access_at(arg, access, *instr, depth + 1).is_some()
                    });
                    nils.sort_by_key(|n| n.with_non_nil.len() + n.with_false.len());
                    let Some(nil) = nils.first() else {
                        // A copy that is nil when its argument is (`maps.Clone`).
                        let copies =
                            callee.summary.nil_with_params.iter().filter(|r| r.result == *index);
                        for copy in copies {
                            let &arg = callee.args.get(copy.param as usize)?;
                            if let Some(origins) = self.nil_value(arg, depth + 1) {
                                return Some(origins);
                            }
                        }
                        // A getter: the map it reads from what the argument points to.
                        let read =
                            callee.summary.result_params.iter().find(|r| r.result == *index)?;
                        let &arg = callee.args.get(read.param as usize)?;
                        let access = read.access.clone();
                        return self.nil_access(arg, &access, *instr);
                    };
                    if let Some((param, key)) = &nil.unless_context_has
                        && let Some(&arg) = callee.args.get(*param as usize)
                        && crate::context_keys::holds(self.cx.module, f, arg, key) != Some(false)
                        && let Some(own) = crate::context_keys::own_param(f, arg)
                    {
                        self.context_params.push((*instr, own, key.clone()));
                    }
                    self.non_nil
                        .extend(nil.with_non_nil.iter().filter_map(|&r| results.get(r as usize)));
                    self.false_values
                        .extend(nil.with_false.iter().filter_map(|&r| results.get(r as usize)));
                    Some(vec![Origin::CalleeResult {
                        call: *instr,
                        callee: callee.callee,
                        site: nil.site.clone(),
                    }])
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// The origin of a read of a field no code of the module makes (`selection` is its
    /// `FieldAddr` or `Field`), unless the function tests that field against nil somewhere:
    /// then it knows the field may be nil and the guard decides.
    fn never_made(&self, selection: InstrId) -> Option<Vec<Origin>> {
        let f = self.f;
        let me = &self.cx.module.functions[self.me?];
        let program = self.cx.module.program;
        let obj = me.fields.selection(me.index_in_unit, selection)?;
        let decl = self.cx.fields.never_made(program, obj)?.clone();
        let tested = field_tested(me, f, obj);
        if tested {
            return None;
        }
        let field = program.obj(obj).name.to_string();
        let dead_maker = self.cx.fields.made_only_by_dead(program, obj).map(short_name);
        Some(vec![Origin::FieldNeverMade { field, decl, dead_maker }])
    }

    /// A map field at `fields` of an element of a table whose literal leaves it out
    /// ([`crate::literal_tables`]): `element` points to the element or is its address, and
    /// `selection` is the write's own selection of the field, when it has one. Only for a
    /// field that only creation sets and that the function does not test for nil.
    fn table_element_without(
        &self,
        element: ValueId,
        fields: &[u32],
        selection: Option<InstrId>,
    ) -> Option<Vec<Origin>> {
        let f = self.f;
        let me = &self.cx.module.functions[self.me?];
        let program = self.cx.module.program;
        let obj = match selection {
            Some(selection) => me.fields.selection(me.index_in_unit, selection)?,
            None => pointee_map_field(program, f[strip_conversions(f, element)].ty, fields)?,
        };
        if !self.cx.fields.set_at_creation(program, obj) || field_tested(me, f, obj) {
            return None;
        }
        let table =
            crate::literal_tables::unset_in_table_element(self.cx, self.me?, f, element, fields)?;
        let map = program.obj(obj).name.to_string();
        Some(vec![Origin::TableElement { table, map }])
    }

    /// The map field at `fields` (one field) of the struct pointer `element` looked up in a
    /// map field into which the module stores a literal without it ([`crate::appended_elements`]).
    fn stored_element_without(&self, element: ValueId, fields: &[u32]) -> Option<Vec<Origin>> {
        let f = self.f;
        let element = strip_conversions(f, element);
        let lookup = f.defining_instr(element)?;
        if !matches!(f[lookup].kind, InstrKind::MapLookup { .. }) || fields.len() != 1 {
            return None;
        }
        let program = self.cx.module.program;
        let obj = pointee_map_field(program, f[element].ty, fields)?;
        let me = &self.cx.module.functions[self.me?];
        let (slice, map) =
            crate::appended_elements::unset_in_stored_field(self.cx, me, f, lookup, obj)?;
        Some(vec![Origin::AppendedWithout { slice, map }])
    }

    /// A field of a struct value: zero, loaded from a location, or a parameter's.
    fn nil_field(&mut self, v: ValueId, depth: usize) -> Option<Vec<Origin>> {
        let f = self.f;
        let mut fields = Vec::new();
        let mut base = v;
        // The selection applied to the base value itself.
        let mut innermost = None;
        // Whether the selection goes through an element of an array value (`m[k][i].f`).
        let mut element = false;
        while let Some(instr) = f.defining_instr(base) {
            match &f[instr].kind {
                InstrKind::Field { base: b, field } => {
                    fields.push(*field);
                    innermost = Some(instr);
                    base = strip_conversions(f, *b);
                }
                InstrKind::Index { base: b, .. } => {
                    fields.push(ELEMENT);
                    innermost = None;
                    element = true;
                    base = strip_conversions(f, *b);
                }
                _ => break,
            }
        }
        fields.reverse();
        // Only the zero element of a missing key's array is followed: an array value read
        // from elsewhere holds what its elements were given.
        let from_lookup = matches!(&f[base].def, ValueDef::Result { instr, index: 0 }
            if matches!(f[*instr].kind, InstrKind::MapLookup { .. }));
        if element && !from_lookup {
            return None;
        }
        match &f[base].def {
            ValueDef::Const(ConstValue::Zero) => Some(vec![Origin::NilConstant]),
            ValueDef::Param { index, .. } if self.params_nil => {
                Some(vec![Origin::Param { index: *index, access: Access { deref: false, fields } }])
            }
            ValueDef::Result { instr: recv, index: 0 }
                if matches!(f[*recv].kind, InstrKind::Recv { .. }) =>
            {
                self.sent_without(*recv, &fields)
            }
            ValueDef::Result { instr: lookup, index: 0 }
                if matches!(f[*lookup].kind, InstrKind::MapLookup { .. }) && !fields.is_empty() =>
            {
                self.missing_key(*lookup, None).or_else(|| {
                    // An element some code puts into the map without the inner map.
                    let selection = innermost.filter(|_| fields.len() == 1)?;
                    let me = &self.cx.module.functions[self.me?];
                    let (slice, map) = crate::appended_elements::unset_in_stored(
                        self.cx, me, f, *lookup, selection,
                    )?;
                    Some(vec![Origin::AppendedWithout { slice, map }])
                })
            }
            ValueDef::Result { instr: assert, index: 0 }
                if self.missing_keys
                    && !fields.is_empty()
                    && matches!(f[*assert].kind, InstrKind::TypeAssert { comma_ok: true, .. }) =>
            {
                let ok = f[*assert].results().nth(1)?;
                self.false_values.push(ok);
                Some(vec![Origin::FailedCommaOk(*assert)])
            }
            ValueDef::Result { instr: load, .. } => {
                let InstrKind::Load { addr } = &f[*load].kind else { return None };
                let mut location = location(f, *addr)?;
                location.fields.extend(fields);
                self.nil_at(&location, *load, depth)
            }
            _ => None,
        }
    }

    /// Whether the map at `access` of argument `arg` is nil just before `at` (a call that
    /// writes it) on some feasible path.
    pub fn nil_access(
        &mut self,
        arg: ValueId,
        access: &Access,
        at: InstrId,
    ) -> Option<Vec<Origin>> {
        self.nil_access_at(arg, access, at, 0)
    }

    /// [`Search::nil_access`], `depth` copies deep.
    fn nil_access_at(
        &mut self,
        arg: ValueId,
        access: &Access,
        at: InstrId,
        depth: usize,
    ) -> Option<Vec<Origin>> {
        let f = self.f;
        if depth > MAX_COPY_DEPTH {
            return None;
        }
        let arg = strip_conversions(f, arg);
        if !access.deref {
            if access.fields.is_empty() {
                return self.nil_value(arg, 0);
            }
            return match &f[arg].def {
                ValueDef::Const(ConstValue::Zero) => Some(vec![Origin::NilConstant]),
                ValueDef::Param { index, .. } if self.params_nil => {
                    Some(vec![Origin::Param { index: *index, access: access.clone() }])
                }
                // A struct received from a channel kept in a field: what its sends send.
                ValueDef::Result { instr: recv, index: 0 }
                    if matches!(f[*recv].kind, InstrKind::Recv { .. }) =>
                {
                    self.sent_without(*recv, &access.fields)
                }
                // A struct a call returns by value: its summary says what the field holds.
                ValueDef::Result { instr: call, index }
                    if matches!(f[*call].kind, InstrKind::Call { .. }) =>
                {
                    match self.callee_field(*call, *index, access, depth + 1) {
                        Effect::Nil(origins) => Some(origins),
                        _ => None,
                    }
                }
                ValueDef::Result { instr: load, .. } => {
                    let InstrKind::Load { addr } = &f[*load].kind else { return None };
                    // A struct value read from a slice literal's element, in a loop that
                    // runs the write for every element.
                    let literal = self.write_block.and_then(|block| {
                        crate::literal_pointers::unset_in_literal_value(
                            f,
                            *load,
                            &access.fields,
                            block,
                        )
                    });
                    if let Some(alloc) = literal {
                        return Some(vec![Origin::Allocation(alloc)]);
                    }
                    let mut location = location(f, *addr)?;
                    location.fields.extend_from_slice(&access.fields);
                    self.nil_at(&location, read_point(f, *load, *addr, at), depth)
                }
                _ => None,
            };
        }
        // A slice made here, whose elements a callee writes: the `make`'s zero elements, as
        // an index of it would read them.
        if access.fields.first() == Some(&ELEMENT)
            && let Some(make) =
                f.defining_instr(arg).and_then(|d| crate::resliced::made_slice(f, d))
        {
            let place = Location { root: Root::Alloc(make), fields: access.fields.clone() };
            return self.nil_at(&place, at, depth);
        }
        // A pointer an assertion gives is tried last, after what the interface may hold.
        let located = location(f, arg);
        let asserted = located.clone().filter(|l| asserted_root(f, l));
        let Some(mut location) = located.filter(|_| asserted.is_none()) else {
            // A pointer looked up in a map gob decoded: gob made the element without its
            // unexported fields.
            if let Some(origins) = self.gob_element_without(arg, access) {
                return Some(origins);
            }
            // A pointer merged from several, or taken back out of an interface or a
            // `sync.Map`: nil where one of the places it may be is.
            let merged = pointed_places(f, arg, 0).into_iter().find_map(|mut place| {
                place.fields.extend_from_slice(&access.fields);
                self.nil_at(&place, at, depth)
            });
            if merged.is_some() {
                return merged;
            }
            // net/http's default transport leaves `TLSNextProto` nil.
            if crate::transport_clones::default_without_next_proto(
                self.cx.module,
                f,
                arg,
                &access.fields,
            ) {
                return Some(vec![Origin::StdDefault {
                    note: "http.DefaultTransport leaves it nil, and Transport.Clone copies it \
                           only when it is set",
                }]);
            }
            // A pointer read from a slice literal's element, in a loop over every element.
            if let Some(alloc) =
                crate::literal_pointers::unset_in_literal_element(f, arg, &access.fields, at)
            {
                return Some(vec![Origin::Allocation(alloc)]);
            }
            // An interface read from a slice literal of boxed struct pointers, in a loop over
            // every element: each type's own or promoted method, on the boxed literal.
            if access.deref
                && let Some(me) = self.me
            {
                let places = crate::literal_interfaces::boxed_element_places(
                    self.cx,
                    me,
                    f,
                    arg,
                    &access.fields,
                    at,
                );
                let found = places
                    .unwrap_or_default()
                    .into_iter()
                    .find_map(|(place, boxed)| self.nil_at(&place, boxed, depth + 1));
                if found.is_some() {
                    return found;
                }
            }
            // A pointer read from a package-level table whose literal leaves the map out.
            if let Some(origins) = self.table_element_without(arg, &access.fields, None) {
                return Some(origins);
            }
            // A pointer looked up in a map field that the module stores a literal into
            // without the map.
            if let Some(origins) = self.stored_element_without(arg, &access.fields) {
                return Some(origins);
            }
            // A pointer read from a slice literal of call results: what each call returned.
            if let Some(elements) = crate::literal_pointers::called_in_literal_element(f, arg, at) {
                let found = elements
                    .into_iter()
                    .find_map(|(value, store)| self.nil_access_at(value, access, store, depth + 1));
                if found.is_some() {
                    return found;
                }
            }
            // The memory the asserted pointer points to, with the stores this function shows.
            if let Some(mut place) = asserted {
                place.fields.extend_from_slice(&access.fields);
                return self.nil_at(&place, at, depth);
            }
            // The address of an element of a decoded slice, handed to a call that writes the
            // field, in a loop over every element.
            if !matches!(f[at].kind, InstrKind::Call { .. }) {
                return None;
            }
            let program = self.cx.module.program;
            let element = crate::json_elements::nil_in_decoded_argument(
                program,
                self.cx.fields,
                f,
                arg,
                &access.fields,
                at,
            )?;
            return Some(vec![Origin::JsonElement(element)]);
        };
        location.fields.extend_from_slice(&access.fields);
        self.nil_at(&location, at, 0)
    }

    /// Whether `location` holds nil just before `point` on some feasible path; the origin if so.
    pub fn nil_at(
        &mut self,
        location: &Location,
        point: InstrId,
        depth: usize,
    ) -> Option<Vec<Origin>> {
        // A package-level variable: any code may have filled it before, so only what the whole
        // module does to it counts.
        if let Root::Global(key) = location.root {
            let (name, decl) = self.cx.globals.never_made_at(key, &location.fields)?;
            return Some(vec![Origin::Global { name: name.to_string(), decl: decl.clone() }]);
        }
        let sealed = self.set_at_creation(location);
        if !sealed && (self.escapes(location, point) || self.element_stored_anywhere(location)) {
            return None;
        }
        // A callee's result is followed call by call as before (a reset may drop the field);
        // only its escape stops mattering.
        let outer_sealed =
            std::mem::replace(&mut self.sealed, sealed && matches!(location.root, Root::Alloc(_)));
        let outer_sealed_call = std::mem::replace(
            &mut self.sealed_call,
            sealed && matches!(location.root, Root::Call(..)),
        );
        let before = crate::deferred_calls::before_defers(self.f, point, self.source());
        let outer_before = std::mem::replace(&mut self.before_defers, before);
        let outer_point = self.walk_point.replace(point);
        let found = self.walk_back(location, point, depth);
        self.walk_point = outer_point;
        self.sealed = outer_sealed;
        self.sealed_call = outer_sealed_call;
        self.before_defers = outer_before;
        found
    }

    /// What the variable at `location` holds at `point` (where a closure capturing it is made)
    /// on some feasible path: [`Search::nil_at`]'s walk without its escape test, for a
    /// variable that only this function stores into, before `point`, and that the closures
    /// binding it only read.
    pub fn nil_in_captured(&mut self, location: &Location, point: InstrId) -> Option<Vec<Origin>> {
        self.walk_back(location, point, 0)
    }

    /// Whether `location` is a map field of an allocation of this function that only the
    /// allocation creating a value sets ([`FieldFacts::set_at_creation`]).
    fn set_at_creation(&self, location: &Location) -> bool {
        if location.fields.is_empty() || location.fields.contains(&ELEMENT) {
            return false;
        }
        let program = self.cx.module.program;
        let known = |ty: TypeId| ty.arena as usize <= program.units.len();
        let mut types = program.types();
        let elem = match location.root {
            Root::Alloc(alloc) => {
                let Some(me) = self.me.map(|me| &self.cx.module.functions[me]) else {
                    return false;
                };
                let Some(elem) = me.fields.alloc_elem(me.index_in_unit, alloc) else {
                    return false;
                };
                elem
            }
            // A pointer a callee returns (a constructor's result kept in a registry before it
            // is handed back): the field is as sealed as on an allocation of this function.
            Root::Call(call, index) => {
                let Some(result) = self.f[call].results().nth(index as usize) else {
                    return false;
                };
                let ty = self.f[result].ty;
                if !known(ty) {
                    return false;
                }
                let under = mapscope_types::query::underlying(&mut types, ty);
                let Type::Pointer(elem) = types.ty(under) else { return false };
                *elem
            }
            _ => return false,
        };
        map_field_object(program, elem, &location.fields)
            .is_some_and(|obj| self.cx.fields.set_at_creation(program, obj))
    }

    /// [`Search::nil_at`]'s walk back from `point` to the stores and allocations of the place.
    fn walk_back(
        &mut self,
        location: &Location,
        point: InstrId,
        depth: usize,
    ) -> Option<Vec<Origin>> {
        let f = self.f;
        let start = f[point].block()?;
        // Depth-first backwards; each block is scanned whole once it is entered from a successor.
        let mut visited = vec![false; f.block_count()];
        // The successor each block was first entered from, and the predecessors left out then
        // because the branch to that successor is not taken when entering from them (a counted
        // loop's exit on its first test, `for i := 0; i < 8; i++`): another successor may open
        // them later.
        let mut entered_from: Vec<Option<BlockId>> = vec![None; f.block_count()];
        // Every successor a block was reached from, before or after it was entered: one that
        // reached it before its predecessors were looked at may open one the first closes.
        let mut reached_from: Vec<Vec<BlockId>> = vec![Vec::new(); f.block_count()];
        let mut closed: Vec<(BlockId, BlockId)> = Vec::new();
        let mut stack: Vec<(BlockId, Option<InstrId>)> = vec![(start, Some(point))];
        while let Some((block, before)) = stack.pop() {
            let instrs = f[block].instrs();
            let end = match before {
                Some(p) => instrs.iter().position(|&i| i == p)?,
                None => instrs.len(),
            };
            let mut killed = false;
            for &i in instrs[..end].iter().rev() {
                let known = (self.non_nil.len(), self.false_values.len());
                let chain = self.chain.len();
                match self.effect(location, i, depth) {
                    Effect::None => {}
                    Effect::Kill => {
                        killed = true;
                        break;
                    }
                    // The nil came through values a guard before the store tests (`if h != nil
                    // { r.Header = h.Clone() }` with `h` nil): the store does not run then.
                    // `if in.IsDelim('}') { m = nil }` then `for !in.IsDelim('}') { m[k] =
                    // v }`: the repeated test answers as the first did.
                    Effect::Nil(_)
                        if matches!(f[i].kind, InstrKind::Store { .. })
                            && crate::repeated_tests::rules_out(f, i, point) =>
                    {
                        self.non_nil.truncate(known.0);
                        self.false_values.truncate(known.1);
                        self.chain.truncate(chain);
                        killed = true;
                        break;
                    }
                    Effect::Nil(_) if self.chain.len() > chain && !self.reachable(block) => {
                        self.non_nil.truncate(known.0);
                        self.false_values.truncate(known.1);
                        self.chain.truncate(chain);
                        killed = true;
                        break;
                    }
                    // The nil came with facts about other values (the error beside a nil
                    // result is non-nil): the way back here was walked without them, so it
                    // must still be open with them, as in `if s.m, err = f(); err != nil
                    // { s.m = make(...) }`.
                    Effect::Nil(origins) => {
                        if known == (self.non_nil.len(), self.false_values.len())
                            || self.reaches_unmade(location, i, point)
                        {
                            return Some(origins);
                        }
                        self.non_nil.truncate(known.0);
                        self.false_values.truncate(known.1);
                        killed = true;
                        break;
                    }
                }
            }
            if killed {
                continue;
            }
            if block == Function::ENTRY {
                // A handler's request, as net/http passes it: its form is not parsed yet.
                if let Root::Param(index) = location.root
                    && !self.params_nil
                    && let Some(field) =
                        crate::http_forms::unparsed_form(self.cx.module, f, index, &location.fields)
                {
                    return Some(vec![Origin::UnparsedForm { field }]);
                }
                // What a parameter points to, as the function was called.
                if let (Root::Param(index), true) = (location.root, self.params_nil) {
                    let access = Access { deref: true, fields: location.fields.clone() };
                    return Some(vec![Origin::Param { index, access }]);
                }
                continue;
            }
            let out = entered_from[block.index()];
            for &pred in f[block].preds() {
                if !reached_from[pred.index()].contains(&block) {
                    reached_from[pred.index()].push(block);
                }
                if visited[pred.index()] {
                    // `pred` entered again, from `block`: what was left out may be open now.
                    let mut k = 0;
                    while k < closed.len() {
                        let (at, before_at) = closed[k];
                        if at == pred && self.taken_on_entry(pred, block, before_at, location) {
                            closed.swap_remove(k);
                            if !visited[before_at.index()] {
                                visited[before_at.index()] = true;
                                entered_from[before_at.index()] = Some(pred);
                                stack.push((before_at, None));
                            }
                        } else {
                            k += 1;
                        }
                    }
                    continue;
                }
                if self.skips(pred) || !self.edge_feasible(pred, block, &[], Some(location), None) {
                    continue;
                }
                if out.is_some_and(|_| {
                    !reached_from[block.index()]
                        .iter()
                        .any(|&succ| self.taken_on_entry(block, succ, pred, location))
                }) {
                    closed.push((block, pred));
                    continue;
                }
                visited[pred.index()] = true;
                entered_from[pred.index()] = Some(block);
                stack.push((pred, None));
            }
        }
        None
    }

    /// Whether `block`, entered from `pred`, may branch to `succ`: its φs hold the values of
    /// that edge, so a condition on them may be known (a counted loop entered with `i` 0).
    fn taken_on_entry(
        &self,
        block: BlockId,
        succ: BlockId,
        pred: BlockId,
        location: &Location,
    ) -> bool {
        self.edge_feasible(block, succ, &[], Some(location), Some((block, pred)))
    }

    /// Whether some feasible path leads from just after `from` to `point` without a store of a
    /// value other than nil to `location` (or to a place holding it).
    fn reaches_unmade(&self, location: &Location, from: InstrId, point: InstrId) -> bool {
        let f = self.f;
        let Some(start) = f[from].block() else { return true };
        let makes = |i: InstrId| {
            let InstrKind::Store { addr, value } = &f[i].kind else { return false };
            !is_nil_constant(f, strip_conversions(f, *value))
                && self::location(f, *addr).is_some_and(|t| {
                    t.root == location.root && location.fields.starts_with(&t.fields)
                })
        };
        // Each block is entered once per predecessor: its φs hold that edge's values, so a
        // loop's condition on the `ok` a call gave beside the nil is known false
        // (`for e, ok := next(); ok; e, ok = next()`).
        let mut visited: rustc_hash::FxHashSet<(BlockId, BlockId)> = Default::default();
        let mut stack: Vec<(BlockId, Option<InstrId>, Option<BlockId>)> =
            vec![(start, Some(from), None)];
        while let Some((block, after, entered_from)) = stack.pop() {
            let instrs = f[block].instrs();
            let begin = match after {
                Some(a) => instrs.iter().position(|&i| i == a).map_or(instrs.len(), |p| p + 1),
                None => 0,
            };
            let mut made = false;
            for &i in &instrs[begin..] {
                if i == point {
                    return true;
                }
                if makes(i) {
                    made = true;
                    break;
                }
            }
            if made {
                continue;
            }
            let entered = entered_from.map(|pred| (block, pred));
            for &succ in f[block].succs() {
                if !visited.contains(&(succ, block))
                    && self.edge_feasible(block, succ, &[], Some(location), entered)
                {
                    visited.insert((succ, block));
                    stack.push((succ, None, Some(block)));
                }
            }
        }
        false
    }

    /// What instruction `i` does to `location`, read backwards.
    fn effect(&mut self, location: &Location, i: InstrId, depth: usize) -> Effect {
        let f = self.f;
        // A sealed place changes only by a store into it: whatever else gets its address
        // cannot make the field.
        if self.sealed
            && !matches!(f[i].kind, InstrKind::Alloc { .. } | InstrKind::MakeSlice { .. })
        {
            let InstrKind::Store { addr, .. } = &f[i].kind else { return Effect::None };
            if self::location(f, *addr).is_none_or(|t| t.root != location.root) {
                return Effect::None;
            }
        }
        if self.sealed_call && !matches!(location.root, Root::Call(c, _) if c == i) {
            match &f[i].kind {
                InstrKind::Call { call } => {
                    return match self.call_effect(location, i, call) {
                        Effect::Kill => Effect::None,
                        effect => effect,
                    };
                }
                InstrKind::Store { addr, .. }
                    if self::location(f, *addr).is_some_and(|t| t.root == location.root) => {}
                _ => return Effect::None,
            }
        }
        match &f[i].kind {
            // Zero memory through a pointer field is a nil pointer, not a nil map: a write
            // through it panics on the pointer first (caddy's `cfg.Logging.Logs` behind `if
            // cfg.Logging == nil { cfg.Logging = &Logging{Logs: make(...)} }`).
            InstrKind::Alloc { .. } | InstrKind::MakeSlice { .. }
                if location.root == Root::Alloc(i) && location.fields.contains(&DEREF) =>
            {
                Effect::Kill
            }
            InstrKind::Alloc { .. } | InstrKind::MakeSlice { .. }
                if location.root == Root::Alloc(i) =>
            {
                Effect::Nil(vec![Origin::Allocation(i)])
            }
            InstrKind::Call { .. } if matches!(location.root, Root::Call(c, _) if c == i) => {
                let Root::Call(_, result) = location.root else { return Effect::Kill };
                let access = Access { deref: true, fields: location.fields.clone() };
                self.callee_field(i, result, &access, depth)
            }
            InstrKind::Store { value, .. }
                if self.made_slice_kept(location, i, strip_conversions(f, *value)) =>
            {
                Effect::None
            }
            InstrKind::Store { addr, value } => {
                let value = strip_conversions(f, *value);
                if self.derived_overlapping(value, location).is_some() {
                    // The address is stored: code the search does not see may fill it.
                    return Effect::Kill;
                }
                let Some(target) = self::location(f, *addr) else { return Effect::None };
                if target.root != location.root {
                    return Effect::None;
                }
                let Some(rest) = location.fields.strip_prefix(target.fields.as_slice()) else {
                    // A store inside the place: it is not wholly zero any more.
                    if target.fields.starts_with(&location.fields) {
                        return Effect::Kill;
                    }
                    return Effect::None;
                };
                // A pointer stored into the field the place goes through (`s.flags =
                // NewRegistry()`): before this, the place was another pointer's; now it is
                // what the stored pointer points to.
                if let [DEREF, inner @ ..] = rest {
                    let access = Access { deref: true, fields: inner.to_vec() };
                    return match self.nil_access_at(value, &access, i, depth + 1) {
                        Some(origins) => Effect::Nil(origins),
                        None => Effect::Kill,
                    };
                }
                // A struct value asserted out of an interface (`fs, ok := src.(FileSource)`):
                // any the module boxes and hands on, one built without the map among them.
                if let [field] = rest
                    && let ValueDef::Result { instr: assert, index: 0 } = &f[value].def
                    && matches!(f[*assert].kind, InstrKind::TypeAssert { .. })
                    && let Some(me) = self.me.map(|me| &self.cx.module.functions[me])
                    && let Some((map, site)) =
                        crate::boxed_literals::unset_in_boxed_value(self.cx, me, f, *assert, *field)
                {
                    return Effect::Nil(vec![Origin::BoxedLiteral { map, site }]);
                }
                match &f[value].def {
                    ValueDef::Const(ConstValue::Nil | ConstValue::Zero) => {
                        Effect::Nil(vec![Origin::NilStore(i)])
                    }
                    // A struct parameter spilled to memory: its fields are the caller's.
                    ValueDef::Param { index, .. } if !rest.is_empty() && self.params_nil => {
                        let access = Access { deref: false, fields: rest.to_vec() };
                        Effect::Nil(vec![Origin::Param { index: *index, access }])
                    }
                    // A struct received from a channel field: what the sends on it send.
                    ValueDef::Result { instr: recv, index: 0 }
                        if !rest.is_empty() && matches!(f[*recv].kind, InstrKind::Recv { .. }) =>
                    {
                        let rest = rest.to_vec();
                        match self.sent_without(*recv, &rest) {
                            Some(origins) => Effect::Nil(origins),
                            None => Effect::Kill,
                        }
                    }
                    // A struct a call returns: its summary says which map fields it leaves nil.
                    ValueDef::Result { instr: call, index }
                        if !rest.is_empty() && matches!(f[*call].kind, InstrKind::Call { .. }) =>
                    {
                        let access = Access { deref: false, fields: rest.to_vec() };
                        match self.callee_field(*call, *index, &access, depth) {
                            Effect::Nil(origins) => Effect::Nil(origins),
                            effect => match self.helper_miss(*call, *index, location.root) {
                                Some(origins) => Effect::Nil(origins),
                                None => effect,
                            },
                        }
                    }
                    // A struct asserted out of an atomic.Value's load: what its stores stored.
                    ValueDef::Result { instr: assert, index: 0 }
                        if !rest.is_empty() && atomic_load_asserted(f, *assert).is_some() =>
                    {
                        let Some((load, asserted)) = atomic_load_asserted(f, *assert) else {
                            return Effect::Kill;
                        };
                        let access = Access { deref: false, fields: rest.to_vec() };
                        match self.atomic_stored(load, &access, Some(asserted)) {
                            Some(origins) => Effect::Nil(origins),
                            None => Effect::Kill,
                        }
                    }
                    // A struct from a comma-ok type assertion: zero when `ok` is false, on a
                    // path that does not rule that out.
                    ValueDef::Result { instr: assert, index: 0 }
                        if !rest.is_empty()
                            && self.missing_keys
                            && matches!(
                                f[*assert].kind,
                                InstrKind::TypeAssert { comma_ok: true, .. }
                            ) =>
                    {
                        match f[*assert].results().nth(1) {
                            Some(ok) => {
                                self.false_values.push(ok);
                                Effect::Nil(vec![Origin::FailedCommaOk(*assert)])
                            }
                            None => Effect::Kill,
                        }
                    }
                    // A struct read from a map: zero when the key is missing.
                    ValueDef::Result { instr: lookup, index: 0 }
                        if !rest.is_empty()
                            && matches!(f[*lookup].kind, InstrKind::MapLookup { .. }) =>
                    {
                        match self.missing_key(*lookup, Some(location.root)) {
                            Some(origins) => Effect::Nil(origins),
                            None => Effect::Kill,
                        }
                    }
                    // A copy of a struct: the field holds what the source held when it was loaded.
                    ValueDef::Result { instr: load, .. } if !rest.is_empty() => {
                        let InstrKind::Load { addr: from } = &f[*load].kind else {
                            return Effect::Kill;
                        };
                        // An element of a slice literal, in a loop that runs the write for
                        // every element (`for _, tc := range cases`).
                        let literal = self.write_block.and_then(|block| {
                            crate::literal_pointers::unset_in_literal_value(f, *load, rest, block)
                        });
                        if let Some(alloc) = literal {
                            return Effect::Nil(vec![Origin::Allocation(alloc)]);
                        }
                        let Some(mut source) = self::location(f, *from) else {
                            return Effect::Kill;
                        };
                        source.fields.extend_from_slice(rest);
                        if depth >= MAX_COPY_DEPTH {
                            return Effect::Kill;
                        }
                        match self.nil_at(&source, *load, depth + 1) {
                            Some(origins) => Effect::Nil(origins),
                            None => Effect::Kill,
                        }
                    }
                    // A map stored only where it is not nil (`if h := f(); h != nil { s.h = h
                    // }`): the place holds a map after the store.
                    _ if rest.is_empty() && self.stored_only_non_nil(i, value) => Effect::Kill,
                    _ => {
                        // The stored map's own nil, a parameter's too: `out.h = in.h.Clone()`
                        // stores the nil of a caller passing `in` with `h` nil.
                        let found = self.nil_value(value, depth + 1);
                        match found {
                            Some(origins) if rest.is_empty() => Effect::Nil(origins),
                            _ => Effect::Kill,
                        }
                    }
                }
            }
            InstrKind::Call { call } => self.call_effect(location, i, call),
            // The interface that carries the address to `json.Unmarshal`, which keeps none.
            // Or to the registration of a `flag.Value`, whose `Set` the search follows at the
            // registration.
            InstrKind::MakeInterface { .. }
                if f[i].result().is_some_and(|r| {
                    crate::models::only_decoded(f, r) || crate::flag_values::only_registered(f, r)
                }) =>
            {
                Effect::None
            }
            // A deferred call runs when the function returns: a value read before that (a
            // struct returned by value, `defer t.init(); return t`) does not see what it does.
            InstrKind::Defer { .. } if self.before_defers => Effect::None,
            InstrKind::Go { call } | InstrKind::Defer { call } => {
                let touches =
                    call.args.iter().any(|&a| self.derived_overlapping(a, location).is_some());
                if touches { Effect::Kill } else { Effect::None }
            }
            // A method value whose method stores nothing into its receiver and keeps no
            // reference to it (`mux.HandleFunc("/healthz", a.health)`) cannot fill the place,
            // whenever it is called.
            InstrKind::MakeClosure { func, bindings }
                if bindings.len() == 1 && self.inert_method_value(*func) =>
            {
                Effect::None
            }
            InstrKind::MakeClosure { .. }
                if self.read_only_captures.is_some_and(|root| root == location.root) =>
            {
                Effect::None
            }
            InstrKind::MapUpdate { value, .. }
                if crate::pointer_tables::held_by_table(f, i, *value) =>
            {
                Effect::None
            }
            kind => {
                // Any other use of an address of the place (a closure capturing it, an
                // interface holding it, a φ merging it) lets unseen code fill it.
                let mut touches = false;
                kind.for_each_operand(|v| {
                    touches |= self.derived_overlapping(v, location).is_some()
                        && !matches!(
                            kind,
                            InstrKind::Load { .. }
                                | InstrKind::FieldAddr { .. }
                                | InstrKind::IndexAddr { .. }
                                | InstrKind::BinOp { .. }
                                | InstrKind::Return { .. }
                        );
                });
                if touches { Effect::Kill } else { Effect::None }
            }
        }
    }

    /// The nil inner map `lookup` reads from a map of maps kept in a field, when it is asked
    /// for a constant key the module stores no inner map under ([`crate::element_keys`]).
    fn uncovered_inner(&mut self, lookup: InstrId) -> Option<Vec<Origin>> {
        let module = self.cx.module;
        let coverage = crate::element_keys::coverage(module, self.me?, lookup, self.write_block?);
        uncovered_key(module, lookup, coverage)
    }

    /// The zero value of struct `lookup` reads for a missing key, when the function shows that
    /// the key may be missing: a comma-ok lookup whose `ok` the path does not rule out, or the
    /// upsert idiom, whose stored-back copy is `holder` (the variable the element was copied
    /// into) or the lookup's value itself.
    fn missing_key(&mut self, lookup: InstrId, holder: Option<Root>) -> Option<Vec<Origin>> {
        let f = self.f;
        let InstrKind::MapLookup { comma_ok, .. } = &f[lookup].kind else { return None };
        if !self.missing_keys {
            return None;
        }
        if *comma_ok {
            let ok = f[lookup].results().nth(1)?;
            self.false_values.push(ok);
            return Some(vec![Origin::MissingKey(lookup)]);
        }
        let element = f[lookup].results().next()?;
        let stored_back = |v: ValueId| {
            v == element
                || holder.is_some_and(|root| {
                    matches!(&f[v].def, ValueDef::Result { instr, .. }
                        if matches!(&f[*instr].kind, InstrKind::Load { addr }
                            if self::location(f, *addr)
                                .is_some_and(|l| l.root == root && l.fields.is_empty())))
                })
        };
        let me = self.me?;
        let module = self.cx.module;
        let coverage = || match self.write_block {
            Some(block) => crate::element_keys::coverage(module, me, lookup, block),
            None => crate::element_keys::Coverage::Unknown,
        };
        let uncovered = |coverage| uncovered_key(module, lookup, coverage);
        if !crate::missing_keys::upserted_miss(f, lookup, stored_back) {
            // A plain lookup asked for a constant the module stores no element under.
            return uncovered(coverage());
        }
        // A map field that other code fills (a constructor registering every element with
        // its maps made) holds the keys its users are meant to ask for, unless the function
        // stamps the key into its copy, written for a key not there yet; and even then, the
        // keys its callers ask for may all be there.
        if !crate::missing_keys::field_filled_elsewhere(module, me, lookup) {
            return Some(vec![Origin::MissingKey(lookup)]);
        }
        let stamped = holder.is_some_and(|root| crate::missing_keys::key_stamped(f, lookup, root));
        match coverage() {
            crate::element_keys::Coverage::Covered => None,
            crate::element_keys::Coverage::Unknown if stamped => {
                Some(vec![Origin::MissingKey(lookup)])
            }
            crate::element_keys::Coverage::Unknown => None,
            other => uncovered(other),
        }
    }

    /// Whether `location` is an element of an array or slice that some store anywhere in the
    /// function may fill: elements are filled in loops whose trip counts the search cannot
    /// relate (a loop that makes every row, then one that writes them), so any such store
    /// counts as making it.
    fn element_stored_anywhere(&self, location: &Location) -> bool {
        let f = self.f;
        if !location.fields.contains(&ELEMENT) {
            return false;
        }
        f.block_ids().any(|b| {
            f[b].instrs().iter().any(|&i| {
                let InstrKind::Store { addr, value } = &f[i].kind else { return false };
                let zero = matches!(
                    f[strip_conversions(f, *value)].def,
                    ValueDef::Const(ConstValue::Nil | ConstValue::Zero)
                );
                !zero
                    && self::location(f, *addr).is_some_and(|t| {
                        t.root == location.root && overlaps(&t.fields, &location.fields)
                    })
            })
        })
    }

    /// What result `result` of `call` holds at `access`: nil when the callee's summary says it
    /// leaves that map field nil; anything else the callee may have made.
    fn callee_field(
        &mut self,
        call: InstrId,
        result: u32,
        access: &Access,
        depth: usize,
    ) -> Effect {
        let InstrKind::Call { call: common } = &self.f[call].kind else { return Effect::Kill };
        // A clone of an http.Transport: its `TLSNextProto` is nil where the receiver's is.
        let module = self.cx.module;
        if access.deref
            && let Some(receiver) =
                crate::transport_clones::cloned_from(module, self.f, common, &access.fields)
        {
            return match self.nil_access_at(receiver, access, call, depth + 1) {
                Some(origins) => Effect::Nil(origins),
                None => Effect::Kill,
            };
        }
        // An atomic.Pointer's load: what its stores stored.
        if access.deref
            && self
                .me
                .is_some_and(|me| crate::atomic_stores::loaded_field(module, me, call).is_some())
        {
            return match self.atomic_stored(call, access, None) {
                Some(origins) => Effect::Nil(origins),
                None => Effect::Kill,
            };
        }
        let Some(callee) = self.cx.call_summary(self.f, common) else { return Effect::Kill };
        // A by-value builder hands the argument's map through.
        let through = callee
            .summary
            .fields_from_params
            .iter()
            .find(|r| r.result == result && r.access == *access)
            .and_then(|r| Some((*callee.args.get(r.param as usize)?, r.param_access.clone())));
        // A chaining method returns the pointer it was given: the place is the argument's,
        // as the call leaves it.
        let same_pointer = access.deref.then(|| {
            callee.summary.returns_params.iter().find(|(r, _)| *r == result).and_then(|(_, p)| {
                let arg = strip_conversions(self.f, *callee.args.get(*p as usize)?);
                let mut place = location(self.f, arg)?;
                place.fields.extend_from_slice(&access.fields);
                Some((arg, place))
            })
        });
        if let Some(Some((arg, place))) = same_pointer {
            if depth >= MAX_COPY_DEPTH || self.used_after(arg, call) {
                return Effect::Kill;
            }
            let outer = self.through_result.replace(call);
            let effect = self.call_effect(&place, call, common);
            self.through_result = outer;
            return match effect {
                Effect::None => match self.nil_at(&place, call, depth + 1) {
                    Some(origins) => Effect::Nil(origins),
                    None => Effect::Kill,
                },
                effect => effect,
            };
        }
        // A helper handing out the address of its argument's map field: the place is that
        // field, for each return the call's constant arguments can reach.
        let fields_handed: Vec<_> = callee
            .summary
            .returned_fields
            .iter()
            .filter(|r| r.result == result && access.deref && access.fields.is_empty())
            .filter(|r| crate::field_pointers::reachable_with(self.f, r, &callee.args))
            .collect();
        if !fields_handed.is_empty() {
            if depth >= MAX_COPY_DEPTH {
                return Effect::Kill;
            }
            for returned in fields_handed {
                let Some(&arg) = callee.args.get(returned.param as usize) else { continue };
                let arg = strip_conversions(self.f, arg);
                let Some(mut place) = location(self.f, arg) else { continue };
                place.fields.extend_from_slice(&returned.fields);
                // The field's own stores between the call and the read count: the walk starts
                // again from the read, through the call.
                let found = match self.walk_point {
                    Some(point) => self.nil_at(&place, point, depth + 1),
                    None if self.used_after(arg, call) => None,
                    None => match self.call_effect(&place, call, common) {
                        Effect::None => self.nil_at(&place, call, depth + 1),
                        Effect::Nil(origins) => Some(origins),
                        Effect::Kill => None,
                    },
                };
                if let Some(origins) = found {
                    return Effect::Nil(origins);
                }
            }
            return Effect::Kill;
        }
        if let Some((arg, param_access)) = through {
            if depth >= MAX_COPY_DEPTH {
                return Effect::Kill;
            }
            if let Some(origins) = self.nil_access_at(arg, &param_access, call, depth + 1) {
                return Effect::Nil(origins);
            }
            // The argument's map is not nil; the callee's other returns (`return msg` on one
            // path, a literal without the map on another) are judged by the ones below.
        }
        // A failed assertion of a context's value is nil only for a context known to lack the
        // key, or one this function's callers pass on (they decide).
        let f = self.f;
        let module = self.cx.module;
        let lacks_key = |n: &&crate::summary::NilResultField| {
            n.unless_context_has.as_ref().is_none_or(|(param, key)| {
                callee.args.get(*param as usize).is_some_and(|&arg| {
                    crate::context_keys::holds(module, f, arg, key) == Some(false)
                        || crate::context_keys::own_param(f, arg).is_some()
                })
            })
        };
        // A return behind a count of a slice parameter: the arguments a call spells out are
        // not counted, so it is not taken to reach it.
        let counted = |n: &&crate::summary::NilResultField| {
            n.counts_param.is_none_or(|param| {
                callee
                    .args
                    .get(param as usize)
                    .is_some_and(|&arg| !crate::length_guards::spelled_out(f, arg))
            })
        };
        // A return that gives `false` beside the nil comes last: a caller may test it.
        let nil = callee
            .summary
            .nil_result_fields
            .iter()
            .filter(|n| n.result == result && n.access == *access)
            .filter(lacks_key)
            .filter(counted)
            .filter(|n| {
                n.when_empty.is_none_or(|param| {
                    callee
                        .args
                        .get(param as usize)
                        .is_some_and(|&arg| crate::length_guards::known_empty(f, arg, &[call]))
                })
            })
            .min_by_key(|n| n.with_false.len() + n.with_non_nil.len());
        if let Some((param, key)) = nil.and_then(|n| n.unless_context_has.as_ref())
            && let Some(&arg) = callee.args.get(*param as usize)
            && crate::context_keys::holds(module, f, arg, key) != Some(false)
            && let Some(own) = crate::context_keys::own_param(f, arg)
        {
            self.context_params.push((call, own, key.clone()));
        }
        if let Some(decoded) = nil.and_then(|n| n.when_decoded.as_ref()) {
            let texts = match (callee.args.get(decoded.param as usize), self.f[call].block()) {
                (Some(&arg), Some(block)) => {
                    crate::json_texts::possible_texts(self.cx, self.me, self.f, arg, block)
                }
                _ => Vec::new(),
            };
            // A type error leaves the map as it was, but the callee may hand the error back.
            let swallows_errors = self.f[call].results().count() == 1;
            let nil = match texts.is_empty() {
                true => decoded.unknown_nil,
                false => match crate::models::json_decoded_any(&texts, &decoded.keys) {
                    Decoded::Nil => true,
                    Decoded::Untouched => decoded.absent_too,
                    Decoded::Mismatched => {
                        decoded.absent_too && swallows_errors && decoded.error_kept
                    }
                    Decoded::Made => false,
                },
            };
            if !nil {
                return Effect::Kill;
            }
        }
        // A callee that makes the field under a test of a parameter that this call's
        // spelled-out argument passes.
        let made_for_argument = nil.and_then(|n| n.made_when.as_ref()).is_some_and(|test| {
            callee.args.get(test.param as usize).is_some_and(|&arg| {
                crate::param_conditions::makes_for(self.f, arg, test, call) == Some(true)
                    || crate::param_conditions::caller_tests(self.f, arg, test)
            })
        });
        if made_for_argument {
            return Effect::Kill;
        }
        if let Some(n) = nil {
            let results: Vec<ValueId> = self.f[call].results().collect();
            self.false_values.extend(n.with_false.iter().filter_map(|&r| results.get(r as usize)));
            self.non_nil.extend(n.with_non_nil.iter().filter_map(|&r| results.get(r as usize)));
            if let Some(&value) = results.get(result as usize) {
                let fields = &n.with_non_nil_fields;
                self.non_nil.extend(crate::error_fields::field_reads(self.f, value, fields));
            }
        }
        if let Some(n) = nil {
            return Effect::Nil(vec![Origin::CalleeField {
                call,
                callee: callee.callee,
                names: n.names.clone(),
                site: n.site.clone(),
            }]);
        }
        // A generic callee's fresh zero `T`: every map field of this instantiation is nil.
        let zero = callee
            .summary
            .zero_results
            .iter()
            .filter(|z| z.result == result)
            .min_by_key(|z| z.with_false.len() + z.with_non_nil.len());
        let Some(zero) = zero else { return Effect::Kill };
        let results: Vec<ValueId> = self.f[call].results().collect();
        let Some(&value) = results.get(result as usize) else { return Effect::Kill };
        let program = self.cx.module.program;
        // The zero of a `T` instantiated with a pointer type is a nil pointer: a write to its
        // field's map panics on the pointer, not on a nil map.
        if access.deref && !zero.pointer {
            return Effect::Kill;
        }
        let fields = crate::summarize::map_fields(program, self.f[value].ty);
        let origin = match fields.into_iter().find(|(a, _)| a == access) {
            Some((_, names)) => {
                Origin::CalleeField { call, callee: callee.callee, names, site: zero.site.clone() }
            }
            // `*p` of a `new(T)` instantiated with a map type is that nil map itself.
            None if access.deref
                && access.fields.is_empty()
                && crate::summarize::points_to_map(program, self.f[value].ty) =>
            {
                Origin::CalleeResult { call, callee: callee.callee, site: zero.site.clone() }
            }
            None => return Effect::Kill,
        };
        self.false_values.extend(zero.with_false.iter().filter_map(|&r| results.get(r as usize)));
        self.non_nil.extend(zero.with_non_nil.iter().filter_map(|&r| results.get(r as usize)));
        Effect::Nil(vec![origin])
    }

    /// Whether every call that finds map `map` nil reaches `block`: each branch on the way that
    /// may leave it is decided by reading the nil map (`if _, ok := m[k]; !ok`, `if m[k] == ""`,
    /// `if len(m) == 0`), loops aside. Called after [`Search::nil_value`] found `map` nil.
    pub fn reached_whenever_nil(&self, dominators: &DomTree, block: BlockId, map: ValueId) -> bool {
        let f = self.f;
        let place = loaded_from(f, strip_conversions(f, map));
        let reaches = |from: BlockId| {
            let mut seen = vec![false; f.block_count()];
            let mut stack = vec![from];
            while let Some(b) = stack.pop() {
                if b == block {
                    return true;
                }
                if std::mem::replace(&mut seen[b.index()], true) {
                    continue;
                }
                stack.extend_from_slice(f[b].succs());
            }
            false
        };
        let mut at = block;
        while let Some(up) = dominators.idom(at) {
            at = up;
            if f[at].succs().len() < 2 {
                continue;
            }
            let loop_header = f[at].preds().iter().any(|&p| dominators.dominates(at, p));
            if loop_header {
                continue;
            }
            let leaves = f[at].succs().iter().filter(|&&s| !reaches(s));
            for &s in leaves {
                // A way out only a found key takes: the write is on the miss, which any new
                // key takes.
                if crate::missing_keys::found_edge(f, at, s) {
                    continue;
                }
                if self.edge_feasible(at, s, &[map], place.as_ref(), None) {
                    return false;
                }
            }
        }
        true
    }

    /// Whether `func` is a bound method of the module (a method value's closure) whose summary
    /// stores nothing into its receiver and lets no part of it escape.
    fn inert_method_value(&self, func: ValueId) -> bool {
        let ValueDef::Function { name } = &self.f[func].def else { return false };
        let Some(method) = name.strip_suffix("$bound") else { return false };
        let Some(summary) = self.cx.module.lookup(method).and_then(|i| self.cx.summaries.get(i))
        else {
            return false;
        };
        !summary.stores.iter().any(|(param, _)| *param == 0)
            && !summary.escapes.iter().any(|(param, _)| *param == 0)
            && !summary.initialises.iter().any(|(param, _)| *param == 0)
    }

    /// The send that gives receive `recv` a struct whose map at `fields` is nil: the channel is
    /// read from a struct field, and some function of the same package sends on that field's
    /// channel a value that leaves the map nil on a path to the send.
    fn sent_without(&mut self, recv: InstrId, fields: &[u32]) -> Option<Vec<Origin>> {
        // A drained channel closed before a receive its senders may leave unmatched: the zero
        // struct, whatever any send sends.
        if let InstrKind::Recv { chan, comma_ok: false } = &self.f[recv].kind
            && crate::skipped_sends::skipped_sends(self.cx.module, self.f, *chan, recv)
        {
            return Some(vec![Origin::FailedCommaOk(recv)]);
        }
        let InstrKind::Recv { chan, .. } = &self.f[recv].kind else { return None };
        let received = self.f[recv].results().next()?;
        let access = Access { deref: false, fields: fields.to_vec() };
        self.sent_giving(*chan, received, &access, None)
    }

    /// The store that gives `load` (a `Load` of an atomic field, [`crate::atomic_stores`]) a
    /// value whose map at `access` is nil: with `asserted`, an `atomic.Value` whose loaded
    /// interface was asserted to that struct type, and `access` is into the struct value;
    /// without, an `atomic.Pointer` and `access` is through the pointer, which counts only for
    /// a map field that only creation sets (a published pointee may be filled later).
    fn atomic_stored(
        &mut self,
        load: InstrId,
        access: &Access,
        asserted: Option<TypeId>,
    ) -> Option<Vec<Origin>> {
        if !self.follow_sends || access.fields.is_empty() || access.deref == asserted.is_some() {
            return None;
        }
        let module = self.cx.module;
        let me = self.me?;
        let field = crate::atomic_stores::loaded_field(module, me, load)?;
        let program = module.program;
        if asserted.is_none() {
            let loaded = self.f[load].results().next()?;
            let obj = pointee_map_field(program, self.f[loaded].ty, &access.fields)?;
            if !self.cx.fields.set_at_creation(program, obj) {
                return None;
            }
        }
        let stores = crate::atomic_stores::stores(module, module.functions[me].unit, field)?;
        for store in stores {
            let g = module.functions[store.function].function;
            let value = match asserted {
                None => store.value,
                Some(ty) => {
                    let boxed = strip_conversions(g, store.value);
                    let held = g.defining_instr(boxed).and_then(|d| match &g[d].kind {
                        InstrKind::MakeInterface { x } => Some(*x),
                        _ => None,
                    });
                    match held {
                        Some(x) if g[x].ty == ty => x,
                        _ => continue,
                    }
                }
            };
            let Some(block) = g[store.call].block() else { continue };
            let mut search = Search::new(g, self.cx, false);
            search.follow_sends = false;
            if search.nil_access(value, access, store.call).is_some() && search.path_exists(block) {
                let site = module.site(store.function, g[store.call].span.start);
                return Some(vec![Origin::StoredWithout { site }]);
            }
        }
        None
    }

    /// The zero element a getter returning a map lookup by value gives for a missing key, when
    /// this function, holding the copy at `holder`, is written for the miss
    /// ([`crate::helper_upserts`]): only in the check's own search, as [`Search::missing_key`].
    fn helper_miss(&mut self, call: InstrId, index: u32, holder: Root) -> Option<Vec<Origin>> {
        if !self.missing_keys {
            return None;
        }
        let f = self.f;
        let module = self.cx.module;
        let InstrKind::Call { call: common } = &f[call].kind else { return None };
        let targets = module.resolve(f, common)?;
        let [callee] = targets.callees.as_slice() else { return None };
        let g = module.functions[*callee].function;
        let (map_param, key_param) = crate::helper_upserts::getter_lookup(g, index)?;
        let &holder_arg = targets.args.get(map_param as usize)?;
        let &key_arg = targets.args.get(key_param as usize)?;
        let written_for_miss =
            crate::helper_upserts::stamped_and_put_back(f, call, holder, holder_arg, key_arg)
                && !crate::helper_upserts::keys_covered(module, *callee, index);
        written_for_miss.then(|| vec![Origin::HelperMiss { call, callee: short_name(&g.name) }])
    }

    /// The send that gives a pointer, asserted to its dynamic type out of an interface received
    /// from a channel (`switch e := ev.(type) { case *Reset: e.Meta[k] = v }`), a struct whose
    /// map at the field path over `addr` is nil: some function of the package sends on the
    /// channel an interface holding a pointer of that type to a struct without the map, and the
    /// receiver only reads through the pointer (nothing it does can make the map) and does not
    /// branch on what it read.
    fn sent_pointer_without(&mut self, addr: ValueId) -> Option<Vec<Origin>> {
        let f = self.f;
        let mut fields = Vec::new();
        let mut at = strip_conversions(f, addr);
        while let Some(InstrKind::FieldAddr { base, field }) =
            f.defining_instr(at).map(|d| &f[d].kind)
        {
            fields.push(*field);
            at = strip_conversions(f, *base);
        }
        fields.reverse();
        let ValueDef::Result { instr: assert, index: 0 } = f[at].def else { return None };
        let InstrKind::TypeAssert { x, .. } = &f[assert].kind else { return None };
        let ValueDef::Result { instr: recv, index: 0 } = f[strip_conversions(f, *x)].def else {
            return None;
        };
        if fields.is_empty()
            || !matches!(f[recv].kind, InstrKind::Recv { .. })
            || !crate::json_elements::address_only_read(f, at)
        {
            return None;
        }
        let access = Access { deref: true, fields };
        let InstrKind::TypeAssert { asserted, .. } = &f[assert].kind else { return None };
        let program = self.cx.module.program;
        let known = asserted.arena as usize <= program.units.len();
        let elem = match known.then(|| {
            let mut types = program.types();
            let under = mapscope_types::query::underlying(&mut types, *asserted);
            match *types.ty(under) {
                Type::Pointer(elem) => Some(elem),
                _ => None,
            }
        }) {
            Some(Some(elem)) => elem,
            _ => return None,
        };
        let InstrKind::Recv { chan, .. } = &f[recv].kind else { return None };
        self.sent_giving(*chan, at, &access, Some(elem))
    }

    /// The send on channel `chan` (of a receive: a `Recv`, or a `Select` case) whose value leaves the map at `access` nil, when the receiver does not branch on
    /// `received` (what it received, or the pointer it asserted out of it); with `pointer`,
    /// only sends of an interface holding a pointer to that type count, and `access` is
    /// through that pointer. An empty `access`, the received map itself, counts only for a
    /// channel kept in a field: a local channel's nil is a message more often than a value.
    fn sent_giving(
        &mut self,
        chan: ValueId,
        received: ValueId,
        access: &Access,
        pointer: Option<TypeId>,
    ) -> Option<Vec<Origin>> {
        if !self.follow_sends {
            return None;
        }
        let f = self.f;
        let module = self.cx.module;
        let me = &module.functions[self.me?];
        let chan = &chan;
        let channel_field = |g: &Function, table: &crate::fields::FieldTable, at: usize, chan| {
            let load = g.defining_instr(strip_conversions(g, chan))?;
            let InstrKind::Load { addr } = &g[load].kind else { return None };
            table.selection(at, selected_field(g, *addr)?)
        };
        let field = channel_field(f, me.fields, me.index_in_unit, *chan);
        if access.fields.is_empty() && (access.deref || field.is_none() || pointer.is_some()) {
            return None;
        }
        // A channel that is not a field: the `make` sites it may come from (a local, or a
        // parameter every caller in the package passes a local channel for), matched with the
        // sends' channels, when the receiver treats every value alike (no branch on what it
        // received: a flag or an error may tell the values without a map apart).
        let unit_functions: Vec<usize> =
            (0..module.functions.len()).filter(|&i| module.functions[i].unit == me.unit).collect();
        let made_at = match field {
            Some(_) if pointer.is_none() => Vec::new(),
            _ => {
                if branches_on_received(module, f, received) {
                    return None;
                }
                channel_makes(module, &unit_functions, self.me?, *chan)?
            }
        };
        for (index, other) in module.functions.iter().enumerate() {
            if other.unit != me.unit {
                continue;
            }
            let g = other.function;
            for block in g.block_ids() {
                // Sends: plain ones and a `select`'s send cases.
                let sends = g[block].instrs().iter().flat_map(|&i| {
                    let sent: Vec<(ValueId, ValueId)> = match &g[i].kind {
                        InstrKind::Send { chan, value } => vec![(*chan, *value)],
                        InstrKind::Select { states, .. } => {
                            states.iter().filter_map(|s| Some((s.chan, s.send?))).collect()
                        }
                        _ => Vec::new(),
                    };
                    sent.into_iter().map(move |(chan, value)| (i, chan, value))
                });
                for (i, chan, value) in sends {
                    let (chan, value) = (&chan, &value);
                    let same_channel = match field {
                        Some(field) if pointer.is_none() => {
                            channel_field(g, other.fields, other.index_in_unit, *chan)
                                == Some(field)
                        }
                        _ => channel_makes(module, &unit_functions, index, *chan)
                            .is_some_and(|makes| makes.iter().any(|m| made_at.contains(m))),
                    };
                    if !same_channel {
                        continue;
                    }
                    // An interface holding a pointer of the asserted type, made only to be
                    // sent: the pointer, as it is where the interface is made.
                    let (value, point) = match pointer {
                        None => (*value, i),
                        Some(ty) => {
                            let boxed = strip_conversions(g, *value);
                            let held = g.defining_instr(boxed).and_then(|d| match &g[d].kind {
                                InstrKind::MakeInterface { x } => Some((*x, d)),
                                _ => None,
                            });
                            match held {
                                Some((x, made))
                                    if g[boxed].referrers() == [i].as_slice()
                                        && pointee_type(module, index, x) == Some(ty) =>
                                {
                                    (x, made)
                                }
                                _ => continue,
                            }
                        }
                    };
                    let mut search = Search::new(g, self.cx, false);
                    search.follow_sends = false;
                    if search.nil_access(value, access, point).is_some()
                        && search.path_exists(block)
                    {
                        let site = module.site(index, g[i].span.start);
                        return Some(vec![Origin::SentWithout { site }]);
                    }
                }
            }
        }
        None
    }

    /// The origin of the nil that `call` (at `at`) may store into `location` by reflection: a
    /// callee that stores `reflect.Zero` into a map field of the struct its interface parameter
    /// points to ([`crate::reflect_zeroes`]), given a pointer to a struct whose exported field
    /// `location` is.
    fn reflect_zeroed(
        &self,
        location: &Location,
        at: InstrId,
        call: &CallCommon,
    ) -> Option<Vec<Origin>> {
        let f = self.f;
        let program = self.cx.module.program;
        // Asked of every interface an address is boxed in: a module function's own summary
        // tells first, before the call's is put together.
        let targets = self.cx.module.resolve(f, call)?;
        let zeroes =
            |&c: &usize| self.cx.summaries.get(c).is_some_and(|s| !s.reflect_zeroes.is_empty());
        if !targets.callees.iter().any(zeroes) {
            return None;
        }
        let callee = self.cx.call_summary(f, call)?;
        for (param, site) in &callee.summary.reflect_zeroes {
            let Some(&arg) = callee.args.get(*param as usize) else { continue };
            let boxing = f.defining_instr(strip_conversions(f, arg));
            let Some(InstrKind::MakeInterface { x: target }) = boxing.map(|b| &f[b].kind) else {
                continue;
            };
            let Some(path) = self.derived_overlapping(*target, location) else { continue };
            let Some(&[field]) = location.fields.strip_prefix(path.as_slice()) else { continue };
            let Some(elem) = crate::models::pointee(program, f, *target) else { continue };
            let exported = {
                let mut types = program.types();
                let under = mapscope_types::query::underlying(&mut types, elem);
                let Type::Struct(fields) = types.ty(under) else { continue };
                fields.get(field as usize).is_some_and(|fd| {
                    fd.name.chars().next().is_some_and(char::is_uppercase)
                        && mapscope_types::query::is_map(&mut program.types(), fd.ty)
                })
            };
            if exported {
                return Some(vec![Origin::CalleeNils {
                    call: at,
                    callee: callee.callee.clone(),
                    site: site.clone(),
                }]);
            }
        }
        None
    }

    /// The origin of a nil map at `access` of pointer `arg` looked up in a map that a gob
    /// decode filled (here, or in a callee returning it): gob makes each element and sets no
    /// unexported field, so a map field that only creation sets, which the function does not
    /// test for nil, is nil in it.
    fn gob_element_without(&self, arg: ValueId, access: &Access) -> Option<Vec<Origin>> {
        let f = self.f;
        let [field] = access.fields.as_slice() else { return None };
        if !access.deref {
            return None;
        }
        let lookup = f.defining_instr(strip_conversions(f, arg))?;
        let InstrKind::MapLookup { map, .. } = &f[lookup].kind else { return None };
        let map = strip_conversions(f, *map);
        let decoded = crate::gob_decoded::decoded_local(f, map)
            || match &f[map].def {
                ValueDef::Result { instr: call, index } => match &f[*call].kind {
                    InstrKind::Call { call } => self
                        .cx
                        .call_summary(f, call)
                        .is_some_and(|callee| callee.summary.gob_results.contains(index)),
                    _ => false,
                },
                _ => false,
            };
        if !decoded {
            return None;
        }
        let program = self.cx.module.program;
        let elem = crate::models::pointee(program, f, arg)?;
        let obj = {
            let mut types = program.types();
            let under = mapscope_types::query::underlying(&mut types, elem);
            let Type::Struct(fields) = types.ty(under) else { return None };
            let declared = fields.get(*field as usize)?;
            let unexported = declared.name.starts_with(|c: char| !c.is_uppercase());
            if !unexported || !mapscope_types::query::is_map(&mut program.types(), declared.ty) {
                return None;
            }
            declared.obj?
        };
        let me = &self.cx.module.functions[self.me?];
        if !self.cx.fields.set_at_creation(program, obj) || field_tested(me, f, obj) {
            return None;
        }
        Some(vec![Origin::StdDefault {
            note: "encoding/gob made this element and sets no unexported field, and only \
                   creation sets it",
        }])
    }

    /// The origin of the nil map that type assertion `assert` may get from a map of
    /// interfaces: a store in the package boxes a map that may be nil there under the same
    /// constant key ([`crate::boxed_nils`]).
    fn boxed_nil(&mut self, assert: InstrId) -> Option<Vec<Origin>> {
        if !self.follow_sends {
            return None;
        }
        let module = self.cx.module;
        for store in crate::boxed_nils::boxing_stores(module, self.me?, self.f, assert) {
            let g = module.functions[store.function].function;
            let Some(block) = g[store.update].block() else { continue };
            let mut search = Search::new(g, self.cx, false);
            search.follow_sends = false;
            if search.nil_value(store.boxed, 0).is_some() && search.path_exists(block) {
                let site = module.site(store.function, g[store.update].span.start);
                return Some(vec![Origin::BoxedNil { site }]);
            }
        }
        None
    }

    /// Whether pointer `v` has a use other than `call` that may run after it and before the
    /// point the search walks back from: the search follows the call's result instead of `v`
    /// from there, and would miss it. A use reached only through `call` again (the next turn
    /// of a loop, `b.reset()` after `b.url(u).header(k, v)`) is before the call, which the
    /// search walks on to with `v`.
    fn used_after(&self, v: ValueId, call: InstrId) -> bool {
        let f = self.f;
        if let Some(point) = self.walk_point {
            return f[v].referrers().iter().any(|&user| {
                user != call
                    && reaches_avoiding(f, call, user, call)
                    && reaches_avoiding(f, user, point, call)
            });
        }
        let Some(block) = f[call].block() else { return true };
        let instrs = f[block].instrs();
        let at = |i: InstrId| instrs.iter().position(|&x| x == i);
        f[v].referrers().iter().any(|&user| {
            if user == call {
                return false;
            }
            let Some(user_block) = f[user].block() else { return true };
            (user_block == block && at(user) > at(call))
                || crate::key_values::block_reaches(f, block, user_block)
        })
    }

    /// The constant documents the decode `call` (at `at`) may read ([`crate::json_texts`]).
    fn decoded_texts(&self, at: InstrId, call: &CallCommon) -> Vec<Box<str>> {
        let f = self.f;
        match (crate::models::json_data(f, call), f[at].block()) {
            (Some(data), Some(block)) => {
                crate::json_texts::possible_texts(self.cx, self.me, f, data, block)
            }
            _ => Vec::new(),
        }
    }

    /// A decode `call` (at `at`) into a `ty` whose `UnmarshalJSON` stores a fresh decode over
    /// the value ([`crate::fresh_decoders`]): the map at `rest` is nil where the data has no
    /// value for it, whatever it held before.
    fn fresh_decode_effect(
        &mut self,
        at: InstrId,
        call: &CallCommon,
        ty: mapscope_types::types::TypeId,
        rest: &[u32],
    ) -> Effect {
        let f = self.f;
        let program = self.cx.module.program;
        let JsonKeys::Keys(keys) = crate::models::json_keys_fresh(program, ty, rest) else {
            return Effect::Kill;
        };
        let param = crate::models::json_unmarshal_param(f, call);
        if let (true, Some(param)) = (self.decoded_params, param) {
            return Effect::Nil(vec![Origin::JsonParam {
                call: at,
                param,
                keys,
                absent_too: true,
                unknown_nil: false,
                fresh: true,
            }]);
        }
        let texts = self.decoded_texts(at, call);
        // Data the analysis cannot see is taken to have the key, as for any decode; a caller
        // passing a document without it decides through the summary ([`Origin::JsonParam`]).
        if texts.is_empty() {
            return Effect::Kill;
        }
        match crate::models::json_decoded_any(&texts, &keys) {
            Decoded::Nil => Effect::Nil(vec![Origin::JsonNull(at)]),
            Decoded::Untouched => Effect::Nil(vec![Origin::JsonReplaced(at)]),
            // The method returns the decode's error before it stores anything.
            Decoded::Mismatched => {
                self.non_nil.extend(f[at].result());
                Effect::None
            }
            Decoded::Made => Effect::Kill,
        }
    }

    /// A call that receives an address of the place: its summary says whether it makes the map;
    /// a callee without one may do anything.
    fn call_effect(&mut self, location: &Location, at: InstrId, call: &CallCommon) -> Effect {
        let f = self.f;
        if is_measure(call) {
            return Effect::None;
        }
        // `copy` out of an elements' slice reads it; into one made longer than its source, it
        // leaves the tail as made.
        if crate::grown_copies::is_copy(call)
            && let Root::Alloc(make) = location.root
            && matches!(f[make].kind, InstrKind::MakeSlice { .. })
            && location.fields.first() == Some(&ELEMENT)
        {
            let is_made = |a: &ValueId| {
                let a = strip_conversions(f, *a);
                f.defining_instr(a).and_then(|d| crate::resliced::made_slice(f, d)) == Some(make)
            };
            let into = call.args.first().is_some_and(is_made);
            let from = call.args.get(1).is_some_and(is_made);
            return match (into, from) {
                (false, false) => Effect::None,
                (false, true) => Effect::None,
                (true, false)
                    if self.walk_point.is_some_and(|point| {
                        crate::grown_copies::leaves_tail(f, make, call, point)
                    }) =>
                {
                    Effect::None
                }
                _ => Effect::Kill,
            };
        }
        if let Some(target) = crate::models::json_unmarshal_target(f, call) {
            if let Some(path) = self.derived_overlapping(target, location) {
                let Some(rest) = location.fields.strip_prefix(path.as_slice()) else {
                    return Effect::Kill;
                };
                let program = self.cx.module.program;
                let fresh = crate::models::pointee(program, f, target)
                    .filter(|&ty| !rest.is_empty() && self.cx.module.fresh_decoders().replaces(ty));
                if let Some(ty) = fresh {
                    return self.fresh_decode_effect(at, call, ty, rest);
                }
                let param = crate::models::json_unmarshal_param(f, call);
                if let (true, Some(param)) = (self.decoded_params, param) {
                    let JsonKeys::Keys(keys) = json_keys(program, f, target, rest) else {
                        return Effect::Kill;
                    };
                    // What the map held before, with this decode seen as an unknown one (a loop
                    // back to it ends there).
                    self.decoded_params = false;
                    let absent_too = self.nil_at(location, at, MAX_COPY_DEPTH / 2).is_some();
                    self.decoded_params = true;
                    // A reader parameter whose data the caller cannot show either is read as
                    // any data the analysis cannot see (which may lack the key).
                    let unknown_nil = absent_too
                        && crate::models::json_data(f, call).is_none()
                        && crate::models::json_unmarshal_effect(
                            program,
                            self.cx.fields,
                            f,
                            call,
                            target,
                            rest,
                            &[],
                        ) == Decoded::Untouched;
                    return Effect::Nil(vec![Origin::JsonParam {
                        call: at,
                        param,
                        keys,
                        absent_too,
                        unknown_nil,
                        fresh: false,
                    }]);
                }
                let texts = self.decoded_texts(at, call);
                return match crate::models::json_unmarshal_effect(
                    program,
                    self.cx.fields,
                    f,
                    call,
                    target,
                    rest,
                    &texts,
                ) {
                    Decoded::Untouched => Effect::None,
                    // Only a path on which the decode's error is not nil keeps the map.
                    Decoded::Mismatched => {
                        self.non_nil.extend(f[at].result());
                        Effect::None
                    }
                    Decoded::Nil => Effect::Nil(vec![Origin::JsonNull(at)]),
                    Decoded::Made => Effect::Kill,
                };
            }
        }
        // gob sends no empty map, and encoding/xml makes no map at all: such a decode may leave
        // a map field as it was.
        let gob = crate::gob_decoded::decode_target(f, call).map(|target| (target, true));
        let decode = gob
            .or_else(|| crate::xml_decoded::decode_target(f, call).map(|target| (target, false)));
        if let Some((target, gob)) = decode
            && let Some(path) = self.derived_overlapping(target, location)
        {
            let program = self.cx.module.program;
            let keeps = location.fields.strip_prefix(path.as_slice()).is_some_and(|rest| {
                if gob {
                    crate::gob_decoded::may_keep(program, self.cx.fields, f, target, rest)
                } else {
                    crate::xml_decoded::keeps(program, f, target, rest)
                }
            });
            return if keeps { Effect::None } else { Effect::Kill };
        }
        // A reflective decoder that stores `reflect.Zero` into a map field of what its `any`
        // parameter points to: an exported map field of that struct may be nil after it.
        if let Some(origins) = self.reflect_zeroed(location, at, call) {
            return Effect::Nil(origins);
        }
        let touching: Vec<(usize, Vec<u32>)> = call
            .args
            .iter()
            .enumerate()
            .filter_map(|(j, &a)| Some((j, self.derived_overlapping(a, location)?)))
            .collect();
        let receiver_touches = matches!(&call.callee, Callee::Invoke { receiver, .. } | Callee::Dynamic(receiver)
        if self.derived_overlapping(*receiver, location).is_some()
            || f.defining_instr(*receiver).is_some_and(|i| {
                let mut t = false;
                f[i].kind.for_each_operand(|o| t |= self.derived_overlapping(o, location).is_some());
                t
            }));
        if touching.is_empty() && !receiver_touches {
            return Effect::None;
        }
        let Some(callee) = self.cx.call_summary(f, call) else { return Effect::Kill };
        for (j, arg) in callee.args.iter().enumerate() {
            let Some(path) = self.derived_overlapping(*arg, location) else { continue };
            let param = j as u32;
            // A chaining callee hands the pointer back: what is done through its result is
            // not done through this place, unless the search follows the result here.
            if self.through_result != Some(at) && hands_back(f, at, &callee.summary, param) {
                return Effect::Kill;
            }
            let Some(rest) = location.fields.strip_prefix(path.as_slice()) else {
                return Effect::Kill;
            };
            if callee.summary.initialises_field(param, rest)
                || callee.summary.lets_escape(param, rest)
            {
                return Effect::Kill;
            }
            // A place the callee sets to what another place held at the call: nil where that
            // is, searched from the call (a bounded number of copies deep: swaps in a loop).
            if let Some(copy) = callee.summary.copies.iter().find(|c| {
                c.param == param
                    && c.access.fields == rest
                    && !callee.summary.lets_escape(param, rest)
            }) && self.copies_followed < MAX_COPIES_FOLLOWED
            {
                let Some(&source) = callee.args.get(copy.from as usize) else {
                    return Effect::Kill;
                };
                // A setter handed the constant nil is a deliberate reset (`SetCache(nil)`),
                // whose caller knows what runs next; the copy counts for a nil it carries
                // from elsewhere (an unset config field, a spare never made).
                if copy.from_access.fields.is_empty()
                    && !copy.from_access.deref
                    && is_nil_constant(f, strip_conversions(f, source))
                {
                    return Effect::Kill;
                }
                let from_access = copy.from_access.clone();
                self.copies_followed += 1;
                let found = self.nil_access_at(source, &from_access, at, 1);
                self.copies_followed -= 1;
                return match found {
                    Some(origins) => Effect::Nil(origins),
                    None => Effect::Kill,
                };
            }
            // A nil the callee leaves on every return wins over its other stores there (a
            // fresh struct copied over the whole place stores its other fields too).
            let nils = callee
                .summary
                .nils
                .iter()
                .find(|n| n.param == param && n.access.deref && n.access.fields == rest);
            if nils.is_none() && callee.summary.may_store(param, rest) {
                return Effect::Kill;
            }
            if let Some(n) = nils {
                return Effect::Nil(vec![Origin::CalleeNils {
                    call: at,
                    callee: callee.callee.clone(),
                    site: n.site.clone(),
                }]);
            }
        }
        Effect::None
    }

    /// Whether store `i` of `value` keeps the slice made at `location`'s root (whose elements
    /// the search follows) in a place nothing reaches before the read
    /// ([`crate::kept_slices`]).
    fn made_slice_kept(&self, location: &Location, i: InstrId, value: ValueId) -> bool {
        let f = self.f;
        let Root::Alloc(make) = location.root else { return false };
        matches!(f[make].kind, InstrKind::MakeSlice { .. })
            && f.defining_instr(value) == Some(make)
            && self.walk_point.is_some_and(|point| {
                crate::kept_slices::quiet_between(self.cx.module.program, f, i, point)
            })
    }

    /// The field path of `v` inside `location`'s root when `v` is an address of the root that
    /// overlaps the place (the root itself, or a field on the way to the place or inside it).
    fn derived_overlapping(&self, v: ValueId, location: &Location) -> Option<Vec<u32>> {
        let l = self::location(self.f, strip_conversions(self.f, v))?;
        (l.root == location.root && overlaps(&l.fields, &location.fields)).then_some(l.fields)
    }

    /// The text of the file the function is in.
    fn source(&self) -> Option<&'f [u8]> {
        self.me.map(|me| &*self.cx.module.functions[me].file.source)
    }

    /// Whether an address of the place reaches code the search cannot follow: stored, captured,
    /// converted, or given to a call that may keep it. Only for roots whose address the function
    /// creates; a parameter's place is followed instruction by instruction instead.
    fn escapes(&self, location: &Location, point: InstrId) -> bool {
        let f = self.f;
        // Code that runs only after `point` cannot change what the place holds there (a
        // callee that writes the map and then returns the pointer it was given).
        let runs_before = |user: InstrId| {
            if user == point {
                return false;
            }
            let (Some(a), Some(b)) = (f[user].block(), f[point].block()) else { return true };
            let instrs = f[a].instrs();
            let at = |i: InstrId| instrs.iter().position(|&x| x == i);
            (a == b && at(user) < at(point)) || crate::key_values::block_reaches(f, a, b)
        };
        let pointer = match location.root {
            Root::Alloc(i) => f[i].result(),
            Root::Call(i, index) => f[i].results().nth(index as usize),
            Root::Param(_) | Root::Global(_) => return false,
        };
        let Some(pointer) = pointer else { return true };
        let made_slice = matches!(location.root,
            Root::Alloc(i) if matches!(f[i].kind, InstrKind::MakeSlice { .. }));
        let mut addresses = vec![(pointer, Vec::new())];
        while let Some((addr, path)) = addresses.pop() {
            let overlapping = overlaps(&path, &location.fields);
            // The place goes on through the pointer held here (`h.registry` of
            // `h.registry.pending`): what gets that pointer may reach it too.
            let through_pointer = location.fields.get(path.len()) == Some(&DEREF)
                && location.fields.starts_with(&path);
            for &user in f[addr].referrers() {
                if f[user].block().is_some_and(|b| self.skips(b)) {
                    continue;
                }
                match &f[user].kind {
                    InstrKind::Load { .. } if through_pointer => {
                        let Some(pointer) = f[user].result() else { continue };
                        // Only a pointer whose place the search names (a receiver, a base of
                        // fields) is followed by the walk; one passed on otherwise escapes.
                        if self::location(f, pointer).is_none()
                            && f[pointer].referrers().iter().any(|&u| {
                                !matches!(
                                    f[u].kind,
                                    InstrKind::FieldAddr { .. } | InstrKind::BinOp { .. }
                                )
                            })
                        {
                            return true;
                        }
                        let mut p = path.clone();
                        p.push(DEREF);
                        addresses.push((pointer, p));
                    }
                    InstrKind::Load { .. } | InstrKind::Return { .. } | InstrKind::BinOp { .. } => {
                    }
                    // The value replaced by what each option of a collection parameter returns
                    // (`for _, opt := range opts { cfg = opt(cfg) }`): as with the address
                    // handed to them, code the search cannot follow decides the place, and a
                    // caller passing no options is [`crate::empty_options`]'s to report.
                    InstrKind::Store { addr: a, value }
                        if *a == addr
                            && overlapping
                            && runs_before(user)
                            && returned_by_parameter_element(f, *value) =>
                    {
                        return true;
                    }
                    InstrKind::Store { addr: a, value } if *a == addr && *value != addr => {}
                    // The made slice kept in a field that nothing before `point` can reach.
                    InstrKind::Store { value, .. }
                        if made_slice
                            && path.is_empty()
                            && *value == addr
                            && crate::kept_slices::quiet_between(
                                self.cx.module.program,
                                f,
                                user,
                                point,
                            ) => {}
                    InstrKind::FieldAddr { field, .. } => match f[user].result() {
                        Some(r) => {
                            let mut p = path.clone();
                            p.push(*field);
                            addresses.push((r, p));
                        }
                        None => return true,
                    },
                    InstrKind::IndexAddr { base, index } if *base == addr && *index != addr => {
                        match f[user].result() {
                            Some(r) => {
                                let mut p = path.clone();
                                p.push(ELEMENT);
                                addresses.push((r, p));
                            }
                            None => return true,
                        }
                    }
                    InstrKind::Call { call } if is_measure(call) => {}
                    // An address kept in a local table of pointers that is only looked up
                    // and read through.
                    InstrKind::MapUpdate { .. }
                        if crate::pointer_tables::held_by_table(f, user, addr) => {}
                    // What a slice of the slice reaches is the slice's.
                    InstrKind::Slice { base, .. } if made_slice && *base == addr => {
                        if let Some(r) = f[user].result() {
                            addresses.push((r, path.clone()));
                        }
                    }
                    InstrKind::MakeInterface { .. }
                        if f[user].result().is_some_and(|r| crate::models::only_decoded(f, r)) => {}
                    // Handed only to reflective decoders that may zero this exported map field:
                    // the call's effect says so.
                    InstrKind::MakeInterface { .. }
                        if f[user].result().is_some_and(|r| {
                            f[r].referrers().iter().all(|&u| match &f[u].kind {
                                InstrKind::Call { call } => {
                                    self.reflect_zeroed(location, u, call).is_some()
                                }
                                _ => false,
                            })
                        }) => {}
                    // A map field's address registered as a `flag.Value`: its `Set` runs when
                    // the flags are parsed, which the registration's own search follows.
                    InstrKind::MakeInterface { .. }
                        if f[user]
                            .result()
                            .is_some_and(|r| crate::flag_values::only_registered(f, r)) => {}
                    InstrKind::Call { .. } if overlapping && !runs_before(user) => {}
                    // A slice made here handed to a call: the callee may fill its elements
                    // (summaries record no stores into a parameter's elements).
                    // `copy` keeps no reference; what it fills is its effect's to say.
                    InstrKind::Call { call }
                        if path.is_empty() && made_slice && crate::grown_copies::is_copy(call) => {}
                    InstrKind::Call { .. } if path.is_empty() && made_slice => return true,
                    InstrKind::Call { call } if overlapping => {
                        let Some(callee) = self.cx.call_summary(f, call) else { return true };
                        for (j, &arg) in callee.args.iter().enumerate() {
                            if strip_conversions(f, arg) != addr {
                                continue;
                            }
                            let rest = location.fields.strip_prefix(path.as_slice()).unwrap_or(&[]);
                            if callee.summary.lets_escape(j as u32, rest)
                                || hands_back(f, user, &callee.summary, j as u32)
                            {
                                return true;
                            }
                        }
                        // The receiver of an interface call hidden in a conversion, or a
                        // closure: the argument list names neither.
                        if !callee.args.iter().any(|&a| strip_conversions(f, a) == addr) {
                            return true;
                        }
                    }
                    _ if !overlapping => {}
                    // A deferred call gets it only when the function returns.
                    InstrKind::Defer { .. }
                        if crate::deferred_calls::before_defers(f, point, self.source()) => {}
                    // Whatever gets the address only after `point` (printing the struct after
                    // the write) cannot have filled the place before it.
                    _ if !runs_before(user) => {}
                    _ => return true,
                }
            }
        }
        false
    }

    /// Whether store `i` of `value` runs only on paths where `value` is not nil: an edge on the
    /// chain of single predecessors above its block rules a nil `value` out.
    fn stored_only_non_nil(&self, i: InstrId, value: ValueId) -> bool {
        let f = self.f;
        let Some(mut block) = f[i].block() else { return false };
        // A bound on the chain: the test sits right above the store in the code this is for.
        for _ in 0..8 {
            let &[pred] = f[block].preds() else { return false };
            if !self.edge_feasible(pred, block, &[value], None, None) {
                return true;
            }
            block = pred;
        }
        false
    }

    /// Whether control can go from `pred` to `succ` while the tracked value is nil: not when
    /// `pred` ends in `if x == nil` (false edge) or `if x != nil` (true edge) for an `x` that is
    /// one of `values`, on the chain, a nil constant or a load of `location`; nor along the dead
    /// edge of a constant condition; nor along the edge where a value known non-nil on the path
    /// is nil.
    /// With `entered`, the φs of that block have the values of the edge from that predecessor,
    /// so a condition computed from them (`i%n == 0` with `i` 0 on the first iteration) is known.
    fn edge_feasible(
        &self,
        pred: BlockId,
        succ: BlockId,
        values: &[ValueId],
        location: Option<&Location>,
        entered: Option<(BlockId, BlockId)>,
    ) -> bool {
        let f = self.f;
        if self.cx.module.never_returns(f, pred) {
            return false;
        }
        // A call that returns only when an argument known false here was true
        // (`require.True(t, ok)` after a failed assertion).
        if self.stops_among(f[pred].instrs()) {
            return false;
        }
        let tracked = |x: ValueId| {
            values.contains(&x)
                || self.chain.contains(&x)
                || is_nil_constant(f, x)
                || location.is_some_and(|l| loaded_from(f, x).as_ref() == Some(l))
        };
        if !self.loop_needs.is_empty()
            && crate::length_guards::skips_needed_loop(
                f,
                &self.loop_needs,
                pred,
                succ,
                &tracked,
                &|call| self.cx.module.call_writes_nothing(f, call),
            )
        {
            return false;
        }
        let Some(&last) = f[pred].instrs().last() else { return true };
        let InstrKind::If { cond } = &f[last].kind else { return true };
        let succs = f[pred].succs();
        if succs.len() != 2 || succs[0] == succs[1] {
            return true;
        }
        let taken_true = succs[0] == succ;
        let cond = strip_conversions(f, *cond);
        if self.reaches_write.get(succ.index()).copied().unwrap_or(false) {
            let (tested, taken) = without_negations(f, cond, taken_true);
            if self.write_guards.contains(&(tested, !taken)) {
                return false;
            }
        }
        // An edge on which a call's outcome shows that an argument known false was true
        // (`if err := invariant(ok, msg); err != nil { return err }`, then on).
        if !self.false_values.is_empty()
            && crate::bool_params::edge_implies(self.cx, f, cond, taken_true, |a| {
                self.known_false(a)
            })
        {
            return false;
        }
        match self.evaluate(cond, &tracked, entered, 0) {
            Some(Known::Bool(b)) => return b == taken_true,
            // `if m[k]` on a nil map of bools reads false.
            Some(Known::Zero) => return !taken_true,
            _ => {}
        }
        if let Some(flag_value) = location.and_then(|l| self.flag_value_when_nil(cond, l)) {
            let (_, taken) = without_negations(f, cond, taken_true);
            return taken == flag_value;
        }
        match &f[cond].def {
            ValueDef::Const(ConstValue::Bool(b)) => *b == taken_true,
            // A predicate that tests the very map traced (`if c.empty() { c.reset() }`).
            ValueDef::Result { instr, index }
                if matches!(f[*instr].kind, InstrKind::Call { .. }) =>
            {
                let InstrKind::Call { call } = &f[*instr].kind else { return true };
                let Some(location) = location else { return true };
                let Some(callee) = self.cx.call_summary(f, call) else { return true };
                let tests_traced = |t: &&crate::summary::NilTest| {
                    t.result == *index
                        && t.access.deref
                        && callee.args.get(t.param as usize).is_some_and(|&arg| {
                            let Some(mut place) =
                                crate::nilness::location(f, strip_conversions(f, arg))
                            else {
                                return false;
                            };
                            place.fields.extend_from_slice(&t.access.fields);
                            place == *location
                        })
                };
                match callee.summary.nil_tests.iter().find(tests_traced) {
                    Some(test) => test.true_when_nil == taken_true,
                    None => true,
                }
            }
            ValueDef::Result { instr, .. } => {
                let InstrKind::BinOp { op, x, y } = &f[*instr].kind else { return true };
                let (x, y) = (strip_conversions(f, *x), strip_conversions(f, *y));
                let Some(tested) = nil_operand(f, x, y) else { return true };
                let non_nil_when_true = match op {
                    BinaryOp::Neq => true,
                    BinaryOp::Eql => false,
                    _ => return true,
                };
                // A variable a closure captures lives in a cell: `err != nil` then tests a
                // load of what was just stored there.
                let stored = stored_just_before(f, tested);
                if self.non_nil.contains(&tested)
                    || self.non_nil.contains(&self.on_nil_path(tested))
                    || stored.is_some_and(|s| self.non_nil.contains(&s))
                    || self.reads_always_made(tested)
                {
                    return taken_true == non_nil_when_true;
                }
                // A value that merges with the nil at the same φ block and is a nil constant
                // from the edge the nil takes (`var base map[..]; var option any`, both set on
                // the same branches): nil on the nil's path too.
                let nil_beside = || is_nil_constant(f, self.on_nil_path(tested));
                !((tracked(tested) || nil_beside()) && taken_true == non_nil_when_true)
            }
            _ => true,
        }
    }

    /// What `v` is on the path the nil takes, through the φs of the blocks the nil entered by
    /// a chosen edge: an `err` merged at a retry loop's header is the error of the same turn's
    /// call that gave the nil.
    fn on_nil_path(&self, mut v: ValueId) -> ValueId {
        let f = self.f;
        for _ in 0..MAX_COPY_DEPTH {
            let Some(phi) = f.defining_instr(v) else { break };
            let InstrKind::Phi { edges, .. } = &f[phi].kind else { break };
            let Some(block) = f[phi].block() else { break };
            let Some(&(_, pred)) = self.selections.iter().rev().find(|(b, _)| *b == block) else {
                break;
            };
            let Some(i) = f[block].preds().iter().position(|&p| p == pred) else { break };
            let Some(&edge) = edges.get(i) else { break };
            v = strip_conversions(f, edge);
        }
        v
    }

    /// Whether `v` reads a map field that every value of its struct holds a made map in
    /// ([`FieldFacts::always_made`]).
    fn reads_always_made(&self, v: ValueId) -> bool {
        let f = self.f;
        let Some(me) = self.me.map(|me| &self.cx.module.functions[me]) else { return false };
        let Some(load) = f.defining_instr(v) else { return false };
        let InstrKind::Load { addr } = &f[load].kind else { return false };
        let Some(selection) = selected_field(f, *addr) else { return false };
        me.fields
            .selection(me.index_in_unit, selection)
            .is_some_and(|obj| self.cx.fields.always_made(self.cx.module.program, obj))
    }

    /// The value a boolean flag field read by `cond` (through `!`) has while the map field at
    /// `traced` is nil, when the flag is true only while that map is made
    /// ([`crate::flag_fields`]): `false`.
    fn flag_value_when_nil(&self, cond: ValueId, traced: &Location) -> Option<bool> {
        let f = self.f;
        let (flag, _) = without_negations(f, cond, true);
        let InstrKind::Load { addr } = &f[f.defining_instr(flag)?].kind else { return None };
        let field_addr = f.defining_instr(*addr)?;
        let InstrKind::FieldAddr { .. } = &f[field_addr].kind else { return None };
        let flag_place = location(f, *addr)?;
        let (&map_field, map_prefix) = traced.fields.split_last()?;
        let (_, flag_prefix) = flag_place.fields.split_last()?;
        if flag_place.root != traced.root || flag_prefix != map_prefix {
            return None;
        }
        let me = &self.cx.module.functions[self.me?];
        let obj = me.fields.selection(me.index_in_unit, field_addr)?;
        self.cx.fields.flag_means_made(obj, map_field).then_some(false)
    }

    /// Which way branch condition `cond` goes when the maps `tracked` accepts are nil, when
    /// [`Search::evaluate`] knows it.
    pub(crate) fn condition_when_nil(
        &self,
        cond: ValueId,
        tracked: &dyn Fn(ValueId) -> bool,
    ) -> Option<bool> {
        match self.evaluate(cond, tracked, None, 0)? {
            Known::Bool(b) => Some(b),
            // `if m[k]` on a nil map of bools reads false.
            Known::Zero => Some(false),
            _ => None,
        }
    }

    /// What `v` is on the path the nil takes, when that is known: constants, the φs of the
    /// `entered` block, and what reading a tracked (nil) map gives: the element's zero value,
    /// `ok` false, length 0.
    fn evaluate(
        &self,
        v: ValueId,
        tracked: &dyn Fn(ValueId) -> bool,
        entered: Option<(BlockId, BlockId)>,
        depth: usize,
    ) -> Option<Known> {
        let f = self.f;
        if depth > MAX_COPY_DEPTH {
            return None;
        }
        let v = strip_conversions(f, v);
        if self.false_values.contains(&v) {
            return Some(Known::Bool(false));
        }
        match &f[v].def {
            ValueDef::Const(ConstValue::Int(i)) => return Some(Known::Int(*i)),
            ValueDef::Const(ConstValue::Bool(b)) => return Some(Known::Bool(*b)),
            ValueDef::Const(ConstValue::String(s)) if s.is_empty() => return Some(Known::Zero),
            ValueDef::Const(ConstValue::String(_)) => return Some(Known::NonZero),
            // `m[k] != nil` compares an element a nil map reads as zero with the zero value.
            ValueDef::Const(ConstValue::Nil) => return Some(Known::Zero),
            ValueDef::Result { .. } => {}
            // An integer parameter every call passes a constant for: at least the least one.
            ValueDef::Param { index, .. } => {
                return crate::passed_lengths::least_passed_integer(self.cx.module, f, *index)
                    .map(Known::AtLeast);
            }
            _ => return None,
        }
        let ValueDef::Result { instr, index } = f[v].def else { return None };
        let eval = |x: ValueId| self.evaluate(x, tracked, entered, depth + 1);
        // `json.Unmarshal(data, ...)` of `data` a nil map read, which fails and fills nothing.
        let decodes_zero = |call: &CallCommon| {
            crate::models::static_callee_name(f, call) == Some("encoding/json.Unmarshal")
                && call.args.first().is_some_and(|&data| matches!(eval(data), Some(Known::Zero)))
        };
        match &f[instr].kind {
            InstrKind::MapLookup { map, .. } if tracked(strip_conversions(f, *map)) => {
                Some(if index == 0 { Known::Zero } else { Known::Bool(false) })
            }
            // `len(m)`, and `len(m[k])` of the zero element a nil map reads.
            InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::Len) => {
                let arg = strip_conversions(f, *call.args.first()?);
                if tracked(arg) || matches!(eval(arg), Some(Known::Zero)) {
                    return Some(Known::Int(0));
                }
                let ValueDef::Param { index, .. } = f[arg].def else { return None };
                crate::passed_lengths::least_passed_length(self.cx.module, f, index)
                    .filter(|&n| n > 0)
                    .map(Known::AtLeast)
            }
            InstrKind::Phi { edges, .. } => {
                let (block, pred) = entered?;
                if f[instr].block() != Some(block) {
                    return None;
                }
                let i = f[block].preds().iter().position(|&p| p == pred)?;
                let edge = *edges.get(i)?;
                eval(edge).or_else(|| known_by_branch(f, pred, block, edge))
            }
            // encoding/json fails on empty input ("unexpected end of JSON input"): decoding
            // what a nil map reads (`json.Unmarshal(doc["spec"], &spec)`) returns an error.
            InstrKind::Call { call } if index == 0 && decodes_zero(call) => Some(Known::NonZero),
            // The first turn of a `range` over a map made just before with nothing in it
            // (`t.params = url.Values{}` then `for k, v := range t.params`): the body never runs.
            InstrKind::MapNext { iter } if index == 0 => {
                let InstrKind::MapRange { map } = &f[f.defining_instr(*iter)?].kind else {
                    return None;
                };
                made_empty(f, *map).then_some(Known::Bool(false))
            }
            // A local that a failed decode was to fill (`var typ string`, then
            // `if raw, ok := doc["type"]; ok { json.Unmarshal(raw, &typ) }`): nothing stores into
            // it but zero values and decodes of what a nil map reads, which fail.
            InstrKind::Load { addr } => {
                let alloc = f.defining_instr(*addr)?;
                if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
                    return None;
                }
                let failed_decode = |user: InstrId, target: ValueId| {
                    let InstrKind::Call { call } = &f[user].kind else { return false };
                    call.args.get(1) == Some(&target) && decodes_zero(call)
                };
                let only_zero = f[*addr].referrers().iter().all(|&user| match &f[user].kind {
                    InstrKind::Load { .. } => true,
                    InstrKind::Store { addr: to, value } => {
                        to == addr
                            && matches!(
                                eval(*value),
                                Some(Known::Zero | Known::Int(0) | Known::Bool(false))
                            )
                    }
                    InstrKind::MakeInterface { .. } => f[user].result().is_some_and(|boxed| {
                        f[boxed].referrers().iter().all(|&call| failed_decode(call, boxed))
                    }),
                    _ => failed_decode(user, *addr),
                });
                only_zero.then_some(Known::Zero)
            }
            // A call whose every return gives the same constant boolean.
            InstrKind::Call { call } if !matches!(call.callee, Callee::Builtin(_)) => {
                let callee = self.cx.call_summary(f, call)?;
                if callee.summary.true_results.contains(&index) {
                    Some(Known::Bool(true))
                } else if callee.summary.false_results.contains(&index) {
                    Some(Known::Bool(false))
                } else {
                    None
                }
            }
            InstrKind::UnOp { op: UnaryOp::Not, x } => match eval(*x)? {
                Known::Bool(b) => Some(Known::Bool(!b)),
                Known::Zero => Some(Known::Bool(true)),
                Known::Int(_) | Known::NonZero | Known::AtLeast(_) => None,
            },
            InstrKind::BinOp { op, x, y } => {
                let as_int = |k: Known| match k {
                    Known::Int(i) => Some(i),
                    Known::Zero => Some(0),
                    Known::Bool(_) | Known::NonZero | Known::AtLeast(_) => None,
                };
                let (a, b) = (eval(*x), eval(*y));
                // 0 % n and 0 * n are 0 whatever n is (n == 0 panics and ends the path).
                if matches!(op, BinaryOp::Rem | BinaryOp::Mul | BinaryOp::Quo)
                    && a.and_then(as_int) == Some(0)
                {
                    return Some(Known::Int(0));
                }
                let (a, b) = (a?, b?);
                // A length known to be at least `n` against a constant.
                match (a, b) {
                    (Known::AtLeast(n), k) => return at_least_compared(op, n, as_int(k)?, false),
                    (k, Known::AtLeast(n)) => return at_least_compared(op, n, as_int(k)?, true),
                    _ => {}
                }
                // A zero value (a string a nil map reads) differs from a non-zero one.
                if matches!((a, b), (Known::NonZero, _) | (_, Known::NonZero)) {
                    let differs = match (a, b) {
                        (Known::Zero, _) | (_, Known::Zero) => true,
                        _ => return None,
                    };
                    return match op {
                        BinaryOp::Eql => Some(Known::Bool(!differs)),
                        BinaryOp::Neq => Some(Known::Bool(differs)),
                        _ => None,
                    };
                }
                if matches!((a, b), (Known::Bool(_), _) | (_, Known::Bool(_))) {
                    let as_bool = |k: Known| match k {
                        Known::Bool(b) => Some(b),
                        Known::Zero => Some(false),
                        Known::Int(_) | Known::NonZero | Known::AtLeast(_) => None,
                    };
                    let (p, q) = (as_bool(a)?, as_bool(b)?);
                    return match op {
                        BinaryOp::Eql => Some(Known::Bool(p == q)),
                        BinaryOp::Neq => Some(Known::Bool(p != q)),
                        _ => None,
                    };
                }
                let (a, b) = (as_int(a)?, as_int(b)?);
                Some(match op {
                    BinaryOp::Eql => Known::Bool(a == b),
                    BinaryOp::Neq => Known::Bool(a != b),
                    BinaryOp::Lss => Known::Bool(a < b),
                    BinaryOp::Leq => Known::Bool(a <= b),
                    BinaryOp::Gtr => Known::Bool(a > b),
                    BinaryOp::Geq => Known::Bool(a >= b),
                    BinaryOp::Add => Known::Int(a.checked_add(b)?),
                    BinaryOp::Sub => Known::Int(a.checked_sub(b)?),
                    BinaryOp::Mul => Known::Int(a.checked_mul(b)?),
                    BinaryOp::Rem if b != 0 => Known::Int(a.checked_rem(b)?),
                    _ => return None,
                })
            }
            _ => None,
        }
    }

    /// The φ edges the nil flowed through in the last search that found one, outermost
    /// first, as (the φ's block, the predecessor).
    pub fn nil_edges(&self) -> &[(BlockId, BlockId)] {
        &self.selections
    }

    /// Whether a value is false on the paths the search follows: the constant, or a value it
    /// learnt is (the `ok` of the failed assertion it traced).
    fn known_false(&self, v: ValueId) -> bool {
        let v = strip_conversions(self.f, v);
        self.false_values.contains(&v)
            || matches!(self.f[v].def, ValueDef::Const(ConstValue::Bool(false)))
    }

    /// Whether a call in `point`'s block before it never returns on the paths the search
    /// follows (`require.True(t, ok)` after a failed assertion): `point` is not reached.
    pub fn stopped_before(&self, point: InstrId) -> bool {
        let f = self.f;
        let Some(block) = f[point].block() else { return false };
        let instrs = f[block].instrs();
        let Some(at) = instrs.iter().position(|&i| i == point) else { return false };
        self.stops_among(&instrs[..at])
    }

    /// Whether one of `instrs` is a call that never returns on the paths the search follows:
    /// its callee returns only when an argument known false here was true.
    fn stops_among(&self, instrs: &[InstrId]) -> bool {
        (!self.false_values.is_empty() || !self.non_nil.is_empty())
            && instrs.iter().any(|&i| {
                crate::bool_params::stops_call(
                    self.cx,
                    self.f,
                    i,
                    |a| self.known_false(a),
                    |a| self.known_non_nil(a),
                )
            })
    }

    /// Whether a value is not nil on the paths the search follows: the error returned beside
    /// the nil it traced (or a value stored from it), which is not one of the parameters it
    /// assumed non-nil.
    fn known_non_nil(&self, v: ValueId) -> bool {
        let v = strip_conversions(self.f, v);
        let stored = stored_just_before(self.f, v);
        self.found_with_non_nil(v)
            || self.found_with_non_nil(self.on_nil_path(v))
            || stored.is_some_and(|s| self.found_with_non_nil(s))
    }

    /// Whether a path the nil can take reaches `block`: through the φ edges the nil flows
    /// through, along edges that guards leave feasible, from the entry.
    pub fn path_exists(&self, block: BlockId) -> bool {
        let Some(&(start, pred)) = self.selections.last() else { return self.reachable(block) };
        // What the search learnt after choosing a φ edge (an `ok` that is false) may rule the
        // edge out.
        if !self.selections.iter().all(|&(b, p)| self.edge_feasible(p, b, &[], None, None)) {
            return false;
        }
        // From the write back to the innermost φ's block, entering each φ block of the chain
        // only from the edge the nil comes through, with that block's φs known.
        let entered = Some((start, pred));
        let f = self.f;
        let mut visited = vec![false; f.block_count()];
        let mut stack = vec![block];
        visited[block.index()] = true;
        let mut found = false;
        while let Some(b) = stack.pop() {
            if b == start {
                found = true;
                break;
            }
            let selected = self.selections.iter().find(|(s, _)| *s == b).map(|&(_, p)| p);
            for &p in f[b].preds() {
                if selected.is_some_and(|s| s != p) || visited[p.index()] {
                    continue;
                }
                if self.edge_feasible(p, b, &[], None, entered) {
                    visited[p.index()] = true;
                    stack.push(p);
                }
            }
        }
        found && self.reachable(pred)
    }

    /// Whether `block` can be reached from the entry along edges that a guard on the chain
    /// leaves feasible.
    pub fn reachable(&self, block: BlockId) -> bool {
        let f = self.f;
        let mut visited = vec![false; f.block_count()];
        let mut stack = vec![block];
        visited[block.index()] = true;
        while let Some(b) = stack.pop() {
            if b == Function::ENTRY {
                return true;
            }
            for &pred in f[b].preds() {
                if !visited[pred.index()] && self.edge_feasible(pred, b, &[], None, None) {
                    visited[pred.index()] = true;
                    stack.push(pred);
                }
            }
        }
        false
    }
}

/// The origin of a lookup asked for a key the module stores no element under, when
/// `coverage` says it is.
fn uncovered_key(
    module: &crate::module::Module<'_>,
    lookup: InstrId,
    coverage: crate::element_keys::Coverage,
) -> Option<Vec<Origin>> {
    let crate::element_keys::Coverage::Uncovered { key, keys, call } = coverage else {
        return None;
    };
    let call = call.map(|(caller, call)| {
        module.site(caller, module.functions[caller].function[call].span.start)
    });
    Some(vec![Origin::UncoveredElementKey { lookup, key, keys, call }])
}

/// For a block entered from a single predecessor that ends in a branch: the condition, and
/// whether the block is its true successor.
pub fn entering_branch(f: &Function, block: BlockId) -> Option<(ValueId, bool)> {
    let [pred] = f[block].preds() else { return None };
    let &last = f[*pred].instrs().last()?;
    let InstrKind::If { cond } = f[last].kind else { return None };
    let succs = f[*pred].succs();
    if succs.len() != 2 || succs[0] == succs[1] {
        return None;
    }
    Some((strip_conversions(f, cond), succs[0] == block))
}

/// `!c` taken one way is `c` taken the other: the condition under its negations, and whether it
/// is true where `cond` is `taken`.
pub fn without_negations(f: &Function, mut cond: ValueId, mut taken: bool) -> (ValueId, bool) {
    while let Some(InstrKind::UnOp { op: UnaryOp::Not, x }) =
        f.defining_instr(cond).map(|i| &f[i].kind)
    {
        cond = strip_conversions(f, *x);
        taken = !taken;
    }
    (cond, taken)
}

/// `v` without the conversions that do not change its nilness (`changetype`).
pub fn strip_conversions(f: &Function, mut v: ValueId) -> ValueId {
    while let Some(instr) = f.defining_instr(v) {
        match &f[instr].kind {
            InstrKind::Convert { kind: ConversionKind::ChangeType, x } => v = *x,
            _ => break,
        }
    }
    v
}

/// The outcome of comparing `x`, an integer at least `n`, with the constant `k` (`k op x`
/// when `swapped`, else `x op k`), where the bound decides it.
fn at_least_compared(op: &BinaryOp, n: i128, k: i128, swapped: bool) -> Option<Known> {
    // `k < x` is `x > k`, and so on.
    let op = match (op, swapped) {
        (BinaryOp::Lss, true) => BinaryOp::Gtr,
        (BinaryOp::Gtr, true) => BinaryOp::Lss,
        (BinaryOp::Leq, true) => BinaryOp::Geq,
        (BinaryOp::Geq, true) => BinaryOp::Leq,
        (op, _) => *op,
    };
    let outcome = match op {
        BinaryOp::Lss => (n >= k).then_some(false),
        BinaryOp::Leq | BinaryOp::Eql => (n > k).then_some(false),
        BinaryOp::Gtr | BinaryOp::Neq => (n > k).then_some(true),
        BinaryOp::Geq => (n >= k).then_some(true),
        _ => None,
    };
    outcome.map(Known::Bool)
}

/// Whether `chan` is an unbuffered channel made in `f` that a `close(chan)` closes on every
/// path to `at`: after it no send can succeed, and none can be waiting in a buffer.
fn closed_before(f: &Function, chan: ValueId, at: InstrId) -> bool {
    let chan = strip_conversions(f, chan);
    let Some(make) = f.defining_instr(chan) else { return false };
    let InstrKind::MakeChan { size } = &f[make].kind else { return false };
    if !matches!(f[strip_conversions(f, *size)].def, ValueDef::Const(ConstValue::Int(0))) {
        return false;
    }
    let Some(at_block) = f[at].block() else { return false };
    let dominators = mapscope_ssa::dom::DomTree::new(f);
    f[chan].referrers().iter().any(|&u| {
        let InstrKind::Call { call } = &f[u].kind else { return false };
        if call.callee != Callee::Builtin(Builtin::Close) {
            return false;
        }
        let Some(block) = f[u].block() else { return false };
        if block == at_block {
            let instrs = f[block].instrs();
            let position = |i| instrs.iter().position(|&x| x == i);
            return position(u) < position(at);
        }
        dominators.dominates(block, at_block)
    })
}

/// Whether the map `ranged` is one a `range` over it finds empty: a `make` (or an empty
/// literal) ranged over directly or read back from where it was stored just before, with no
/// other use that could add to it first.
fn made_empty(f: &Function, ranged: ValueId) -> bool {
    let ranged = strip_conversions(f, ranged);
    let only_ranged = |v: ValueId| {
        f[v].referrers().iter().all(|&u| matches!(f[u].kind, InstrKind::MapRange { .. }))
    };
    if !only_ranged(ranged) {
        return false;
    }
    let made = match f.defining_instr(ranged).map(|i| (i, &f[i].kind)) {
        Some((load, InstrKind::Load { addr })) => {
            let place = location(f, *addr);
            let Some(stored) = stored_before_load(f, load, |a| {
                a == *addr || (place.is_some() && location(f, a) == place)
            }) else {
                return false;
            };
            let stored = strip_conversions(f, stored);
            let only_stored = f[stored]
                .referrers()
                .iter()
                .all(|&u| matches!(f[u].kind, InstrKind::Store { value, .. } if value == stored));
            if !only_stored {
                return false;
            }
            stored
        }
        _ => ranged,
    };
    f.defining_instr(made).is_some_and(|i| matches!(f[i].kind, InstrKind::MakeMap { .. }))
}

/// Whether `v` is what a call of a function (or a method of an interface) taken from an
/// element of a collection parameter returns: an option applied by value.
fn returned_by_parameter_element(f: &Function, v: ValueId) -> bool {
    let Some(call) = f.defining_instr(strip_conversions(f, v)) else { return false };
    let InstrKind::Call { call } = &f[call].kind else { return false };
    let (Callee::Dynamic(func) | Callee::Invoke { receiver: func, .. }) = call.callee else {
        return false;
    };
    let Some(load) = f.defining_instr(strip_conversions(f, func)) else { return false };
    let InstrKind::Load { addr } = f[load].kind else { return false };
    let Some(element) = f.defining_instr(addr) else { return false };
    let InstrKind::IndexAddr { base, .. } = f[element].kind else { return false };
    matches!(f[strip_conversions(f, base)].def, ValueDef::Param { .. })
}

/// `len` and `cap`, which read a length and nothing else.
fn is_measure(call: &CallCommon) -> bool {
    matches!(call.callee, Callee::Builtin(Builtin::Len | Builtin::Cap))
}

pub(crate) fn is_comparison(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Eql
            | BinaryOp::Neq
            | BinaryOp::Lss
            | BinaryOp::Leq
            | BinaryOp::Gtr
            | BinaryOp::Geq
    )
}

/// The `make(chan T)` sites (function index, instruction) that channel `chan` of function
/// `function` may come from: a `make` there, or a parameter for which every call in
/// `functions` (the package) passes a channel made in the caller; `None` when one is unknown.
fn channel_makes(
    module: &crate::module::Module<'_>,
    functions: &[usize],
    function: usize,
    chan: ValueId,
) -> Option<Vec<(usize, InstrId)>> {
    channel_makes_within(module, functions, function, chan, 0)
}

/// [`channel_makes`], a caller's argument followed at most `depth` callers up.
fn channel_makes_within(
    module: &crate::module::Module<'_>,
    functions: &[usize],
    function: usize,
    chan: ValueId,
    depth: usize,
) -> Option<Vec<(usize, InstrId)>> {
    /// Callers up from a parameter: a worker started by a literal that captured the channel
    /// (`go func() { scan(name, out) }()`) is two steps from its `make`.
    const MAX_CALLERS: usize = 3;
    let f = module.functions[function].function;
    if let Some(make) = made_in(f, chan) {
        return Some(vec![(function, make)]);
    }
    if let Some(made) = returned_channel(module, f, chan) {
        return Some(vec![made]);
    }
    // A channel a function literal captures: what its makers bind (`go func() { out <- v }()`),
    // by value or as the variable holding it.
    let captured = match f.defining_instr(strip_conversions(f, chan)).map(|d| &f[d].kind) {
        Some(InstrKind::Load { addr }) => Some((*addr, true)),
        _ => Some((strip_conversions(f, chan), false)),
    };
    if let Some((free, variable)) = captured
        && let ValueDef::FreeVar { index, .. } = f[free].def
    {
        let mut makes = Vec::new();
        for &maker in functions {
            let g = module.functions[maker].function;
            for block in g.block_ids() {
                for &i in g[block].instrs() {
                    let InstrKind::MakeClosure { func, bindings } = &g[i].kind else { continue };
                    let literal =
                        matches!(&g[*func].def, ValueDef::Function { name } if *name == f.name);
                    if !literal {
                        continue;
                    }
                    let bound = *bindings.get(index as usize)?;
                    let make = match variable {
                        true => variable_channel(g, bound)?,
                        false => made_in(g, bound)?,
                    };
                    makes.push((maker, make));
                }
            }
        }
        return (!makes.is_empty()).then_some(makes);
    }
    let ValueDef::Param { index, .. } = f[strip_conversions(f, chan)].def else { return None };
    let mut makes = Vec::new();
    for &caller in functions {
        let g = module.functions[caller].function;
        for block in g.block_ids() {
            for &i in g[block].instrs() {
                let (InstrKind::Call { call } | InstrKind::Go { call } | InstrKind::Defer { call }) =
                    &g[i].kind
                else {
                    continue;
                };
                let Some(targets) = module.resolve(g, call) else { continue };
                if !targets.callees.contains(&function) {
                    continue;
                }
                let &arg = targets.args.get(index as usize)?;
                if let Some(made) = returned_channel(module, g, arg) {
                    makes.push(made);
                    continue;
                }
                match made_in(g, arg) {
                    Some(make) => makes.push((caller, make)),
                    // The caller's own parameter or captured channel: where it was made.
                    None if depth < MAX_CALLERS => makes.extend(channel_makes_within(
                        module,
                        functions,
                        caller,
                        arg,
                        depth + 1,
                    )?),
                    None => return None,
                }
            }
        }
    }
    (!makes.is_empty()).then_some(makes)
}

/// The `make` in `g` of channel `v`: the `make` itself, or a variable (captured by a function
/// literal) that only ever holds one `make`.
fn made_in(g: &Function, v: ValueId) -> Option<InstrId> {
    let d = g.defining_instr(strip_conversions(g, v))?;
    match g[d].kind {
        InstrKind::MakeChan { .. } => Some(d),
        InstrKind::Load { addr } => variable_channel(g, addr),
        _ => None,
    }
}

/// The `make` of the channel that `v`, the result of a call of one module function, is: every
/// return of that function gives the channel it makes itself (`out := make(chan T); go ...;
/// return out`, a fan-out handing back its results).
fn returned_channel(module: &Module<'_>, g: &Function, v: ValueId) -> Option<(usize, InstrId)> {
    let ValueDef::Result { instr: call, index } = g[strip_conversions(g, v)].def else {
        return None;
    };
    let InstrKind::Call { call } = &g[call].kind else { return None };
    let targets = module.resolve(g, call)?;
    let [callee] = targets.callees[..] else { return None };
    let h = module.functions[callee].function;
    let mut made = None;
    for block in h.block_ids() {
        for &i in h[block].instrs() {
            let InstrKind::Return { results } = &h[i].kind else { continue };
            let d = made_in(h, *results.get(index as usize)?)?;
            if made.is_some_and(|m| m != d) {
                return None;
            }
            made = Some(d);
        }
    }
    Some((callee, made?))
}

/// The `make` of the channel that variable `addr` (an `Alloc` of `g`) holds, when the only
/// store into it stores that `make`.
fn variable_channel(g: &Function, addr: ValueId) -> Option<InstrId> {
    let made = g.defining_instr(strip_conversions(g, only_stored(g, addr)?))?;
    matches!(g[made].kind, InstrKind::MakeChan { .. }).then_some(made)
}

/// The one value stored into the variable `cell` (an `Alloc` of `f`), when nothing else uses
/// it but loads and the closures that capture it.
pub(crate) fn only_stored(f: &Function, cell: ValueId) -> Option<ValueId> {
    let alloc = f.defining_instr(cell)?;
    if !matches!(f[alloc].kind, InstrKind::Alloc { .. }) {
        return None;
    }
    let mut stored = None;
    for &u in f[cell].referrers() {
        match &f[u].kind {
            InstrKind::Store { addr, value } if *addr == cell && stored.is_none() => {
                stored = Some(*value);
            }
            InstrKind::Load { .. } | InstrKind::MakeClosure { .. } => {}
            _ => return None,
        }
    }
    stored
}

/// The type pointer `v` (of module function `function`) points to: from its type, or, for a
/// pointer type the IR derived, from the allocation that made it.
fn pointee_type(module: &Module<'_>, function: usize, v: ValueId) -> Option<TypeId> {
    let program = module.program;
    let me = &module.functions[function];
    let g = me.function;
    let ty = g[v].ty;
    if ty.arena as usize <= program.units.len() {
        let mut types = program.types();
        let under = mapscope_types::query::underlying(&mut types, ty);
        return match *types.ty(under) {
            Type::Pointer(elem) => Some(elem),
            _ => None,
        };
    }
    let alloc = g.defining_instr(v)?;
    me.fields.alloc_elem(me.index_in_unit, alloc)
}

/// Whether `f` branches on a field of the struct `received` (what a receive gave, or the
/// pointer asserted out of it): `if b.flush`, `if r.err != nil`; a flag or an error may tell
/// the values without a map apart.
fn branches_on_received(module: &Module<'_>, f: &Function, received: ValueId) -> bool {
    // The values read from the received struct, and what is computed from them.
    let mut derived: Vec<ValueId> = Vec::new();
    let mut work = vec![received];
    while let Some(v) = work.pop() {
        if derived.len() > 64 {
            return true;
        }
        for &u in f[v].referrers() {
            match &f[u].kind {
                InstrKind::Field { .. }
                | InstrKind::FieldAddr { .. }
                | InstrKind::Load { .. }
                | InstrKind::UnOp { .. }
                | InstrKind::BinOp { .. }
                | InstrKind::Convert { .. } => {
                    if let Some(r) = f[u].result() {
                        if !derived.contains(&r) {
                            derived.push(r);
                            work.push(r);
                        }
                    }
                }
                // Kept in a variable (the loop variable of `for b := range ch`): its reads.
                InstrKind::Store { addr, value } if *value == v => {
                    let variable = f
                        .defining_instr(*addr)
                        .is_some_and(|d| matches!(f[d].kind, InstrKind::Alloc { .. }));
                    if variable && !derived.contains(addr) {
                        derived.push(*addr);
                        work.push(*addr);
                    }
                }
                InstrKind::If { .. } if !rejoins_untouched(module, f, u) => return true,
                _ => {}
            }
        }
    }
    false
}

/// Whether address `addr` lies in memory allocated in block `block` (an element or field of
/// an `Alloc` or a `make` of a slice there).
fn allocated_in(f: &Function, mut addr: ValueId, block: BlockId) -> bool {
    for _ in 0..4 {
        let Some(d) = f.defining_instr(addr) else { return false };
        match &f[d].kind {
            InstrKind::Alloc { .. } | InstrKind::MakeSlice { .. } => {
                return f[d].block() == Some(block);
            }
            InstrKind::IndexAddr { base, .. } | InstrKind::FieldAddr { base, .. } => addr = *base,
            _ => return false,
        }
    }
    false
}

/// Whether the `If` instruction `branch` only skips a straight run of blocks that stores
/// nothing, calls nothing that may not return (the module's code may), and comes back to the
/// other successor (`if r.err != nil { fmt.Println(r.err) }`): what runs after it runs for
/// every value, so the branch tells no values apart.
fn rejoins_untouched(module: &Module<'_>, f: &Function, branch: InstrId) -> bool {
    /// How many blocks the skipped run may have.
    const MAX_ARM: usize = 4;
    let Some(block) = f[branch].block() else { return false };
    let [a, b] = f[block].succs() else { return false };
    let arm_rejoins = |start: BlockId, join: BlockId| {
        let mut at = start;
        for _ in 0..MAX_ARM {
            if at == join {
                return true;
            }
            let quiet = f[at].preds().len() == 1
                && !crate::models::never_returns(f, at)
                && f[at].instrs().iter().all(|&i| match &f[i].kind {
                    // Filling memory the arm itself allocates (the arguments of `fmt.Println`).
                    InstrKind::Store { addr, .. } => allocated_in(f, *addr, at),
                    InstrKind::MapUpdate { .. }
                    | InstrKind::Go { .. }
                    | InstrKind::Defer { .. } => false,
                    InstrKind::Call { call } => {
                        module.resolve(f, call).is_none()
                            && !matches!(call.callee, Callee::Dynamic(_) | Callee::Invoke { .. })
                    }
                    _ => true,
                });
            let [next] = f[at].succs() else { return false };
            if !quiet {
                return false;
            }
            at = *next;
        }
        false
    };
    arm_rejoins(*a, *b) || arm_rejoins(*b, *a)
}

/// What `v` is on the edge from `pred` to `block` when `pred` ends in a test of it: `if v ==
/// nil` (or `!=`) leaves it nil or non-nil on each way, `if v` true or false (`if err == nil
/// { m, err = f() }` merges the untouched `err` only from the way where it is not nil).
fn known_by_branch(f: &Function, pred: BlockId, block: BlockId, v: ValueId) -> Option<Known> {
    let &last = f[pred].instrs().last()?;
    let InstrKind::If { cond } = f[last].kind else { return None };
    let succs = f[pred].succs();
    if succs.len() != 2 || succs[0] == succs[1] {
        return None;
    }
    let (cond, taken) = without_negations(f, strip_conversions(f, cond), succs[0] == block);
    let v = strip_conversions(f, v);
    if cond == v {
        return Some(Known::Bool(taken));
    }
    let InstrKind::BinOp { op, x, y } = &f[f.defining_instr(cond)?].kind else { return None };
    let other = match (strip_conversions(f, *x) == v, strip_conversions(f, *y) == v) {
        (true, _) => *y,
        (_, true) => *x,
        _ => return None,
    };
    if !is_nil_constant(f, strip_conversions(f, other)) {
        return None;
    }
    match (op, taken) {
        (BinaryOp::Eql, true) | (BinaryOp::Neq, false) => Some(Known::Zero),
        (BinaryOp::Eql, false) | (BinaryOp::Neq, true) => Some(Known::NonZero),
        _ => None,
    }
}

/// Of the two operands of a comparison, the one compared with nil, if one is nil.
pub fn nil_operand(f: &Function, x: ValueId, y: ValueId) -> Option<ValueId> {
    if is_nil_constant(f, y) {
        Some(x)
    } else if is_nil_constant(f, x) {
        Some(y)
    } else {
        None
    }
}

pub fn is_nil_constant(f: &Function, v: ValueId) -> bool {
    matches!(f[v].def, ValueDef::Const(ConstValue::Nil))
}

/// The value that the branches leading along edge `pred → succ` show to be nil
/// (`m == nil` taken, `m != nil` not taken): the edge's own branch, or one of a chain of
/// single-predecessor blocks before it.
fn nil_tested_on_edge(f: &Function, pred: BlockId, succ: BlockId) -> Option<ValueId> {
    let mut tests = Vec::new();
    tests.extend(crate::flag_guards::edge_condition(f, pred, succ));
    let mut at = pred;
    for _ in 0..8 {
        tests.extend(entering_branch(f, at));
        let [only] = f[at].preds() else { break };
        at = *only;
    }
    tests.into_iter().find_map(|(cond, taken)| {
        let (cond, taken) = without_negations(f, cond, taken);
        crate::bool_params::nil_on_edge(f, cond, taken)
    })
}

/// Whether `block` heads a loop: it dominates one of its predecessors (a back edge).
fn loop_header(f: &Function, block: BlockId) -> bool {
    let preds = f[block].preds();
    preds.len() > 1 && {
        let dominators = DomTree::new(f);
        preds.iter().any(|&p| dominators.dominates(block, p))
    }
}

/// The location of the address `addr`: an `Alloc` of this function, a pointer parameter or a
/// call's pointer result, and field selections on it.
pub fn location(f: &Function, addr: ValueId) -> Option<Location> {
    match &f[addr].def {
        ValueDef::Param { index, .. } => {
            return Some(Location { root: Root::Param(*index), fields: Vec::new() });
        }
        // What a pointer a call returns points to; also one an assertion gives
        // (`el.Value.(*entry)`): memory the function did not allocate, whose stores it can
        // still follow (`*e = entry{}`).
        ValueDef::Result { instr, index }
            if matches!(f[*instr].kind, InstrKind::Call { .. })
                || (*index == 0 && matches!(f[*instr].kind, InstrKind::TypeAssert { .. })) =>
        {
            return Some(Location { root: Root::Call(*instr, *index), fields: Vec::new() });
        }
        ValueDef::Global { name } => {
            return Some(Location { root: Root::Global(global_key(name)), fields: Vec::new() });
        }
        _ => {}
    }
    let instr = f.defining_instr(addr)?;
    match &f[instr].kind {
        InstrKind::Alloc { .. } => Some(Location { root: Root::Alloc(instr), fields: Vec::new() }),
        // A pointer parameter a function literal captures, read back from its box.
        InstrKind::Load { addr: cell } => match boxed_param(f, *cell) {
            Some(param) => location(f, param),
            None => loaded_pointer(f, *cell),
        },
        InstrKind::FieldAddr { base, field } => {
            let mut location = location(f, *base)?;
            location.fields.push(*field);
            Some(location)
        }
        // An element of an array in memory, or of a slice made here (also resliced: `s[:n]`
        // of `make([]T, 0, n)` shows zero elements).
        InstrKind::IndexAddr { base, .. } => {
            let base = strip_conversions(f, *base);
            // An element of a slice loaded from a field is not followed (its backing array
            // is shared with every copy of the slice header).
            if let Some(InstrKind::Load { addr: cell }) = f.defining_instr(base).map(|l| &f[l].kind)
                && boxed_param(f, *cell).is_none()
            {
                return None;
            }
            let slice = f.defining_instr(base).and_then(|i| crate::resliced::made_slice(f, i));
            let mut location = match slice {
                Some(make) => Location { root: Root::Alloc(make), fields: Vec::new() },
                None => location(f, base)?,
            };
            location.fields.push(ELEMENT);
            Some(location)
        }
        _ => None,
    }
}

/// The place a pointer loaded from the field at `cell` points to: the field's place and a
/// [`DEREF`] step. Only a field of a struct (a local pointer variable has its own stores,
/// which the search follows as the variable's), and only a pointer to a struct: what a
/// field's address or a call's receiver is.
fn loaded_pointer(f: &Function, cell: ValueId) -> Option<Location> {
    let field_addr = f.defining_instr(cell)?;
    if !matches!(f[field_addr].kind, InstrKind::FieldAddr { .. }) {
        return None;
    }
    // The IR keeps no types the search could ask, so the uses tell: a pointer to a struct is
    // the base of a field's address or the receiver of a pointer method.
    let loads = f[cell].referrers().iter().filter_map(|&l| match f[l].kind {
        InstrKind::Load { addr } if addr == cell => f[l].result(),
        _ => None,
    });
    let struct_pointer = |v: ValueId| {
        f[v].referrers().iter().any(|&u| match &f[u].kind {
            InstrKind::FieldAddr { base, .. } => *base == v,
            InstrKind::Call { call } => {
                call.args.first() == Some(&v)
                    && matches!(&call.callee, Callee::Static(c)
                        if matches!(&f[*c].def, ValueDef::Function { name } if name.starts_with("(*")))
            }
            _ => false,
        })
    };
    if !loads.into_iter().any(struct_pointer) {
        return None;
    }
    let mut place = location(f, cell)?;
    place.fields.push(DEREF);
    Some(place)
}

/// Whether `v` (conversions aside) is a pointer into what pointer parameter `index` points to.
pub fn points_into_param(f: &Function, v: ValueId, index: u32) -> bool {
    location(f, strip_conversions(f, v)).is_some_and(|l| l.root == Root::Param(index))
}

/// The parameter that variable `cell` boxes: go/ssa gives a parameter a function literal
/// captures a cell (`t7 = new *Conn (c); *t7 = c`), which the function then reads instead.
/// Only a cell whose one store is the parameter's, in the entry block, and whose other uses are
/// loads and the closures that capture it (which could store into it: such a store shows in
/// the closure, whose own writes the search reaches as calls).
pub fn boxed_param(f: &Function, cell: ValueId) -> Option<ValueId> {
    let in_entry =
        f.defining_instr(cell).and_then(|alloc| f[alloc].block()) == Some(Function::ENTRY);
    only_stored(f, cell).filter(|&v| in_entry && matches!(f[v].def, ValueDef::Param { .. }))
}

/// How deep [`pointed_places`] follows φs, interfaces and containers.
const MAX_POINTED_DEPTH: usize = 4;

/// The places a pointer may point to: its own location, or those of the pointers a φ merges,
/// an interface holds (`x.(*T)` of `any(p)`), or `sync.Map.LoadOrStore` hands back when it
/// stores the value it was given.
pub fn pointed_places(f: &Function, pointer: ValueId, depth: usize) -> Vec<Location> {
    let next = |v: ValueId| pointed_places(f, strip_conversions(f, v), depth + 1);
    if let ValueDef::Result { instr, index: 0 } = f[pointer].def {
        if let InstrKind::Call { call } = &f[instr].kind {
            if is_load_or_store(f, call) && depth < MAX_POINTED_DEPTH {
                return call.args.get(2).map(|&v| next(v)).unwrap_or_default();
            }
        }
    }
    if let Some(place) = location(f, pointer) {
        // An asserted pointer points to what the interface holds, whose stores may show
        // where it was made, and to memory whose stores after the assertion this function
        // shows.
        if let Root::Call(instr, 0) = place.root
            && let InstrKind::TypeAssert { x, .. } = &f[instr].kind
            && depth < MAX_POINTED_DEPTH
        {
            let mut places = next(*x);
            places.push(place);
            return places;
        }
        return vec![place];
    }
    if depth >= MAX_POINTED_DEPTH {
        return Vec::new();
    }
    let ValueDef::Result { instr, index } = f[pointer].def else { return Vec::new() };
    match &f[instr].kind {
        InstrKind::Phi { edges, .. } => edges.iter().flat_map(|&e| next(e)).collect(),
        InstrKind::TypeAssert { x, .. } if index == 0 => next(*x),
        InstrKind::MakeInterface { x } => next(*x),
        // A lookup in a local table of pointers: one of the addresses its literal holds.
        InstrKind::MapLookup { map, .. } if index == 0 => {
            let pointers = crate::pointer_tables::table_pointers(f, *map).unwrap_or_default();
            pointers.into_iter().flat_map(next).collect()
        }
        _ => Vec::new(),
    }
}

/// Whether `place` is what a pointer an assertion gives points to.
fn asserted_root(f: &Function, place: &Location) -> bool {
    matches!(place.root, Root::Call(i, _) if matches!(f[i].kind, InstrKind::TypeAssert { .. }))
}

/// The places an address may be: its location, or a field of a place its base pointer may
/// point to ([`pointed_places`]).
fn address_places(f: &Function, addr: ValueId) -> Vec<Location> {
    if let Some(place) = location(f, addr)
        && !asserted_root(f, &place)
    {
        return vec![place];
    }
    let Some(select) = f.defining_instr(addr) else { return Vec::new() };
    let InstrKind::FieldAddr { base, field } = &f[select].kind else {
        // A pointer to the map itself, merged by a φ from lookups in a table of pointers.
        return pointed_places(f, addr, 0);
    };
    let mut places = address_places(f, strip_conversions(f, *base));
    if places.is_empty() {
        places = pointed_places(f, strip_conversions(f, *base), 0);
    }
    for place in &mut places {
        place.fields.push(*field);
    }
    places
}

/// Whether `call` is `(*sync.Map).LoadOrStore`, whose value result is its value argument
/// when the key is new.
fn is_load_or_store(f: &Function, call: &CallCommon) -> bool {
    matches!(&call.callee, Callee::Static(c)
        if matches!(&f[*c].def, ValueDef::Function { name } if &**name == "(*sync.Map).LoadOrStore"))
}

/// The location `v` was loaded from, if `v` is a load (after conversions).
pub fn loaded_from(f: &Function, v: ValueId) -> Option<Location> {
    let instr = f.defining_instr(strip_conversions(f, v))?;
    match &f[instr].kind {
        InstrKind::Load { addr } => location(f, *addr),
        _ => None,
    }
}

/// The pointer (without conversions) and the field index of a field's address.
pub fn field_address(f: &Function, addr: ValueId) -> Option<(ValueId, u32)> {
    let InstrKind::FieldAddr { base, field } = &f[f.defining_instr(addr)?].kind else {
        return None;
    };
    Some((strip_conversions(f, *base), *field))
}

/// The value a load of a local variable's cell reads when the store into that cell comes just
/// before it in the same block, with no call or other store between that could change the cell
/// (a closure sharing it, a pointer to it). A variable that closures capture is kept in such a
/// cell, so its tests read the cell rather than the value assigned.
pub fn stored_just_before(f: &Function, v: ValueId) -> Option<ValueId> {
    let load = f.defining_instr(strip_conversions(f, v))?;
    let InstrKind::Load { addr } = &f[load].kind else { return None };
    let cell = f.defining_instr(*addr)?;
    if !matches!(f[cell].kind, InstrKind::Alloc { .. }) {
        return None;
    }
    stored_before_load(f, load, |a| a == *addr)
}

/// The value the store just before `load` in its block put where the load reads (`same_place`
/// tells a store's address is that place), with no call or other store between.
pub fn stored_before_load(
    f: &Function,
    load: InstrId,
    same_place: impl Fn(ValueId) -> bool,
) -> Option<ValueId> {
    let instrs = f[f[load].block()?].instrs();
    let at = instrs.iter().position(|&i| i == load)?;
    for &i in instrs[..at].iter().rev() {
        match &f[i].kind {
            InstrKind::Store { addr: a, value } if same_place(*a) => return Some(*value),
            InstrKind::Store { .. }
            | InstrKind::Call { .. }
            | InstrKind::Go { .. }
            | InstrKind::Defer { .. }
            | InstrKind::RunDefers => return None,
            _ => {}
        }
    }
    None
}

/// How deep [`tests_location`] looks through `!`, comparisons and `&&`-style operators.
const MAX_CONDITION_DEPTH: usize = 3;

/// Whether the nil that `store` puts into a field is tied to state the function tests: the
/// same block also stores into a sibling field (`s.m = nil; s.all = true`), and some branch of
/// the function tests a load of that sibling (`if s.all { continue }`). The code then knows
/// when the map is nil, by a flag the search does not relate to it.
pub fn nil_tied_to_tested_flag(f: &Function, store: InstrId) -> bool {
    let InstrKind::Store { addr, .. } = &f[store].kind else { return false };
    let Some(place) = location(f, *addr) else { return false };
    let Some((_, parent)) = place.fields.split_last() else { return false };
    let Some(block) = f[store].block() else { return false };
    let siblings: Vec<Location> = f[block]
        .instrs()
        .iter()
        .filter_map(|&i| match &f[i].kind {
            InstrKind::Store { addr, .. } if i != store => location(f, *addr),
            _ => None,
        })
        .filter(|l| {
            l.root == place.root
                && l.fields.len() == place.fields.len()
                && l.fields.starts_with(parent)
                && l.fields != place.fields
        })
        .collect();
    if siblings.is_empty() {
        return false;
    }
    f.block_ids().any(|b| {
        let Some(&last) = f[b].instrs().last() else { return false };
        let InstrKind::If { cond } = &f[last].kind else { return false };
        siblings.iter().any(|s| tests_location(f, *cond, s, 0))
    })
}

/// Whether boolean `cond` is computed from a load of `place`.
fn tests_location(f: &Function, cond: ValueId, place: &Location, depth: usize) -> bool {
    if depth > MAX_CONDITION_DEPTH {
        return false;
    }
    let Some(instr) = f.defining_instr(cond) else { return false };
    match &f[instr].kind {
        InstrKind::Load { addr } => location(f, *addr).is_some_and(|l| l == *place),
        InstrKind::UnOp { x, .. } => tests_location(f, *x, place, depth + 1),
        InstrKind::BinOp { x, y, .. } => {
            tests_location(f, *x, place, depth + 1) || tests_location(f, *y, place, depth + 1)
        }
        _ => false,
    }
}

/// Whether a path runs from instruction `from` (after it) to instruction `to` (before it)
/// without running `avoid` on the way.
fn reaches_avoiding(f: &Function, from: InstrId, to: InstrId, avoid: InstrId) -> bool {
    reaches_avoiding_all(f, from, to, &[avoid])
}

/// Whether a path runs from instruction `from` (after it) to instruction `to` (before it)
/// without running any of `avoid` on the way.
pub fn reaches_avoiding_all(f: &Function, from: InstrId, to: InstrId, avoid: &[InstrId]) -> bool {
    let (Some(start), Some(end)) = (f[from].block(), f[to].block()) else { return true };
    let position = |block: BlockId, i: InstrId| f[block].instrs().iter().position(|&x| x == i);
    let (Some(from_at), Some(to_at)) = (position(start, from), position(end, to)) else {
        return true;
    };
    // Whether one of `avoid` is in `block` strictly between two positions (`None`: the
    // block's edge).
    let avoid_between = |block: BlockId, low: Option<usize>, high: Option<usize>| {
        avoid.iter().any(|&avoid| {
            f[avoid].block() == Some(block)
                && position(block, avoid).is_some_and(|at| {
                    low.is_none_or(|low| at > low) && high.is_none_or(|high| at < high)
                })
        })
    };
    if start == end && from_at < to_at && !avoid_between(start, Some(from_at), Some(to_at)) {
        return true;
    }
    if avoid_between(start, Some(from_at), None) {
        return false;
    }
    let mut seen = vec![false; f.block_count()];
    let mut stack: Vec<BlockId> = f[start].succs().to_vec();
    while let Some(block) = stack.pop() {
        if std::mem::replace(&mut seen[block.index()], true) {
            continue;
        }
        if block == end && !avoid_between(block, None, Some(to_at)) {
            return true;
        }
        if avoid_between(block, None, None) {
            continue;
        }
        stack.extend_from_slice(f[block].succs());
    }
    false
}

/// Whether `call` (with `summary`) returns its pointer parameter `param` and the result is used.
/// So does a returned address of its field whose result is used other than by loads.
fn hands_back(f: &Function, call: InstrId, summary: &Summary, param: u32) -> bool {
    let used = |result: u32, loads_too: bool| {
        f[call].results().nth(result as usize).is_some_and(|v| {
            f[v].referrers()
                .iter()
                .any(|&u| loads_too || !matches!(f[u].kind, InstrKind::Load { .. }))
        })
    };
    summary.returns_params.iter().any(|&(result, p)| p == param && used(result, true))
        || summary.returned_fields.iter().any(|r| r.param == param && used(r.result, false))
}

/// Where a variable loaded by `load` (from `addr`) is read, for the use at `at`: gc evaluates
/// the calls of a statement before the plain variables it reads, so in `return t, f(&t)` the
/// `t` returned is read after `f` has filled it, although the IR loads it first. When a call
/// between the load and the use in the same block is given `addr`, the read is at the use.
fn read_point(f: &Function, load: InstrId, addr: ValueId, at: InstrId) -> InstrId {
    let (Some(block), Some(use_block)) = (f[load].block(), f[at].block()) else { return load };
    if block != use_block {
        return load;
    }
    let instrs = f[block].instrs();
    let (Some(from), Some(to)) =
        (instrs.iter().position(|&i| i == load), instrs.iter().position(|&i| i == at))
    else {
        return load;
    };
    let filled = instrs.get(from + 1..to).unwrap_or_default().iter().any(|&i| {
        let given = |arg: ValueId| {
            let arg = strip_conversions(f, arg);
            arg == addr
                || matches!(f.defining_instr(arg).map(|d| &f[d].kind),
                    Some(InstrKind::MakeInterface { x }) if *x == addr)
        };
        matches!(&f[i].kind, InstrKind::Call { call } if call.args.iter().any(|&a| given(a)))
    });
    if filled { at } else { load }
}

/// Whether `f` compares field `obj` with nil (or measures it with `len` for a comparison)
/// anywhere: then it knows the field may be nil and its guard decides.
pub(crate) fn field_tested(
    me: &crate::module::ModuleFunction<'_>,
    f: &Function,
    obj: ObjId,
) -> bool {
    let same_field = |v: ValueId| {
        let v = strip_conversions(f, v);
        let Some(i) = f.defining_instr(v) else { return false };
        let selection = match &f[i].kind {
            InstrKind::Load { addr } => selected_field(f, *addr),
            InstrKind::Field { .. } => Some(i),
            _ => None,
        };
        selection.and_then(|s| me.fields.selection(me.index_in_unit, s)) == Some(obj)
    };
    f.block_ids().any(|b| {
            f[b].instrs().iter().any(|&i| match &f[i].kind {
                InstrKind::BinOp { op: BinaryOp::Eql | BinaryOp::Neq, x, y } => {
                    (same_field(*x) && is_nil_constant(f, strip_conversions(f, *y)))
                        || (same_field(*y) && is_nil_constant(f, strip_conversions(f, *x)))
                }
                // `len(c.m) > 0` guards as a nil test does; `len(c.m) + 1` does not.
                InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::Len) => {
                    call.args.first().is_some_and(|&a| same_field(a))
                        && f[i].result().is_some_and(|n| {
                            f[n].referrers().iter().any(|&u| {
                                matches!(&f[u].kind, InstrKind::BinOp { op, .. } if is_comparison(*op))
                            })
                        })
                }
                _ => false,
            })
        })
}

/// The field object of the map at field path `fields` inside the struct that pointer type `ty`
/// points to.
/// The `Load` call and the asserted type of a plain type assertion (`v.Load().(snapshot)`)
/// of what an atomic's `Load` returned.
fn atomic_load_asserted(f: &Function, assert: InstrId) -> Option<(InstrId, TypeId)> {
    let InstrKind::TypeAssert { x, asserted, comma_ok: false } = &f[assert].kind else {
        return None;
    };
    let ValueDef::Result { instr: load, index: 0 } = f[strip_conversions(f, *x)].def else {
        return None;
    };
    matches!(f[load].kind, InstrKind::Call { .. }).then_some((load, *asserted))
}

fn pointee_map_field(
    program: &mapscope_types::Program,
    ty: TypeId,
    fields: &[u32],
) -> Option<ObjId> {
    if ty.arena as usize > program.units.len() {
        return None;
    }
    let mut types = program.types();
    let under = mapscope_types::query::underlying(&mut types, ty);
    let Type::Pointer(elem) = types.ty(under) else { return None };
    map_field_object(program, *elem, fields)
}

/// The field object of the map at field path `fields` inside a struct of type `elem`, when
/// that path leads to a map field.
pub(crate) fn map_field_object(
    program: &mapscope_types::Program,
    elem: TypeId,
    fields: &[u32],
) -> Option<ObjId> {
    let known = |ty: TypeId| ty.arena as usize <= program.units.len();
    let mut types = program.types();
    let mut ty = elem;
    let mut obj = None;
    for &index in fields {
        if !known(ty) {
            return None;
        }
        let under = mapscope_types::query::underlying(&mut types, ty);
        let Type::Struct(fields) = types.ty(under) else { return None };
        let field = fields.get(index as usize)?;
        obj = field.obj;
        ty = field.ty;
    }
    let is_map = known(ty) && {
        let under = mapscope_types::query::underlying(&mut types, ty);
        matches!(types.ty(under), Type::Map(..))
    };
    (is_map).then_some(obj).flatten()
}

/// The value a chain of field selections `addr` starts from and the field path it selects.
pub(crate) fn field_path(f: &Function, addr: ValueId) -> Option<(ValueId, Vec<u32>)> {
    let mut fields = Vec::new();
    let mut at = strip_conversions(f, addr);
    while let Some(instr) = f.defining_instr(at) {
        let InstrKind::FieldAddr { base, field } = &f[instr].kind else { break };
        fields.push(*field);
        at = strip_conversions(f, *base);
    }
    fields.reverse();
    (!fields.is_empty()).then_some((at, fields))
}
