//! docs/checks.md must equal what `mapscope_analysis::docs::checks_markdown` generates from the
//! checks' doc comments; `MAPSCOPE_BLESS=1` rewrites it.

use std::path::PathBuf;

#[test]
fn checks_md_is_generated_from_doc_comments() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/checks.md");
    let generated = mapscope_analysis::docs::checks_markdown();
    if std::env::var_os("MAPSCOPE_BLESS").is_some() {
        std::fs::write(&path, &generated).expect("docs/checks.md is writable");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/checks.md is stale; run `MAPSCOPE_BLESS=1 cargo test -p mapscope_analysis --test docs`"
    );
}

#[test]
fn every_check_documents_four_sections() {
    for check in mapscope_analysis::checks::CHECKS {
        for section in ["# What it does", "# Why is this bad", "# Example", "# Fix safety"] {
            assert!(check.doc.contains(section), "{} lacks {section}", check.name);
        }
        let kebab = check.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        assert!(kebab, "{} is not kebab-case", check.name);
        assert!(check.code.starts_with("MS") && check.code.len() == 6, "{}", check.code);
    }
    let mut codes: Vec<_> = mapscope_analysis::checks::CHECKS.iter().map(|c| c.code).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), mapscope_analysis::checks::CHECKS.len(), "codes are unique");
}
