//! docs/checks.md, generated from the checks' doc comments (tests/docs.rs keeps it current).

use crate::checks::CHECKS;

/// The text of docs/checks.md: a table of the checks, then each check's documentation with its
/// headings moved one level down.
pub fn checks_markdown() -> String {
    let mut out = String::from(
        "# Checks\n\n<!-- Generated from the checks' doc comments by mapscope_analysis::docs; \
         run `MAPSCOPE_BLESS=1 cargo test -p mapscope_analysis --test docs` to rewrite. -->\n\n\
         | code | name | summary |\n|---|---|---|\n",
    );
    for check in CHECKS {
        // The summary is the doc comment's first paragraph, on one line.
        let summary: Vec<&str> =
            check.doc.lines().map(str::trim).take_while(|l| !l.is_empty()).collect();
        out.push_str(&format!("| {} | `{}` | {} |\n", check.code, check.name, summary.join(" ")));
    }
    for check in CHECKS {
        out.push_str(&format!("\n## {} `{}`\n", check.code, check.name));
        for line in check.doc.lines() {
            // Doc comments keep the space after `///`.
            let line = line.strip_prefix(' ').unwrap_or(line);
            if line.starts_with('#') {
                out.push_str("##");
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
