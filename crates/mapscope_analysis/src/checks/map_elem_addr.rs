//! `map-elem-addr` (MS1004): the type errors of code that wants a map element's address,
//! explained: `&m[k]`, `m[k].f = v`, `m[k][i] = v` (an array element), `m[k].M()` (a pointer
//! method).

use crate::checks::declare_check;
use crate::{FileContext, Finding, NoteAt};
use mapscope_syntax::ast::{ExprId, ExprKind};
use mapscope_types::check::{MapElementMisuse, MapElementOp};

declare_check! {
    /// Explains why Go rejects an operation that needs the address of a map element: taking
    /// it (`&m[k]`, `&m[k].f`, `&m[k][i]` when the element is an array), assigning to a part
    /// of the element in place (`m[k].f = v`, `m[k].f++`, `m[k][i] += v`), or calling a method
    /// with a pointer receiver on it (`m[k].Inc()`, `m[k].mu.Lock()`).
    ///
    /// # What it does
    ///
    /// The type checker rejects these operations with go/types' words (`cannot assign to
    /// struct field m[k].f in map`, `invalid operation: cannot take address of m[k] (map index
    /// expression of type T)`, `cannot call pointer method Inc on T`), and `mapscope check`
    /// prints those errors.
    /// For each one whose operand is a map element, or a field or array element of one
    /// reached without a pointer, this check reports the operation again with the reason and
    /// the repairs, and points at the map index expression at its root.
    /// Generic code is covered: a type parameter whose core type is a map has unaddressable
    /// elements too.
    ///
    /// What it does not see: nothing beyond the type errors; an operation the checker does not
    /// reach (a file that does not parse) is not explained.
    /// Unaddressable operands that are not map elements (`&f()`, `f().x = 1`) are left to the
    /// type error alone.
    ///
    /// # Why is this bad
    ///
    /// The code does not compile. The reason is how Go's map stores its elements: inline in
    /// its buckets, which are reallocated when the map grows, and whose entries are copied one
    /// bucket at a time to the new array (evacuation). A pointer to an element would dangle
    /// after the next insert, so Go gives map elements no address at all: no `&`, no
    /// assignment into part of one, no pointer-receiver call, which takes `&m[k]` implicitly.
    /// Assigning the whole element (`m[k] = v`) is fine: the map stores the new value.
    ///
    /// # Example
    ///
    /// ```go
    /// type Stock struct{ OnHand, Reserved int }
    ///
    /// func reserve(stock map[string]Stock, sku string, n int) {
    ///     stock[sku].Reserved += n // cannot assign to struct field stock[sku].Reserved in map
    /// }
    /// ```
    ///
    /// Use instead (copy, change the copy, store it back):
    ///
    /// ```go
    /// func reserve(stock map[string]Stock, sku string, n int) {
    ///     s := stock[sku]
    ///     s.Reserved += n
    ///     stock[sku] = s
    /// }
    /// ```
    ///
    /// or make the map hold pointers (`map[string]*Stock`), whose targets keep their address
    /// however the map grows; a pointer is the only repair when the element holds a lock or
    /// must be shared, since copying a `sync.Mutex` is itself a bug.
    ///
    /// # Fix safety
    ///
    /// There is no automatic fix: which repair is right depends on whether other code must see
    /// the element change (then only pointers do), on what the element holds (a mutex must not
    /// be copied), and on whether a missing key should be created (copy-and-store creates it).
    pub struct MapElemAddr;
}

pub fn run(cx: &FileContext<'_>) -> Vec<Finding> {
    cx.info.map_element_misuses.iter().map(|misuse| finding(cx, misuse)).collect()
}

fn finding(cx: &FileContext<'_>, misuse: &MapElementMisuse) -> Finding {
    let file = cx.file;
    let span = |e: ExprId| file[e].span;
    let operand = cx.text(span(misuse.operand));
    let element = cx.text(span(misuse.map_index));
    let is_element = misuse.operand == misuse.map_index;
    let no_address = "a map element has no address, because the map moves its elements when it \
                      grows and evacuates its buckets";
    let part = if is_element {
        String::new()
    } else {
        format!(" (it is part of map element `{element}`)")
    };
    let (message, repair) = match misuse.op {
        MapElementOp::AddressOf => (
            format!("cannot take the address of `{operand}`{part}: {no_address}"),
            "store pointers in the map (`map[K]*V`), whose targets keep their address, or copy \
             the element into a variable and use the variable's address"
                .to_string(),
        ),
        MapElementOp::Assign => (
            format!("cannot assign to `{operand}` in place{part}: {no_address}"),
            format!(
                "copy the element out (`v := {element}`), change the copy, and store it back \
                 (`{element} = v`); or store pointers in the map (`map[K]*V`)"
            ),
        ),
        MapElementOp::PointerMethod => {
            let method = method_name(cx, misuse.at);
            (
                format!(
                    "cannot call pointer method {method} on `{operand}`{part}: the call needs \
                     its address, and {no_address}"
                ),
                "store pointers in the map (`map[K]*V`) so that the method changes the stored \
                 value; copying the element would change only the copy"
                    .to_string(),
            )
        }
    };
    let root = span(misuse.map_index);
    let stored = match file[misuse.map_index].kind {
        ExprKind::Index { x, .. } => format!(
            "`{element}` is an element of map `{}`, stored inline in the map's buckets",
            cx.text(span(x))
        ),
        _ => format!("`{element}` is an element of a map, stored inline in the map's buckets"),
    };
    Finding {
        span: span(misuse.operand),
        elsewhere: None,
        message,
        related: vec![
            (NoteAt::Here(root), stored),
            (NoteAt::Here(span(misuse.operand)), format!("to fix it, {repair}")),
        ],
    }
}

/// The method name the type error at `at` points to (the selector of `x.M()`).
fn method_name(cx: &FileContext<'_>, at: u32) -> String {
    let rest = cx.file.source.get(at as usize..).unwrap_or_default();
    let len = rest.iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'_' || **b >= 0x80);
    let len = len.count();
    std::str::from_utf8(&rest[..len]).unwrap_or("").to_string()
}
