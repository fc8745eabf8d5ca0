//! Value numbering: `m[k]` twice gets one number exactly when nothing that may change `m` runs in
//! between, on any path; pure expressions and φs are numbered by their operands.

use super::ValueNumbering;
use crate::dom::DomTree;
use crate::testing::fixtures::line;
use crate::testing::{ToyType, ToyTypes};
use crate::{BinaryOp, Builtin, CallCommon, Callee, ConstValue, Function, FunctionBuilder};
use crate::{InstrKind, ValueId};
use mapscope_types::types::TypeId;

/// The parameters of the functions below.
struct Params {
    m: ValueId,
    k: ValueId,
    k2: ValueId,
    p: ValueId,
    c: ValueId,
}

/// Builds `func f(m map[string]int, k, k2 string, p *int, c bool) (int, int)` whose body is
/// `a := m[k]; between(...); b := m[k]; return a, b`, and says whether `a` and `b` got one number.
/// `between` may add blocks; it must leave the builder in an open block.
fn lookups_congruent(between: impl FnOnce(&mut FunctionBuilder, &mut ToyTypes, &Params)) -> bool {
    let mut toy = ToyTypes::new();
    let (int, string, map) = (toy.int, toy.string, toy.map_string_int);
    let pointer = toy.pointer(int);
    let params = [("m", map), ("k", string), ("k2", string), ("p", pointer), ("c", toy.bool)];
    let mut b = FunctionBuilder::new("f", line(1), &params, vec![int, int]);
    let [m, k, k2, p, c] = [0, 1, 2, 3, 4].map(|i| b.param(i));
    let params = Params { m, k, k2, p, c };
    let lookup = InstrKind::MapLookup { map: m, key: k, comma_ok: false };
    let a = b.emit_value(lookup.clone(), int, line(2));
    between(&mut b, &mut toy, &params);
    let second = b.emit_value(lookup, int, line(4));
    b.ret(vec![a, second], line(5));
    let func = b.finish(&toy);
    numbering(&func, &toy).congruent(a_and_b(&func).0, a_and_b(&func).1)
}

fn numbering(func: &Function, toy: &ToyTypes) -> ValueNumbering {
    ValueNumbering::compute(func, toy, &DomTree::new(func))
}

/// The two returned values of a finished `lookups_congruent` function.
fn a_and_b(func: &Function) -> (ValueId, ValueId) {
    let ret = func
        .block_ids()
        .flat_map(|b| func[b].instrs().to_vec())
        .find(|&i| matches!(func[i].kind, InstrKind::Return { .. }));
    let InstrKind::Return { results } = &func[ret.unwrap()].kind else { unreachable!() };
    (results[0], results[1])
}

/// A call of the package-level `func log(string)` with `value`.
fn call_log(b: &mut FunctionBuilder, toy: &mut ToyTypes, value: ValueId) {
    let log = b.function_ref("log", toy.add(ToyType::Signature("func(string)")));
    let call = CallCommon { callee: Callee::Static(log), args: vec![value] };
    b.emit(InstrKind::Call { call }, &[], line(3));
}

/// A call of `builtin` with `value`, its result (if any) of type `result`.
fn call_builtin(b: &mut FunctionBuilder, builtin: Builtin, value: ValueId, result: &[TypeId]) {
    let call = CallCommon { callee: Callee::Builtin(builtin), args: vec![value] };
    b.emit(InstrKind::Call { call }, result, line(3));
}

#[test]
fn lookup_twice_with_nothing_between_gets_one_number() {
    assert!(lookups_congruent(|_, _, _| {}));
}

#[test]
fn update_between_lookups_separates_them() {
    assert!(!lookups_congruent(|b, toy, p| {
        let one = b.constant(toy.int, ConstValue::Int(1));
        b.emit_effect(InstrKind::MapUpdate { map: p.m, key: p.k2, value: one }, line(3));
    }));
}

#[test]
fn delete_between_lookups_separates_them() {
    assert!(!lookups_congruent(|b, _, p| {
        b.emit_effect(InstrKind::MapDelete { map: p.m, key: p.k2 }, line(3));
    }));
}

#[test]
fn clear_between_lookups_separates_them() {
    assert!(!lookups_congruent(|b, _, p| {
        b.emit_effect(InstrKind::MapClear { map: p.m }, line(3));
    }));
}

/// `len(m)` writes nothing: the lookups around it stay one; `append` writes slice elements.
#[test]
fn builtins_that_write_no_memory_keep_lookups_together() {
    assert!(lookups_congruent(|b, toy, p| call_builtin(b, Builtin::Len, p.m, &[toy.int])));
    assert!(lookups_congruent(|b, _, p| call_builtin(b, Builtin::Println, p.k, &[])));
    let slice = |toy: &mut ToyTypes| toy.add(ToyType::Slice(toy.string));
    assert!(!lookups_congruent(|b, toy, p| {
        let ty = slice(toy);
        call_builtin(b, Builtin::Append, p.k, &[ty]);
    }));
}

/// A call the caller knows to write nothing (a getter of its module) keeps the lookups together.
#[test]
fn a_call_known_to_write_nothing_keeps_lookups_together() {
    let mut toy = ToyTypes::new();
    let (int, string, map) = (toy.int, toy.string, toy.map_string_int);
    let mut b = FunctionBuilder::new("f", line(1), &[("m", map), ("k", string)], vec![int, int]);
    let (m, k) = (b.param(0), b.param(1));
    let lookup = InstrKind::MapLookup { map: m, key: k, comma_ok: false };
    let a = b.emit_value(lookup.clone(), int, line(2));
    call_log(&mut b, &mut toy, k);
    let second = b.emit_value(lookup, int, line(4));
    b.ret(vec![a, second], line(5));
    let func = b.finish(&toy);
    let dom = DomTree::new(&func);
    let (a, second) = a_and_b(&func);
    let known = ValueNumbering::compute_with_calls(&func, &toy, &dom, &|_| true);
    let unknown = ValueNumbering::compute_with_calls(&func, &toy, &dom, &|_| false);
    assert!(known.congruent(a, second) && !unknown.congruent(a, second));
}

#[test]
fn call_between_lookups_separates_them() {
    assert!(!lookups_congruent(|b, toy, p| call_log(b, toy, p.k)));
}

/// A store cannot reach a map's entries; it changes only what is loaded afterwards.
#[test]
fn store_to_unrelated_memory_keeps_lookups_together() {
    assert!(lookups_congruent(|b, toy, p| {
        let two = b.constant(toy.int, ConstValue::Int(2));
        b.emit_effect(InstrKind::Store { addr: p.p, value: two }, line(3));
    }));
}

/// `mp := *pm; a := mp[k]; *pm = other; b := (*pm)[k]`: the store replaces the map the second
/// lookup goes through, so the lookups differ.
#[test]
fn store_to_the_variable_holding_the_map_separates_lookups() {
    let mut toy = ToyTypes::new();
    let (int, string, map) = (toy.int, toy.string, toy.map_string_int);
    let map_pointer = toy.pointer(map);
    let params = [("pm", map_pointer), ("other", map), ("k", string)];
    let mut b = FunctionBuilder::new("f", line(1), &params, vec![int, int]);
    let [pm, other, k] = [0, 1, 2].map(|i| b.param(i));
    let first_map = b.emit_value(InstrKind::Load { addr: pm }, map, line(2));
    let a = b.emit_value(
        InstrKind::MapLookup { map: first_map, key: k, comma_ok: false },
        int,
        line(2),
    );
    let reloaded = b.emit_value(InstrKind::Load { addr: pm }, map, line(2));
    let same =
        b.emit_value(InstrKind::MapLookup { map: reloaded, key: k, comma_ok: false }, int, line(2));
    b.emit_effect(InstrKind::Store { addr: pm, value: other }, line(3));
    let second_map = b.emit_value(InstrKind::Load { addr: pm }, map, line(4));
    let c = b.emit_value(
        InstrKind::MapLookup { map: second_map, key: k, comma_ok: false },
        int,
        line(4),
    );
    b.ret(vec![a, c], line(5));
    let func = b.finish(&toy);
    let numbers = numbering(&func, &toy);
    assert!(numbers.congruent(first_map, reloaded) && numbers.congruent(a, same));
    assert!(!numbers.congruent(first_map, second_map));
    assert!(!numbers.congruent(a, c));
}

#[test]
fn update_of_a_fresh_map_keeps_lookups_of_another_together() {
    let toy = ToyTypes::new();
    let (int, string, map) = (toy.int, toy.string, toy.map_string_int);
    let mut b = FunctionBuilder::new("f", line(1), &[("k", string)], vec![int, int]);
    let k = b.param(0);
    let one = b.constant(int, ConstValue::Int(1));
    let m = b.emit_value(InstrKind::MakeMap { reserve: None, escapes: None }, map, line(2));
    let n = b.emit_value(InstrKind::MakeMap { reserve: None, escapes: None }, map, line(2));
    let a = b.emit_value(InstrKind::MapLookup { map: m, key: k, comma_ok: false }, int, line(3));
    b.emit_effect(InstrKind::MapUpdate { map: n, key: k, value: one }, line(3));
    let c = b.emit_value(InstrKind::MapLookup { map: m, key: k, comma_ok: false }, int, line(3));
    b.emit_effect(InstrKind::MapUpdate { map: m, key: k, value: one }, line(3));
    let d = b.emit_value(InstrKind::MapLookup { map: m, key: k, comma_ok: false }, int, line(3));
    b.ret(vec![a, d], line(4));
    let func = b.finish(&toy);
    let numbers = numbering(&func, &toy);
    assert!(numbers.congruent(a, c), "an update of another fresh map cannot touch m");
    assert!(!numbers.congruent(c, d), "an update of m itself can");
}

#[test]
fn update_of_a_map_of_another_type_keeps_lookups_together() {
    assert!(lookups_congruent(|b, toy, _| {
        let other_type = toy.map(toy.int, toy.int);
        let zero = b.constant(toy.int, ConstValue::Int(0));
        let global = b.global("pkg.table", toy.pointer(other_type));
        let table = b.emit_value(InstrKind::Load { addr: global }, other_type, line(3));
        b.emit_effect(InstrKind::MapUpdate { map: table, key: zero, value: zero }, line(3));
    }));
}

/// `if c { log(k) }` between the lookups: one path calls, so they differ.
#[test]
fn a_call_on_one_path_separates_lookups() {
    assert!(!lookups_congruent(|b, toy, p| {
        let then = b.new_block("if.then");
        let done = b.new_block("if.done");
        b.branch(p.c, then, done, line(3));
        b.switch_to_block(then);
        b.seal_block(then);
        call_log(b, toy, p.k);
        b.jump(done, line(3));
        b.switch_to_block(done);
        b.seal_block(done);
    }));
}

/// The same diamond with only pure code on both paths keeps the lookups together.
#[test]
fn a_diamond_without_writes_keeps_lookups_together() {
    assert!(lookups_congruent(|b, toy, p| {
        let then = b.new_block("if.then");
        let done = b.new_block("if.done");
        b.branch(p.c, then, done, line(3));
        b.switch_to_block(then);
        b.seal_block(then);
        let one = b.constant(toy.int, ConstValue::Int(1));
        b.emit_value(InstrKind::BinOp { op: BinaryOp::Add, x: one, y: one }, toy.int, line(3));
        b.jump(done, line(3));
        b.switch_to_block(done);
        b.seal_block(done);
    }));
}

/// `for c { _ = m[k]; m[k2] = 1 }`: the lookup in the loop header follows the body's update on
/// the back edge, so it is not the lookup before the loop.
#[test]
fn an_update_later_in_a_loop_separates_lookups() {
    assert!(!lookups_congruent(|b, toy, p| {
        let header = b.new_block("for.loop");
        let body = b.new_block("for.body");
        let done = b.new_block("for.done");
        b.jump(header, line(3));
        b.switch_to_block(header);
        b.emit_value(
            InstrKind::MapLookup { map: p.m, key: p.k, comma_ok: false },
            toy.int,
            line(3),
        );
        b.branch(p.c, body, done, line(3));
        b.switch_to_block(body);
        b.seal_block(body);
        let one = b.constant(toy.int, ConstValue::Int(1));
        b.emit_effect(InstrKind::MapUpdate { map: p.m, key: p.k2, value: one }, line(3));
        b.jump(header, line(3));
        b.seal_block(header);
        b.switch_to_block(done);
        b.seal_block(done);
    }));
}

/// `v, ok := m[k]` and `m[k]`: the elements share a number, the presence flag has its own.
#[test]
fn comma_ok_and_plain_lookups_share_the_element() {
    let toy = ToyTypes::new();
    let (int, string, map) = (toy.int, toy.string, toy.map_string_int);
    let mut b = FunctionBuilder::new("f", line(1), &[("m", map), ("k", string)], vec![int, int]);
    let (m, k) = (b.param(0), b.param(1));
    let both =
        b.emit(InstrKind::MapLookup { map: m, key: k, comma_ok: true }, &[int, toy.bool], line(2));
    let [v, ok] = b.results(both)[..] else { unreachable!() };
    let plain =
        b.emit_value(InstrKind::MapLookup { map: m, key: k, comma_ok: false }, int, line(3));
    b.ret(vec![v, plain], line(4));
    let func = b.finish(&toy);
    let numbers = numbering(&func, &toy);
    assert!(numbers.congruent(v, plain));
    assert!(!numbers.congruent(ok, v));
}

/// `x + y` and `y + x` are one number; `x - y` and `y - x` are two; a φ whose edges are congruent
/// takes their number.
#[test]
fn pure_expressions_and_phis() {
    let toy = ToyTypes::new();
    let int = toy.int;
    let params = [("x", int), ("y", int), ("c", toy.bool)];
    let mut b = FunctionBuilder::new("f", line(1), &params, vec![int, int, int]);
    let [x, y, c] = [0, 1, 2].map(|i| b.param(i));
    let binop = |op, x, y| InstrKind::BinOp { op, x, y };
    let sum = b.emit_value(binop(BinaryOp::Add, x, y), int, line(2));
    let sum_swapped = b.emit_value(binop(BinaryOp::Add, y, x), int, line(2));
    let difference = b.emit_value(binop(BinaryOp::Sub, x, y), int, line(2));
    let difference_swapped = b.emit_value(binop(BinaryOp::Sub, y, x), int, line(2));
    let v = b.declare_variable("v", int, line(3));
    let then = b.new_block("if.then");
    let els = b.new_block("if.else");
    let done = b.new_block("if.done");
    b.branch(c, then, els, line(3));
    for (block, (a, bb)) in [(then, (x, y)), (els, (y, x))] {
        b.switch_to_block(block);
        b.seal_block(block);
        let value = b.emit_value(binop(BinaryOp::Add, a, bb), int, line(3));
        b.write_variable(v, value);
        b.jump(done, line(3));
    }
    b.switch_to_block(done);
    b.seal_block(done);
    let joined = b.read_variable(v);
    b.ret(vec![sum, joined, difference_swapped], line(4));
    let func = b.finish(&toy);
    let numbers = numbering(&func, &toy);
    assert!(numbers.congruent(sum, sum_swapped));
    assert!(!numbers.congruent(difference, difference_swapped));
    assert!(matches!(func[func.defining_instr(joined).unwrap()].kind, InstrKind::Phi { .. }));
    assert!(numbers.congruent(joined, sum), "both edges add x and y");
}

/// `var key string; key = k; a := key; f(); *p = 2; b := key`, with `&key` passed to the call
/// or not: a local whose address only loads and stores use keeps its loads across a call and a
/// store through another pointer; one whose address the call gets does not.
fn local_loads_congruent(address_passed: bool) -> bool {
    let mut toy = ToyTypes::new();
    let (int, string) = (toy.int, toy.string);
    let (string_pointer, int_pointer) = (toy.pointer(string), toy.pointer(int));
    let params = [("k", string), ("p", int_pointer)];
    let mut b = FunctionBuilder::new("f", line(1), &params, vec![string, string]);
    let (k, p) = (b.param(0), b.param(1));
    let alloc = InstrKind::Alloc { heap: false, name: "key".into() };
    let key = b.emit_value(alloc, string_pointer, line(2));
    b.emit_effect(InstrKind::Store { addr: key, value: k }, line(2));
    let a = b.emit_value(InstrKind::Load { addr: key }, string, line(3));
    let argument = if address_passed { key } else { k };
    call_log(&mut b, &mut toy, argument);
    let two = b.constant(int, ConstValue::Int(2));
    b.emit_effect(InstrKind::Store { addr: p, value: two }, line(4));
    let second = b.emit_value(InstrKind::Load { addr: key }, string, line(5));
    b.ret(vec![a, second], line(6));
    let func = b.finish(&toy);
    let (a, second) = a_and_b(&func);
    numbering(&func, &toy).congruent(a, second)
}

#[test]
fn a_confined_local_keeps_its_loads_across_calls_and_other_stores() {
    assert!(local_loads_congruent(false));
}

#[test]
fn a_local_whose_address_a_call_gets_is_loaded_again() {
    assert!(!local_loads_congruent(true));
}

/// A store into the confined local itself separates its loads.
#[test]
fn a_store_into_a_confined_local_separates_its_loads() {
    let mut toy = ToyTypes::new();
    let string = toy.string;
    let string_pointer = toy.pointer(string);
    let params = [("k", string), ("k2", string)];
    let mut b = FunctionBuilder::new("f", line(1), &params, vec![string, string]);
    let (k, k2) = (b.param(0), b.param(1));
    let alloc = InstrKind::Alloc { heap: false, name: "key".into() };
    let key = b.emit_value(alloc, string_pointer, line(2));
    b.emit_effect(InstrKind::Store { addr: key, value: k }, line(2));
    let a = b.emit_value(InstrKind::Load { addr: key }, string, line(3));
    b.emit_effect(InstrKind::Store { addr: key, value: k2 }, line(4));
    let second = b.emit_value(InstrKind::Load { addr: key }, string, line(5));
    b.ret(vec![a, second], line(6));
    let func = b.finish(&toy);
    let (a, second) = a_and_b(&func);
    assert!(!numbering(&func, &toy).congruent(a, second));
}

/// `a := *ps; *pv = v; b := *ps` through pointers that may point anywhere: the loads stay one
/// exactly when the stored value's type shares no kind of cell with a string.
fn string_loads_across_store(stored: impl FnOnce(&mut ToyTypes) -> TypeId) -> bool {
    let mut toy = ToyTypes::new();
    let string = toy.string;
    let stored = stored(&mut toy);
    let (string_pointer, stored_pointer) = (toy.pointer(string), toy.pointer(stored));
    let params = [("ps", string_pointer), ("pv", stored_pointer), ("v", stored)];
    let mut b = FunctionBuilder::new("f", line(1), &params, vec![string, string]);
    let [ps, pv, v] = [0, 1, 2].map(|i| b.param(i));
    let a = b.emit_value(InstrKind::Load { addr: ps }, string, line(2));
    b.emit_effect(InstrKind::Store { addr: pv, value: v }, line(3));
    let second = b.emit_value(InstrKind::Load { addr: ps }, string, line(4));
    b.ret(vec![a, second], line(5));
    let func = b.finish(&toy);
    let (a, second) = a_and_b(&func);
    numbering(&func, &toy).congruent(a, second)
}

#[test]
fn a_store_of_another_kind_of_cell_keeps_loads_together() {
    assert!(string_loads_across_store(|toy| toy.map_string_int));
    assert!(string_loads_across_store(|toy| toy.int));
}

#[test]
fn a_store_of_the_same_kind_of_cell_separates_loads() {
    assert!(!string_loads_across_store(|toy| toy.string));
}
