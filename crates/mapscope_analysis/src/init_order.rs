//! Writes into a package-level map that an `init` function runs before the `init` that makes
//! the map: Go runs a package's variable initializers, then its `init` functions in the order
//! the files are presented to the compiler (`go build` sorts them by name) and, within a file,
//! in the order they appear.
//!
//! ```go
//! // builtin_codecs.go
//! func init() { Register(hexCodec{}) }   // runs first: codecs is still nil
//! // registry.go
//! var codecs map[string]Codec
//! func init() { codecs = make(map[string]Codec) }
//! func Register(c Codec) { codecs[c.Name()] = c }
//! ```
//!
//! Only a variable that nothing but the package's own `init` functions ever stores a map into
//! counts (no initializer, no lazy make, no other code, its address going nowhere), and only a
//! write that every call of its function reaches, called directly (or made) on every path of an
//! earlier `init`; `init` functions of test files, which `go test` orders after the others, are
//! left out. A function a variable's initializer calls (`var _ = Register(jsonCodec{})`) runs
//! before every `init`.

use crate::globals::{Globals, global_key};
use crate::module::Module;
use crate::nilness::{is_nil_constant, strip_conversions};
use crate::summarize::reached_by_every_call;
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{Callee, Function, InstrId, InstrKind, Span, ValueDef, ValueId};

/// An `init` that runs the write before the map is made: the function and the call in it that
/// leads to the write (the write itself when it is in that `init`).
#[derive(Debug)]
pub struct EarlyInit {
    /// The `init`, or `None` for the package's variable initializers.
    pub init: Option<usize>,
    pub call: Option<Span>,
    /// The later `init` and its store of the map.
    pub made_by: (usize, Span),
}

/// When the write `update` of `f`, into the map loaded from the package-level variable `map`
/// reads, runs in an `init` before the one that makes the variable.
pub fn early_init_write(
    module: &Module<'_>,
    globals: &Globals,
    f: &Function,
    update: InstrId,
    map: ValueId,
) -> Option<EarlyInit> {
    let load = f.defining_instr(strip_conversions(f, map))?;
    let InstrKind::Load { addr } = f[load].kind else { return None };
    let ValueDef::Global { name: global } = &f[addr].def else { return None };
    let (package, _) = global.rsplit_once('.')?;
    // Its address goes only to loads and stores (no pointer to it can make it unseen), and
    // no variable initializer makes it.
    let key = global_key(global);
    if !globals.address_followed(key) || globals.initialized(key) {
        return None;
    }
    let block = f[update].block()?;
    if !reached_by_every_call(f, &DomTree::new(f), block) {
        return None;
    }
    let inits: Vec<usize> =
        (1..).map_while(|n| module.lookup(&format!("{package}.init#{n}"))).collect();
    let made_at = inits.iter().position(|&i| stores_map(module.functions[i].function, global))?;
    let me = module.lookup(&f.name)?;
    let by_variable = globals.called_by_variable_initializer(&f.name).then_some((None, None));
    let early = by_variable
        .or_else(|| inits[..made_at].iter().find_map(|&init| early_in_init(module, f, me, init)))?;
    // Nothing else stores a map into the variable: no lazy make, no setter.
    let others = module
        .functions
        .iter()
        .enumerate()
        .any(|(i, mf)| !inits[made_at..].contains(&i) && stores_map(mf.function, global));
    if others {
        return None;
    }
    // `go test` puts a package's test files after its other files, whatever their names: an
    // `init` in a test file is not ordered by name with the others.
    let in_test_file = |i: usize| module.functions[i].path.ends_with("_test.go");
    if early.0.is_some_and(in_test_file) || in_test_file(inits[made_at]) {
        return None;
    }
    let maker = module.functions[inits[made_at]].function;
    let store = maker.block_ids().flat_map(|b| maker[b].instrs().iter().copied()).find(|&i| {
        matches!(maker[i].kind, InstrKind::Store { addr, .. }
            if matches!(&maker[addr].def, ValueDef::Global { name } if **name == **global))
    })?;
    Some(EarlyInit { init: early.0, call: early.1, made_by: (inits[made_at], maker[store].span) })
}

/// Whether `f` stores something other than nil into the package-level variable `global`.
fn stores_map(f: &Function, global: &str) -> bool {
    f.block_ids().any(|b| {
        f[b].instrs().iter().any(|&i| {
            let InstrKind::Store { addr, value } = f[i].kind else { return false };
            matches!(&f[addr].def, ValueDef::Global { name } if **name == *global)
                && !is_nil_constant(f, strip_conversions(f, value))
        })
    })
}

/// When `init` (or the function `f`, `me`, itself being that `init`) runs `f`: `f`'s own
/// index and no call, or the `init` and its call of `f` on every path.
fn early_in_init(
    module: &Module<'_>,
    f: &Function,
    me: usize,
    init: usize,
) -> Option<(Option<usize>, Option<Span>)> {
    if init == me {
        return Some((Some(init), None));
    }
    let g = module.functions[init].function;
    let dominators = DomTree::new(g);
    g.block_ids().find_map(|b| {
        g[b].instrs().iter().find_map(|&i| {
            let InstrKind::Call { call } = &g[i].kind else { return None };
            let Callee::Static(callee) = &call.callee else { return None };
            let ValueDef::Function { name } = &g[*callee].def else { return None };
            (**name == *f.name && reached_by_every_call(g, &dominators, b))
                .then_some((Some(init), Some(g[i].span)))
        })
    })
}

/// The functions `f` calls statically on every path (a package initializer's calls).
pub fn called_on_every_path(f: &Function) -> Vec<String> {
    let dominators = DomTree::new(f);
    let mut out = Vec::new();
    for b in f.block_ids() {
        if !reached_by_every_call(f, &dominators, b) {
            continue;
        }
        for &i in f[b].instrs() {
            let InstrKind::Call { call } = &f[i].kind else { continue };
            let Callee::Static(callee) = &call.callee else { continue };
            if let ValueDef::Function { name } = &f[*callee].def {
                out.push(name.to_string());
            }
        }
    }
    out
}
