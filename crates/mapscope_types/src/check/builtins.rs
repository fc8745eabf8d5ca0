//! Builtin function calls (go/types' builtins.go): the universe's and package unsafe's.

use super::lookup::Lookup;
use super::operand::Operand;
use super::{Checker, Mode, field};
use crate::constant::Value;
use crate::types::{BasicKind, Builtin, Signature, Type, TypeId, TypeView, univ};
use mapscope_syntax::Token;
use mapscope_syntax::ast::{ExprId, ExprKind as E};

impl Checker<'_> {
    pub(super) fn builtin(
        &mut self,
        e: ExprId,
        b: Builtin,
        args: &[ExprId],
        dots: bool,
        hint: Option<TypeId>,
    ) -> Operand {
        let f = self.file();
        let nargs = args.len();
        // append is the only built-in whose last argument may be spread with `...`.
        if let (true, false, E::Call { ellipsis: Some(at), .. }) =
            (dots, b == Builtin::Append, &f[e].kind)
        {
            let name = super::universe::builtin_name(b);
            self.error(*at, format!("invalid operation: invalid use of ... with built-in {name}"));
            for &a in args {
                self.expr_or_type(a, None);
            }
            return Operand::invalid();
        }
        // go/types' exprList: a single call argument with several results passes them all (to
        // every builtin but make, new and unsafe.Offsetof). Such a call is evaluated here once.
        let mut spread_call = None;
        if nargs == 1
            && !dots
            && !matches!(b, Builtin::Make | Builtin::New | Builtin::Offsetof)
            && matches!(f[self.unparen(args[0])].kind, E::Call { .. })
        {
            let x = self.expr_or_type(args[0], None);
            if let Type::Tuple(fs) = self.ty(x.ty) {
                if fs.len() > 1 {
                    let types: Vec<TypeId> = fs.iter().map(|f| f.ty).collect();
                    return self.builtin_spread(e, b, args[0], &types);
                }
            }
            spread_call = Some(x);
        }
        if !self.builtin_count_fits(e, b, args, spread_call.as_ref()) {
            return Operand::invalid();
        }
        let arg = |c: &mut Self, i: usize, h: Option<TypeId>| -> Operand {
            if let (0, Some(x)) = (i, &spread_call) {
                return c.single_value(args[0], x.clone());
            }
            match args.get(i) {
                Some(&a) => c.expr(a, h),
                None => Operand::invalid(),
            }
        };
        let rest = |c: &mut Self, from: usize| {
            for &a in args.iter().skip(from) {
                c.expr_or_type(a, None);
            }
        };
        let sig_rec =
            |c: &mut Self, params: Vec<TypeId>, result: Option<TypeId>, variadic: bool| {
                let s = Signature {
                    params: params.into_iter().map(|t| field("", t)).collect(),
                    results: result.into_iter().map(|t| field("", t)).collect(),
                    variadic,
                    ..Default::default()
                };
                let t = c.new_type(Type::Signature(Box::new(s)));
                if let E::Call { fun, .. } = &f[e].kind {
                    let mut fun = *fun;
                    loop {
                        c.record_expr(fun, Mode::Builtin, t);
                        match &f[fun].kind {
                            E::Paren { x, .. } => fun = *x,
                            _ => break,
                        }
                    }
                }
            };
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = arg(self, 0, None);
                rest(self, 1);
                let xt = x.ty;
                // go/types' `arrayPtrDeref`: a pointer to an array has the array's length.
                let mut u = self.under(xt);
                if let Type::Pointer(p) = self.ty(u) {
                    let pu = self.under(*p);
                    if matches!(self.ty(pu), Type::Array(..)) {
                        u = pu;
                    }
                }
                let result = match self.ty(u) {
                    Type::Basic(k, _) if k.is_string() && b == Builtin::Len => match &x.val {
                        Some(Value::String(s)) => Some(Some(Value::Int(s.len() as i128))),
                        _ => Some(None),
                    },
                    // The spec makes len and cap of an array constant unless the argument
                    // contains a function call or a channel receive (which must then run).
                    Type::Array(Some(n), _) if !self.has_call_or_recv => {
                        Some(Some(Value::Int(*n as i128)))
                    }
                    Type::Array(..) | Type::Slice(_) | Type::Chan(..) => Some(None),
                    Type::Map(..) if b == Builtin::Len => Some(None),
                    // A type parameter's type set is not checked here.
                    _ if self.is_type_param(xt) => Some(None),
                    _ => None,
                };
                let Some(v) = result else {
                    if u != univ::INVALID && x.mode != Mode::None {
                        let name = super::universe::builtin_name(b);
                        let shown = self.operand_text(args[0], &x);
                        let msg = format!("invalid argument: {shown} for built-in {name}");
                        self.error(f[args[0]].span.start, msg);
                    }
                    return Operand::invalid();
                };
                // An untyped string constant argument stays untyped (the result is constant).
                if !self.is_untyped(xt) {
                    sig_rec(self, vec![xt], Some(univ::INT), false);
                }
                match v {
                    Some(v) => Operand::constant(univ::INT, v),
                    None => Operand::value(univ::INT),
                }
            }
            Builtin::Append => {
                let s = arg(self, 0, hint);
                let st = s.ty;
                let elem = self.core(st).and_then(|c| match self.ty(c) {
                    Type::Slice(elem) => Some((c, *elem)),
                    _ => None,
                });
                let mut operands = vec![(Some(args[0]), s.clone())];
                let spread_string = dots && nargs == 2;
                for (i, &a) in args.iter().enumerate().skip(1) {
                    let h = if spread_string { Some(st) } else { elem.map(|(_, e)| e) };
                    operands.push((Some(a), arg(self, i, h)));
                }
                // go/types gives up quietly on an invalid argument, reported already.
                if operands.iter().any(|(_, x)| x.mode == Mode::None) {
                    return Operand::invalid();
                }
                if let Err(why) = self.slice_elem(args[0], &s) {
                    self.error(f[args[0]].span.start, format!("invalid append: {why}"));
                    return Operand::invalid();
                }
                let mut params = vec![st];
                // `append(b, s...)` appends the bytes of string s to a byte slice b.
                let bytes = self.is_byte_slice(st);
                let string_arg = operands.get(1).map(|(_, x)| x.ty).filter(|&t| {
                    let t = if self.is_untyped(t) { self.default_type(t) } else { t };
                    bytes && spread_string && self.is_string(t) && !self.is_type_param(t)
                });
                if let Some(t) = string_arg {
                    params.push(t);
                } else if let Some((slice, _)) = elem {
                    // go/types checks the arguments as a call of `func(S, ...E) S`.
                    let sig = Signature {
                        params: vec![field("", st), field("", slice)],
                        variadic: true,
                        ..Default::default()
                    };
                    let fun = match &f[e].kind {
                        E::Call { fun, .. } => *fun,
                        _ => e,
                    };
                    if self.argument_count_fits(e, fun, &sig, args, nargs, dots) {
                        self.assign_arguments(fun, &sig, &operands, dots, args.first().copied());
                    }
                    params.push(st);
                } else {
                    params.push(st);
                }
                sig_rec(self, params, Some(st), true);
                Operand::value(st)
            }
            Builtin::Make | Builtin::New => {
                let t = match args.first() {
                    // Go 1.26: `new(expr)` allocates a variable initialised to the value of expr.
                    Some(&a) if b == Builtin::New => {
                        let x = self.expr_or_type(a, None);
                        match x.mode {
                            Mode::TypeExpr => x.ty,
                            Mode::None => univ::INVALID,
                            _ => {
                                let d = self.default_type(x.ty);
                                self.convert_untyped(a, &x, d);
                                // Packages checked from memory have no module (0) and take the
                                // newest language.
                                let minor = self.lang_minor();
                                if minor != 0 && minor < 26 && x.ty != univ::UNTYPED_NIL {
                                    let fun = match &f[e].kind {
                                        E::Call { fun, .. } => *fun,
                                        _ => e,
                                    };
                                    let arg = f.expr_string(a);
                                    let msg = format!("new({arg}) requires go1.26 or later");
                                    self.error(f[fun].span.start, msg);
                                }
                                d
                            }
                        }
                    }
                    Some(&a) => self.type_expr(a),
                    None => univ::INVALID,
                };
                if b == Builtin::Make && !self.make_count_fits(e, t, args) {
                    return Operand::invalid();
                }
                let mut params = vec![t];
                // The sizes of `make`, each checked as an index (go/types' `index(arg, -1)`).
                let mut sizes = Vec::new();
                for (i, &a) in args.iter().enumerate().skip(1) {
                    let x = arg(self, i, None);
                    let d = if self.is_untyped(x.ty) { univ::INT } else { x.ty };
                    if b == Builtin::Make {
                        if let Some(x) = self.valid_index(a, x, "index", false) {
                            sizes.extend(x.val.as_ref().and_then(Value::as_i128));
                        }
                    } else {
                        self.convert_untyped(a, &x, d);
                    }
                    params.push(d);
                }
                if let [len, cap] = sizes[..] {
                    if len > cap {
                        self.error(
                            f[args[1]].span.start,
                            "invalid argument: length and capacity swapped",
                        );
                    }
                }
                if b == Builtin::New {
                    let p = self.new_type(Type::Pointer(t));
                    sig_rec(self, params, Some(p), false);
                    return Operand::value(p);
                }
                sig_rec(self, params, Some(t), false);
                Operand::value(t)
            }
            Builtin::Delete => {
                let m = arg(self, 0, None);
                let kt = match self.core(m.ty).map(|c| self.ty(c).clone()) {
                    Some(Type::Map(k, _)) => Some(k),
                    _ => None,
                };
                // The first argument must be a map (type parameters are not checked here).
                let checkable = !self.is_type_param(m.ty) && !self.has_invalid_part(m.ty, 0);
                if kt.is_none() && m.mode != Mode::None && checkable {
                    let shown = self.operand_text(args[0], &m);
                    let msg = format!("invalid argument: {shown} is not a map");
                    self.error(f[args[0]].span.start, msg);
                    rest(self, 1);
                    return Operand::invalid();
                }
                let k = arg(self, 1, kt);
                if let (Some(kt), Some(&a)) = (kt, args.get(1)) {
                    self.convert_untyped(a, &k, kt);
                }
                rest(self, 2);
                sig_rec(self, vec![m.ty, kt.unwrap_or(k.ty)], None, false);
                Operand::value(univ::EMPTY_TUPLE)
            }
            Builtin::Clear | Builtin::Close => {
                let x = arg(self, 0, None);
                rest(self, 1);
                if b == Builtin::Close && x.mode != Mode::None && !self.is_type_param(x.ty) {
                    let what = match self.chan_elem(x.ty) {
                        None if x.ty != univ::INVALID => Some("non-channel"),
                        Some((crate::types::ChanDir::Recv, _)) => Some("receive-only channel"),
                        _ => None,
                    };
                    if let Some(what) = what {
                        let shown = self.operand_text(args[0], &x);
                        let msg = format!("invalid operation: cannot close {what} {shown}");
                        self.error(f[args[0]].span.start, msg);
                        return Operand::invalid();
                    }
                }
                sig_rec(self, vec![x.ty], None, false);
                Operand::value(univ::EMPTY_TUPLE)
            }
            Builtin::Copy => {
                // `copy(b, "const")`: the untyped string operand stays untyped.
                let d = arg(self, 0, None);
                let s = arg(self, 1, None);
                let st = if self.is_untyped(s.ty) { univ::STRING } else { s.ty };
                rest(self, 2);
                if d.mode == Mode::None || s.mode == Mode::None {
                    return Operand::invalid();
                }
                if let Err(why) = self.copy_elements_match(args, &d, &s) {
                    let (at, why) = why;
                    self.error(f[args[at]].span.start, format!("invalid copy: {why}"));
                    return Operand::invalid();
                }
                sig_rec(self, vec![d.ty, st], Some(univ::INT), false);
                Operand::value(univ::INT)
            }
            Builtin::Panic => {
                let x = arg(self, 0, Some(univ::EMPTY_IFACE));
                if let Some(&a) = args.first() {
                    self.convert_untyped(a, &x, univ::EMPTY_IFACE);
                }
                rest(self, 1);
                sig_rec(self, vec![univ::EMPTY_IFACE], None, false);
                Operand::value(univ::EMPTY_TUPLE)
            }
            Builtin::Print | Builtin::Println => {
                let mut ps = Vec::new();
                for (i, &a) in args.iter().enumerate() {
                    let x = arg(self, i, None);
                    let d = self.default_type(x.ty);
                    self.convert_untyped(a, &x, d);
                    ps.push(d);
                }
                sig_rec(self, ps, None, false);
                Operand::value(univ::EMPTY_TUPLE)
            }
            Builtin::Recover => {
                // go/types gives recover() a fresh `interface{}`, not the `any` alias.
                let t = self.new_type(Type::Interface(Box::default()));
                sig_rec(self, vec![], Some(t), false);
                Operand::value(t)
            }
            Builtin::Complex => {
                let x = arg(self, 0, None);
                let y = arg(self, 1, None);
                let (xu, yu) = (self.is_untyped(x.ty), self.is_untyped(y.ty));
                // An untyped argument takes the other's type. Two untyped constants make an
                // untyped complex constant; an untyped argument that is not constant (it holds a
                // shift) makes both float64, which reports the shift of a float.
                let both_constant = x.val.is_some() && y.val.is_some();
                let ft = match (xu, yu) {
                    (false, _) => x.ty,
                    (true, false) => y.ty,
                    (true, true) if both_constant => univ::UNTYPED_FLOAT,
                    (true, true) => univ::FLOAT64,
                };
                for (i, (untyped, operand)) in [(xu, &x), (yu, &y)].into_iter().enumerate() {
                    if untyped
                        && !self.is_untyped(ft)
                        && operand.mode != Mode::None
                        && !self.convert_untyped_checked(args[i], operand, ft)
                    {
                        return Operand::invalid();
                    }
                }
                let (xt, yt) = (if xu { ft } else { x.ty }, if yu { ft } else { y.ty });
                // The arguments must have one floating-point type (type parameters are not
                // checked here).
                let valid = x.mode != Mode::None && y.mode != Mode::None;
                let generic = self.is_type_param(xt) || self.is_type_param(yt);
                let invalid = xt == univ::INVALID || yt == univ::INVALID;
                if valid && !self.is_untyped(ft) && !generic && !invalid {
                    let at = f[args[0]].span.start;
                    if !self.identical(xt, yt) {
                        let (xs, ys) = (self.message_type_string(xt), self.message_type_string(yt));
                        let call = f.expr_string(e);
                        let msg =
                            format!("invalid operation: {call} (mismatched types {xs} and {ys})");
                        self.error(at, msg);
                        return Operand::invalid();
                    }
                    if !matches!(self.basic(xt), Some(BasicKind::Float32 | BasicKind::Float64)) {
                        let xs = self.message_type_string(xt);
                        let msg = format!(
                            "invalid argument: arguments have type {xs}, expected floating-point"
                        );
                        self.error(at, msg);
                        return Operand::invalid();
                    }
                }
                let rt = match self.basic(ft) {
                    Some(BasicKind::Float32) => univ::COMPLEX64,
                    Some(BasicKind::Float64) => univ::COMPLEX128,
                    _ => univ::UNTYPED_COMPLEX,
                };
                if rt != univ::UNTYPED_COMPLEX {
                    sig_rec(self, vec![ft, ft], Some(rt), false);
                }
                let v = match (
                    x.val.as_ref().and_then(Value::real),
                    y.val.as_ref().and_then(Value::real),
                ) {
                    (Some(a), Some(b)) => Some(Value::complex(a, b)),
                    _ => None,
                };
                Operand { val: v, ..Operand::value(rt) }
            }
            Builtin::Real | Builtin::Imag => {
                let x = arg(self, 0, None);
                // An untyped argument that is not constant holds a shift: go/types makes it
                // complex128, which reports the shift of a complex value.
                let mut xt = x.ty;
                if self.is_untyped(xt) && x.val.is_none() && x.mode != Mode::None {
                    if !self.convert_untyped_checked(args[0], &x, univ::COMPLEX128) {
                        return Operand::invalid();
                    }
                    xt = univ::COMPLEX128;
                }
                let rt = match self.basic(xt) {
                    Some(BasicKind::Complex64) => univ::FLOAT32,
                    Some(BasicKind::Complex128) => univ::FLOAT64,
                    Some(k) if k.is_untyped() && k.is_numeric() => univ::UNTYPED_FLOAT,
                    // The argument must be complex (type parameters are not checked here).
                    _ if x.mode != Mode::None
                        && !self.is_type_param(xt)
                        && !self.has_invalid_part(xt, 0) =>
                    {
                        let ts = self.message_type_string(xt);
                        let msg = format!(
                            "invalid argument: argument has type {ts}, expected complex type"
                        );
                        self.error(f[args[0]].span.start, msg);
                        return Operand::invalid();
                    }
                    _ => univ::UNTYPED_FLOAT,
                };
                if rt != univ::UNTYPED_FLOAT {
                    sig_rec(self, vec![xt], Some(rt), false);
                }
                // Of a constant, the part is a constant.
                let part = x.val.as_ref().and_then(Value::complex_parts);
                match part {
                    Some((re, im)) => {
                        Operand::constant(rt, if b == Builtin::Real { re } else { im })
                    }
                    None => Operand::value(rt),
                }
            }
            Builtin::Min | Builtin::Max => {
                let mut xs = Vec::new();
                for i in 0..nargs {
                    xs.push(arg(self, i, hint));
                }
                let typed = xs.iter().find(|x| !self.is_untyped(x.ty)).map(|x| x.ty);
                let t = match typed {
                    Some(t) => t,
                    None => {
                        // All untyped: the largest kind.
                        let mut best = univ::UNTYPED_INT;
                        for x in &xs {
                            if matches!(self.ty(x.ty), Type::Basic(BasicKind::UntypedFloat, _)) {
                                best = univ::UNTYPED_FLOAT;
                            } else if matches!(
                                self.ty(x.ty),
                                Type::Basic(BasicKind::UntypedRune, _)
                            ) && best == univ::UNTYPED_INT
                            {
                                best = univ::UNTYPED_RUNE;
                            } else if matches!(
                                self.ty(x.ty),
                                Type::Basic(BasicKind::UntypedString, _)
                            ) {
                                best = univ::UNTYPED_STRING;
                            }
                        }
                        best
                    }
                };
                if typed.is_some() {
                    for (i, x) in xs.iter().enumerate() {
                        self.convert_untyped(args[i], x, t);
                    }
                    sig_rec(self, vec![t; nargs], Some(t), false);
                }
                let v = if xs.iter().all(|x| x.val.is_some()) && !xs.is_empty() {
                    let mut best = xs[0].val.clone().unwrap_or(Value::Unknown);
                    for x in &xs[1..] {
                        let v = x.val.clone().unwrap_or(Value::Unknown);
                        let less = v.compare(Token::Lss, &best) == Value::Bool(true);
                        if (b == Builtin::Min) == less {
                            best = v;
                        }
                    }
                    Some(best)
                } else {
                    None
                };
                Operand { val: v, ..Operand::value(t) }
            }
            Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof => {
                let x = arg(self, 0, None);
                let d = self.default_type(x.ty);
                if let Some(&a) = args.first() {
                    self.convert_untyped(a, &x, d);
                }
                let v = match b {
                    Builtin::Sizeof => self.size_of(d, 0),
                    Builtin::Alignof => self.align_of(d, 0),
                    _ => {
                        // unsafe.Offsetof(x.f): the offset of f within x's struct type.
                        let mut sel = args.first().copied();
                        while let Some(&E::Paren { x, .. }) = sel.map(|s| &f[s].kind) {
                            sel = Some(x);
                        }
                        match sel.map(|s| &f[s].kind) {
                            Some(&E::Selector { x: base, sel: name }) => {
                                let bt = self.recorded_type(base);
                                let bt = match bt.map(|t| self.ty(self.unalias(t)).clone()) {
                                    Some(Type::Pointer(p)) => Some(p),
                                    _ => bt,
                                };
                                let name = f.name(name.name);
                                if let (Some(bt), true) = (bt, x.mode != Mode::None) {
                                    if let Some((at, why)) =
                                        self.offsetof_error(args[0], base, bt, name)
                                    {
                                        self.error(at, format!("invalid argument: {why}"));
                                        return Operand::invalid();
                                    }
                                }
                                bt.and_then(|bt| self.offset_of(bt, name, 0))
                            }
                            _ => None,
                        }
                    }
                };
                let v = v.map_or(Value::Unknown, |n| Value::Int(n as i128));
                Operand::constant(univ::UINTPTR, v)
            }
            Builtin::Add => {
                let p = arg(self, 0, None);
                let n = arg(self, 1, None);
                if let Some(&a) = args.get(1) {
                    self.convert_untyped(a, &n, univ::INT);
                }
                sig_rec(
                    self,
                    vec![p.ty, if self.is_untyped(n.ty) { univ::INT } else { n.ty }],
                    Some(p.ty),
                    false,
                );
                Operand::value(univ::UNSAFE_POINTER)
            }
            Builtin::Slice => {
                let p = arg(self, 0, None);
                let n = arg(self, 1, None);
                let nt = if self.is_untyped(n.ty) { univ::INT } else { n.ty };
                if let Some(&a) = args.get(1) {
                    self.convert_untyped(a, &n, nt);
                }
                let el = match self.core(p.ty).map(|c| self.ty(c).clone()) {
                    Some(Type::Pointer(e)) => e,
                    _ => univ::INVALID,
                };
                let st = self.new_type(Type::Slice(el));
                sig_rec(self, vec![p.ty, nt], Some(st), false);
                Operand::value(st)
            }
            Builtin::SliceData => {
                let s = arg(self, 0, None);
                let el = match self.core(s.ty).map(|c| self.ty(c).clone()) {
                    Some(Type::Slice(e)) => e,
                    _ => univ::INVALID,
                };
                let pt = self.new_type(Type::Pointer(el));
                sig_rec(self, vec![s.ty], Some(pt), false);
                Operand::value(pt)
            }
            Builtin::String => {
                let p = arg(self, 0, None);
                let n = arg(self, 1, None);
                let nt = if self.is_untyped(n.ty) { univ::INT } else { n.ty };
                if let Some(&a) = args.get(1) {
                    self.convert_untyped(a, &n, nt);
                }
                sig_rec(self, vec![p.ty, nt], Some(univ::STRING), false);
                Operand::value(univ::STRING)
            }
            Builtin::StringData => {
                let s = arg(self, 0, None);
                let st = if self.is_untyped(s.ty) { univ::STRING } else { s.ty };
                if let Some(&a) = args.first() {
                    self.convert_untyped(a, &s, st);
                }
                let pt = self.new_type(Type::Pointer(univ::BYTE));
                sig_rec(self, vec![st], Some(pt), false);
                Operand::value(pt)
            }
        }
    }
}

impl Checker<'_> {
    /// go/types' check of `make(T, ...)`: `T` must be a slice (with a length, and maybe a
    /// capacity), a map or a channel (with maybe a size). Type parameters are not checked here.
    fn make_count_fits(&mut self, e: ExprId, t: TypeId, args: &[ExprId]) -> bool {
        if self.is_type_param(t) || self.has_invalid_part(t, 0) {
            return true;
        }
        let f = self.file();
        let u = self.under(t);
        let min = match self.ty(u) {
            Type::Slice(_) => 2,
            Type::Map(..) | Type::Chan(..) => 1,
            _ => {
                let msg = format!(
                    "invalid argument: cannot make {}: type must be slice, map, or channel",
                    f.expr_string(args[0])
                );
                self.error(f[args[0]].span.start, msg);
                return false;
            }
        };
        let found = args.len();
        if found < min || min + 1 < found {
            let msg = format!(
                "invalid operation: {} expects {min} or {} arguments; found {found}",
                f.expr_string(e),
                min + 1
            );
            self.error(f[e].span.start, msg);
            return false;
        }
        true
    }

    /// go/types' argument count check of a builtin call: too few or too many arguments are
    /// reported at the closing parenthesis once the arguments are checked (make, new and
    /// Offsetof take theirs unchecked), and quietly when one of them is in error. `first`: the
    /// first argument, when it was checked already. Returns whether the count fits.
    fn builtin_count_fits(
        &mut self,
        e: ExprId,
        b: Builtin,
        args: &[ExprId],
        first: Option<&Operand>,
    ) -> bool {
        let (want, variadic) = builtin_arity(b);
        let found = args.len();
        let what = if found < want {
            "not enough"
        } else if !variadic && found > want {
            "too many"
        } else {
            return true;
        };
        if !matches!(b, Builtin::Make | Builtin::New | Builtin::Offsetof) {
            let valid = |c: &Self, x: &Operand| {
                x.mode != Mode::None && !matches!(c.ty(x.ty), Type::Invalid)
            };
            let mut all_valid = first.is_none_or(|x| valid(self, x));
            for &a in &args[usize::from(first.is_some())..] {
                let x = self.expr_or_type(a, None);
                all_valid &= valid(self, &x);
            }
            if !all_valid {
                return false;
            }
        }
        self.builtin_count_error(e, what, want, found);
        false
    }

    /// `invalid operation: not enough arguments for CALL (expected N, found M)` (or `too many`),
    /// at the call's closing parenthesis.
    fn builtin_count_error(&mut self, e: ExprId, what: &str, want: usize, found: usize) {
        let f = self.file();
        let rparen = match f[e].kind {
            E::Call { rparen, .. } => rparen,
            _ => f[e].span.start,
        };
        let msg = format!(
            "invalid operation: {what} arguments for {} (expected {want}, found {found})",
            f.expr_string(e)
        );
        self.error(rparen, msg);
    }
}

impl Checker<'_> {
    /// go/types' `sliceElem` for an argument of append or copy (operand `x` of expression `e`):
    /// its element type, or why it has none. `Ok(None)` when that is not decided here: an
    /// invalid type (reported already) or a type parameter (go/types walks its type set).
    fn slice_elem(&mut self, e: ExprId, x: &Operand) -> Result<Option<TypeId>, String> {
        if self.has_invalid_part(x.ty, 0) || self.is_type_param(x.ty) {
            return Ok(None);
        }
        match self.core(x.ty).map(|c| self.ty(c).clone()) {
            Some(Type::Slice(elem)) => Ok(Some(elem)),
            // Printing the operand would just say "nil".
            _ if x.ty == univ::UNTYPED_NIL && x.val.is_none() => {
                Err("argument must be a slice; have untyped nil".into())
            }
            _ => Err(format!("argument must be a slice; have {}", self.operand_text(e, x))),
        }
    }

    /// go/types' check of copy's arguments `d` and `s`: both slices of one element type, or
    /// bytes from a string. The error names the argument to report at (0 or 1) and the reason.
    fn copy_elements_match(
        &mut self,
        args: &[ExprId],
        d: &Operand,
        s: &Operand,
    ) -> Result<(), (usize, String)> {
        // The special case: a destination assignable to []byte, a source of strings or bytes.
        // Untyped nil is assignable to []byte, as go/types lets it be here.
        let dst_bytes = d.ty == univ::UNTYPED_NIL || self.is_byte_slice(d.ty);
        let src_string = self.is_string(s.ty) && !self.is_type_param(s.ty);
        if dst_bytes && (src_string || self.is_byte_slice(s.ty)) {
            return Ok(());
        }
        let dst_elem = self.slice_elem(args[0], d).map_err(|why| (0, why))?;
        let src_elem = match self.slice_elem(args[1], s) {
            Ok(e) => e,
            // A string source compares as bytes, for a better message.
            Err(_) if src_string => Some(univ::BYTE),
            Err(why) => return Err((1, why)),
        };
        let (Some(de), Some(se)) = (dst_elem, src_elem) else { return Ok(()) };
        if self.identical(de, se) {
            return Ok(());
        }
        let (ds, ss) = (self.operand_text(args[0], d), self.operand_text(args[1], s));
        let (des, ses) = (self.message_type_string(de), self.message_type_string(se));
        Err((0, format!("arguments {ds} and {ss} have different element types {des} and {ses}")))
    }

    /// go/types' checks of `unsafe.Offsetof(x.f)` (argument `arg`, `x` of type `base` with a
    /// pointer to a struct dereferenced): `f` must be a field, not reached through an embedded
    /// pointer. Where to report, and why, when it is not.
    fn offsetof_error(
        &mut self,
        arg: ExprId,
        x: ExprId,
        base: TypeId,
        f: &str,
    ) -> Option<(u32, String)> {
        let file = self.file();
        match self.lookup_field_or_method(base, self.arena_id, f) {
            Lookup::Method { .. } => {
                Some((file[arg].span.start, format!("{} is a method value", file.expr_string(arg))))
            }
            Lookup::Field { indirect: true, .. } => {
                let bs = self.message_type_string(base);
                Some((file[x].span.start, format!("field {f} is embedded via a pointer in {bs}")))
            }
            _ => None,
        }
    }

    /// Builtin `b` called with the several results of call `arg` (of types `types`) as its
    /// arguments. The argument counts and types are checked as go/types checks them; a builtin
    /// that takes no such list gives an invalid operand, quietly.
    fn builtin_spread(&mut self, e: ExprId, b: Builtin, arg: ExprId, types: &[TypeId]) -> Operand {
        let f = self.file();
        let (want, variadic) = builtin_arity(b);
        let found = types.len();
        if !variadic && found > want {
            self.builtin_count_error(e, "too many", want, found);
            return Operand::invalid();
        }
        match b {
            Builtin::Print | Builtin::Println => Operand::value(univ::EMPTY_TUPLE),
            Builtin::Append => {
                let s = types[0];
                let Some(Type::Slice(elem)) = self.core(s).map(|c| self.ty(c).clone()) else {
                    return Operand::invalid();
                };
                for &t in &types[1..] {
                    if !self.assignable(t, elem) {
                        let msg = format!(
                            "cannot use {} (value of type {}) as {} value in argument to append",
                            f.expr_string(arg),
                            self.message_type_string(t),
                            self.message_type_string(elem)
                        );
                        self.error(f[arg].span.start, msg);
                        return Operand::invalid();
                    }
                }
                Operand::value(s)
            }
            Builtin::Copy => Operand::value(univ::INT),
            Builtin::Delete => Operand::value(univ::EMPTY_TUPLE),
            Builtin::Complex if self.identical(types[0], types[1]) => match self.basic(types[0]) {
                Some(BasicKind::Float32) => Operand::value(univ::COMPLEX64),
                Some(BasicKind::Float64) => Operand::value(univ::COMPLEX128),
                _ => Operand::invalid(),
            },
            _ => Operand::invalid(),
        }
    }
}

/// How many arguments a builtin takes, and whether it takes more (go/types' `predeclaredFuncs`).
fn builtin_arity(b: Builtin) -> (usize, bool) {
    match b {
        Builtin::Append | Builtin::Make | Builtin::Min | Builtin::Max => (1, true),
        Builtin::Print | Builtin::Println => (0, true),
        Builtin::Copy | Builtin::Delete | Builtin::Complex | Builtin::Add => (2, false),
        Builtin::Slice | Builtin::String => (2, false),
        Builtin::Recover => (0, false),
        _ => (1, false),
    }
}
