//! map-elem-addr on the fixtures of tests/mapelem: Go code that wants a map element's address.
//! The type errors must be go/types' (tests/mapelem/go-types-errors.golden, written by
//! scripts/mapelem-oracle.sh, which also confirms that gc rejects every `// want` line), the
//! check must explain exactly the `// want` lines, and its full output is an insta snapshot.

mod module_dir;

use regex::Regex;
use std::fmt::Write;

#[test]
fn map_element_misuses_are_explained_on_exactly_the_want_lines() {
    let dir = module_dir::dir("mapelem");
    let program = module_dir::load(&dir);
    assert!(program.loaded.diagnostics.is_empty(), "{:?}", program.loaded.diagnostics);

    let golden = std::fs::read_to_string(dir.join("go-types-errors.golden")).unwrap();
    let errors: Vec<String> = program.errors().iter().map(ToString::to_string).collect();
    assert_eq!(errors, golden.lines().collect::<Vec<_>>(), "type errors differ from go/types'");

    let want_re = Regex::new(r#"// want "((?:[^"\\]|\\.)*)""#).unwrap();
    let mut wanted = Vec::new();
    for file in &program.loaded.files {
        let text = std::str::from_utf8(&file.ast.source).unwrap();
        for (n, line) in text.lines().enumerate() {
            if let Some(c) = want_re.captures(line) {
                wanted.push((file.display.clone(), n as u32 + 1, Regex::new(&c[1]).unwrap()));
            }
        }
    }
    wanted.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    assert!(wanted.len() >= 14, "only {} want lines", wanted.len());

    let mut found = module_dir::check(&program);
    let mut text = String::new();
    for d in &found {
        writeln!(text, "{}:{}:{}: {} [{}]", d.path, d.start.line, d.start.col, d.message, d.check)
            .unwrap();
        for r in &d.related {
            let at = &r.position;
            writeln!(text, "  note: {}:{}:{}: {}", r.path, at.line, at.col, r.note).unwrap();
        }
    }
    found.sort_by(|a, b| (&a.path, a.start.line).cmp(&(&b.path, b.start.line)));
    let lines: Vec<_> = found.iter().map(|d| (d.path.clone(), d.start.line)).collect();
    let want_lines: Vec<_> = wanted.iter().map(|w| (w.0.clone(), w.1)).collect();
    assert_eq!(lines, want_lines, "findings differ from the want lines");
    for (d, w) in found.iter().zip(&wanted) {
        assert_eq!(d.check, "map-elem-addr");
        assert!(w.2.is_match(&d.message), "{}:{}: {:?} !~ {}", w.0, w.1, d.message, w.2);
    }
    insta::assert_snapshot!("map_elem_addr_output", text);
}
