//! The module's functions that write no memory existing before the call (getters, lookups in
//! a field's slice, formatters), so that value numbering keeps the reads around their calls.
//!
//! `if _, ok := m[s.key()]; !ok { m[s.key()] = ... }` reads `s.name` through a method twice; a
//! call between two reads of one field (`k, _ := s.kind()`) used to separate them, as any call
//! may store anywhere. A function writes nothing its caller could read again when it stores only
//! into its own allocations, writes only maps it makes, appends only to slices it starts, and
//! calls only such functions of the module (its own recursion included: the largest fixpoint),
//! builtins that write nothing, and a few standard-library functions that only compute
//! (`strings`, `strconv`, `unicode`, `math`, `path/filepath`, `fmt.Sprintf`) or read the file
//! system or the environment into fresh values (`os.ReadFile`, `os.Getenv`), and `fmt.Println`
//! and its kin when every argument has a basic type (no `String` method of the module runs). Interface calls and unknown
//! function values count as writing: an implementation outside the module could write. Sends,
//! receives and `go` count as writing too, since another goroutine's writes may become visible.

use crate::module::Module;
use crate::nilness::Root;
use mapscope_ssa::gvn::builtin_writes_no_memory;
use mapscope_ssa::{
    Builtin, CallCommon, Callee, ConstValue, Function, InstrKind, ValueDef, ValueId,
};
use mapscope_types::types::TypeView;

/// Which of the module's functions write nothing a caller could read again, by index.
#[derive(Debug)]
pub struct WriteFree {
    free: Vec<bool>,
}

impl WriteFree {
    pub fn new(module: &Module<'_>) -> WriteFree {
        let callees: Vec<Option<Vec<usize>>> =
            module.functions.iter().map(|m| own_writes_free_callees(module, m.function)).collect();
        let mut free: Vec<bool> = callees.iter().map(Option::is_some).collect();
        let mut changed = true;
        while changed {
            changed = false;
            for (index, callees) in callees.iter().enumerate() {
                let Some(callees) = callees else { continue };
                if free[index] && callees.iter().any(|&c| !free[c]) {
                    free[index] = false;
                    changed = true;
                }
            }
        }
        WriteFree { free }
    }

    /// Whether `call` in `f` runs only functions that write nothing its caller could read.
    pub fn call_writes_nothing(
        &self,
        module: &Module<'_>,
        f: &Function,
        call: &CallCommon,
    ) -> bool {
        match call_callees(module, f, call) {
            Some(callees) => callees.iter().all(|&c| self.free[c]),
            None => false,
        }
    }
}

/// The module functions `f` calls, when `f` itself writes nothing outside its own allocations
/// and calls nothing but those, write-free builtins and pure library functions.
fn own_writes_free_callees(module: &Module<'_>, f: &Function) -> Option<Vec<usize>> {
    let mut callees = Vec::new();
    for block in f.block_ids() {
        for &instr in f[block].instrs() {
            match &f[instr].kind {
                InstrKind::Store { addr, .. } if !in_own_allocation(f, *addr) => return None,
                InstrKind::MapUpdate { map, .. }
                | InstrKind::MapDelete { map, .. }
                | InstrKind::MapClear { map }
                    if !made_here(f, *map) =>
                {
                    return None;
                }
                InstrKind::Call { call } | InstrKind::Defer { call } => {
                    callees.extend(call_callees(module, f, call)?);
                }
                InstrKind::Go { .. }
                | InstrKind::Send { .. }
                | InstrKind::Recv { .. }
                | InstrKind::Select { .. } => return None,
                _ => {}
            }
        }
    }
    Some(callees)
}

/// The module functions `call` runs when every function it may run is known not to write
/// memory by itself (a write-free builtin, a pure library function: no module callee), or is
/// one of the module's, called statically or through a resolved function value; `None` when it
/// may run something else.
fn call_callees(module: &Module<'_>, f: &Function, call: &CallCommon) -> Option<Vec<usize>> {
    match &call.callee {
        Callee::Builtin(Builtin::Append) => {
            call.args.first().is_some_and(|&s| started_here(f, s, 0)).then(Vec::new)
        }
        // A panic leaves the caller's code after the call unrun; `recover` only stops one.
        Callee::Builtin(Builtin::Panic | Builtin::Recover) => Some(Vec::new()),
        Callee::Builtin(builtin) => builtin_writes_no_memory(*builtin).then(Vec::new),
        Callee::Invoke { .. } => None,
        Callee::Static(v) => {
            if let ValueDef::Function { name } = &f[*v].def
                && module.lookup(name).is_none()
            {
                return (library_computes_only(name) || prints_plain_values(module, f, name, call))
                    .then(Vec::new);
            }
            Some(module.resolve(f, call)?.callees)
        }
        Callee::Dynamic(_) => Some(module.resolve(f, call)?.callees),
    }
}

/// Whether `addr` lies in an allocation of `f` itself (a local variable or `new`), through its
/// fields and array elements ([`crate::nilness::location`]): storing there changes nothing
/// that existed before the call.
fn in_own_allocation(f: &Function, addr: ValueId) -> bool {
    crate::nilness::location(f, addr).is_some_and(|place| {
        matches!(place.root, Root::Alloc(i) if matches!(f[i].kind, InstrKind::Alloc { .. }))
    })
}

fn made_here(f: &Function, map: ValueId) -> bool {
    f.defining_instr(map).is_some_and(|i| matches!(f[i].kind, InstrKind::MakeMap { .. }))
}

/// Whether the slice `s` is one `f` started (nil, made, or appended to from one it started,
/// through φs): appending to it writes no array that existed before the call.
fn started_here(f: &Function, s: ValueId, depth: u32) -> bool {
    if depth > 16 {
        return false;
    }
    match &f[s].def {
        ValueDef::Const(ConstValue::Nil) => true,
        _ => {
            let Some(instr) = f.defining_instr(s) else { return false };
            match &f[instr].kind {
                InstrKind::MakeSlice { .. } => true,
                InstrKind::Call {
                    call: CallCommon { callee: Callee::Builtin(Builtin::Append), args },
                } => args.first().is_some_and(|&a| started_here(f, a, depth + 1)),
                InstrKind::Phi { edges, .. } => {
                    edges.iter().all(|&e| e == s || started_here(f, e, depth + 1))
                }
                _ => false,
            }
        }
    }
}

/// Whether `call` of `name` is `fmt.Print`, `Println` or `Printf` of values of basic types only
/// (`fmt.Println("kept", n, "bytes")`): printing to the standard output calls no method of the
/// module (no `String` or `Error` of an argument), so it writes nothing the caller reads.
fn prints_plain_values(module: &Module<'_>, f: &Function, name: &str, call: &CallCommon) -> bool {
    if !matches!(name, "fmt.Print" | "fmt.Println" | "fmt.Printf") {
        return false;
    }
    let Some(&args) = call.args.last() else { return false };
    // The slice the call's arguments fill, made for it alone.
    if !f.defining_instr(args).is_some_and(|m| matches!(f[m].kind, InstrKind::MakeSlice { .. })) {
        return false;
    }
    let program = module.program;
    let basic = |v: ValueId| {
        let ty = f[v].ty;
        if ty.arena as usize > program.units.len() {
            return false;
        }
        let types = program.types();
        matches!(types.ty(ty), mapscope_types::types::Type::Basic(..))
    };
    f[args].referrers().iter().all(|&u| match &f[u].kind {
        InstrKind::Call { call: c } => std::ptr::eq(c, call),
        InstrKind::IndexAddr { .. } => f[u].result().is_some_and(|slot| {
            f[slot].referrers().iter().all(|&s| match &f[s].kind {
                InstrKind::Store { value, .. } => f.defining_instr(*value).is_some_and(
                    |m| matches!(f[m].kind, InstrKind::MakeInterface { x } if basic(x)),
                ),
                _ => false,
            })
        }),
        _ => false,
    })
}

/// Whether the library function named `name` (go/ssa's spelling) only computes a result from
/// its arguments: no write through them, no callback.
fn library_computes_only(name: &str) -> bool {
    let Some((package, function)) = name.rsplit_once('.') else { return false };
    if name.starts_with('(') {
        return false;
    }
    match package {
        // `Map`, `FieldsFunc`, `IndexFunc`... call a function argument.
        "strings" => function != "Map" && !function.contains("Func"),
        // `AppendInt` and its kin write into their first argument's array.
        "strconv" => !function.starts_with("Append"),
        "unicode" | "math" | "path" => true,
        // `Walk` and `WalkDir` call a function argument.
        "path/filepath" => !function.starts_with("Walk"),
        // Reads of the file system and the environment return fresh values, and writes of
        // files change no memory.
        "os" => matches!(
            function,
            "ReadFile"
                | "ReadDir"
                | "Stat"
                | "Lstat"
                | "Getenv"
                | "LookupEnv"
                | "Getwd"
                | "Hostname"
                | "UserHomeDir"
                | "TempDir"
                | "WriteFile"
                | "MkdirAll"
                | "Remove"
                | "RemoveAll"
        ),
        // `EncodeRune` and `AppendRune` write into their argument.
        "unicode/utf8" => !function.starts_with("Encode") && !function.starts_with("Append"),
        "fmt" => matches!(function, "Sprintf" | "Sprint" | "Sprintln" | "Errorf"),
        "errors" => function == "New",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::library_computes_only;

    #[test]
    fn library_functions_with_callbacks_or_destinations_write() {
        assert!(library_computes_only("strings.ToLower"));
        assert!(library_computes_only("strconv.Itoa"));
        assert!(library_computes_only("fmt.Sprintf"));
        assert!(!library_computes_only("strings.Map"));
        assert!(!library_computes_only("strings.IndexFunc"));
        assert!(!library_computes_only("strconv.AppendInt"));
        assert!(!library_computes_only("unicode/utf8.EncodeRune"));
        assert!(!library_computes_only("(*strings.Builder).WriteString"));
        assert!(!library_computes_only("fmt.Fprintf"));
        assert!(!library_computes_only("os.Setenv"));
        assert!(library_computes_only("os.WriteFile"));
        assert!(library_computes_only("os.ReadFile"));
        assert!(library_computes_only("path/filepath.Join"));
        assert!(!library_computes_only("path/filepath.WalkDir"));
    }
}
