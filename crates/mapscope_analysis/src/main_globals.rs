//! A command's package-level struct variable that `main` hands to a call before anything else
//! has run: no variable initializer and no `init` function uses it, and `main` makes no call
//! before this one, so it still holds its zero value, whatever code may store into it later
//! (a lazy make behind a `sync.Once` that this call skips).
//!
//! ```go
//! var defaultRegistry Registry           // plugins made only by ensure()
//! func main() { defaultRegistry.Register(upper{}) } // writes r.plugins without ensure()
//! ```

use crate::FunctionContext;
use crate::nilness::{Origin, strip_conversions};
use mapscope_ssa::{Callee, Function, InstrId, InstrKind, ValueDef, ValueId};

/// The zero value `arg` (the address of a package-level variable) still holds at `call`, the
/// first call of a command's `main`.
pub fn zero_at_main_start(cx: &FunctionContext<'_>, arg: ValueId, call: InstrId) -> Option<Origin> {
    let f = cx.function;
    let module = cx.analysis.module;
    let me = module.lookup(&f.name)?;
    let (_, name) = f.name.rsplit_once('.')?;
    if name != "main" || !module.is_command(module.functions[me].unit) {
        return None;
    }
    let ValueDef::Global { name: global } = &f[strip_conversions(f, arg)].def else { return None };
    let key = crate::globals::global_key(global);
    let globals = cx.analysis.globals;
    if globals.used_at_init(key) || !first_call(f, call) {
        return None;
    }
    let (name, decl) = globals.declared(key)?;
    Some(Origin::GlobalAtMainStart { name: name.to_string(), decl: decl.clone() })
}

/// Whether `call` is in the entry block with no call, `go` or `defer` before it (builtins
/// aside).
fn first_call(f: &Function, call: InstrId) -> bool {
    if f[call].block() != Some(Function::ENTRY) {
        return false;
    }
    for &i in f[Function::ENTRY].instrs() {
        if i == call {
            return true;
        }
        match &f[i].kind {
            InstrKind::Call { call } if matches!(call.callee, Callee::Builtin(_)) => {}
            InstrKind::Call { .. } | InstrKind::Go { .. } | InstrKind::Defer { .. } => {
                return false;
            }
            _ => {}
        }
    }
    false
}
