//! A map made when the code sees a key, written only after a lookup finds that key in another
//! map the same code fills with the keys it sees: the lookup stands for the make.
//!
//! ```go
//! if k == "trailer" { msg.Trailer = make(map[string]string) }
//! msg.Header[k] = v
//! ...
//! if _, announced := msg.Header["trailer"]; !announced { continue }
//! msg.Trailer[k] = v // made: "trailer" reached Header only where Trailer was made
//! ```

use crate::nilness::{Location, entering_branch, loaded_from, location, strip_conversions};
use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BinaryOp, BlockId, ConstValue, Function, InstrKind, ValueDef, ValueId};

/// Whether the write in `block` into the map loaded from memory (`map` a load) is reached only
/// after a comma-ok lookup finds a constant key `K` in a map kept at another place `P`, while
/// the function makes the written map only on the branch where some `k == K`, and stores into
/// the map at `P` under that same `k`.
pub fn made_when_key_seen(
    f: &Function,
    dominators: &DomTree,
    block: BlockId,
    map: ValueId,
) -> bool {
    let Some(written) = loaded_from(f, map) else { return false };
    // The lookups that must have found their key for the write to run.
    let mut found_keys: Vec<(Location, ConstValue)> = Vec::new();
    let mut at = Some(block);
    while let Some(here) = at {
        at = dominators.idom(here);
        let Some((cond, true_edge)) = entering_branch(f, here) else { continue };
        if !true_edge {
            continue;
        }
        let ValueDef::Result { instr, index: 1 } = f[cond].def else { continue };
        let InstrKind::MapLookup { map, key, .. } = &f[instr].kind else { continue };
        let (Some(place), ValueDef::Const(k)) =
            (loaded_from(f, *map), &f[strip_conversions(f, *key)].def)
        else {
            continue;
        };
        found_keys.push((place, k.clone()));
    }
    if found_keys.is_empty() {
        return false;
    }
    // The makes of the written map, each under the `k == K` tests that lead to it.
    for make_block in f.block_ids() {
        let makes = f[make_block].instrs().iter().any(|&i| {
            let InstrKind::Store { addr, value } = f[i].kind else { return false };
            matches!(f.defining_instr(value).map(|d| &f[d].kind), Some(InstrKind::MakeMap { .. }))
                && location(f, addr).as_ref() == Some(&written)
        });
        if !makes {
            continue;
        }
        let mut at = Some(make_block);
        while let Some(here) = at {
            at = dominators.idom(here);
            let Some((cond, true_edge)) = entering_branch(f, here) else { continue };
            let Some(InstrKind::BinOp { op, x, y }) = f.defining_instr(cond).map(|d| &f[d].kind)
            else {
                continue;
            };
            let equal_taken =
                matches!((op, true_edge), (BinaryOp::Eql, true) | (BinaryOp::Neq, false));
            if !equal_taken {
                continue;
            }
            let (x, y) = (strip_conversions(f, *x), strip_conversions(f, *y));
            let (seen, constant) = match (&f[x].def, &f[y].def) {
                (_, ValueDef::Const(c)) => (x, c),
                (ValueDef::Const(c), _) => (y, c),
                _ => continue,
            };
            let correlated =
                found_keys.iter().any(|(place, k)| k == constant && stores_under(f, place, seen));
            if correlated {
                return true;
            }
        }
    }
    false
}

/// The place the map value `map` was loaded from.
/// Whether the function writes the map kept at `place` under the key `key`.
fn stores_under(f: &Function, place: &Location, key: ValueId) -> bool {
    f.block_ids().any(|b| {
        f[b].instrs().iter().any(|&i| match &f[i].kind {
            InstrKind::MapUpdate { map, key: k, .. } => {
                strip_conversions(f, *k) == key && loaded_from(f, *map).as_ref() == Some(place)
            }
            _ => false,
        })
    })
}
