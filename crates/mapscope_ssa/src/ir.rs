//! The IR's data model: functions, basic blocks, values and instructions in per-function arenas
//! (follows go/ssa's `ssa.go`).
//!
//! A [`Function`] owns three arenas addressed by dense `u32` ids: blocks ([`BlockId`]), instructions
//! ([`InstrId`]) and values ([`ValueId`]). Ids are only meaningful inside their function; nothing
//! points across functions except the names in [`ValueDef::Function`] and [`ValueDef::Global`].
//!
//! Unlike go/ssa there are no tuple-typed values and no `Extract`: an instruction that yields
//! several results (a comma-ok lookup, `next`, a multi-result call, `select`) defines several
//! values, allocated consecutively, each with its own type. The type checker's tuple types thus
//! never reach the IR, and an analysis that follows `v, ok := m[k]` finds the lookup as the direct
//! definition of `ok`.
//!
//! Control flow lives on the blocks, as in go/ssa: a block's last instruction is its terminator and
//! its successor list says where it goes (`If` goes to `succs[0]` when true, `succs[1]` when false).

use mapscope_syntax::Span;
use mapscope_types::types::TypeId;
use smallvec::SmallVec;
use std::fmt;

macro_rules! dense_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        pub struct $name(pub u32);

        impl $name {
            /// The id as an index into its arena.
            #[inline]
            pub const fn index(self) -> usize {
                self.0 as usize
            }

            /// The id of arena slot `index`; arenas never hold more than `u32::MAX` entries.
            #[inline]
            pub(crate) fn from_index(index: usize) -> Self {
                Self(u32::try_from(index).expect("an IR arena outgrew u32 ids"))
            }
        }
    };
}

dense_id!(
    /// A basic block of one function. Block 0 is the entry.
    BlockId
);
dense_id!(
    /// An instruction of one function.
    InstrId
);
dense_id!(
    /// A value of one function: a parameter, free variable, constant, function or global reference,
    /// or a result of an instruction. Printed as `tN` for instruction results.
    ValueId
);

/// The type of the iterator that [`InstrKind::MapRange`] yields and only [`InstrKind::MapNext`]
/// reads, go/ssa's `tRangeIter`. It is not a Go type: no arena of mapscope_types has this index,
/// and [`crate::TypeInfo`] implementations never see it, because the printer and the verifier
/// check for it first.
pub const MAP_ITER_TYPE: TypeId = TypeId { arena: u32::MAX, idx: 0 };

/// The type of the iterator that [`InstrKind::StringRange`] yields and only
/// [`InstrKind::StringNext`] reads; like [`MAP_ITER_TYPE`], not a Go type.
pub const STRING_ITER_TYPE: TypeId = TypeId { arena: u32::MAX, idx: 1 };

/// Whether `ty` is one of the iterator types ([`MAP_ITER_TYPE`], [`STRING_ITER_TYPE`]), which
/// the printer and the verifier answer for themselves instead of asking [`crate::TypeInfo`].
pub fn is_iterator_type(ty: TypeId) -> bool {
    ty.arena == u32::MAX
}

/// A function body in SSA form.
///
/// Fields that the builder alone may change are private to the crate; analyses read them through
/// the accessors, so that every function they see has passed through
/// [`FunctionBuilder::finish`](crate::FunctionBuilder::finish): dense ids, no unreachable blocks, referrer lists
/// that match the operands.
#[derive(Clone, Debug)]
pub struct Function {
    /// The function's name, for printing (`f`, `T.m`, `f$1` for a function literal).
    pub name: Box<str>,
    /// The declaration or literal the function comes from.
    pub span: Span,
    /// The types of the results, in order; `Return` must supply one value of each.
    pub result_types: Vec<TypeId>,
    /// Why the builder made a function that has no declaration or literal of its own, in go/ssa's
    /// words (`package initializer`, `range-over-func yield`); `None` for the others.
    pub synthetic: Option<&'static str>,
    pub(crate) params: Vec<ValueId>,
    /// go/ssa's `Function.Recover`: where control resumes when a deferred call recovers from a
    /// panic. No edge leads there; it loads the named results and returns them.
    pub(crate) recover: Option<BlockId>,
    pub(crate) free_vars: Vec<ValueId>,
    pub(crate) blocks: Vec<BasicBlock>,
    pub(crate) instrs: Vec<Instruction>,
    pub(crate) values: Vec<Value>,
}

/// A basic block: a straight-line sequence of instructions ending in exactly one terminator.
///
/// As in go/ssa, the order of `preds` matters (a phi's edge `i` comes from `preds[i]`), so does the
/// order of `succs` (see [`InstrKind::If`]), and at most one edge joins any two blocks.
#[derive(Clone, Debug, Default)]
pub struct BasicBlock {
    /// What the block is for (`entry`, `for.body`, `if.then`), for readers of the printed form.
    pub comment: &'static str,
    pub(crate) instrs: Vec<InstrId>,
    // Most blocks have one or two predecessors, and none more than two successors: inline, no
    // allocation of their own.
    pub(crate) preds: SmallVec<[BlockId; 2]>,
    pub(crate) succs: SmallVec<[BlockId; 2]>,
}

impl BasicBlock {
    /// The instructions in order: phis first, the terminator last.
    pub fn instrs(&self) -> &[InstrId] {
        &self.instrs
    }

    pub fn preds(&self) -> &[BlockId] {
        &self.preds
    }

    pub fn succs(&self) -> &[BlockId] {
        &self.succs
    }
}

/// One instruction: what it does, where it sits, where it came from and what it defines.
#[derive(Clone, Debug)]
pub struct Instruction {
    pub kind: InstrKind,
    /// The block that holds it; `None` once the builder has removed it (a trivial phi).
    pub(crate) block: Option<BlockId>,
    /// The source the instruction was lowered from: for a map operation the index expression,
    /// `make` call or `delete` call, as go/ssa's `Pos()` names them.
    pub span: Span,
    /// The values it defines are `first_result .. first_result + result_count`.
    pub(crate) first_result: u32,
    pub(crate) result_count: u32,
}

impl Instruction {
    pub fn block(&self) -> Option<BlockId> {
        self.block
    }

    /// The values this instruction defines, in order.
    pub fn results(&self) -> impl ExactSizeIterator<Item = ValueId> + use<> {
        // Saturating, so that a corrupted count cannot overflow while the verifier looks at it.
        (self.first_result..self.first_result.saturating_add(self.result_count)).map(ValueId)
    }

    /// The single value this instruction defines, if it defines exactly one.
    pub fn result(&self) -> Option<ValueId> {
        (self.result_count == 1).then_some(ValueId(self.first_result))
    }
}

/// A value: what defines it, its type and the instructions that use it.
#[derive(Clone, Debug)]
pub struct Value {
    pub def: ValueDef,
    pub ty: TypeId,
    /// One entry per operand slot that names this value, so an instruction that uses a value twice
    /// is listed twice; removing an instruction removes exactly its entries. Most values have one
    /// or two, held inline.
    pub(crate) referrers: SmallVec<[InstrId; 2]>,
}

impl Value {
    pub fn referrers(&self) -> &[InstrId] {
        &self.referrers
    }
}

/// What defines a value. Only [`ValueDef::Result`] values are defined by an instruction; the rest
/// exist before the first instruction runs and therefore dominate every use.
#[derive(Clone, PartialEq, Debug)]
pub enum ValueDef {
    /// Result `index` of instruction `instr`.
    Result {
        instr: InstrId,
        index: u32,
    },
    /// The function's parameter number `index` (the receiver is parameter 0 of a method).
    Param {
        index: u32,
        name: Box<str>,
    },
    /// A variable of an enclosing function that a function literal captures: go/ssa's `FreeVar`.
    /// It is bound by the [`InstrKind::MakeClosure`] that creates the closure.
    FreeVar {
        index: u32,
        name: Box<str>,
    },
    Const(ConstValue),
    /// A reference to a package-level function or method, by its printed name (a program-wide
    /// function table is planned with the builder).
    Function {
        name: Box<str>,
    },
    /// The address of a package-level variable, as go/ssa's `Global`; its type is a pointer.
    Global {
        name: Box<str>,
    },
}

/// A constant's value. Its type is the value's `ty`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConstValue {
    Bool(bool),
    /// Every integer a typed Go constant can hold fits in an `i128` (`uint64` needs 64 bits).
    Int(i128),
    /// An IEEE 754 double, kept as its bits so that constants can be hashed and compared exactly.
    Float {
        bits: u64,
    },
    String(Box<str>),
    /// `nil` of a pointer, slice, map, channel, function or interface type.
    Nil,
    /// The zero value of a struct or array type, which has no literal spelling.
    Zero,
}

impl ConstValue {
    pub fn float(value: f64) -> ConstValue {
        ConstValue::Float { bits: value.to_bits() }
    }
}

/// Go's binary operators, spelled as in Go.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    Shl,
    Shr,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
}

impl BinaryOp {
    /// Whether the operator compares (`==` to `>=`), yielding a boolean.
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinaryOp::Eql
                | BinaryOp::Neq
                | BinaryOp::Lss
                | BinaryOp::Leq
                | BinaryOp::Gtr
                | BinaryOp::Geq
        )
    }

    pub fn token(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Quo => "/",
            BinaryOp::Rem => "%",
            BinaryOp::And => "&",
            BinaryOp::Or => "|",
            BinaryOp::Xor => "^",
            BinaryOp::AndNot => "&^",
            BinaryOp::Shl => "<<",
            BinaryOp::Shr => ">>",
            BinaryOp::Eql => "==",
            BinaryOp::Neq => "!=",
            BinaryOp::Lss => "<",
            BinaryOp::Leq => "<=",
            BinaryOp::Gtr => ">",
            BinaryOp::Geq => ">=",
        }
    }

    /// Whether `x op y` equals `y op x` for all operands, so value numbering may order them.
    pub fn is_commutative(self) -> bool {
        matches!(
            self,
            BinaryOp::Add
                | BinaryOp::Mul
                | BinaryOp::And
                | BinaryOp::Or
                | BinaryOp::Xor
                | BinaryOp::Eql
                | BinaryOp::Neq
        )
    }
}

/// Go's unary operators other than `*` ([`InstrKind::Load`]) and `<-` ([`InstrKind::Recv`]).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum UnaryOp {
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Complement,
}

impl UnaryOp {
    pub fn token(self) -> &'static str {
        match self {
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::Complement => "^",
        }
    }
}

/// The conversions go/ssa tells apart, each with its own printed keyword.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ConversionKind {
    /// Between basic types, or string and `[]byte`/`[]rune`: go/ssa's `Convert`.
    Convert,
    /// Between types with identical underlying types: go/ssa's `ChangeType`.
    ChangeType,
    /// From one interface type to another: go/ssa's `ChangeInterface`.
    ChangeInterface,
    /// From a slice to a pointer to an array: go/ssa's `SliceToArrayPointer`.
    SliceToArrayPointer,
}

impl ConversionKind {
    pub fn keyword(self) -> &'static str {
        match self {
            ConversionKind::Convert => "convert",
            ConversionKind::ChangeType => "changetype",
            ConversionKind::ChangeInterface => "change interface",
            ConversionKind::SliceToArrayPointer => "slice to array pointer",
        }
    }
}

/// The builtins that stay calls. `delete`, `clear` on a map, `panic` and the map/slice/channel
/// forms of `make` have instructions of their own, except under `go` and `defer`: there the call
/// runs later, so it stays a builtin call of [`InstrKind::Go`] or [`InstrKind::Defer`], as in
/// go/ssa (`defer delete(t0, t1)`), and is no map operation where it is written.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Builtin {
    Append,
    Cap,
    /// `clear` of a slice (of a map it is [`InstrKind::MapClear`]).
    Clear,
    Close,
    Complex,
    Copy,
    /// Only under `go` and `defer` (see above).
    Delete,
    Imag,
    Len,
    Max,
    Min,
    New,
    /// Only under `go` and `defer` (see above).
    Panic,
    Print,
    Println,
    Real,
    Recover,
    /// `unsafe.Add(ptr, len)`: go/types' signature `func(unsafe.Pointer, L) unsafe.Pointer`, with
    /// `L` the length's (defaulted) integer type.
    UnsafeAdd,
    /// `unsafe.Slice(ptr, len)`: `func(*T, L) []T`.
    UnsafeSlice,
    /// `unsafe.SliceData(slice)`: `func([]T) *T`.
    UnsafeSliceData,
    /// `unsafe.String(ptr, len)`: `func(*byte, L) string`.
    UnsafeString,
    /// `unsafe.StringData(str)`: `func(string) *byte`.
    UnsafeStringData,
}

impl Builtin {
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Append => "append",
            Builtin::Cap => "cap",
            Builtin::Clear => "clear",
            Builtin::Close => "close",
            Builtin::Complex => "complex",
            Builtin::Copy => "copy",
            Builtin::Delete => "delete",
            Builtin::Imag => "imag",
            Builtin::Len => "len",
            Builtin::Max => "max",
            Builtin::Min => "min",
            Builtin::New => "new",
            Builtin::Panic => "panic",
            Builtin::Print => "print",
            Builtin::Println => "println",
            Builtin::Real => "real",
            Builtin::Recover => "recover",
            // go/ssa names a builtin by its object's name, so unsafe's lose their package.
            Builtin::UnsafeAdd => "Add",
            Builtin::UnsafeSlice => "Slice",
            Builtin::UnsafeSliceData => "SliceData",
            Builtin::UnsafeString => "String",
            Builtin::UnsafeStringData => "StringData",
        }
    }
}

/// What a call calls: go/ssa's `CallCommon` modes, made explicit.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Callee {
    /// A package-level function or method known statically: the value is a
    /// [`ValueDef::Function`]. Printed `f(t1, t2)`.
    Static(ValueId),
    /// A function value (a closure, a parameter, a loaded variable). Printed `t0(t1, t2)`.
    Dynamic(ValueId),
    /// A method of an interface value ("invoke mode"). Printed `invoke t0.String()`.
    Invoke { receiver: ValueId, method: Box<str> },
    /// A builtin. Printed `len(t0)`.
    Builtin(Builtin),
}

/// A call's callee and arguments, shared by [`InstrKind::Call`], [`InstrKind::Go`] and
/// [`InstrKind::Defer`].
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct CallCommon {
    pub callee: Callee,
    /// For `Invoke` the receiver is not among them.
    pub args: Vec<ValueId>,
}

/// Which way a `select` case communicates.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum SelectDir {
    Send,
    Recv,
}

/// One case of a `select` statement.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct SelectState {
    pub dir: SelectDir,
    pub chan: ValueId,
    /// The value sent; `Some` exactly when `dir` is `Send`.
    pub send: Option<ValueId>,
}

/// What an instruction does. Each variant's doc gives its semantics and its printed form, in which
/// `tN` names value N; results and their types are printed around it (`t3 = lookup t1[t2]`, type
/// on the right), see [`crate::print`].
///
/// The map operations come first: they are the reason this IR exists, and each of them is one
/// instruction, so that an analysis finds every read, write, delete, clear and iteration of a map
/// by matching one variant.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstrKind {
    /// Creates a map of the result's type, `make(map[K]V)` or `make(map[K]V, hint)` or a map
    /// composite literal; `reserve` is the size hint when one is given. One result.
    ///
    /// `escapes` is escape analysis's verdict on the map's `hmap` once it is recorded
    /// ([`Function::record_escape`]); `None` before.
    ///
    /// Printed `t1 = make map[string]int t0`, or without a hint `t1 = make map[string]int`, with
    /// ` (escapes)` or ` (does not escape)` after it once a verdict is recorded.
    MakeMap { reserve: Option<ValueId>, escapes: Option<bool> },
    /// Reads `map[key]`: the element's zero value when the key is absent (or the map is nil). The
    /// key has the map's key type. One result (the element), or two with `comma_ok` (the element
    /// and whether the key was present), like go/ssa's `Lookup` on a map.
    ///
    /// Printed `t2 = lookup t0[t1]`, and `t2, t3 = lookup t0[t1],ok`.
    MapLookup { map: ValueId, key: ValueId, comma_ok: bool },
    /// Writes `map[key] = value` (panics on a nil map). No result. go/ssa's `MapUpdate`.
    ///
    /// Printed `update t0[t1] = t2`.
    MapUpdate { map: ValueId, key: ValueId, value: ValueId },
    /// `delete(map, key)`; go/ssa lowers it to a builtin call. No result.
    ///
    /// Printed `delete t0[t1]`.
    MapDelete { map: ValueId, key: ValueId },
    /// `clear(map)`: removes every entry. No result.
    ///
    /// Printed `clear t0`.
    MapClear { map: ValueId },
    /// Starts a `for ... range` over a map; its one result is an iterator of type
    /// [`MAP_ITER_TYPE`] that only `MapNext` reads. go/ssa's `Range` on a map.
    ///
    /// Printed `t1 = range t0`.
    MapRange { map: ValueId },
    /// Advances a map iterator. Three results: whether an entry was produced, its key and its
    /// element (the key and element are meaningless once the first is false). go/ssa's `Next`.
    ///
    /// Printed `t2, t3, t4 = next t1`.
    MapNext { iter: ValueId },
    /// Starts a `for ... range` over a string; its one result is an iterator of type
    /// [`STRING_ITER_TYPE`] that only `StringNext` reads. go/ssa's `Range` on a string.
    ///
    /// Printed `t1 = range t0`.
    StringRange { string: ValueId },
    /// Decodes the next rune of a string iterator. Three results: whether a rune was decoded, the
    /// byte index where it starts (`int`) and the rune (`rune`; U+FFFD for an invalid UTF-8 byte,
    /// which advances the index by one). go/ssa's `Next` on a string.
    ///
    /// Printed `t2, t3, t4 = next t1`.
    StringNext { iter: ValueId },

    /// Allocates a variable of the pointer result's element type, zeroed: on the stack (`local`)
    /// or escaping to the heap (`new`), as go/ssa's `Alloc`. The builder emits one for each local
    /// whose address is taken or that a closure captures and assigns; `name` is the variable's name.
    ///
    /// Printed `t0 = local int (x)` or `t0 = new int (x)`.
    Alloc { heap: bool, name: Box<str> },
    /// Reads `*addr`. One result, of the pointer's element type. go/ssa's `UnOp` with `*`.
    ///
    /// Printed `t1 = *t0`.
    Load { addr: ValueId },
    /// Writes `*addr = value`. No result.
    ///
    /// Printed `*t0 = t1`.
    Store { addr: ValueId, value: ValueId },
    /// The address of field number `field` of the struct `*base` points to: `&base.f`.
    ///
    /// Printed `t1 = &t0.#2`.
    FieldAddr { base: ValueId, field: u32 },
    /// Field number `field` of the struct value `base`.
    ///
    /// Printed `t1 = t0.#2`.
    Field { base: ValueId, field: u32 },
    /// The address of element `index` of an array `*base` points to, or of a slice: `&base[index]`.
    ///
    /// Printed `t2 = &t0[t1]`.
    IndexAddr { base: ValueId, index: ValueId },
    /// Element `index` of an array value, or byte `index` of a string.
    ///
    /// Printed `t2 = t0[t1]`.
    Index { base: ValueId, index: ValueId },
    /// `base[low:high:max]` of a string, slice, or pointer to array; absent bounds are `None`.
    ///
    /// Printed `t3 = slice t0[t1:t2]`.
    Slice { base: ValueId, low: Option<ValueId>, high: Option<ValueId>, max: Option<ValueId> },
    /// `make([]T, len, cap)`.
    ///
    /// Printed `t2 = make []int t0 t1`.
    MakeSlice { len: ValueId, cap: ValueId },
    /// `make(chan T, size)`.
    ///
    /// Printed `t1 = make chan int t0`.
    MakeChan { size: ValueId },

    /// `x op y`.
    ///
    /// Printed `t2 = t0 + t1`.
    BinOp { op: BinaryOp, x: ValueId, y: ValueId },
    /// `op x`.
    ///
    /// Printed `t1 = -t0`.
    UnOp { op: UnaryOp, x: ValueId },
    /// A conversion to the result's type (see [`ConversionKind`]).
    ///
    /// Printed `t1 = convert int64 <- int (t0)`.
    Convert { kind: ConversionKind, x: ValueId },
    /// Boxes a non-interface value in an interface of the result's type.
    ///
    /// Printed `t1 = make any <- int (t0)`.
    MakeInterface { x: ValueId },
    /// `x.(asserted)`: one result, or with `comma_ok` two (the value, or its zero value, and
    /// whether the assertion held).
    ///
    /// Printed `t1 = typeassert t0.(int)`, and `t1, t2 = typeassert,ok t0.(int)`.
    TypeAssert { x: ValueId, asserted: TypeId, comma_ok: bool },
    /// Creates a closure of the function value `func` (a [`ValueDef::Function`] for a function
    /// literal) with its free variables bound to `bindings`, in order. One result.
    ///
    /// Printed `t1 = make closure f$1 [t0]`.
    MakeClosure { func: ValueId, bindings: Vec<ValueId> },

    /// A call in any of its forms; one result per result of the callee's signature.
    ///
    /// Printed `t2 = f(t0, t1)`, `t3 = invoke t0.String()`, `t1, t2 = t0(t3)`, `t1 = len(t0)`.
    Call { call: CallCommon },
    /// Starts a goroutine running the call. No result.
    ///
    /// Printed `go f(t0)`.
    Go { call: CallCommon },
    /// Pushes the call on the function's defer stack. No result. In a range-over-func body (a
    /// function `synthetic` as `range-over-func yield`) the stack is that of the function around
    /// the loop, which runs the call at its `RunDefers`, as go/ssa's `Defer.DeferStack` says; the
    /// body itself runs no deferred calls.
    ///
    /// Printed `defer f(t0)`.
    Defer { call: CallCommon },
    /// Runs the deferred calls, newest first, before a return. No result.
    ///
    /// Printed `rundefers`.
    RunDefers,
    /// `chan <- value`. No result.
    ///
    /// Printed `send t0 <- t1`.
    Send { chan: ValueId, value: ValueId },
    /// `<-chan`: one result, or with `comma_ok` two (the value and whether the channel was open).
    ///
    /// Printed `t1 = <-t0`, and `t1, t2 = <-t0,ok`.
    Recv { chan: ValueId, comma_ok: bool },
    /// A `select` statement. Results: the index of the chosen case (-1 for `default` when not
    /// blocking), whether that case's receive got a value from an open channel, then one value per
    /// receiving case, in order.
    ///
    /// Printed `t2, t3, t4 = select blocking [<-t0, t1<-t5]`.
    Select { states: Vec<SelectState>, blocking: bool },

    /// Chooses among the block's predecessors' values: edge `i` is the value when control arrives
    /// from `preds[i]`. Phis come first in their block. `comment` names the source variable.
    ///
    /// Printed `t3 = phi [0: t1, 2: t2] #x`, each edge as `pred block: value`. The comment is
    /// shared with the builder's variable, so that placing a φ does not copy the name.
    Phi { edges: Vec<ValueId>, comment: std::sync::Arc<str> },

    /// Terminator: goes to `succs[0]` when `cond` is true, to `succs[1]` when it is false.
    ///
    /// Printed `if t0 goto 1 else 2`.
    If { cond: ValueId },
    /// Terminator: goes to `succs[0]`.
    ///
    /// Printed `jump 3`.
    Jump,
    /// Terminator: returns `results` (one per result type of the function).
    ///
    /// Printed `return t0, t1`.
    Return { results: Vec<ValueId> },
    /// Terminator: panics with `value`, an interface value.
    ///
    /// Printed `panic t0`.
    Panic { value: ValueId },
}

/// Visits every operand of an instruction kind, in a fixed order. Written once for `&` and
/// `&mut`: match ergonomics bind the fields as `&ValueId` or `&mut ValueId` accordingly.
macro_rules! visit_operands {
    ($kind:expr, $visit:ident) => {
        match $kind {
            InstrKind::MakeMap { reserve, escapes: _ } => {
                if let Some(v) = reserve {
                    $visit(v)
                }
            }
            InstrKind::MapLookup { map, key, comma_ok: _ } | InstrKind::MapDelete { map, key } => {
                $visit(map);
                $visit(key);
            }
            InstrKind::MapUpdate { map, key, value } => {
                $visit(map);
                $visit(key);
                $visit(value);
            }
            InstrKind::MapClear { map } | InstrKind::MapRange { map } => $visit(map),
            InstrKind::MapNext { iter } | InstrKind::StringNext { iter } => $visit(iter),
            InstrKind::StringRange { string } => $visit(string),
            InstrKind::Alloc { .. } | InstrKind::RunDefers | InstrKind::Jump => {}
            InstrKind::Load { addr } => $visit(addr),
            InstrKind::Store { addr, value } => {
                $visit(addr);
                $visit(value);
            }
            InstrKind::FieldAddr { base, field: _ } | InstrKind::Field { base, field: _ } => {
                $visit(base)
            }
            InstrKind::IndexAddr { base, index } | InstrKind::Index { base, index } => {
                $visit(base);
                $visit(index);
            }
            InstrKind::Slice { base, low, high, max } => {
                $visit(base);
                for bound in [low, high, max] {
                    if let Some(v) = bound {
                        $visit(v)
                    }
                }
            }
            InstrKind::MakeSlice { len, cap } => {
                $visit(len);
                $visit(cap);
            }
            InstrKind::MakeChan { size } => $visit(size),
            InstrKind::BinOp { op: _, x, y } => {
                $visit(x);
                $visit(y);
            }
            InstrKind::UnOp { op: _, x }
            | InstrKind::Convert { kind: _, x }
            | InstrKind::MakeInterface { x }
            | InstrKind::TypeAssert { x, .. } => $visit(x),
            InstrKind::MakeClosure { func, bindings } => {
                $visit(func);
                for v in bindings {
                    $visit(v)
                }
            }
            InstrKind::Call { call } | InstrKind::Go { call } | InstrKind::Defer { call } => {
                let CallCommon { callee, args } = call;
                match callee {
                    Callee::Static(v) | Callee::Dynamic(v) => $visit(v),
                    Callee::Invoke { receiver, method: _ } => $visit(receiver),
                    Callee::Builtin(_) => {}
                }
                for v in args {
                    $visit(v)
                }
            }
            InstrKind::Send { chan, value } => {
                $visit(chan);
                $visit(value);
            }
            InstrKind::Recv { chan, comma_ok: _ } => $visit(chan),
            InstrKind::Select { states, blocking: _ } => {
                for state in states {
                    let SelectState { dir: _, chan, send } = state;
                    $visit(chan);
                    if let Some(v) = send {
                        $visit(v)
                    }
                }
            }
            InstrKind::Phi { edges, comment: _ } | InstrKind::Return { results: edges } => {
                for v in edges {
                    $visit(v)
                }
            }
            InstrKind::If { cond } => $visit(cond),
            InstrKind::Panic { value } => $visit(value),
        }
    };
}

impl InstrKind {
    /// Calls `visit` with each operand, in a fixed order (the printed order).
    pub fn for_each_operand(&self, mut visit: impl FnMut(ValueId)) {
        let mut visit = |v: &ValueId| visit(*v);
        visit_operands!(self, visit)
    }

    /// Calls `visit` with a mutable reference to each operand, in the same order as
    /// [`InstrKind::for_each_operand`], so that a pass can rename values.
    pub fn for_each_operand_mut(&mut self, mut visit: impl FnMut(&mut ValueId)) {
        visit_operands!(self, visit)
    }

    /// The operands, in the order of [`InstrKind::for_each_operand`].
    pub fn operands(&self) -> Vec<ValueId> {
        let mut operands = Vec::new();
        self.for_each_operand(|v| operands.push(v));
        operands
    }

    /// Whether the instruction ends a block.
    pub fn is_terminator(&self) -> bool {
        matches!(
            self,
            InstrKind::If { .. }
                | InstrKind::Jump
                | InstrKind::Return { .. }
                | InstrKind::Panic { .. }
        )
    }

    /// The number of successors a block ending in this terminator has; `None` for a
    /// non-terminator.
    pub fn successor_count(&self) -> Option<usize> {
        match self {
            InstrKind::If { .. } => Some(2),
            InstrKind::Jump => Some(1),
            InstrKind::Return { .. } | InstrKind::Panic { .. } => Some(0),
            _ => None,
        }
    }

    /// How many values the instruction defines, when the kind alone decides it; `None` for calls,
    /// whose callee's signature decides, and `select`, which has one per receiving case plus two.
    pub fn fixed_result_count(&self) -> Option<u32> {
        Some(match self {
            InstrKind::MapLookup { comma_ok, .. }
            | InstrKind::TypeAssert { comma_ok, .. }
            | InstrKind::Recv { comma_ok, .. } => 1 + u32::from(*comma_ok),
            InstrKind::MapNext { .. } | InstrKind::StringNext { .. } => 3,
            InstrKind::MakeMap { .. }
            | InstrKind::MapRange { .. }
            | InstrKind::StringRange { .. }
            | InstrKind::Alloc { .. }
            | InstrKind::Load { .. }
            | InstrKind::FieldAddr { .. }
            | InstrKind::Field { .. }
            | InstrKind::IndexAddr { .. }
            | InstrKind::Index { .. }
            | InstrKind::Slice { .. }
            | InstrKind::MakeSlice { .. }
            | InstrKind::MakeChan { .. }
            | InstrKind::BinOp { .. }
            | InstrKind::UnOp { .. }
            | InstrKind::Convert { .. }
            | InstrKind::MakeInterface { .. }
            | InstrKind::MakeClosure { .. }
            | InstrKind::Phi { .. } => 1,
            InstrKind::MapUpdate { .. }
            | InstrKind::MapDelete { .. }
            | InstrKind::MapClear { .. }
            | InstrKind::Store { .. }
            | InstrKind::Go { .. }
            | InstrKind::Defer { .. }
            | InstrKind::RunDefers
            | InstrKind::Send { .. }
            | InstrKind::If { .. }
            | InstrKind::Jump
            | InstrKind::Return { .. }
            | InstrKind::Panic { .. } => 0,
            InstrKind::Select { states, .. } => {
                let receives = states.iter().filter(|s| s.dir == SelectDir::Recv).count();
                return u32::try_from(receives).ok().and_then(|r| r.checked_add(2));
            }
            InstrKind::Call { .. } => return None,
        })
    }

    /// Whether this is one of the map instructions (`make map`, `lookup`, `update`, `delete`,
    /// `clear`, `range`, `next`).
    pub fn is_map_operation(&self) -> bool {
        matches!(
            self,
            InstrKind::MakeMap { .. }
                | InstrKind::MapLookup { .. }
                | InstrKind::MapUpdate { .. }
                | InstrKind::MapDelete { .. }
                | InstrKind::MapClear { .. }
                | InstrKind::MapRange { .. }
                | InstrKind::MapNext { .. }
        )
    }
}

impl Function {
    /// The entry block, where execution starts; it has no predecessors.
    pub const ENTRY: BlockId = BlockId(0);

    /// The parameters, in order (the receiver first for a method).
    pub fn params(&self) -> &[ValueId] {
        &self.params
    }

    /// The free variables of a function literal, in the order [`InstrKind::MakeClosure`] binds them.
    pub fn free_vars(&self) -> &[ValueId] {
        &self.free_vars
    }

    /// The Recover block of a function that defers calls (go/ssa's `Function.Recover`): the
    /// second entry, where control resumes after a deferred call recovered from a panic. It has
    /// no predecessors, holds only loads of the named results and a `return`, and the dominator
    /// tree hangs it under the entry block, which has run before any deferred call can.
    pub fn recover(&self) -> Option<BlockId> {
        self.recover
    }

    pub fn block_ids(&self) -> impl ExactSizeIterator<Item = BlockId> + use<> {
        (0..self.blocks.len()).map(BlockId::from_index)
    }

    pub fn block_count(&self) -> usize {
        self.blocks.len()
    }

    pub fn value_count(&self) -> usize {
        self.values.len()
    }

    pub fn instr_count(&self) -> usize {
        self.instrs.len()
    }

    /// The block `id`, or `None` when `id` is out of range (only a malformed function has such ids).
    pub fn get_block(&self, id: BlockId) -> Option<&BasicBlock> {
        self.blocks.get(id.index())
    }

    pub fn get_instr(&self, id: InstrId) -> Option<&Instruction> {
        self.instrs.get(id.index())
    }

    pub fn get_value(&self, id: ValueId) -> Option<&Value> {
        self.values.get(id.index())
    }

    /// The results of `instr` that exist. A well-formed instruction's results all do; this is for
    /// the verifier and the printer, which must not trust a corrupted count.
    pub(crate) fn existing_results(
        &self,
        instr: &Instruction,
    ) -> impl Iterator<Item = ValueId> + use<> {
        let end =
            instr.first_result.saturating_add(instr.result_count).min(self.values.len() as u32);
        (instr.first_result.min(end)..end).map(ValueId)
    }

    /// Records escape analysis's verdict on allocation `instr`: an `Alloc` becomes `new` (heap)
    /// or `local` (stack), a `MakeMap` notes whether its `hmap` escapes. Other instructions are
    /// left as they are. Escape analysis lives above this crate (mapscope_escape); the IR only
    /// keeps and prints what it decided.
    pub fn record_escape(&mut self, instr: InstrId, escapes: bool) {
        let Some(instruction) = self.instrs.get_mut(instr.index()) else { return };
        match &mut instruction.kind {
            InstrKind::Alloc { heap, .. } => *heap = escapes,
            InstrKind::MakeMap { escapes: verdict, .. } => *verdict = Some(escapes),
            _ => {}
        }
    }

    /// The instruction that defines `value`, if an instruction does.
    pub fn defining_instr(&self, value: ValueId) -> Option<InstrId> {
        match self.values.get(value.index())?.def {
            ValueDef::Result { instr, .. } => Some(instr),
            _ => None,
        }
    }
}

impl std::ops::Index<BlockId> for Function {
    type Output = BasicBlock;
    fn index(&self, id: BlockId) -> &BasicBlock {
        &self.blocks[id.index()]
    }
}

impl std::ops::Index<InstrId> for Function {
    type Output = Instruction;
    fn index(&self, id: InstrId) -> &Instruction {
        &self.instrs[id.index()]
    }
}

impl std::ops::Index<ValueId> for Function {
    type Output = Value;
    fn index(&self, id: ValueId) -> &Value {
        &self.values[id.index()]
    }
}

impl fmt::Display for BlockId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl fmt::Display for ValueId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "t{}", self.0)
    }
}
