//! The verifier accepts what the builder makes, reports each kind of broken invariant with a
//! message that names it, and never panics on a function corrupted at random.

use super::{Violation, verify};
use crate::builder::FunctionBuilder;
use crate::testing::ToyTypes;
use crate::testing::fixtures;
use crate::testing::fixtures::line;
use crate::{
    BlockId, Builtin, CallCommon, Callee, ConstValue, Function, InstrId, InstrKind, ValueId,
};
use proptest::prelude::*;

fn fixtures(toy: &mut ToyTypes) -> Vec<Function> {
    let (outer, inner) = fixtures::closure_with_captured_alloc(toy);
    vec![
        fixtures::counting_loop(toy, true),
        fixtures::counting_loop(toy, false),
        fixtures::map_operations(toy),
        fixtures::comma_ok_lookup(toy),
        outer,
        inner,
    ]
}

#[track_caller]
fn assert_reports(violations: &[Violation], expected: &str) {
    assert!(
        violations.iter().any(|v| v.to_string().contains(expected)),
        "expected a violation containing {expected:?}, got {violations:#?}"
    );
}

fn instr_where(func: &Function, predicate: impl Fn(&InstrKind) -> bool) -> InstrId {
    (0..func.instr_count())
        .map(|i| InstrId(i as u32))
        .find(|&i| predicate(&func[i].kind))
        .expect("no such instruction")
}

#[test]
fn built_functions_verify() {
    let mut toy = ToyTypes::new();
    for func in fixtures(&mut toy) {
        assert_eq!(verify(&func, &toy), [], "{}", func.name);
    }
}

#[test]
fn phi_arity_must_match_the_predecessors() {
    let toy = ToyTypes::new();
    let mut func = fixtures::counting_loop(&toy, true);
    let phi = instr_where(&func, |k| matches!(k, InstrKind::Phi { .. }));
    if let InstrKind::Phi { edges, .. } = &mut func.instrs[phi.index()].kind {
        let removed = edges.pop().unwrap();
        func.values[removed.index()].referrers.retain(|r| *r != phi);
    }
    let violations = verify(&func, &toy);
    assert_reports(
        &violations,
        "block 1, instruction 1: φ has 1 edges but the block has 2 predecessors",
    );
}

#[test]
fn uses_must_be_dominated() {
    let toy = ToyTypes::new();
    let mut func = fixtures::counting_loop(&toy, true);
    // Return the sum computed in the loop body from the exit block, which the body does not dominate.
    let sum = instr_where(&func, |k| matches!(k, InstrKind::BinOp { .. }));
    let sum_value = func[sum].result().unwrap();
    let ret = instr_where(&func, |k| matches!(k, InstrKind::Return { .. }));
    let InstrKind::Return { results } = &mut func.instrs[ret.index()].kind else { unreachable!() };
    let old = std::mem::replace(&mut results[0], sum_value);
    func.values[old.index()].referrers.retain(|r| *r != ret);
    func.values[sum_value.index()].referrers.push(ret);
    assert_reports(
        &verify(&func, &toy),
        "operand t4 is not dominated by its definition in block 2",
    );
}

#[test]
fn a_use_before_its_definition_in_one_block_is_reported() {
    let toy = ToyTypes::new();
    let mut func = fixtures::map_operations(&toy);
    // Swap the lookup and the addition that uses it.
    func.blocks[0].instrs.swap(1, 2);
    assert_reports(
        &verify(&func, &toy),
        "operand t5 is not dominated by its definition in block 0",
    );
}

#[test]
fn terminators_end_blocks_and_only_there() {
    let toy = ToyTypes::new();
    let mut func = fixtures::map_operations(&toy);
    let entry = &mut func.blocks[0].instrs;
    let jump = entry.pop().unwrap();
    entry.insert(0, jump);
    let violations = verify(&func, &toy);
    assert_reports(&violations, "terminator before the end of its block");
    assert_reports(&violations, "block does not end in a terminator");
}

#[test]
fn edges_must_mirror_each_other() {
    let toy = ToyTypes::new();
    let mut func = fixtures::comma_ok_lookup(&toy);
    func.blocks[2].preds.retain(|p| *p != BlockId(1));
    let violations = verify(&func, &toy);
    assert_reports(&violations, "block 1: successor 2 does not list block 1 as its predecessor");
    assert_reports(&violations, "φ has 2 edges but the block has 1 predecessors");
}

#[test]
fn referrers_must_match_operands() {
    let toy = ToyTypes::new();
    let mut func = fixtures::comma_ok_lookup(&toy);
    func.values[ValueId(0).index()].referrers.clear();
    assert_reports(&verify(&func, &toy), "referrers of t0 are [], its uses are [InstrId(0)]");
}

#[test]
fn every_block_must_be_reachable() {
    let toy = ToyTypes::new();
    let mut func = fixtures::comma_ok_lookup(&toy);
    // Redirect the branch's true edge to the join: the then-block loses its only predecessor.
    func.blocks[0].succs[0] = BlockId(2);
    func.blocks[2].preds[1] = BlockId(0);
    func.blocks[1].preds.clear();
    let violations = verify(&func, &toy);
    assert_reports(&violations, "block 1: block is unreachable from the entry");
    assert_reports(&violations, "if goes to block 2 both ways");
    assert_reports(&violations, "two edges join blocks 2 and 0");
}

#[test]
fn map_operands_must_be_maps() {
    let toy = ToyTypes::new();
    let mut func = fixtures::map_operations(&toy);
    let update = instr_where(&func, |k| matches!(k, InstrKind::MapUpdate { .. }));
    let InstrKind::MapUpdate { map, key, .. } = func[update].kind.clone() else { unreachable!() };
    // Update the key parameter (a string) instead of the map.
    if let InstrKind::MapUpdate { map: operand, .. } = &mut func.instrs[update.index()].kind {
        *operand = key;
    }
    func.values[map.index()].referrers.retain(|r| *r != update);
    func.values[key.index()].referrers.push(update);
    assert_reports(&verify(&func, &toy), "update's map operand t1 has type string, not a map");
}

#[test]
fn unsafe_pointer_functions_must_fit_their_signatures() {
    // func f(p *string, s string) { unsafe.String(p, 1); unsafe.StringData(s); unsafe.Add(p, 1) },
    // then String's pointer operand swapped for the string, StringData's result typed a string and
    // Add's length dropped.
    let mut toy = ToyTypes::new();
    let pointer = toy.pointer(toy.string);
    let mut b =
        FunctionBuilder::new("views", line(1), &[("p", pointer), ("s", toy.string)], vec![]);
    let (p, s) = (b.param(0), b.param(1));
    let one = b.constant(toy.int, ConstValue::Int(1));
    let call = |builtin, args| InstrKind::Call {
        call: CallCommon { callee: Callee::Builtin(builtin), args },
    };
    b.emit_value(call(Builtin::UnsafeString, vec![p, one]), toy.string, line(2));
    b.emit_value(call(Builtin::UnsafeStringData, vec![s]), pointer, line(3));
    b.emit_value(call(Builtin::UnsafeAdd, vec![p, one]), pointer, line(4));
    b.ret(vec![], line(5));
    let mut func = b.finish(&toy);
    assert_eq!(verify(&func, &toy), []);
    let add = instr_where(
        &func,
        |k| matches!(k, InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::UnsafeAdd)),
    );
    if let InstrKind::Call { call } = &mut func.instrs[add.index()].kind {
        let length = call.args.pop().unwrap();
        func.values[length.index()].referrers.retain(|r| *r != add);
    }
    let string = instr_where(
        &func,
        |k| matches!(k, InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::UnsafeString)),
    );
    if let InstrKind::Call { call } = &mut func.instrs[string.index()].kind {
        call.args[0] = s;
    }
    func.values[p.index()].referrers.retain(|r| *r != string);
    func.values[s.index()].referrers.push(string);
    let data = instr_where(
        &func,
        |k| matches!(k, InstrKind::Call { call } if call.callee == Callee::Builtin(Builtin::UnsafeStringData)),
    );
    let result = func[data].results().next().unwrap();
    func.values[result.index()].ty = toy.string;
    let violations = verify(&func, &toy);
    assert_reports(&violations, "String's operand t1 has type string, not a pointer");
    assert_reports(&violations, "StringData yields type string, not a pointer");
    assert_reports(&violations, "Add has 1 operands, want 2");
}

#[test]
fn element_and_key_types_must_fit_the_map() {
    let toy = ToyTypes::new();
    let mut func = fixtures::comma_ok_lookup(&toy);
    // The lookup's element result claims to be a string.
    let lookup = instr_where(&func, |k| matches!(k, InstrKind::MapLookup { .. }));
    let element = func[lookup].result_count;
    assert_eq!(element, 2);
    let first = func[lookup].results().next().unwrap();
    func.values[first.index()].ty = toy.string;
    let violations = verify(&func, &toy);
    assert_reports(&violations, "the element has type string, want int");
    assert_reports(&violations, "φ edge 0 (t3) has type string, want int");
}

#[test]
fn an_empty_function_is_reported() {
    let toy = ToyTypes::new();
    let mut func = fixtures::comma_ok_lookup(&toy);
    func.blocks.clear();
    assert_eq!(verify(&func, &toy)[0].message, "function has no entry block");
}

/// One random corruption of a function: an id anywhere replaced by another, possibly out of range.
#[derive(Clone, Debug)]
enum Corruption {
    Operand { instr: usize, value: u32 },
    Succ { block: usize, target: u32 },
    Pred { block: usize, source: u32 },
    BlockInstr { block: usize, instr: u32 },
    ResultCount { instr: usize, count: u32 },
    DropInstr { block: usize },
}

fn corruption() -> impl Strategy<Value = Corruption> {
    let id = prop_oneof![0u32..16, Just(u32::MAX), Just(u32::MAX - 1)];
    prop_oneof![
        (0usize..16, id.clone()).prop_map(|(instr, value)| Corruption::Operand { instr, value }),
        (0usize..4, id.clone()).prop_map(|(block, target)| Corruption::Succ { block, target }),
        (0usize..4, id.clone()).prop_map(|(block, source)| Corruption::Pred { block, source }),
        (0usize..4, id.clone()).prop_map(|(block, instr)| Corruption::BlockInstr { block, instr }),
        (0usize..16, id).prop_map(|(instr, count)| Corruption::ResultCount { instr, count }),
        (0usize..4).prop_map(|block| Corruption::DropInstr { block }),
    ]
}

fn corrupt(func: &mut Function, corruption: &Corruption) {
    match *corruption {
        Corruption::Operand { instr, value } => {
            if let Some(data) = func.instrs.get_mut(instr) {
                let mut first = true;
                data.kind.for_each_operand_mut(|operand| {
                    if std::mem::take(&mut first) {
                        *operand = ValueId(value);
                    }
                });
            }
        }
        Corruption::Succ { block, target } => {
            if let Some(b) = func.blocks.get_mut(block) {
                b.succs.push(BlockId(target));
            }
        }
        Corruption::Pred { block, source } => {
            if let Some(b) = func.blocks.get_mut(block) {
                b.preds.insert(0, BlockId(source));
            }
        }
        Corruption::BlockInstr { block, instr } => {
            if let Some(b) = func.blocks.get_mut(block) {
                b.instrs.insert(0, InstrId(instr));
            }
        }
        Corruption::ResultCount { instr, count } => {
            if let Some(data) = func.instrs.get_mut(instr) {
                data.result_count = count;
            }
        }
        Corruption::DropInstr { block } => {
            if let Some(b) = func.blocks.get_mut(block) {
                b.instrs.pop();
            }
        }
    }
}

proptest! {
    /// Any corruption is reported (none of these leaves a function valid), and neither the
    /// verifier nor the printer panics on it.
    #[test]
    fn corrupted_functions_are_reported_without_panics(
        which in 0usize..6,
        corruptions in proptest::collection::vec(corruption(), 1..4),
    ) {
        let mut toy = ToyTypes::new();
        let mut func = fixtures(&mut toy).swap_remove(which);
        let original = func.clone();
        for c in &corruptions {
            corrupt(&mut func, c);
        }
        let violations = verify(&func, &toy);
        let _ = crate::print::print_function(&func, &toy);
        if !same_function(&original, &func) {
            prop_assert!(!violations.is_empty(), "{:?} went unreported", corruptions);
        }
    }
}

/// Whether a corruption changed nothing (an operand replaced by itself, an index out of range).
fn same_function(a: &Function, b: &Function) -> bool {
    format!("{a:?}") == format!("{b:?}")
}

/// ```go
/// func f() (n int) { n = 1; return n }
/// ```
/// with go/ssa's Recover block, which loads `n` and returns it.
fn with_recover_block(toy: &mut ToyTypes) -> Function {
    let int_ptr = toy.pointer(toy.int);
    let mut b = FunctionBuilder::new("f", line(1), &[], vec![toy.int]);
    let alloc = InstrKind::Alloc { heap: true, name: "n".into() };
    let n = b.emit_value(alloc, int_ptr, line(1));
    let one = b.constant(toy.int, ConstValue::Int(1));
    b.emit_effect(InstrKind::Store { addr: n, value: one }, line(2));
    let loaded = b.emit_value(InstrKind::Load { addr: n }, toy.int, line(3));
    b.ret(vec![loaded], line(3));
    let recover = b.new_block("recover");
    b.seal_block(recover);
    b.switch_to_block(recover);
    let reloaded = b.emit_value(InstrKind::Load { addr: n }, toy.int, line(1));
    b.ret(vec![reloaded], line(1));
    b.set_recover(recover);
    b.finish(toy)
}

#[test]
fn a_recover_block_verifies_under_the_entry() {
    let mut toy = ToyTypes::new();
    let func = with_recover_block(&mut toy);
    assert_eq!(verify(&func, &toy), []);
    let recover = func.recover().expect("finish keeps the Recover block");
    assert!(func[recover].preds().is_empty());
    let dom = crate::dom::DomTree::new(&func);
    assert_eq!(dom.idom(recover), Some(Function::ENTRY));
    // The Recover block is entered from wherever a deferred call recovered: its load is not
    // the entry's, although the entry dominates it.
    let numbering = crate::gvn::ValueNumbering::compute(&func, &toy, &dom);
    let loads: Vec<ValueId> = (0..func.instr_count())
        .map(|i| InstrId(i as u32))
        .filter(|&i| matches!(func[i].kind, InstrKind::Load { .. }))
        .filter_map(|i| func[i].result())
        .collect();
    assert_eq!(loads.len(), 2);
    assert!(!numbering.congruent(loads[0], loads[1]));
}

#[test]
fn the_recover_block_is_a_second_entry_that_returns() {
    let mut toy = ToyTypes::new();
    let func = with_recover_block(&mut toy);
    let recover = func.recover().unwrap();

    let mut entry = func.clone();
    entry.recover = Some(Function::ENTRY);
    assert_reports(&verify(&entry, &toy), "the Recover block is the entry");

    let mut missing = func.clone();
    missing.recover = Some(BlockId(99));
    assert_reports(&verify(&missing, &toy), "the Recover block 99 does not exist");

    let mut jumped_to = func.clone();
    jumped_to.blocks[recover.index()].preds.push(Function::ENTRY);
    jumped_to.blocks[0].succs.push(recover);
    assert_reports(&verify(&jumped_to, &toy), "the Recover block has predecessors");

    let mut falls_off = func.clone();
    let ret = *falls_off.blocks[recover.index()].instrs.last().unwrap();
    falls_off.instrs[ret.index()].kind =
        InstrKind::Panic { value: func.params().first().copied().unwrap_or(ValueId(0)) };
    assert_reports(&verify(&falls_off, &toy), "the Recover block does not return");

    // Without the mark, nothing reaches the block.
    let mut unmarked = func;
    unmarked.recover = None;
    assert_reports(&verify(&unmarked, &toy), "block is unreachable from the entry");
}
