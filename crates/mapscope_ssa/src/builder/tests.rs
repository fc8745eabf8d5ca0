//! The builder's SSA construction: φs where values meet, none where they do not, incomplete φs in
//! loop headers, and the clean-up of unreachable blocks.

use crate::testing::ToyTypes;
use crate::testing::fixtures::counting_loop;
use crate::{
    BinaryOp, BlockId, ConstValue, Function, FunctionBuilder, InstrKind, Span, ValueDef, ValueId,
};

const SPAN: Span = Span { start: 0, end: 0 };

fn phis(func: &Function) -> Vec<(BlockId, Vec<ValueId>)> {
    func.block_ids()
        .flat_map(|b| func[b].instrs().iter().map(move |&i| (b, i)))
        .filter_map(|(b, i)| match &func[i].kind {
            InstrKind::Phi { edges, .. } => Some((b, edges.clone())),
            _ => None,
        })
        .collect()
}

/// Every referrer list holds exactly the operand slots that name its value.
fn assert_referrers_match_operands(func: &Function) {
    for v in 0..func.value_count() {
        let value = ValueId(v as u32);
        let mut expected = Vec::new();
        for b in func.block_ids() {
            for &i in func[b].instrs() {
                let uses = func[i].kind.operands().iter().filter(|&&o| o == value).count();
                expected.extend(std::iter::repeat_n(i, uses));
            }
        }
        let mut actual = func[value].referrers().to_vec();
        actual.sort_unstable();
        expected.sort_unstable();
        assert_eq!(actual, expected, "referrers of {value}");
    }
}

#[test]
fn straight_line_code_needs_no_phi() {
    let toy = ToyTypes::new();
    let mut b = FunctionBuilder::new("f", SPAN, &[], vec![toy.int]);
    let x = b.declare_variable("x", toy.int, SPAN);
    let one = b.constant(toy.int, ConstValue::Int(1));
    b.write_variable(x, one);
    let next = b.new_block("next");
    b.jump(next, SPAN);
    b.switch_to_block(next);
    b.seal_block(next);
    let read = b.read_variable(x);
    assert_eq!(read, one);
    b.ret(vec![read], SPAN);
    let func = b.finish(&toy);
    assert!(phis(&func).is_empty());
    assert_referrers_match_operands(&func);
}

/// `x := 1; if c { x = 2 }; return x`: one φ in the join, with the edges in predecessor order.
#[test]
fn diamond_places_one_phi() {
    let toy = ToyTypes::new();
    let mut b = FunctionBuilder::new("f", SPAN, &[("c", toy.bool)], vec![toy.int]);
    let c = b.param(0);
    let x = b.declare_variable("x", toy.int, SPAN);
    let one = b.constant(toy.int, ConstValue::Int(1));
    let two = b.constant(toy.int, ConstValue::Int(2));
    b.write_variable(x, one);
    let then = b.new_block("if.then");
    let done = b.new_block("if.done");
    b.branch(c, then, done, SPAN);
    b.switch_to_block(then);
    b.seal_block(then);
    b.write_variable(x, two);
    b.jump(done, SPAN);
    b.switch_to_block(done);
    b.seal_block(done);
    let read = b.read_variable(x);
    b.ret(vec![read], SPAN);
    let func = b.finish(&toy);
    // The join's predecessors are the entry (the false edge) and then the then-block.
    assert_eq!(func[BlockId(2)].preds(), [BlockId(0), BlockId(1)]);
    let phis = phis(&func);
    assert_eq!(phis.len(), 1);
    let (block, edges) = &phis[0];
    assert_eq!(*block, BlockId(2));
    let consts: Vec<_> = edges.iter().map(|&e| func[e].def.clone()).collect();
    assert_eq!(consts, [ValueDef::Const(ConstValue::Int(1)), ValueDef::Const(ConstValue::Int(2))]);
    assert_referrers_match_operands(&func);
}

#[test]
fn loop_keeps_the_phi_of_a_changed_variable() {
    let func = counting_loop(&ToyTypes::new(), true);
    let phis = phis(&func);
    assert_eq!(phis.len(), 1);
    let (block, edges) = &phis[0];
    assert_eq!(*block, BlockId(1));
    assert_eq!(edges.len(), 2);
    assert!(matches!(func[edges[0]].def, ValueDef::Const(ConstValue::Int(0))));
    let increment = func.defining_instr(edges[1]).expect("the back edge brings the sum");
    assert!(matches!(func[increment].kind, InstrKind::BinOp { op: BinaryOp::Add, .. }));
    assert_referrers_match_operands(&func);
}

#[test]
fn loop_drops_the_trivial_phi_of_an_unchanged_variable() {
    let func = counting_loop(&ToyTypes::new(), false);
    assert!(phis(&func).is_empty());
    let ret = *func[BlockId(3)].instrs().last().unwrap();
    let InstrKind::Return { results } = &func[ret].kind else { panic!("no return") };
    assert!(matches!(func[results[0]].def, ValueDef::Const(ConstValue::Int(0))));
    assert_referrers_match_operands(&func);
}

/// A trivial φ that another φ uses: removing the inner one makes the outer one trivial too
/// (nested loops that never change `x`).
#[test]
fn removing_a_phi_retries_its_users() {
    let toy = ToyTypes::new();
    let mut b = FunctionBuilder::new("nested", SPAN, &[("c", toy.bool)], vec![toy.int]);
    let c = b.param(0);
    let x = b.declare_variable("x", toy.int, SPAN);
    let seven = b.constant(toy.int, ConstValue::Int(7));
    b.write_variable(x, seven);
    let outer = b.new_block("outer");
    let inner = b.new_block("inner");
    let inner_body = b.new_block("inner.body");
    let outer_latch = b.new_block("outer.latch");
    let done = b.new_block("done");
    b.jump(outer, SPAN);
    b.switch_to_block(outer);
    b.branch(c, inner, done, SPAN);
    b.switch_to_block(inner);
    b.branch(c, inner_body, outer_latch, SPAN);
    b.switch_to_block(inner_body);
    b.seal_block(inner_body);
    let use_in_loop = b.read_variable(x);
    let sum = b.emit_value(
        InstrKind::BinOp { op: BinaryOp::Add, x: use_in_loop, y: use_in_loop },
        toy.int,
        SPAN,
    );
    b.jump(inner, SPAN);
    b.seal_block(inner);
    b.switch_to_block(outer_latch);
    b.seal_block(outer_latch);
    b.jump(outer, SPAN);
    b.seal_block(outer);
    b.switch_to_block(done);
    b.seal_block(done);
    let result = b.read_variable(x);
    b.ret(vec![result], SPAN);
    let func = b.finish(&toy);
    assert!(phis(&func).is_empty(), "{:?}", phis(&func));
    // The addition now adds the constant to itself.
    let add = func
        .block_ids()
        .flat_map(|b| func[b].instrs().to_vec())
        .find(|&i| matches!(func[i].kind, InstrKind::BinOp { .. }))
        .unwrap();
    let InstrKind::BinOp { x, y, .. } = func[add].kind.clone() else { unreachable!() };
    assert!(matches!(func[x].def, ValueDef::Const(ConstValue::Int(7))) && x == y);
    let _ = sum;
    assert_referrers_match_operands(&func);
}

/// An unreachable block that jumps into a join: its edge and φ operand go, the φ becomes trivial
/// and goes too, and the ids are renumbered densely.
#[test]
fn unreachable_blocks_and_their_edges_are_removed() {
    let toy = ToyTypes::new();
    let mut b = FunctionBuilder::new("f", SPAN, &[], vec![toy.int]);
    let x = b.declare_variable("x", toy.int, SPAN);
    let one = b.constant(toy.int, ConstValue::Int(1));
    let two = b.constant(toy.int, ConstValue::Int(2));
    b.write_variable(x, one);
    let dead = b.new_block("dead");
    let join = b.new_block("join");
    b.jump(join, SPAN);
    b.switch_to_block(dead);
    b.seal_block(dead);
    b.write_variable(x, two);
    let wasted =
        b.emit_value(InstrKind::BinOp { op: BinaryOp::Mul, x: two, y: two }, toy.int, SPAN);
    let _ = wasted;
    b.jump(join, SPAN);
    b.switch_to_block(join);
    b.seal_block(join);
    let read = b.read_variable(x);
    assert_eq!(b.function()[b.function().defining_instr(read).unwrap()].kind.operands().len(), 2);
    b.ret(vec![read], SPAN);
    let func = b.finish(&toy);
    assert_eq!(func.block_count(), 2);
    assert_eq!(func[BlockId(1)].comment, "join");
    assert_eq!(func[BlockId(1)].preds(), [BlockId(0)]);
    assert!(phis(&func).is_empty());
    // One jump and one return are left; the values are the two constants.
    assert_eq!(func.instr_count(), 2);
    assert_eq!(func.value_count(), 2);
    assert_referrers_match_operands(&func);
}
