//! Struct types that a unit creates through reflection: where the unit calls `reflect.New` or
//! `reflect.Zero` on a type it got at run time, any struct type whose pointer (or value) it
//! boxes in an interface may be the one made (`reflect.New(reflect.TypeOf(sample).Elem())`),
//! so `fields.rs` counts it as created, with its unexported map fields nil.

use crate::models::static_callee_name;
use mapscope_ssa::{Function, InstrKind, ProgramTypeInfo};
use mapscope_types::types::{ObjId, Type, TypeId};
use rustc_hash::FxHashSet;

/// The reflection calls that create a zero value of a run-time type.
const CREATORS: &[&str] = &["reflect.New", "reflect.Zero"];

/// What a unit's functions show of reflective creation.
#[derive(Debug, Default)]
pub struct ReflectScan {
    /// Some function calls one of [`CREATORS`].
    creates: bool,
    /// The types of the values boxed in an interface.
    boxed: FxHashSet<TypeId>,
}

impl ReflectScan {
    /// Adds what function `f` creates by reflection and boxes.
    pub fn add_function(&mut self, f: &Function) {
        for block in f.block_ids() {
            for &i in f[block].instrs() {
                match &f[i].kind {
                    InstrKind::Call { call } => {
                        self.creates |=
                            static_callee_name(f, call).is_some_and(|n| CREATORS.contains(&n));
                    }
                    InstrKind::MakeInterface { x } => {
                        self.boxed.insert(f[*x].ty);
                    }
                    _ => {}
                }
            }
        }
    }

    /// The unexported map fields of the struct types the unit may create by reflection (a
    /// boxed struct, or what a boxed pointer points to): none unless it calls a creator.
    /// Reflection cannot set an unexported field, while an exported one a decoder may fill in
    /// the value made (`json.Unmarshal(data, v.Interface())`) without the module showing it.
    pub fn created_fields(self, types: &ProgramTypeInfo<'_>) -> Vec<ObjId> {
        if !self.creates {
            return Vec::new();
        }
        let mut out = Vec::new();
        for ty in self.boxed {
            let elem = match types.core_type(ty) {
                Some(Type::Pointer(elem)) => elem,
                _ => ty,
            };
            let Some(Type::Struct(fields)) = types.core_type(elem) else { continue };
            for field in fields {
                let unexported = field.name.chars().next().is_some_and(|c| !c.is_uppercase());
                if unexported && matches!(types.core_type(field.ty), Some(Type::Map(..))) {
                    out.extend(field.obj);
                }
            }
        }
        out.sort_unstable_by_key(|o| (o.arena, o.idx));
        out.dedup();
        out
    }
}
