//! Per-function summaries: what a call to a function means for the nilness of maps, as plain
//! data that a later run can cache or another process can read (hence serde, and no ids that
//! only mean something inside one build of the IR).
//!
//! A summary speaks of parameters by index (the receiver is parameter 0 of a method) and of
//! places inside them by [`Access`]: the parameter's own value with struct fields selected from
//! it, or the memory it points to. Each fact keeps the source [`Site`] that explains it, so a
//! finding in a caller can say where in the callee the map is written or left nil.

use serde::{Deserialize, Serialize};

/// A position in a source file, as diagnostics print it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Site {
    pub path: String,
    pub offset: u32,
    pub line: u32,
    pub col: u32,
}

impl Site {
    /// The site of a fact with no source: a hand-written model's.
    pub fn nowhere() -> Site {
        Site { path: String::new(), offset: 0, line: 0, col: 0 }
    }

    pub fn is_nowhere(&self) -> bool {
        self.path.is_empty()
    }
}

/// A place reachable from a parameter or a result: its value (`deref` false) or what it points
/// to (`deref` true), then a path of struct field indices.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Access {
    pub deref: bool,
    pub fields: Vec<u32>,
}

impl Access {
    /// The parameter's own value: a map parameter.
    pub fn value() -> Access {
        Access { deref: false, fields: Vec::new() }
    }
}

/// Result `result` is, at one return, the address of the map at field path `fields` of what
/// pointer parameter `param` points to; `when` is the test of a parameter that leads to that
/// return: the parameter, the constant ([`crate::param_cases::case_key`]) and whether they
/// are equal there.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ReturnedField {
    pub result: u32,
    pub param: u32,
    pub fields: Vec<u32>,
    pub when: Option<(u32, String, bool)>,
}

/// Result `result` is a nil map when the function returns from `site`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct NilResult {
    pub result: u32,
    /// The other results that are not nil at that return (an `error`): a caller that checks one
    /// of them against nil before the write does not see this nil.
    pub with_non_nil: Vec<u32>,
    /// The other results that are false at that return (the `ok` of `(nil, false)`, or the `ok`
    /// of the failed assertion the nil comes from, `return md, ok`): a caller that tests one
    /// before the write does not see this nil.
    pub with_false: Vec<u32>,
    pub site: Site,
    /// Only when parameter `.0` is none of the constants `.1` (kept by
    /// [`crate::param_cases::case_key`]): the return is the default of a switch on it. A caller
    /// passing one of them, or a value the analysis cannot see, does not get this nil.
    #[serde(default)]
    pub unless_param_in: Option<(u32, Vec<String>)>,
    /// Only when the context parameter `.0` holds no non-nil value under the key `.1` (as
    /// [`crate::context_keys::value_assertion`] spells it): the nil of a failed assertion of
    /// `ctx.Value(key)`. A caller passing a context given that value, or one the analysis
    /// cannot see, does not get this nil.
    #[serde(default)]
    pub unless_context_has: Option<(u32, String)>,
    /// Only when the collection parameter it names is empty: the return lies behind `len(p) == 0`
    /// (`if len(values) == 0 { return nil }`). A caller passing a collection the analysis sees
    /// to be nil or empty gets this nil; one passing anything else does not.
    #[serde(default)]
    pub only_when_empty: Option<u32>,
    /// Only when the map field at `.1` of parameter `.0` is nil: the return lies behind a test
    /// of it (`if s.tools == nil { return nil }`). A caller whose argument is a value it made
    /// (or got from a call) gets this nil where that field is nil; one passing a value it
    /// cannot follow (its own parameter) gets it as before.
    #[serde(default)]
    pub only_when_field_nil: Option<(u32, Access)>,
}

/// A map field of result `result` (the struct it points to, or the struct itself) is nil when
/// the function returns from `site`: a constructor that forgets a field.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct NilResultField {
    pub result: u32,
    pub access: Access,
    /// The field path spelled with names (`items`, `config.byName`).
    pub names: String,
    pub site: Site,
    /// Only when the caller's constant argument decodes so: the function decodes a parameter
    /// with `json.Unmarshal` into the struct.
    pub when_decoded: Option<DecodedFrom>,
    /// The other results that are the constant `false` at that return (the `ok` of
    /// `(T{}, false, nil)`): a caller that tests one before the write does not see this nil.
    #[serde(default)]
    pub with_false: Vec<u32>,
    /// The other results that are surely not nil at that return (an error built there, as
    /// `errors.New(...)` or a struct converted to `error`): a caller that checks one of them
    /// against nil before the write does not see this nil.
    #[serde(default)]
    pub with_non_nil: Vec<u32>,
    /// The fields of the same struct result that are not nil there (the error of
    /// `Result{Err: err}`): a caller testing one first does not see the nil map.
    #[serde(default)]
    pub with_non_nil_fields: Vec<u32>,
    /// The function makes the field only under this test of a parameter: a caller whose
    /// spelled-out argument passes it gets the map.
    #[serde(default)]
    pub made_when: Option<ParamTest>,
    /// Only when the context parameter `.0` holds no value under the key `.1`: the return lies
    /// behind the failure of the assertion of its value (`m, ok := ctx.Value(k).(T); if !ok {
    /// return T{}, false }`), as [`NilResult::unless_context_has`].
    #[serde(default)]
    pub unless_context_has: Option<(u32, String)>,
    /// Not when the caller spells out the arguments of this variadic parameter: the return lies
    /// behind a count of them ([`crate::length_guards::behind_count_test`]), which the analysis
    /// does not work out for the caller's list.
    #[serde(default)]
    pub counts_param: Option<u32>,
    /// Only when the collection parameter it names is empty: the function hands the struct to code
    /// that may make the field only inside a loop over that parameter (functional options,
    /// `for _, o := range opts { o(c) }`), which a caller passing it empty never runs.
    #[serde(default)]
    pub when_empty: Option<u32>,
}

/// A test of a parameter's field, `if cfg.Track` or `if cfg.TTL > 0`, and the way (`taken`)
/// that runs the code it guards.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ParamTest {
    pub param: u32,
    /// The path starts through the parameter's pointer.
    pub deref: bool,
    pub fields: Vec<u32>,
    pub kind: ParamTestKind,
    pub taken: bool,
}

/// What a [`ParamTest`] tests.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ParamTestKind {
    /// A boolean field, as it is.
    Truth,
    /// An integer field against a constant (`op` in Go's spelling, the value in decimal).
    Compare { op: String, value: String },
    /// The length of a slice parameter against a constant (`len(bounds) > 0`).
    Count { op: String, value: String },
}

/// A condition on a caller's argument: parameter `param` is JSON that has `null` at `keys`, or,
/// with `absent_too`, no value there (the map was nil before the decode); with `unknown_nil`,
/// also data the caller does not show (a reader parameter the caller passes on unseen).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DecodedFrom {
    pub param: u32,
    pub keys: Vec<String>,
    pub absent_too: bool,
    #[serde(default)]
    pub unknown_nil: bool,
    /// Whether the map stays nil when the decode fails (a syntax or type error): the function
    /// goes on past the error without replacing the value. False when the error's branch
    /// returns or stores another value.
    #[serde(default = "error_kept_by_default")]
    pub error_kept: bool,
}

fn error_kept_by_default() -> bool {
    true
}

/// The function writes into the map at `access` of parameter `param` at `site`, on a path where
/// nothing makes it first and no guard tests it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ParamWrite {
    pub param: u32,
    pub access: Access,
    /// The map expression at the write (`c.items`, `m`).
    pub expr: String,
    /// Where the write starts and ends (the index expression).
    pub site: Site,
    pub end: Site,
    /// Whether every call that returns passes the write: a write that only some calls reach
    /// depends on arguments and state the caller's path does not show, so only a certain one is
    /// reported at a call.
    pub certain: bool,
    /// The maps reachable from parameters whose `range` loops the write sits in: it runs only
    /// when each of them has entries, so a caller that may pass a nil one cannot count on it.
    #[serde(default)]
    pub loops_over: Vec<(u32, Access)>,
    /// The collections reachable from parameters whose counting loops (a `range` over a slice,
    /// `for i := 0; i < len(xs); i++`) the write sits in: a caller that passes one known
    /// empty (nil, `[]T{}`, `make([]T, 0)`) never runs it.
    #[serde(default)]
    pub loops_over_slices: Vec<(u32, Access)>,
    /// Whether the write runs later, when a method value bound during the call is called
    /// ([`crate::method_values`]): a caller's own make of the map after the call reaches it
    /// too.
    #[serde(default)]
    pub bound: bool,
}

/// The function stores nil into the map at `access` of parameter `param` at `site`, and it is
/// still nil when the function returns.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ParamNil {
    pub param: u32,
    pub access: Access,
    pub site: Site,
}

/// The map at `access` (through pointer parameter `param`) is, on every return, what the map at
/// `from_access` of parameter `from` was at the call ([`crate::param_copies`]): nil after the
/// call where that was nil before it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ParamCopy {
    pub param: u32,
    pub access: Access,
    pub from: u32,
    pub from_access: Access,
}

/// Result `result` is, on every return, the map at `access` of parameter `param`, read with
/// nothing in the function able to change it first: a getter (`func (o *T) M() map[K]V {
/// return o.m }`), whose result is nil exactly when the caller's field is.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ResultParam {
    pub result: u32,
    pub param: u32,
    pub access: Access,
}

/// Map field `access` of struct result `result` is, on every return that does not leave it
/// nil itself, the map at `param_access` of parameter `param`: a by-value builder
/// (`func (r Req) WithPath(p string) Req { r.Path = p; return r }`) hands its caller the map
/// its argument held, nil where that is; also a field of what a pointer result points to
/// (`c.Headers = maps.Clone(t.Headers); return &c`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct FieldFromParam {
    pub result: u32,
    pub access: Access,
    pub param: u32,
    pub param_access: Access,
}

/// What one function does to the nilness of maps, as its callers see it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Results that are a nil map on some feasible path.
    pub nil_results: Vec<NilResult>,
    /// Map fields of results left nil on some feasible path.
    pub nil_result_fields: Vec<NilResultField>,
    /// Maps reachable from parameters that the function writes without making or testing them
    /// first; with a field access on the receiver, this is "requires field T.f to be non-nil".
    pub writes: Vec<ParamWrite>,
    /// Map fields of what pointer parameters point to that the function leaves nil on every
    /// return, having stored nil into them (a `Reset` that drops the map).
    pub nils: Vec<ParamNil>,
    /// Places reachable from pointer parameters that hold a non-nil map on every return (an
    /// `init()` method, a constructor filling a struct it is given).
    pub initialises: Vec<(u32, Access)>,
    /// Places reachable from pointer parameters that the function stores something other than
    /// nil into on some path, itself or through its callees: a caller must assume that a map
    /// there may have been made.
    pub stores: Vec<(u32, Vec<u32>)>,
    /// Memory reachable from pointer parameters that code the summary does not describe may
    /// change later (the pointer is stored, captured, returned or given to unknown code): the
    /// parameter and the field path of the address that escapes.
    pub escapes: Vec<(u32, Vec<u32>)>,
    /// Map results that are a parameter's map read straight through.
    #[serde(default)]
    pub result_params: Vec<ResultParam>,
    /// Map results that are nil on some path when a parameter's map is nil (`maps.Clone`,
    /// a copy helper that returns nil for nil): nil exactly when the caller passes nil.
    #[serde(default)]
    pub nil_with_params: Vec<ResultParam>,
    /// Map fields of struct results that carry a parameter's map through.
    #[serde(default)]
    pub fields_from_params: Vec<FieldFromParam>,
    /// Pointer results that are, on every return, a pointer parameter itself: `(result,
    /// param)` of a chaining method (`func (b *B) Use(h Hook) *B { ...; return b }`), whose
    /// result points to what the caller's argument points to.
    #[serde(default)]
    pub returns_params: Vec<(u32, u32)>,
    /// Pointer-to-map results that every return gives as the address of a field of a pointer
    /// parameter, one entry per return ([`crate::field_pointers`]).
    #[serde(default)]
    pub returned_fields: Vec<ReturnedField>,
    /// `bool` results that are a nil test of a parameter's map on every return: a predicate
    /// such as `func (c *C) empty() bool { return c.items == nil }`.
    #[serde(default)]
    pub nil_tests: Vec<NilTest>,
    /// `bool` results false only where a context parameter holds no value under a key:
    /// `(result, param, key)` of a helper returning the `ok` of the assertion of its context's
    /// value (`m, ok := ctx.Value(k).(T); return m, ok`), or `false` only behind its failure.
    #[serde(default)]
    pub context_flags: Vec<(u32, u32, String)>,
    /// Results that are, on some return, a fresh zero value of a type parameter
    /// ([`crate::zero_generic`]): every map field of the caller's instantiation is nil there.
    #[serde(default)]
    pub zero_results: Vec<ZeroResult>,
    /// Parameters handed to calls of a function-valued parameter ([`crate::passed_callbacks`]):
    /// a caller passing a function that writes that argument writes the parameter's map.
    #[serde(default)]
    pub callback_args: Vec<CallbackArg>,
    /// What the call's outcomes say about its boolean parameters ([`crate::bool_params`]).
    #[serde(default)]
    pub implies: Vec<crate::bool_params::Implies>,
    /// Boolean results that are false on every return (testify's `Fail`).
    #[serde(default)]
    pub false_results: Vec<u32>,
    /// Boolean results that are true on every return that returns.
    #[serde(default)]
    pub true_results: Vec<u32>,
    /// Map fields of what pointer parameters point to that every return leaves holding what
    /// another parameter's place held at the call.
    #[serde(default)]
    pub copies: Vec<ParamCopy>,
    /// Interface parameters into whose pointee the function stores `reflect.Zero` for a map
    /// field ([`crate::reflect_zeroes`]), with where: any exported map field of the caller's
    /// struct may be nil after the call.
    #[serde(default)]
    pub reflect_zeroes: Vec<(u32, Site)>,
    /// Map results that some return reads from a local a gob `Decode` decodes into
    /// ([`crate::gob_decoded::decoded_local`]): gob made their elements.
    #[serde(default)]
    pub gob_results: Vec<u32>,
}

/// Parameter `param` is argument `arg` of a call of the function-valued parameter `func`
/// (`acc = step(acc, x)` in a generic `Fold`): the function the caller passes as `func` gets
/// the caller's map, the first time at least.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CallbackArg {
    pub func: u32,
    pub arg: u32,
    pub param: u32,
    /// Every call of the function reaches the call, as [`ParamWrite::certain`].
    pub certain: bool,
    /// Map parameters a loop around the call ranges over, as [`ParamWrite::loops_over`].
    pub loops_over: Vec<(u32, Access)>,
    /// Slice parameters a loop around the call ranges over.
    pub loops_over_slices: Vec<(u32, Access)>,
}

/// Result `result` is a fresh zero value of a type parameter (`new(T)`, `var zero T`) when
/// the function returns from `site`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ZeroResult {
    pub result: u32,
    pub site: Site,
    /// The zero value is behind a pointer (`new(T)`), so the maps of a struct `T` are nil;
    /// otherwise it is the zero `T` itself, and where `T` is a pointer that is a nil pointer,
    /// whose fields a write would dereference rather than find nil.
    #[serde(default)]
    pub pointer: bool,
    /// The other results that are the constant `false` there: a caller testing one first
    /// does not see the zero value.
    pub with_false: Vec<u32>,
    /// The other results that are not nil there (an error built at the return).
    pub with_non_nil: Vec<u32>,
}

/// Result `result` is `true` exactly when the map at `access` of parameter `param` is nil
/// (`true_when_nil`), or exactly when it is not.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct NilTest {
    pub result: u32,
    pub param: u32,
    pub access: Access,
    pub true_when_nil: bool,
}

impl Summary {
    /// Whether the function may leave `fields` of what parameter `param` points to to code the
    /// caller cannot see.
    pub fn lets_escape(&self, param: u32, fields: &[u32]) -> bool {
        self.escapes.iter().any(|(p, path)| *p == param && overlaps(path, fields))
    }

    /// Whether the function makes the map at `fields` of what parameter `param` points to on
    /// every return.
    pub fn initialises_field(&self, param: u32, fields: &[u32]) -> bool {
        self.initialises
            .iter()
            .any(|(p, a)| *p == param && a.deref && fields.starts_with(&a.fields))
    }

    /// Whether the function may store a map into `fields` of what parameter `param` points to
    /// (or into a place that holds it) on some path.
    pub fn may_store(&self, param: u32, fields: &[u32]) -> bool {
        self.stores.iter().any(|(p, path)| *p == param && overlaps(path, fields))
    }

    /// Sorts every list, so that equal facts compare equal whatever order found them.
    pub fn normalise(&mut self) {
        self.nil_results.sort();
        self.nil_results.dedup();
        self.nil_result_fields.sort();
        self.nil_result_fields.dedup();
        self.writes.sort();
        self.writes.dedup_by(|a, b| a.param == b.param && a.access == b.access);
        self.nils.sort();
        self.nils.dedup_by(|a, b| a.param == b.param && a.access == b.access);
        self.initialises.sort();
        self.initialises.dedup();
        self.escapes.sort();
        self.escapes.dedup();
        self.stores.sort();
        self.stores.dedup();
        self.result_params.sort();
        self.result_params.dedup();
        self.nil_with_params.sort();
        self.nil_with_params.dedup();
        self.fields_from_params.sort();
        self.fields_from_params.dedup();
        self.returns_params.sort();
        self.returns_params.dedup();
        self.returned_fields.sort();
        self.returned_fields.dedup();
        self.nil_tests.sort();
        self.nil_tests.dedup();
        self.zero_results.sort();
        self.zero_results.dedup();
        self.callback_args.sort();
        self.callback_args.dedup();
        self.implies.sort();
        self.implies.dedup();
        self.false_results.sort();
        self.false_results.dedup();
        self.true_results.sort();
        self.true_results.dedup();
        self.copies.sort();
        self.copies.dedup();
        self.reflect_zeroes.sort();
        self.reflect_zeroes.dedup_by(|a, b| a.0 == b.0);
        self.gob_results.sort();
        self.gob_results.dedup();
    }

    /// The facts several possible callees (an interface method's implementations) all agree
    /// on: a caller may rely on a nil or a write only when every callee shows it, and must
    /// assume an initialisation or an escape when any callee does.
    pub fn meet(summaries: &[&Summary]) -> Summary {
        let Some((first, rest)) = summaries.split_first() else { return Summary::default() };
        let mut out = Summary {
            nil_results: first
                .nil_results
                .iter()
                .filter(|n| rest.iter().all(|s| s.nil_results.iter().any(|m| m.result == n.result)))
                .cloned()
                .collect(),
            nil_result_fields: first
                .nil_result_fields
                .iter()
                .filter(|n| {
                    rest.iter().all(|s| {
                        s.nil_result_fields.iter().any(|m| {
                            m.result == n.result
                                && m.access == n.access
                                && m.when_decoded == n.when_decoded
                        })
                    })
                })
                .cloned()
                .collect(),
            writes: first
                .writes
                .iter()
                .filter(|w| {
                    rest.iter().all(|s| {
                        s.writes.iter().any(|v| v.param == w.param && v.access == w.access)
                    })
                })
                .cloned()
                .collect(),
            nils: first
                .nils
                .iter()
                .filter(|n| {
                    rest.iter()
                        .all(|s| s.nils.iter().any(|m| m.param == n.param && m.access == n.access))
                })
                .cloned()
                .collect(),
            result_params: first
                .result_params
                .iter()
                .filter(|r| rest.iter().all(|s| s.result_params.contains(r)))
                .cloned()
                .collect(),
            nil_with_params: first
                .nil_with_params
                .iter()
                .filter(|r| rest.iter().all(|s| s.nil_with_params.contains(r)))
                .cloned()
                .collect(),
            fields_from_params: first
                .fields_from_params
                .iter()
                .filter(|r| rest.iter().all(|s| s.fields_from_params.contains(r)))
                .cloned()
                .collect(),
            returns_params: first
                .returns_params
                .iter()
                .filter(|r| rest.iter().all(|s| s.returns_params.contains(r)))
                .copied()
                .collect(),
            returned_fields: first
                .returned_fields
                .iter()
                .filter(|r| rest.iter().all(|s| s.returned_fields.contains(r)))
                .cloned()
                .collect(),
            nil_tests: first
                .nil_tests
                .iter()
                .filter(|r| rest.iter().all(|s| s.nil_tests.contains(r)))
                .cloned()
                .collect(),
            context_flags: first
                .context_flags
                .iter()
                .filter(|r| rest.iter().all(|s| s.context_flags.contains(r)))
                .cloned()
                .collect(),
            zero_results: first
                .zero_results
                .iter()
                .filter(|z| {
                    rest.iter().all(|s| s.zero_results.iter().any(|y| y.result == z.result))
                })
                .cloned()
                .collect(),
            // Which function a call passes is known only for one callee.
            callback_args: Vec::new(),
            // An implication holds for the call when every callee shows it.
            implies: first
                .implies
                .iter()
                .filter(|i| rest.iter().all(|s| s.implies.contains(i)))
                .copied()
                .collect(),
            false_results: first
                .false_results
                .iter()
                .filter(|r| rest.iter().all(|s| s.false_results.contains(r)))
                .copied()
                .collect(),
            true_results: first
                .true_results
                .iter()
                .filter(|r| rest.iter().all(|s| s.true_results.contains(r)))
                .copied()
                .collect(),
            copies: first
                .copies
                .iter()
                .filter(|c| rest.iter().all(|s| s.copies.contains(c)))
                .cloned()
                .collect(),
            initialises: Vec::new(),
            escapes: Vec::new(),
            stores: Vec::new(),
            // Which implementation decodes is not known: none is taken to.
            reflect_zeroes: Vec::new(),
            gob_results: Vec::new(),
        };
        for s in summaries {
            out.initialises.extend(s.initialises.iter().cloned());
            out.escapes.extend(s.escapes.iter().cloned());
            out.stores.extend(s.stores.iter().cloned());
        }
        out.normalise();
        out
    }
}

/// Whether one field path is a prefix of the other: the places overlap in memory.
pub fn overlaps(a: &[u32], b: &[u32]) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(line: u32) -> Site {
        Site { path: "a.go".into(), offset: 0, line, col: 1 }
    }

    #[test]
    fn meet_keeps_agreed_writes_and_every_initialisation() {
        let write = |param| ParamWrite {
            param,
            access: Access { deref: true, fields: vec![0] },
            expr: "c.items".into(),
            site: site(3),
            end: site(3),
            certain: true,
            loops_over: Vec::new(),
            loops_over_slices: Vec::new(),
            bound: false,
        };
        let a = Summary {
            writes: vec![write(0), write(1)],
            initialises: vec![(0, Access { deref: true, fields: vec![1] })],
            ..Summary::default()
        };
        let b =
            Summary { writes: vec![write(0)], escapes: vec![(1, vec![])], ..Summary::default() };
        let m = Summary::meet(&[&a, &b]);
        assert_eq!(m.writes, vec![write(0)]);
        assert!(m.initialises_field(0, &[1, 2]));
        assert!(!m.initialises_field(0, &[0]));
        assert!(m.lets_escape(1, &[4]));
        assert!(!m.lets_escape(0, &[]));
    }

    #[test]
    fn summaries_round_trip_through_json() {
        let s = Summary {
            nil_results: vec![NilResult {
                result: 0,
                with_non_nil: vec![1],
                with_false: Vec::new(),
                site: site(9),
                unless_param_in: Some((1, vec!["string:a".into()])),
                unless_context_has: None,
                only_when_empty: Some(0),
                only_when_field_nil: Some((0, Access { deref: true, fields: vec![2] })),
            }],
            ..Summary::default()
        };
        let text = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<Summary>(&text).unwrap(), s);
    }
}
