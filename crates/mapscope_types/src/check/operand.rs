//! Operands (go/types' operand.go): what checking an expression yields, and how operands, their
//! types and constant values read in messages.

use super::{Checker, Mode};
use crate::constant::Value;
use crate::types::{Builtin, Type, TypeId, TypeView, univ};
use mapscope_syntax::ast::ExprId;

/// The result of checking an expression.
#[derive(Clone, Debug)]
pub(crate) struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
    pub val: Option<Value>,
    /// Addressable: go/types' `variable` mode (`&x` is allowed, so are pointer methods).
    pub addressable: bool,
    /// A map index expression `m[k]` (go/types' `mapindex` mode): assignable, not addressable.
    pub map_index: bool,
    pub builtin: Option<Builtin>,
    /// `v, ok` forms: map index, type assertion, channel receive.
    pub comma_ok: bool,
}

impl Operand {
    pub(crate) fn invalid() -> Operand {
        Operand {
            mode: Mode::None,
            ty: univ::INVALID,
            val: None,
            addressable: false,
            map_index: false,
            builtin: None,
            comma_ok: false,
        }
    }
    pub(super) fn value(ty: TypeId) -> Operand {
        Operand {
            mode: Mode::Value,
            ty,
            val: None,
            addressable: false,
            map_index: false,
            builtin: None,
            comma_ok: false,
        }
    }
    pub(super) fn typ(ty: TypeId) -> Operand {
        Operand {
            mode: Mode::TypeExpr,
            ty,
            val: None,
            addressable: false,
            map_index: false,
            builtin: None,
            comma_ok: false,
        }
    }
    pub(super) fn constant(ty: TypeId, v: Value) -> Operand {
        Operand {
            mode: Mode::Value,
            ty,
            val: Some(v),
            addressable: false,
            map_index: false,
            builtin: None,
            comma_ok: false,
        }
    }
}

impl Checker<'_> {
    /// A type as go/types writes it in messages (see [`super::MessageView`]).
    pub(crate) fn message_type_string(&self, t: TypeId) -> String {
        crate::types::type_string(&super::MessageView(self), t)
    }

    /// `of type T` as go/types' operand descriptions say it: a defined type or alias is
    /// introduced by its structure (`of struct type T`, `of int type MyInt`).
    pub(crate) fn of_type(&mut self, t: TypeId) -> String {
        let what = match self.ty(t) {
            Type::Named(_) | Type::Alias { .. } if !self.is_type_param(t) => {
                let u = self.under(t);
                let kind = self.composite_kind(u);
                match (self.ty(u), kind) {
                    (Type::Basic(_, name), _) => format!("{name} "),
                    (_, Some(kind)) => format!("{kind} "),
                    _ => String::new(),
                }
            }
            _ => String::new(),
        };
        format!("of {what}type {}", self.message_type_string(t))
    }

    /// The kind of composite type underlying `t` as go/types' messages name it (`compositeKind`):
    /// `slice`, `struct`, `func`, ...; `None` for basic types.
    pub(super) fn composite_kind(&mut self, t: TypeId) -> Option<&'static str> {
        let u = self.under(t);
        Some(match self.ty(u) {
            Type::Array(..) => "array",
            Type::Slice(_) => "slice",
            Type::Struct(_) => "struct",
            Type::Pointer(_) => "pointer",
            Type::Signature(_) => "func",
            Type::Interface(_) => "interface",
            Type::Map(..) => "map",
            Type::Chan(..) => "chan",
            Type::Tuple(_) => "tuple",
            _ => return None,
        })
    }

    /// A constant operand as go/types prints it: `expr (untyped int constant)`, with the value
    /// after the kind when it reads differently from the expression, or `expr (constant V of
    /// type T)` for a typed one.
    pub(super) fn constant_text(&mut self, e: ExprId, v: &Value, t: TypeId) -> String {
        let f = self.file();
        let text = f.expr_string(e);
        let value = v.message_string().unwrap_or_default();
        let value = if value.is_empty() || value == text.as_ref() {
            String::new()
        } else {
            format!(" {value}")
        };
        if self.is_untyped(t) {
            format!("{text} ({} constant{value})", self.message_type_string(t))
        } else {
            format!("{text} (constant{value} {})", self.of_type(t))
        }
    }

    /// An operand as go/types' messages print it: `expr (variable of type T)`, `expr (value of
    /// struct type T)`, a constant as [`Self::constant_text`], and untyped nil as `nil`.
    pub(crate) fn operand_text(&mut self, e: ExprId, x: &Operand) -> String {
        if x.val.is_none() && x.ty == univ::UNTYPED_NIL {
            return "nil".into();
        }
        match &x.val {
            Some(v) => self.constant_text(e, v, x.ty),
            None => {
                let mode = if x.addressable {
                    "variable"
                } else if x.map_index {
                    "map index expression"
                } else if x.comma_ok {
                    // A type assertion or a receive (go/types' `commaok` mode).
                    "comma, ok expression"
                } else {
                    "value"
                };
                let text = self.file().expr_string(e);
                // go/types names an untyped type before the mode (`untyped float value`).
                if self.is_untyped(x.ty) {
                    return format!("{text} ({} {mode})", self.message_type_string(x.ty));
                }
                format!("{text} ({mode} {})", self.of_type(x.ty))
            }
        }
    }
}
