//! Snapshots of the text form of hand-built functions: the golden format of the IR's tests.

use super::{PrintOptions, print_function, print_function_with};
use crate::testing::ToyTypes;
use crate::testing::fixtures::{self, line};
use crate::{BinaryOp, Builtin, CallCommon, Callee, ConstValue, ConversionKind, FunctionBuilder};
use crate::{InstrKind, SelectDir, SelectState, UnaryOp};

#[test]
fn loop_with_phi() {
    let toy = ToyTypes::new();
    insta::assert_snapshot!(print_function(&fixtures::counting_loop(&toy, true), &toy));
}

#[test]
fn map_operations() {
    let toy = ToyTypes::new();
    insta::assert_snapshot!(print_function(&fixtures::map_operations(&toy), &toy));
}

#[test]
fn comma_ok_lookup_with_spans() {
    let toy = ToyTypes::new();
    let func = fixtures::comma_ok_lookup(&toy);
    insta::assert_snapshot!(print_function_with(&func, &toy, PrintOptions { spans: true }));
}

#[test]
fn closure_with_captured_alloc() {
    let mut toy = ToyTypes::new();
    let (outer, inner) = fixtures::closure_with_captured_alloc(&mut toy);
    insta::assert_snapshot!(format!(
        "{}\n{}",
        print_function(&outer, &toy),
        print_function(&inner, &toy)
    ));
}

/// Every other instruction's printed form, in one block.
#[test]
fn other_instructions() {
    let mut toy = ToyTypes::new();
    let (int, string, any, bool) = (toy.int, toy.string, toy.any, toy.bool);
    let pointer = toy.pointer(int);
    let slice = toy.add(crate::testing::ToyType::Slice(int));
    let chan = toy.add(crate::testing::ToyType::Chan(int));
    let stringer = toy.add(crate::testing::ToyType::Interface("fmt.Stringer"));
    let func_type = toy.add(crate::testing::ToyType::Signature("func(int) (int, bool)"));
    let params = [("s", slice), ("ch", chan), ("p", pointer), ("i", stringer), ("f", func_type)];
    let mut b = FunctionBuilder::new("zoo", line(1), &params, vec![]);
    let [s, ch, p, i, f] = [0, 1, 2, 3, 4].map(|n| b.param(n));
    let one = b.constant(int, ConstValue::Int(1));
    let pi = b.constant(toy.add(crate::testing::ToyType::Basic("float64")), ConstValue::float(3.5));
    let text = b.constant(string, ConstValue::String("k\"ey".into()));
    let fref = b.function_ref(
        "strconv.Itoa",
        toy.add(crate::testing::ToyType::Signature("func(int) string")),
    );
    let global = b.global("pkg.counter", pointer);
    let span = line(2);
    b.emit_value(InstrKind::FieldAddr { base: p, field: 2 }, pointer, span);
    b.emit_value(InstrKind::Field { base: s, field: 0 }, int, span);
    b.emit_value(InstrKind::IndexAddr { base: s, index: one }, pointer, span);
    b.emit_value(
        InstrKind::Index { base: text, index: one },
        toy.add(crate::testing::ToyType::Basic("byte")),
        span,
    );
    b.emit_value(InstrKind::Slice { base: s, low: Some(one), high: None, max: None }, slice, span);
    b.emit_value(
        InstrKind::Slice { base: s, low: None, high: Some(one), max: Some(one) },
        slice,
        span,
    );
    b.emit_value(InstrKind::MakeSlice { len: one, cap: one }, slice, span);
    b.emit_value(InstrKind::MakeChan { size: one }, chan, span);
    b.emit_value(InstrKind::BinOp { op: BinaryOp::AndNot, x: one, y: one }, int, span);
    b.emit_value(InstrKind::UnOp { op: UnaryOp::Complement, x: one }, int, span);
    b.emit_value(InstrKind::Convert { kind: ConversionKind::Convert, x: pi }, int, span);
    b.emit_value(InstrKind::MakeInterface { x: one }, any, span);
    b.emit(InstrKind::TypeAssert { x: i, asserted: int, comma_ok: true }, &[int, bool], span);
    let loaded = b.emit_value(InstrKind::Load { addr: global }, int, span);
    b.emit_value(
        InstrKind::Call { call: CallCommon { callee: Callee::Static(fref), args: vec![loaded] } },
        string,
        span,
    );
    b.emit(
        InstrKind::Call { call: CallCommon { callee: Callee::Dynamic(f), args: vec![one] } },
        &[int, bool],
        span,
    );
    let invoke = Callee::Invoke { receiver: i, method: "String".into() };
    b.emit_value(
        InstrKind::Call { call: CallCommon { callee: invoke, args: vec![] } },
        string,
        span,
    );
    b.emit_value(
        InstrKind::Call {
            call: CallCommon { callee: Callee::Builtin(Builtin::Len), args: vec![s] },
        },
        int,
        span,
    );
    b.emit_effect(
        InstrKind::Go { call: CallCommon { callee: Callee::Dynamic(f), args: vec![one] } },
        span,
    );
    b.emit_effect(
        InstrKind::Defer {
            call: CallCommon { callee: Callee::Builtin(Builtin::Close), args: vec![ch] },
        },
        span,
    );
    b.emit_effect(InstrKind::Send { chan: ch, value: one }, span);
    b.emit(InstrKind::Recv { chan: ch, comma_ok: true }, &[int, bool], span);
    let states = vec![
        SelectState { dir: SelectDir::Recv, chan: ch, send: None },
        SelectState { dir: SelectDir::Send, chan: ch, send: Some(one) },
    ];
    b.emit(InstrKind::Select { states, blocking: false }, &[int, bool, int], span);
    b.emit_effect(InstrKind::RunDefers, span);
    let boxed = b.emit_value(InstrKind::MakeInterface { x: text }, any, span);
    b.panic(boxed, line(3));
    insta::assert_snapshot!(print_function(&b.finish(&toy), &toy));
}
