//! Hand-written summaries of standard-library functions whose source the analysis does not
//! build: only what they do to map arguments and what their map results are, from their
//! documentation and source.
//!
//! A model's facts have no source site (its `path` is empty): a finding through one is placed
//! at the call. The functions that never return (`os.Exit`, `log.Fatal`, `t.Fatal`) end the
//! paths that call them.

use crate::nilness::strip_conversions;
use crate::summary::{Access, NilResult, NilResultField, ParamWrite, ResultParam, Site, Summary};
use mapscope_ssa::{
    BlockId, CallCommon, Callee, ConstValue, ConversionKind, Function, InstrKind, ValueDef, ValueId,
};
use mapscope_types::Program;
use mapscope_types::query;
use mapscope_types::types::{ObjId, Type, TypeId, TypeView};
use std::sync::LazyLock;

/// go/ssa's name of each modelled function, the parameter whose map it writes into, how
/// the argument is spelt in messages, and the map parameter whose entries the write loops over
/// (the write runs only when that map is not empty).
const WRITES_PARAM: &[(&str, u32, &str, Option<u32>)] = &[
    // maps.Copy(dst, src) sets every key of src in dst: `for k, v := range src { dst[k] = v }`.
    ("maps.Copy", 0, "dst", Some(1)),
    // maps.Insert(m, seq) adds the pairs of seq to m.
    ("maps.Insert", 0, "m", None),
    // Header, MIMEHeader and Values are maps whose Set and Add store into the receiver.
    ("(net/http.Header).Set", 0, "h", None),
    ("(net/http.Header).Add", 0, "h", None),
    ("(net/textproto.MIMEHeader).Set", 0, "h", None),
    ("(net/textproto.MIMEHeader).Add", 0, "h", None),
    ("(net/url.Values).Set", 0, "v", None),
    ("(net/url.Values).Add", 0, "v", None),
];

/// go/ssa's name of each modelled function whose map result is nil exactly when its map
/// argument (the parameter given) is: a copy of nil is nil.
const NIL_WITH_PARAM: &[(&str, u32)] = &[
    // "Clone returns a copy of m": its source returns nil for a nil m.
    ("maps.Clone", 0),
    // "Clone returns a copy of h or nil if h is nil."
    ("(net/http.Header).Clone", 0),
];

/// go/ssa's name of each modelled function with a map result that is nil exactly where an error
/// result beside it is not: `(name, map result, error result)`. A caller that checks the error
/// before the write never sees the nil; one that drops it does.
const NIL_WITH_ERROR: &[(&str, u32, u32)] = &[
    // Its source returns `("", nil, err)` for a malformed type and `(mediatype, nil,
    // ErrInvalidMediaParameter)` for a malformed parameter; on success the map is made.
    ("mime.ParseMediaType", 1, 2),
];

/// go/ssa's name of each modelled constructor whose result points to a struct with map fields
/// it leaves nil on success: `(name, field index, field name)`. net/http's NewRequest builds
/// `&Request{..., Header: make(Header), ...}` (request.go), so a client request's `Trailer`,
/// `Form` and `PostForm` are nil until the caller makes them (the field order of Request has
/// not changed since Go 1.8).
const NIL_RESULT_FIELDS: &[(&str, u32, &str)] = &[
    ("net/http.NewRequest", 12, "Form"),
    ("net/http.NewRequest", 13, "PostForm"),
    ("net/http.NewRequest", 15, "Trailer"),
    ("net/http.NewRequestWithContext", 12, "Form"),
    ("net/http.NewRequestWithContext", 13, "PostForm"),
    ("net/http.NewRequestWithContext", 15, "Trailer"),
];

/// go/ssa's name of each modelled function that only reads what its arguments point to and
/// keeps none of them (read in net/http/request.go): a call of one neither fills nor hands on
/// the request's maps, so a nil `Header` stays nil across it.
const READS_ONLY: &[&str] = &[
    // Returns r.ctx, or context.Background().
    "(*net/http.Request).Context",
    // Copies *r into a new Request and clones its maps and slices; r is not written.
    "(*net/http.Request).Clone",
    // Copies *r into a new Request with the new context; r is not written.
    "(*net/http.Request).WithContext",
    // Read the header or the protocol fields.
    "(*net/http.Request).UserAgent",
    "(*net/http.Request).Referer",
    "(*net/http.Request).Cookies",
    "(*net/http.Request).Cookie",
    "(*net/http.Request).BasicAuth",
    "(*net/http.Request).ProtoAtLeast",
];

/// Dependency functions that return only when a boolean parameter is true: testify's
/// `require.True(t, ok)` stops the test otherwise (`t.FailNow()`). Dependencies are loaded
/// without bodies, so the summary their source would give is written out here.
const RETURNS_WHEN_TRUE: &[(&str, u32)] = &[
    ("github.com/stretchr/testify/require.True", 1),
    ("github.com/stretchr/testify/require.Truef", 1),
    ("(*github.com/stretchr/testify/require.Assertions).True", 1),
    ("(*github.com/stretchr/testify/require.Assertions).Truef", 1),
];

/// Dependency functions that return only when an error or pointer parameter is nil:
/// testify's `require.NoError(t, err)` and `require.Nil(t, v)` stop the test otherwise.
const RETURNS_WHEN_NIL: &[(&str, u32)] = &[
    ("github.com/stretchr/testify/require.NoError", 1),
    ("github.com/stretchr/testify/require.NoErrorf", 1),
    ("github.com/stretchr/testify/require.Nil", 1),
    ("github.com/stretchr/testify/require.Nilf", 1),
    ("(*github.com/stretchr/testify/require.Assertions).NoError", 1),
    ("(*github.com/stretchr/testify/require.Assertions).NoErrorf", 1),
    ("(*github.com/stretchr/testify/require.Assertions).Nil", 1),
    ("(*github.com/stretchr/testify/require.Assertions).Nilf", 1),
];

/// Dependency methods that return only when the checker they are given passes, with the
/// checker that passes only for nil: gocheck's `c.Assert(err, IsNil)` stops the test
/// otherwise (`c.FailNow()`). The receiver is argument 0, the value 1, the checker 2.
/// `c.Check(err, IsNil)` only marks the test failed, as [`FAILS_TEST_WHEN_NON_NIL`] does.
const RETURNS_WHEN_CHECKED_NIL: &[(&str, &str)] = &[
    ("(*gopkg.in/check.v1.C).Assert", "gopkg.in/check.v1.IsNil"),
    ("(*github.com/go-check/check.C).Assert", "github.com/go-check/check.IsNil"),
    ("(*gopkg.in/check.v1.C).Check", "gopkg.in/check.v1.IsNil"),
    ("(*github.com/go-check/check.C).Check", "github.com/go-check/check.IsNil"),
];

/// For a call of a dependency method that returns only when its value argument is nil (a
/// gocheck `Assert` given the `IsNil` checker): that argument.
pub fn nil_asserted_argument(f: &Function, call: &CallCommon) -> Option<ValueId> {
    let name = static_callee_name(f, call)?;
    let (_, checker) = RETURNS_WHEN_CHECKED_NIL.iter().find(|(n, _)| *n == name)?;
    let load = f.defining_instr(strip_conversions(f, *call.args.get(2)?))?;
    let InstrKind::Load { addr } = &f[load].kind else { return None };
    let ValueDef::Global { name: global } = &f[*addr].def else { return None };
    if **global != **checker {
        return None;
    }
    // The value goes in as an `interface{}`; `IsNil` looks inside it (a nil pointer passes).
    let obtained = strip_conversions(f, *call.args.get(1)?);
    match f.defining_instr(obtained).map(|i| &f[i].kind) {
        Some(
            InstrKind::MakeInterface { x }
            | InstrKind::Convert { kind: ConversionKind::ChangeInterface, x },
        ) => Some(*x),
        _ => Some(obtained),
    }
}

/// Dependency functions that mark the test failed, without stopping it, when an error or
/// pointer parameter is not nil (testify's `assert.NoError(t, err)`, `assert.Nil(t, v)`) or a
/// boolean is false (`assert.True(t, ok)`). A nil map written after one on the failing path
/// panics only in a test that has already failed, so that path is pruned as if the call
/// stopped there: the finding would report a failing test, not a bug.
const FAILS_TEST_WHEN_NON_NIL: &[(&str, u32)] = &[
    ("github.com/stretchr/testify/assert.NoError", 1),
    ("github.com/stretchr/testify/assert.NoErrorf", 1),
    ("github.com/stretchr/testify/assert.Nil", 1),
    ("github.com/stretchr/testify/assert.Nilf", 1),
    ("(*github.com/stretchr/testify/assert.Assertions).NoError", 1),
    ("(*github.com/stretchr/testify/assert.Assertions).NoErrorf", 1),
    ("(*github.com/stretchr/testify/assert.Assertions).Nil", 1),
    ("(*github.com/stretchr/testify/assert.Assertions).Nilf", 1),
];

/// The boolean counterpart of [`FAILS_TEST_WHEN_NON_NIL`].
const FAILS_TEST_WHEN_FALSE: &[(&str, u32)] = &[
    ("github.com/stretchr/testify/assert.True", 1),
    ("github.com/stretchr/testify/assert.Truef", 1),
    ("(*github.com/stretchr/testify/assert.Assertions).True", 1),
    ("(*github.com/stretchr/testify/assert.Assertions).Truef", 1),
];

static MODELS: LazyLock<Vec<(&'static str, Summary)>> = LazyLock::new(|| {
    let returns_when = |shown| {
        move |&(name, param): &(&'static str, u32)| {
            let implies = crate::bool_params::Implies {
                outcome: crate::bool_params::Outcome::Returns,
                result: 0,
                param,
                shown,
            };
            (name, Summary { implies: vec![implies], ..Summary::default() })
        }
    };
    let asserts = RETURNS_WHEN_TRUE
        .iter()
        .chain(FAILS_TEST_WHEN_FALSE)
        .map(returns_when(crate::bool_params::Shown::True))
        .chain(
            RETURNS_WHEN_NIL
                .iter()
                .chain(FAILS_TEST_WHEN_NON_NIL)
                .map(returns_when(crate::bool_params::Shown::Nil)),
        );
    let readers = READS_ONLY.iter().map(|&name| (name, Summary::default()));
    let copies = NIL_WITH_PARAM.iter().map(|&(name, param)| {
        let summary = Summary {
            nil_with_params: vec![ResultParam { result: 0, param, access: Access::value() }],
            ..Summary::default()
        };
        (name, summary)
    });
    let failures = NIL_WITH_ERROR.iter().map(|&(name, result, error)| {
        let summary = Summary {
            nil_results: vec![NilResult {
                result,
                with_non_nil: vec![error],
                with_false: Vec::new(),
                site: Site::nowhere(),
                unless_param_in: None,
                unless_context_has: None,
                only_when_empty: None,
                only_when_field_nil: None,
            }],
            ..Summary::default()
        };
        (name, summary)
    });
    let mut constructors: Vec<(&'static str, Summary)> = Vec::new();
    for &(name, field, names) in NIL_RESULT_FIELDS {
        let at = match constructors.iter().position(|(n, _)| *n == name) {
            Some(at) => at,
            None => {
                constructors.push((name, Summary::default()));
                constructors.len() - 1
            }
        };
        constructors[at].1.nil_result_fields.push(NilResultField {
            result: 0,
            access: Access { deref: true, fields: vec![field] },
            names: names.to_string(),
            site: Site::nowhere(),
            when_decoded: None,
            with_false: Vec::new(),
            with_non_nil: Vec::new(),
            with_non_nil_fields: Vec::new(),
            made_when: None,
            unless_context_has: None,
            counts_param: None,
            when_empty: None,
        });
    }
    WRITES_PARAM
        .iter()
        .map(|&(name, param, expr, ranged)| {
            let summary = Summary {
                writes: vec![ParamWrite {
                    param,
                    access: Access::value(),
                    expr: expr.to_string(),
                    site: Site::nowhere(),
                    end: Site::nowhere(),
                    certain: true,
                    loops_over: ranged.map(|p| (p, Access::value())).into_iter().collect(),
                    loops_over_slices: Vec::new(),
                    bound: false,
                }],
                ..Summary::default()
            };
            (name, summary)
        })
        .chain(copies)
        .chain(asserts)
        .chain(readers)
        .chain(failures)
        .chain(constructors)
        .collect()
});

/// The go/ssa name of the function a call in `f` calls statically.
pub fn static_callee_name<'f>(f: &'f Function, call: &CallCommon) -> Option<&'f str> {
    let Callee::Static(v) = call.callee else { return None };
    match &f.get_value(v)?.def {
        ValueDef::Function { name } => Some(name),
        _ => None,
    }
}

/// The model of the function go/ssa names `name`, if there is one.
pub fn model(name: &str) -> Option<&'static Summary> {
    MODELS.iter().find(|(n, _)| *n == name).map(|(_, s)| s)
}

/// Functions that never return to their caller, by go/ssa name, and methods of `testing`'s
/// types by their bare name (they stop the test's goroutine).
const NO_RETURN: &[&str] = &[
    "os.Exit",
    "runtime.Goexit",
    "log.Fatal",
    "log.Fatalf",
    "log.Fatalln",
    "log.Panic",
    "log.Panicf",
    "log.Panicln",
    "(*log.Logger).Fatal",
    "(*log.Logger).Fatalf",
    "(*log.Logger).Fatalln",
    // testify's require fails the test with `t.FailNow()` whatever it is given.
    "github.com/stretchr/testify/require.Fail",
    "github.com/stretchr/testify/require.Failf",
    "github.com/stretchr/testify/require.FailNow",
    "github.com/stretchr/testify/require.FailNowf",
    "(*github.com/stretchr/testify/require.Assertions).Fail",
    "(*github.com/stretchr/testify/require.Assertions).Failf",
    "(*github.com/stretchr/testify/require.Assertions).FailNow",
    "(*github.com/stretchr/testify/require.Assertions).FailNowf",
];

/// `testing.TB` methods that stop the test's goroutine.
const TESTING_STOPS: &[&str] = &["Fatal", "Fatalf", "FailNow", "Skip", "Skipf", "SkipNow"];

/// Whether `block` calls a function that never returns, so control never leaves it.
pub fn never_returns(f: &Function, block: BlockId) -> bool {
    f[block].instrs().iter().any(|&i| {
        let InstrKind::Call { call } = &f[i].kind else { return false };
        match &call.callee {
            Callee::Static(v) => match &f[*v].def {
                ValueDef::Function { name } => {
                    NO_RETURN.contains(&&**name)
                        || name.starts_with("(*testing.")
                            && name
                                .rsplit_once(").")
                                .is_some_and(|(_, m)| TESTING_STOPS.contains(&m))
                }
                _ => false,
            },
            Callee::Invoke { method, .. } => TESTING_STOPS.contains(&&**method),
            _ => false,
        }
    })
}

/// go/ssa's name of `encoding/json.Unmarshal`.
const JSON_UNMARSHAL: &str = "encoding/json.Unmarshal";

/// go/ssa's name of `(*encoding/json.Decoder).Decode`, which fills its argument as
/// `json.Unmarshal` does, from data the analysis never sees.
const JSON_DECODE: &str = "(*encoding/json.Decoder).Decode";

/// What `json.Unmarshal(data, &v)` does to a map inside `v`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Decoded {
    /// The JSON has no key for it (or the field is not decoded): it keeps what it held.
    Untouched,
    /// The JSON has `null` for it: the decoder sets it to nil.
    Nil,
    /// The JSON has a value of another kind for it (a list for a map), or for a struct on the
    /// way: the decoder leaves it as it was and returns an error.
    Mismatched,
    /// The decoder makes it, or the search cannot tell (data that is not a constant, or that
    /// does not decode): taken as made.
    Made,
}

/// The pointer `call` decodes into when it is `json.Unmarshal(data, p)` or a
/// `json.Decoder`'s `Decode(p)`.
pub fn json_unmarshal_target(f: &Function, call: &CallCommon) -> Option<ValueId> {
    let Callee::Static(callee) = &call.callee else { return None };
    let ValueDef::Function { name } = &f[*callee].def else { return None };
    if !matches!(&**name, JSON_UNMARSHAL | JSON_DECODE) || call.args.len() != 2 {
        return None;
    }
    let instr = f.defining_instr(call.args[1])?;
    match f[instr].kind {
        InstrKind::MakeInterface { x } => Some(x),
        _ => None,
    }
}

/// Whether a reflection-based decode into `target` may leave the map at the (non-empty) field
/// path `path` inside what `target` points to as it was: the path ends at a map, every field on
/// the way is one `field_kept` says the decoder leaves alone or cannot make, and neither the
/// map nor a type on the way decodes itself through one of `self_decoding`.
pub fn map_field_kept(
    program: &Program,
    f: &Function,
    target: ValueId,
    path: &[u32],
    self_decoding: &[&str],
    field_kept: impl Fn(&mapscope_types::types::Field) -> bool,
) -> bool {
    let Some(mut ty) = pointee(program, f, target) else { return false };
    if path.is_empty() {
        return false;
    }
    for &index in path {
        if declares_any(program, ty, self_decoding) {
            return false;
        }
        let mut types = program.types();
        let under = query::underlying(&mut types, ty);
        let Type::Struct(fields) = types.ty(under) else { return false };
        let Some(field) = fields.get(index as usize) else { return false };
        if !field_kept(field) {
            return false;
        }
        ty = field.ty;
    }
    let is_map = {
        let mut types = program.types();
        let under = query::underlying(&mut types, ty);
        matches!(types.ty(under), Type::Map(..))
    };
    is_map && !declares_any(program, ty, self_decoding)
}

/// Whether `v` (a `make interface`) only ever becomes the target of `json.Unmarshal` (or of a
/// `gob.Decoder`'s `Decode`, or of encoding/xml's decoding), which keeps no reference to it.
pub fn only_decoded(f: &Function, v: ValueId) -> bool {
    let users = f[v].referrers();
    !users.is_empty()
        && users.iter().all(|&u| match &f[u].kind {
            InstrKind::Call { call } => {
                (json_unmarshal_target(f, call).is_some()
                    || crate::gob_decoded::decode_target(f, call).is_some()
                    || crate::xml_decoded::decode_target(f, call).is_some())
                    && call.args[0] != v
                    && call.args[1] == v
            }
            _ => false,
        })
}

/// What `call`, a `json.Unmarshal` (or `Decode`) into `target`, does to the map at field path
/// `path` inside what `target` points to.
/// `texts` are the constant documents the data may be ([`crate::json_texts`]); none when it
/// is not known.
/// Data that is not a constant may lack the map's key, and the decoder leaves a map whose key
/// is absent as it was: the map keeps what it held, so a nil it held before stays possible.
/// Only data the module's own code may have encoded is taken to carry the key: a map field of
/// a type it encodes, unless the tag's `omitempty` drops an empty map.
pub fn json_unmarshal_effect(
    program: &Program,
    fields: &crate::fields::FieldFacts,
    f: &Function,
    call: &CallCommon,
    target: ValueId,
    path: &[u32],
    texts: &[Box<str>],
) -> Decoded {
    // A `json.RawMessage` holds the literal `null` when its key's value was null, and decoding
    // that into a map sets the map to nil (a test of the message against nil does not see it),
    // unless the document it comes from is known ([`crate::json_raw_members`]).
    if path.is_empty()
        && !is_decoder_call(f, call)
        && raw_message(program, f, call.args[0])
        && !crate::json_raw_members::known_not_null(f, call.args[0])
    {
        return Decoded::Nil;
    }
    match (json_keys(program, f, target, path), texts.is_empty()) {
        (JsonKeys::Keys(keys), false) => json_decoded_any(texts, &keys),
        (JsonKeys::Keys(_), true) => {
            let round_trip = pointee(program, f, target)
                .is_none_or(|ty| may_round_trip(program, fields, ty, path));
            if round_trip || path.is_empty() { Decoded::Made } else { Decoded::Untouched }
        }
        (JsonKeys::NotDecoded, _) => Decoded::Untouched,
        (JsonKeys::Unknown, _) => Decoded::Made,
    }
}

/// The data value `call`, a `json.Unmarshal` or a `Decode` of a decoder over an in-memory
/// reader, decodes, when the analysis can see it.
pub fn json_data(f: &Function, call: &CallCommon) -> Option<ValueId> {
    match is_decoder_call(f, call) {
        true => crate::decoder_sources::decoder_text(f, call),
        false => call.args.first().copied(),
    }
}

/// What decoding one of `texts` may do to the map its object keys `keys` lead to: the one
/// that leaves it nil first, then one that leaves it as it was; a text that does not decode
/// counts as one that makes it.
pub fn json_decoded_any(texts: &[Box<str>], keys: &[String]) -> Decoded {
    let rank = |d: Decoded| match d {
        Decoded::Nil => 0,
        Decoded::Untouched => 1,
        Decoded::Mismatched => 2,
        Decoded::Made => 3,
    };
    texts
        .iter()
        .map(|t| json_decoded(t, keys).unwrap_or(Decoded::Made))
        .min_by_key(|&d| rank(d))
        .unwrap_or(Decoded::Made)
}

/// Whether `data` is a `json.RawMessage` (or a conversion of one).
fn raw_message(program: &Program, f: &Function, data: ValueId) -> bool {
    let ty = f[strip_conversions(f, data)].ty;
    if ty.arena as usize > program.units.len() {
        return false;
    }
    let types = program.types();
    let ty = query::unalias(&types, ty);
    match types.ty(ty) {
        Type::Named(named) => {
            let obj = program.obj(named.obj);
            &*obj.name == "RawMessage" && types.pkg_path(obj.pkg) == "encoding/json"
        }
        _ => false,
    }
}

/// Whether the map at field path `path` inside a value of type `ty` may come back made from
/// data the module encoded: its field is one of a type the module encodes to JSON, without
/// `omitempty` (an empty map is then left out and decodes as nil) unless the module only ever
/// sets the field to a map with entries and never empties it.
pub fn may_round_trip(
    program: &Program,
    fields: &crate::fields::FieldFacts,
    ty: TypeId,
    path: &[u32],
) -> bool {
    decoded_field(program, ty, path).is_none_or(|(obj, omitempty)| {
        (!omitempty || fields.never_empty(program, obj)) && fields.json_encoded(program, obj)
    })
}

/// The field at the end of field path `path` inside a value of type `ty`, and whether its
/// `json` tag says `omitempty`.
fn decoded_field(program: &Program, mut ty: TypeId, path: &[u32]) -> Option<(ObjId, bool)> {
    let mut types = program.types();
    let mut last = None;
    for &index in path {
        let under = query::underlying(&mut types, ty);
        let Type::Struct(fields) = types.ty(under) else { return None };
        let field = fields.get(index as usize)?;
        let omitempty = field.tag.as_deref().is_some_and(|tag| {
            tag.find("json:\"").is_some_and(|at| {
                let rest = &tag[at + "json:\"".len()..];
                rest[..rest.find('"').unwrap_or(rest.len())]
                    .split(',')
                    .skip(1)
                    .any(|o| o == "omitempty")
            })
        });
        last = Some((field.obj?, omitempty));
        ty = field.ty;
    }
    last
}

/// Whether `call` is a `json.Decoder`'s `Decode`, whose first argument is the decoder.
pub fn is_decoder_call(f: &Function, call: &CallCommon) -> bool {
    let Callee::Static(callee) = &call.callee else { return false };
    matches!(&f[*callee].def, ValueDef::Function { name } if &**name == JSON_DECODE)
}

/// How encoding/json reaches a map inside the value it decodes into.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum JsonKeys {
    /// Through these object keys (none for the value itself).
    Keys(Vec<String>),
    /// Never: a field on the way is `json:"-"` or unexported.
    NotDecoded,
    /// The path goes through something the model does not follow (an element, a type it
    /// cannot see).
    Unknown,
}

/// The string parameter `call`, a `json.Unmarshal` or a `Decode` of a decoder over an in-memory
/// reader (`crate::decoder_sources`), decodes (`[]byte(data)`), if it does.
pub fn json_unmarshal_param(f: &Function, call: &CallCommon) -> Option<u32> {
    let mut data = json_data(f, call).or_else(|| {
        crate::decoder_sources::decoder_param(f, call).filter(|_| is_decoder_call(f, call))
    })?;
    if let Some(instr) = f.defining_instr(data) {
        if let InstrKind::Convert { x, .. } = &f[instr].kind {
            data = *x;
        }
    }
    match f[data].def {
        ValueDef::Param { index, .. } => Some(index),
        _ => None,
    }
}

/// What decoding JSON `data` does to the map its object keys `keys` lead to (`None` when the
/// search cannot tell). Text that is not JSON (a trailing comma, a missing brace, nothing at
/// all) is a syntax error, which encoding/json finds before it stores anything: every field
/// keeps what it held, and the decode returns the error, as for a mismatched kind.
pub fn json_decoded(data: &str, keys: &[String]) -> Option<Decoded> {
    let first = serde_json::Deserializer::from_str(data).into_iter::<serde_json::Value>().next();
    let mut json = match first {
        Some(Ok(json)) => json,
        None => return Some(Decoded::Mismatched),
        // Limits of the parser here that Go does not share (numbers past f64, nesting past
        // 128) say nothing about the text.
        Some(Err(e))
            if (e.is_syntax() || e.is_eof())
                && !e.to_string().contains("out of range")
                && !e.to_string().contains("recursion limit") =>
        {
            return Some(Decoded::Mismatched);
        }
        Some(Err(_)) => return None,
    };
    for key in keys {
        let object = match json {
            serde_json::Value::Object(object) => object,
            // `null` for a struct on the way leaves it as it is; another kind of value is a
            // type error, which leaves it too.
            serde_json::Value::Null => return Some(Decoded::Untouched),
            _ => return Some(Decoded::Mismatched),
        };
        let value = object
            .get(key)
            .or_else(|| object.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v));
        match value {
            None => return Some(Decoded::Untouched),
            Some(value) => json = value.clone(),
        }
    }
    // `null` for the map sets it to nil; a value that is not an object is a type error.
    Some(match json {
        serde_json::Value::Null => Decoded::Nil,
        serde_json::Value::Object(_) => Decoded::Made,
        _ => Decoded::Mismatched,
    })
}

/// The object keys that lead encoding/json to the map at field path `path` inside what
/// `target` points to: each field's tag name, else its name; embedded structs without a tag
/// name lend their fields to the enclosing object.
pub fn json_keys(program: &Program, f: &Function, target: ValueId, path: &[u32]) -> JsonKeys {
    let Some(ty) = pointee(program, f, target) else { return JsonKeys::Unknown };
    json_keys_in(program, ty, path)
}

/// [`json_keys`] for the map at field path `path` inside a value of type `ty`.
pub fn json_keys_in(program: &Program, ty: TypeId, path: &[u32]) -> JsonKeys {
    json_keys_below(program, ty, path, false)
}

/// [`json_keys_in`] for a type whose own `UnmarshalJSON` decodes its fields as encoding/json
/// would ([`crate::fresh_decoders`]): only the types below it may decode themselves.
pub fn json_keys_fresh(program: &Program, ty: TypeId, path: &[u32]) -> JsonKeys {
    json_keys_below(program, ty, path, true)
}

fn json_keys_below(program: &Program, mut ty: TypeId, path: &[u32], fresh: bool) -> JsonKeys {
    let mut types = program.types();
    let mut keys = Vec::new();
    for (depth, &index) in path.iter().enumerate() {
        if !(fresh && depth == 0) && decodes_itself(program, ty) {
            // A decoder promoted from one embedded field decodes that field alone: the
            // struct's other fields are never filled (a `Node` embedding `ObjectMeta`, whose
            // `UnmarshalJSON` gets the whole object).
            return match promoted_decoder(program, ty) {
                Some(lender) if lender != index => JsonKeys::NotDecoded,
                _ => JsonKeys::Unknown,
            };
        }
        let under = query::underlying(&mut types, ty);
        let Type::Struct(fields) = types.ty(under) else { return JsonKeys::Unknown };
        let Some(field) = fields.get(index as usize).cloned() else { return JsonKeys::Unknown };
        let tag_name = field.tag.as_deref().and_then(json_tag_name);
        // `json:"-"` and unexported fields are never decoded (an unexported embedded struct
        // still lends its exported fields).
        let exported = field.name.starts_with(char::is_uppercase);
        if tag_name.as_deref() == Some("-") || !exported && !field.embedded {
            return JsonKeys::NotDecoded;
        }
        let field_under = query::underlying(&mut types, field.ty);
        let flattened = field.embedded
            && tag_name.is_none()
            && matches!(types.ty(field_under), Type::Struct(_));
        if !flattened {
            keys.push(tag_name.unwrap_or_else(|| field.name.to_string()));
        }
        ty = field.ty;
    }
    if decodes_itself(program, ty) {
        return JsonKeys::Unknown;
    }
    JsonKeys::Keys(keys)
}

/// Whether values of `ty` (or what it points to) decode themselves: encoding/json calls a
/// type's own `UnmarshalJSON` (or `UnmarshalText`) instead of filling its fields, so the
/// model of the decoder says nothing about them; a method promoted from an embedded field
/// counts too.
fn decodes_itself(program: &Program, ty: TypeId) -> bool {
    declares_any(program, ty, &["UnmarshalJSON", "UnmarshalText"])
}

/// The embedded field of struct type `ty` (or of what it points to) whose `UnmarshalJSON` or
/// `UnmarshalText` is promoted to `ty`: `ty` declares neither, and exactly one of its embedded
/// fields has one (two at the same depth would be ambiguous, and promote nothing).
fn promoted_decoder(program: &Program, ty: TypeId) -> Option<u32> {
    let decoders = ["UnmarshalJSON", "UnmarshalText"];
    let mut types = program.types();
    let ty = query::unalias(&types, ty);
    let ty = match types.ty(ty) {
        Type::Pointer(base) => *base,
        _ => ty,
    };
    let Type::Named(named) = types.ty(ty) else { return None };
    if named.methods.iter().any(|&m| decoders.contains(&&*program.obj(m).name)) {
        return None;
    }
    let under = query::underlying(&mut types, ty);
    let Type::Struct(fields) = types.ty(under) else { return None };
    let mut lenders = fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.embedded && declares_any(program, f.ty, &decoders))
        .map(|(i, _)| i as u32);
    let lender = lenders.next()?;
    lenders.next().is_none().then_some(lender)
}

/// Whether `ty` (or what it points to, or a struct it embeds) declares a method named one of
/// `methods`.
pub fn declares_any(program: &Program, ty: TypeId, methods: &[&str]) -> bool {
    let mut types = program.types();
    let mut pending = vec![(ty, 0)];
    while let Some((ty, depth)) = pending.pop() {
        let ty = query::unalias(&types, ty);
        let ty = match types.ty(ty) {
            Type::Pointer(base) => *base,
            _ => ty,
        };
        let Type::Named(named) = types.ty(ty) else { continue };
        let declared =
            named.origin.map_or(named.methods.as_slice(), |origin| match types.ty(origin) {
                Type::Named(generic) => generic.methods.as_slice(),
                _ => named.methods.as_slice(),
            });
        if declared.iter().any(|&m| methods.contains(&&*program.obj(m).name)) {
            return true;
        }
        let under = query::underlying(&mut types, ty);
        if let (Type::Struct(fields), true) = (types.ty(under), depth < 4) {
            pending.extend(fields.iter().filter(|f| f.embedded).map(|f| (f.ty, depth + 1)));
        }
    }
    false
}

/// The name a `json:"..."` tag gives its field, if it gives one.
fn json_tag_name(tag: &str) -> Option<String> {
    let rest = &tag[tag.find("json:\"")? + "json:\"".len()..];
    let value = &rest[..rest.find('"')?];
    let name = value.split(',').next().unwrap_or("");
    (!name.is_empty()).then(|| name.to_string())
}

/// The text of a constant string, or of a conversion of one to `[]byte`.
pub fn constant_text(f: &Function, mut v: ValueId) -> Option<&str> {
    if let Some(instr) = f.defining_instr(v) {
        if let InstrKind::Convert { x, .. } = &f[instr].kind {
            v = *x;
        }
    }
    match &f[v].def {
        ValueDef::Const(ConstValue::String(s)) => Some(s),
        _ => None,
    }
}

/// The type `pointer` points to: from its type, or, for an address whose type the IR derived,
/// from what is loaded from or stored at it.
pub fn pointee(program: &Program, f: &Function, pointer: ValueId) -> Option<TypeId> {
    let ty = f[pointer].ty;
    if ty.arena as usize <= program.units.len() {
        let mut types = program.types();
        let under = query::underlying(&mut types, ty);
        if let Type::Pointer(elem) = *types.ty(under) {
            return Some(elem);
        }
        return None;
    }
    let used = f[pointer].referrers().iter().find_map(|&u| match &f[u].kind {
        InstrKind::Load { addr } if *addr == pointer => f[u].result().map(|r| f[r].ty),
        InstrKind::Store { addr, value } if *addr == pointer => Some(f[*value].ty),
        _ => None,
    });
    // A field's address (`&t.Limits` handed to a decoder): the field's type in its struct.
    used.or_else(|| {
        let InstrKind::FieldAddr { base, field } = &f[f.defining_instr(pointer)?].kind else {
            return None;
        };
        let strukt = pointee(program, f, *base)?;
        let mut types = program.types();
        let under = query::underlying(&mut types, strukt);
        let Type::Struct(fields) = types.ty(under) else { return None };
        Some(fields.get(*field as usize)?.ty)
    })
}

/// The first of `methods` that a value of type `ty` (as spelled by the caller's type names) has,
/// as `lookup` finds a function by its name: `(T).M`, or for a pointer type `*T` also the value
/// method `(T).M` of its element, which a pointer's method set holds too.
pub fn receiver_method<T>(
    ty: &str,
    methods: &[&str],
    lookup: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let receivers = [Some(ty), ty.strip_prefix('*')];
    methods
        .iter()
        .find_map(|m| receivers.iter().flatten().find_map(|r| lookup(&format!("({r}).{m}"))))
}

/// Library calls that call a method of one of their arguments on the calling goroutine when
/// its type has one (the first of the list it has): the calls, the argument (a method's
/// receiver is argument 0) and the methods. encoding/json calls a pointer's methods through
/// the pointer, and a value's pointer methods only when it can take its address, which an
/// argument boxed in an interface never gives.
pub const IMPLICIT_METHODS: [(&[&str], usize, &[&str]); 4] = [
    (&["encoding/json.Marshal", "encoding/json.MarshalIndent"], 0, &["MarshalJSON", "MarshalText"]),
    (&["(*encoding/json.Encoder).Encode"], 1, &["MarshalJSON", "MarshalText"]),
    (&["encoding/json.Unmarshal"], 1, &["UnmarshalJSON", "UnmarshalText"]),
    (&["(*encoding/json.Decoder).Decode"], 1, &["UnmarshalJSON", "UnmarshalText"]),
];
