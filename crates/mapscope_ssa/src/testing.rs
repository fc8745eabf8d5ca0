//! A toy type table for the crate's tests: a few Go types and a [`TypeInfo`] that answers for them.
//!
//! Types are interned, so identity is equality of ids, as it is for go/types' basic types.

use crate::{CellKinds, TypeInfo};
use mapscope_types::types::TypeId;

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ToyType {
    Basic(&'static str),
    Map(TypeId, TypeId),
    Pointer(TypeId),
    Slice(TypeId),
    Chan(TypeId),
    /// An interface or a function signature, spelled out.
    Interface(&'static str),
    Signature(&'static str),
}

/// The toy table, with the types most tests need ready as fields.
#[derive(Debug)]
pub struct ToyTypes {
    types: Vec<ToyType>,
    pub int: TypeId,
    pub bool: TypeId,
    pub string: TypeId,
    pub any: TypeId,
    pub map_string_int: TypeId,
}

/// The arena the toy types claim; the universe (0) and the check units' arenas are never mixed in.
const TOY_ARENA: u32 = 7;

impl ToyTypes {
    pub fn new() -> ToyTypes {
        let mut toy = ToyTypes {
            types: Vec::new(),
            int: TypeId { arena: 0, idx: 0 },
            bool: TypeId { arena: 0, idx: 0 },
            string: TypeId { arena: 0, idx: 0 },
            any: TypeId { arena: 0, idx: 0 },
            map_string_int: TypeId { arena: 0, idx: 0 },
        };
        toy.int = toy.add(ToyType::Basic("int"));
        toy.bool = toy.add(ToyType::Basic("bool"));
        toy.string = toy.add(ToyType::Basic("string"));
        toy.any = toy.add(ToyType::Interface("any"));
        toy.map_string_int = toy.add(ToyType::Map(toy.string, toy.int));
        toy
    }

    /// The id of `ty`, added if it is new.
    pub fn add(&mut self, ty: ToyType) -> TypeId {
        let idx = match self.types.iter().position(|t| *t == ty) {
            Some(found) => found,
            None => {
                self.types.push(ty);
                self.types.len() - 1
            }
        };
        TypeId { arena: TOY_ARENA, idx: u32::try_from(idx).unwrap() }
    }

    pub fn map(&mut self, key: TypeId, elem: TypeId) -> TypeId {
        self.add(ToyType::Map(key, elem))
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.add(ToyType::Pointer(elem))
    }

    fn get(&self, ty: TypeId) -> Option<&ToyType> {
        if ty.arena != TOY_ARENA {
            return None;
        }
        self.types.get(ty.idx as usize)
    }
}

impl TypeInfo for ToyTypes {
    fn type_string(&self, ty: TypeId) -> String {
        match self.get(ty) {
            Some(ToyType::Basic(name) | ToyType::Interface(name) | ToyType::Signature(name)) => {
                (*name).to_string()
            }
            Some(ToyType::Map(k, v)) => {
                format!("map[{}]{}", self.type_string(*k), self.type_string(*v))
            }
            Some(ToyType::Pointer(e)) => format!("*{}", self.type_string(*e)),
            Some(ToyType::Slice(e)) => format!("[]{}", self.type_string(*e)),
            Some(ToyType::Chan(e)) => format!("chan {}", self.type_string(*e)),
            None => format!("invalid type {}:{}", ty.arena, ty.idx),
        }
    }

    fn map_key_elem(&self, ty: TypeId) -> Option<(TypeId, TypeId)> {
        match self.get(ty)? {
            ToyType::Map(k, v) => Some((*k, *v)),
            _ => None,
        }
    }

    fn pointer_elem(&self, ty: TypeId) -> Option<TypeId> {
        match self.get(ty)? {
            ToyType::Pointer(e) => Some(*e),
            _ => None,
        }
    }

    fn chan_elem(&self, ty: TypeId) -> Option<TypeId> {
        match self.get(ty)? {
            ToyType::Chan(e) => Some(*e),
            _ => None,
        }
    }

    fn is_interface(&self, ty: TypeId) -> bool {
        matches!(self.get(ty), Some(ToyType::Interface(_)))
    }

    fn is_boolean(&self, ty: TypeId) -> bool {
        matches!(self.get(ty), Some(ToyType::Basic("bool")))
    }

    fn identical(&self, a: TypeId, b: TypeId) -> bool {
        a == b
    }

    /// Each toy type is one cell: its basic name's, or its constructor's.
    fn cell_kinds(&self, ty: TypeId) -> CellKinds {
        let kind = match self.get(ty) {
            Some(ToyType::Basic(name)) => match *name {
                "bool" => 0,
                "int" => 1,
                "string" => 2,
                _ => return CellKinds::ANY,
            },
            Some(ToyType::Map(..)) => 3,
            Some(ToyType::Pointer(_)) => 4,
            Some(ToyType::Slice(_)) => 5,
            Some(ToyType::Chan(_)) => 6,
            Some(ToyType::Interface(_)) => 7,
            Some(ToyType::Signature(_)) => 8,
            None => return CellKinds::ANY,
        };
        CellKinds::one(kind)
    }
}

/// The snapshots spell types through this table, so it must spell them as go/types does.
#[test]
fn toy_types_spell_like_go() {
    let mut toy = ToyTypes::new();
    let ptr = toy.pointer(toy.int);
    let nested = toy.map(toy.string, ptr);
    let slice = toy.add(ToyType::Slice(nested));
    let chan = toy.add(ToyType::Chan(slice));
    let func = toy.add(ToyType::Signature("func(int) bool"));
    assert_eq!(toy.type_string(chan), "chan []map[string]*int");
    assert_eq!(toy.type_string(func), "func(int) bool");
    assert_eq!(toy.map(toy.string, toy.int), toy.map_string_int);
    assert_eq!(toy.map_key_elem(nested), Some((toy.string, ptr)));
    assert_eq!(toy.pointer_elem(ptr), Some(toy.int));
    assert_eq!(toy.chan_elem(chan), Some(slice));
    assert!(toy.is_interface(toy.any) && toy.is_boolean(toy.bool) && !toy.is_map(toy.int));
}

/// Hand-built functions shared by the printer, verifier and value-numbering tests, each lowered
/// the way the front end will lower the Go code in its comment.
pub mod fixtures {
    use super::{ToyType, ToyTypes};
    use crate::{BinaryOp, CallCommon, Callee, ConstValue, Function, FunctionBuilder};
    use crate::{InstrKind, MAP_ITER_TYPE, Span, UnaryOp};

    /// A span per source line, so that snapshots with spans show distinct positions.
    pub fn line(n: u32) -> Span {
        Span::new(n * 100, n * 100 + 10)
    }

    /// ```go
    /// func count(c bool) int {
    ///     i := 0
    ///     for c { i = i + 1 }
    ///     return i
    /// }
    /// ```
    /// The loop header is sealed after its back edge, so `i`'s φ is incomplete while the body is
    /// lowered.
    pub fn counting_loop(toy: &ToyTypes, modify: bool) -> Function {
        let mut b = FunctionBuilder::new("count", line(1), &[("c", toy.bool)], vec![toy.int]);
        let c = b.param(0);
        let i = b.declare_variable("i", toy.int, line(2));
        let zero = b.constant(toy.int, ConstValue::Int(0));
        let one = b.constant(toy.int, ConstValue::Int(1));
        b.write_variable(i, zero);
        let header = b.new_block("for.loop");
        let body = b.new_block("for.body");
        let done = b.new_block("for.done");
        b.jump(header, line(3));
        b.switch_to_block(header);
        b.branch(c, body, done, line(3));
        b.switch_to_block(body);
        b.seal_block(body);
        if modify {
            let old = b.read_variable(i);
            let add = InstrKind::BinOp { op: BinaryOp::Add, x: old, y: one };
            let new = b.emit_value(add, toy.int, line(3));
            b.write_variable(i, new);
        }
        b.jump(header, line(3));
        b.seal_block(header);
        b.switch_to_block(done);
        b.seal_block(done);
        let result = b.read_variable(i);
        b.ret(vec![result], line(4));
        b.finish(toy)
    }

    /// ```go
    /// func mapops(m map[string]int, k string) {
    ///     n := make(map[string]int, 8)
    ///     m[k] = m[k] + 1
    ///     delete(m, k)
    ///     for key, v := range m { n[key] = v }
    ///     clear(m)
    /// }
    /// ```
    pub fn map_operations(toy: &ToyTypes) -> Function {
        let (string, int, map) = (toy.string, toy.int, toy.map_string_int);
        let mut b = FunctionBuilder::new("mapops", line(1), &[("m", map), ("k", string)], vec![]);
        let (m, k) = (b.param(0), b.param(1));
        let eight = b.constant(int, ConstValue::Int(8));
        let one = b.constant(int, ConstValue::Int(1));
        let n =
            b.emit_value(InstrKind::MakeMap { reserve: Some(eight), escapes: None }, map, line(2));
        let old =
            b.emit_value(InstrKind::MapLookup { map: m, key: k, comma_ok: false }, int, line(3));
        let new =
            b.emit_value(InstrKind::BinOp { op: BinaryOp::Add, x: old, y: one }, int, line(3));
        b.emit_effect(InstrKind::MapUpdate { map: m, key: k, value: new }, line(3));
        b.emit_effect(InstrKind::MapDelete { map: m, key: k }, line(4));
        let iter = b.emit_value(InstrKind::MapRange { map: m }, MAP_ITER_TYPE, line(5));
        let header = b.new_block("rangemap.loop");
        let body = b.new_block("rangemap.body");
        let done = b.new_block("rangemap.done");
        b.jump(header, line(5));
        b.switch_to_block(header);
        let next = b.emit(InstrKind::MapNext { iter }, &[toy.bool, string, int], line(5));
        let [ok, key, value] = b.results(next)[..] else { unreachable!("next has three results") };
        b.branch(ok, body, done, line(5));
        b.switch_to_block(body);
        b.seal_block(body);
        b.emit_effect(InstrKind::MapUpdate { map: n, key, value }, line(5));
        b.jump(header, line(5));
        b.seal_block(header);
        b.switch_to_block(done);
        b.seal_block(done);
        b.emit_effect(InstrKind::MapClear { map: m }, line(6));
        b.ret(vec![], line(7));
        b.finish(toy)
    }

    /// ```go
    /// func get(m map[string]int, k string) int {
    ///     v, ok := m[k]
    ///     if !ok { v = -1 }
    ///     return v
    /// }
    /// ```
    pub fn comma_ok_lookup(toy: &ToyTypes) -> Function {
        let (string, int, map) = (toy.string, toy.int, toy.map_string_int);
        let mut b = FunctionBuilder::new("get", line(1), &[("m", map), ("k", string)], vec![int]);
        let (m, k) = (b.param(0), b.param(1));
        let v = b.declare_variable("v", int, line(2));
        let lookup = InstrKind::MapLookup { map: m, key: k, comma_ok: true };
        let lookup = b.emit(lookup, &[int, toy.bool], line(2));
        let [value, ok] = b.results(lookup)[..] else {
            unreachable!("a comma-ok lookup has two results")
        };
        b.write_variable(v, value);
        let not_ok = b.emit_value(InstrKind::UnOp { op: UnaryOp::Not, x: ok }, toy.bool, line(3));
        let then = b.new_block("if.then");
        let done = b.new_block("if.done");
        b.branch(not_ok, then, done, line(3));
        b.switch_to_block(then);
        b.seal_block(then);
        let minus_one = b.constant(int, ConstValue::Int(-1));
        b.write_variable(v, minus_one);
        b.jump(done, line(3));
        b.switch_to_block(done);
        b.seal_block(done);
        let result = b.read_variable(v);
        b.ret(vec![result], line(4));
        b.finish(toy)
    }

    /// ```go
    /// func counter() int {
    ///     x := 0
    ///     inc := func() { x = x + 1 }
    ///     inc()
    ///     return x
    /// }
    /// ```
    /// The closure assigns `x`, so `x` is a heap `Alloc` that both functions load and store.
    /// Returns the outer function and the literal `counter$1`.
    pub fn closure_with_captured_alloc(toy: &mut ToyTypes) -> (Function, Function) {
        let int = toy.int;
        let pointer = toy.pointer(int);
        let func_type = toy.add(ToyType::Signature("func()"));
        let mut outer = FunctionBuilder::new("counter", line(1), &[], vec![int]);
        let zero = outer.constant(int, ConstValue::Int(0));
        let x =
            outer.emit_value(InstrKind::Alloc { heap: true, name: "x".into() }, pointer, line(2));
        outer.emit_effect(InstrKind::Store { addr: x, value: zero }, line(2));
        let literal = outer.function_ref("counter$1", func_type);
        let closure = InstrKind::MakeClosure { func: literal, bindings: vec![x] };
        let inc = outer.emit_value(closure, func_type, line(3));
        let call = CallCommon { callee: Callee::Dynamic(inc), args: vec![] };
        outer.emit(InstrKind::Call { call }, &[], line(4));
        let result = outer.emit_value(InstrKind::Load { addr: x }, int, line(5));
        outer.ret(vec![result], line(5));

        let mut inner = FunctionBuilder::new("counter$1", line(3), &[], vec![]);
        let x = inner.add_free_var("x", pointer);
        let one = inner.constant(int, ConstValue::Int(1));
        let old = inner.emit_value(InstrKind::Load { addr: x }, int, line(3));
        let new =
            inner.emit_value(InstrKind::BinOp { op: BinaryOp::Add, x: old, y: one }, int, line(3));
        inner.emit_effect(InstrKind::Store { addr: x, value: new }, line(3));
        inner.ret(vec![], line(3));
        (outer.finish(toy), inner.finish(toy))
    }
}
