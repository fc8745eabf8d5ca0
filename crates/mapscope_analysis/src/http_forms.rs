//! The form maps of the request net/http hands a handler: `r.Form` and `r.PostForm` stay nil
//! until something parses the form (`ParseForm`, `ParseMultipartForm`, `FormValue`, ...), so a
//! handler or middleware that writes one (`r.Form.Set(k, v)`, `r.Form[k] = vs`) before any call
//! that could have parsed it writes into nil.
//!
//! The request is net/http's only when the module gives the function to net/http as a handler
//! (made into an `http.HandlerFunc`, or handed to `HandleFunc`) and never calls it itself, and
//! when no function of the module parses a request's form and then hands the request on (a
//! middleware parsing for the handlers it wraps).

use crate::module::Module;
use mapscope_ssa::{Callee, Function, InstrId, InstrKind, ValueDef, ValueId};
use mapscope_types::types::{Type, TypeView, type_string};

/// go/ssa's names of the functions that register a handler function with net/http.
const HANDLE_FUNCS: &[&str] = &["net/http.HandleFunc", "(*net/http.ServeMux).HandleFunc"];

/// go/ssa's names of the methods of a request that parse its form (or need it parsed).
const PARSERS: &[&str] = &[
    "(*net/http.Request).ParseForm",
    "(*net/http.Request).ParseMultipartForm",
    "(*net/http.Request).FormValue",
    "(*net/http.Request).PostFormValue",
    "(*net/http.Request).FormFile",
    "(*net/http.Request).MultipartReader",
];

/// The request fields that parsing the form fills.
const FORM_FIELDS: &[&str] = &["Form", "PostForm"];

/// The name of the form field at path `fields` of parameter `param` of `f`, when that
/// parameter is the request net/http passes to the handler `f` and the field is one only
/// parsing fills.
pub fn unparsed_form(
    module: &Module<'_>,
    f: &Function,
    param: u32,
    fields: &[u32],
) -> Option<&'static str> {
    let [field] = fields else { return None };
    if param != 1 || f.params().len() != 2 {
        return None;
    }
    let &p = f.params().get(param as usize)?;
    let program = module.program;
    let mut types = program.types();
    if type_string(&types, f[p].ty) != "*net/http.Request" {
        return None;
    }
    let &Type::Pointer(request) = types.ty(f[p].ty) else { return None };
    let under = mapscope_types::query::underlying(&mut types, request);
    let Type::Struct(struct_fields) = types.ty(under) else { return None };
    let obj = struct_fields.get(*field as usize)?.obj?;
    let name = FORM_FIELDS.iter().copied().find(|&n| *types.obj(obj).name == *n)?;
    let first = f.params()[0];
    if type_string(&types, f[first].ty) != "net/http.ResponseWriter" {
        return None;
    }
    let unit = module.functions[module.lookup(&f.name)?].unit;
    (given_to_net_http(module, f, unit) && !parses_then_hands_on(module, unit)).then_some(name)
}

/// Whether the module gives `f` to net/http as a handler (an `http.HandlerFunc` conversion or a
/// `HandleFunc` argument) and uses it in no other way. Only the function enclosing a function
/// literal can name it, and only its own package an unexported function; an exported one is
/// left alone, since another package may call it.
fn given_to_net_http(module: &Module<'_>, f: &Function, unit: usize) -> bool {
    let users: Vec<&Function> = match f.name.rsplit_once('$') {
        Some((parent, _)) => match module.lookup(parent) {
            Some(p) => vec![module.functions[p].function],
            None => return false,
        },
        None => {
            let short = f.name.rsplit(['.', ')']).next().unwrap_or("");
            if short.chars().next().is_none_or(|c| !c.is_lowercase()) {
                return false;
            }
            module.functions.iter().filter(|mf| mf.unit == unit).map(|mf| mf.function).collect()
        }
    };
    let types = module.program.types();
    let handler_func = |g: &Function, i: InstrId| {
        g[i].result().is_some_and(|r| type_string(&types, g[r].ty) == "net/http.HandlerFunc")
    };
    let mut given = false;
    for g in users {
        let is_f = |v: ValueId| matches!(&g[v].def, ValueDef::Function { name } if *name == f.name);
        for block in g.block_ids() {
            for &i in g[block].instrs() {
                // The value that stands for the handler: the closure made of `f`, or `f` itself.
                let handler = match &g[i].kind {
                    InstrKind::MakeClosure { func, .. } if is_f(*func) => match g[i].result() {
                        Some(closure) => closure,
                        None => return false,
                    },
                    InstrKind::MakeClosure { .. } => continue,
                    kind if kind.operands().into_iter().any(is_f) => {
                        let registered = match kind {
                            InstrKind::Convert { x, .. } => is_f(*x) && handler_func(g, i),
                            InstrKind::Call { call } => {
                                registers(g, &call.callee)
                                    && call.args.last().is_some_and(|&a| is_f(a))
                            }
                            _ => false,
                        };
                        if !registered {
                            return false;
                        }
                        given = true;
                        continue;
                    }
                    _ => continue,
                };
                let handed = g[handler].referrers().iter().all(|&user| match &g[user].kind {
                    InstrKind::Convert { x, .. } => *x == handler && handler_func(g, user),
                    InstrKind::Call { call } => {
                        registers(g, &call.callee) && call.args.last() == Some(&handler)
                    }
                    _ => false,
                });
                if !handed {
                    return false;
                }
                given = true;
            }
        }
    }
    given
}

/// Whether `callee` is net/http's `HandleFunc` (of the package or of a `ServeMux`).
fn registers(g: &Function, callee: &Callee) -> bool {
    let Callee::Static(c) = callee else { return false };
    matches!(&g[*c].def, ValueDef::Function { name } if HANDLE_FUNCS.contains(&&**name))
}

/// Whether some function of unit `unit` (the handler's package) parses a request's form and
/// hands that request to another call: a middleware that parses for the handlers after it.
fn parses_then_hands_on(module: &Module<'_>, unit: usize) -> bool {
    module.functions.iter().filter(|mf| mf.unit == unit).any(|mf| {
        let g = mf.function;
        g.block_ids().any(|block| {
            g[block].instrs().iter().any(|&i| {
                let InstrKind::Call { call } = &g[i].kind else { return false };
                let Callee::Static(c) = call.callee else { return false };
                let parser = matches!(&g[c].def, ValueDef::Function { name } if PARSERS.contains(&&**name));
                let Some(&request) = call.args.first() else { return false };
                parser
                    && g[request].referrers().iter().any(|&u| {
                        u != i
                            && match &g[u].kind {
                                InstrKind::Call { call } => {
                                    let Callee::Static(c) = call.callee else { return true };
                                    !matches!(&g[c].def, ValueDef::Function { name } if PARSERS.contains(&&**name))
                                }
                                InstrKind::Store { .. } | InstrKind::MakeInterface { .. } => true,
                                _ => false,
                            }
                    })
            })
        })
    })
}
