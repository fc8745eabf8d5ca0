//! `mapscope ssa --html FILE --func NAME`: one self-contained page showing a function's source
//! beside its IR, in the manner of the Go compiler's GOSSAFUNC `ssa.html`: blocks with their
//! predecessors, successors and immediate dominators, the dominator tree, φs and map operations
//! highlighted, and every use of a value lit up while the pointer is over it.

use mapscope_ssa::dom::DomTree;
use mapscope_ssa::{BlockId, Function, InstrKind, TypeInfo};
use std::fmt::Write;

/// Escapes text for HTML.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// What an instruction line is highlighted as.
fn instr_class(kind: &InstrKind) -> &'static str {
    if matches!(kind, InstrKind::Phi { .. }) {
        "phi"
    } else if kind.is_map_operation() {
        "mapop"
    } else {
        ""
    }
}

/// One printed IR line with every value name (`t12`, and the parameters' names) wrapped so that
/// hovering it lights up the value's definition and uses.
fn mark_values(line: &str, params: &[String]) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.is_empty() {
            return;
        }
        let is_temp = word.len() > 1
            && word.starts_with('t')
            && word[1..].bytes().all(|b| b.is_ascii_digit());
        if is_temp || params.iter().any(|p| p == word) {
            let _ = write!(out, r#"<span class="v" data-v="{0}">{0}</span>"#, escape(word));
        } else {
            out.push_str(&escape(word));
        }
        word.clear();
    };
    for c in line.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push_str(&escape(&c.to_string()));
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The parameter names from the printed signature line `func name(a T, b U) R:`.
fn param_names(signature: &str) -> Vec<String> {
    let Some(open) = signature.find('(') else { return Vec::new() };
    let inner = &signature[open + 1..];
    let close = inner.find(')').unwrap_or(inner.len());
    inner[..close]
        .split(',')
        .filter_map(|p| p.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

/// The dominator tree as nested lists.
fn dom_tree_html(func: &Function, dom: &DomTree) -> String {
    fn node(func: &Function, dom: &DomTree, block: BlockId, out: &mut String) {
        let _ = write!(
            out,
            r##"<li><a href="#b{0}" class="blockref">{0}: {1}</a>"##,
            block.0,
            escape(func[block].comment)
        );
        let children: Vec<BlockId> = dom.children(block).collect();
        if !children.is_empty() {
            out.push_str("<ul>");
            for child in children {
                node(func, dom, child, out);
            }
            out.push_str("</ul>");
        }
        out.push_str("</li>");
    }
    let mut out = String::from("<ul class=\"domtree\">");
    if func.block_count() > 0 {
        node(func, dom, BlockId(0), &mut out);
    }
    out.push_str("</ul>");
    out
}

/// The IR as blocks of lines; the printer's text, line for line, decorated with what the
/// function says about each instruction.
fn ir_html(func: &Function, printed: &str) -> String {
    let mut lines = printed.lines();
    let mut out = String::new();
    let mut params = Vec::new();
    // Header lines (`# Name:`, the signature) until the first block.
    let mut pending: Option<&str> = None;
    for line in lines.by_ref() {
        if line.starts_with(|c: char| c.is_ascii_digit()) {
            pending = Some(line);
            break;
        }
        if line.starts_with("func ") {
            params.extend(param_names(line));
        } else if let Some(free) = line.strip_prefix("#   ") {
            // `#   0: m *map[string]int`: a free variable, named like a parameter.
            if let Some(name) = free.split_once(": ").and_then(|(_, rest)| rest.split(' ').next()) {
                params.push(name.to_string());
            }
        }
        let _ = writeln!(out, r#"<div class="head">{}</div>"#, mark_values(line, &params));
    }
    for block in func.block_ids() {
        let header = pending.take().or_else(|| lines.next()).unwrap_or_default();
        let _ = write!(
            out,
            r#"<div class="block" id="b{}" data-preds="{}" data-succs="{}"><div class="bhead">{}</div>"#,
            block.0,
            func[block].preds().len(),
            func[block].succs().len(),
            escape(&header.split_whitespace().collect::<Vec<_>>().join("  "))
        );
        for &instr in func[block].instrs() {
            let line = lines.next().unwrap_or_default();
            let _ = write!(
                out,
                r#"<div class="instr {}">{}</div>"#,
                instr_class(&func[instr].kind),
                mark_values(line.trim_start_matches('\t'), &params)
            );
        }
        out.push_str("</div>\n");
    }
    out
}

const STYLE: &str = r#"
body { font: 13px/1.45 system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.3em; } h2 { font-size: 1.05em; margin: 0 0 .5em; }
.columns { display: flex; gap: 2em; align-items: flex-start; }
.column { flex: 1; min-width: 0; }
pre, .block, .head { font-family: ui-monospace, monospace; font-size: 12px; }
pre.source { background: #fafafa; padding: .5em; overflow-x: auto; }
.source .ln { color: #aaa; user-select: none; display: inline-block; width: 3.5em; }
.block { border: 1px solid #ddd; margin: 0 0 .6em; padding: .2em .5em; white-space: pre; }
.bhead { color: #555; font-weight: 600; }
.instr { padding-left: 1.5em; }
.instr.phi { background: #fff4d6; } .instr.mapop { background: #dff0ff; }
.v { border-radius: 2px; cursor: default; } .v.hl { background: #ffd400; }
.domtree, .domtree ul { list-style: none; padding-left: 1.2em; margin: 0; }
.legend span { margin-right: 1.2em; padding: 0 .3em; }
"#;

/// Lights up every occurrence of the value under the pointer.
const SCRIPT: &str = r#"
for (const el of document.querySelectorAll('.v')) {
  const same = () => document.querySelectorAll(`.v[data-v="${el.dataset.v}"]`);
  el.addEventListener('mouseenter', () => same().forEach((x) => x.classList.add('hl')));
  el.addEventListener('mouseleave', () => same().forEach((x) => x.classList.remove('hl')));
}
// What the browser laid out, for tests: blocks and value spans with a size on screen.
document.body.dataset.renderedBlocks = [...document.querySelectorAll('.block')]
  .filter((b) => b.getBoundingClientRect().height > 0).length;
document.body.dataset.renderedValues = [...document.querySelectorAll('.v')]
  .filter((v) => v.getBoundingClientRect().width > 0).length;
"#;

/// The page for `func`. `source` is the function's source text and its first line number, when
/// the function has a declaration or literal of its own.
pub fn page(func: &Function, types: &dyn TypeInfo, source: Option<(&str, u32)>) -> String {
    let printed = mapscope_ssa::print::print_function(func, types);
    let dom = DomTree::new(func);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{0}</title><style>{STYLE}</style></head>\n<body>\n<h1>{0}</h1>\n",
        escape(&func.name)
    );
    let phis = func
        .block_ids()
        .flat_map(|b| func[b].instrs().to_vec())
        .filter(|&i| matches!(func[i].kind, InstrKind::Phi { .. }))
        .count();
    let map_ops = func
        .block_ids()
        .flat_map(|b| func[b].instrs().to_vec())
        .filter(|&i| func[i].kind.is_map_operation())
        .count();
    let _ = writeln!(
        out,
        r#"<p id="summary" data-blocks="{}" data-phis="{phis}" data-mapops="{map_ops}">{} blocks, {} instructions, {phis} φs, {map_ops} map operations. <span class="legend"><span class="instr phi">φ</span><span class="instr mapop">map operation</span></span> Point at a value to see its uses.</p>"#,
        func.block_count(),
        func.block_count(),
        func.instr_count()
    );
    out.push_str("<div class=\"columns\">\n<div class=\"column\"><h2>Source</h2>");
    match source {
        Some((text, first_line)) => {
            out.push_str("<pre class=\"source\">");
            for (i, line) in text.lines().enumerate() {
                let _ = writeln!(
                    out,
                    r#"<span class="ln">{}</span>{}"#,
                    first_line as usize + i,
                    escape(line)
                );
            }
            out.push_str("</pre>");
        }
        None => {
            let _ = write!(
                out,
                "<p>No source of its own ({}).</p>",
                escape(func.synthetic.unwrap_or("synthetic"))
            );
        }
    }
    out.push_str("<h2>Dominator tree</h2>");
    out.push_str(&dom_tree_html(func, &dom));
    out.push_str("</div>\n<div class=\"column\"><h2>SSA</h2>\n");
    out.push_str(&ir_html(func, &printed));
    let _ = write!(out, "</div>\n</div>\n<script>{SCRIPT}</script>\n</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_parameters_are_marked() {
        let params = param_names("func mapops(m map[string]int, k string):");
        assert_eq!(params, ["m", "k"]);
        let line = mark_values("t5 = lookup m[k]", &params);
        assert_eq!(line.matches("class=\"v\"").count(), 3, "{line}");
        assert!(!mark_values("t4 = make map[string]int 8:int", &params).contains("data-v=\"map\""));
        assert_eq!(escape("a<b"), "a&lt;b");
    }
}
