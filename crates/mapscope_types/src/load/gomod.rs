//! Reading `go.mod` and `go.work`: module path, go version, requirements, replacements, workspace modules.

use std::path::{Path, PathBuf};

/// Where a replaced module comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReplaceTarget {
    /// A directory (relative paths are resolved against the go.mod's directory).
    Dir(PathBuf),
    /// Another module version, found in the module cache.
    Module { path: String, version: String },
}

/// One `replace old [v] => new [v]` directive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replace {
    pub old_path: String,
    pub old_version: Option<String>,
    pub target: ReplaceTarget,
}

/// The parts of a `go.mod` file the loader needs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoMod {
    pub module: String,
    /// The `go` directive (`"1.22"`), empty if absent.
    pub go: String,
    pub require: Vec<(String, String)>,
    pub replace: Vec<Replace>,
    /// `exclude`d module versions: the go command ignores requirements on them.
    pub exclude: Vec<(String, String)>,
}

/// The parts of a `go.work` file the loader needs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoWork {
    pub go: String,
    /// `use` directories, resolved against the go.work's directory.
    pub uses: Vec<PathBuf>,
    pub replace: Vec<Replace>,
}

/// Splits a go.mod line into tokens, honouring "quoted" and `raw` strings and `//` comments.
fn tokens(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if line[i..].starts_with("//") {
            break;
        } else if c == b'"' {
            let mut s = String::new();
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' && i + 1 < b.len() {
                    i += 1;
                }
                s.push(b[i] as char);
                i += 1;
            }
            i += 1;
            out.push(s);
        } else if c == b'`' {
            let end = line[i + 1..].find('`').map_or(b.len(), |p| i + 1 + p);
            out.push(line[i + 1..end].to_string());
            i = end + 1;
        } else if c == b'(' || c == b')' {
            out.push((c as char).to_string());
            i += 1;
        } else if line[i..].starts_with("=>") {
            out.push("=>".into());
            i += 2;
        } else {
            let start = i;
            while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'(' && b[i] != b')' {
                if line[i..].starts_with("//") || line[i..].starts_with("=>") {
                    break;
                }
                i += 1;
            }
            out.push(line[start..i].to_string());
        }
    }
    out
}

/// Calls `f(verb, args)` for every directive, expanding `verb ( ... )` blocks.
fn directives(text: &str, mut f: impl FnMut(&str, &[String])) {
    let mut block: Option<String> = None;
    for line in text.lines() {
        let toks = tokens(line);
        if toks.is_empty() {
            continue;
        }
        if let Some(verb) = &block {
            if toks[0] == ")" {
                block = None;
            } else {
                f(verb, &toks);
            }
            continue;
        }
        if toks.len() == 2 && toks[1] == "(" {
            block = Some(toks[0].clone());
            continue;
        }
        f(&toks[0], &toks[1..]);
    }
}

fn parse_replace(args: &[String], dir: &Path) -> Option<Replace> {
    let arrow = args.iter().position(|a| a == "=>")?;
    let (old, new) = (&args[..arrow], &args[arrow + 1..]);
    let old_path = old.first()?.clone();
    let old_version = old.get(1).cloned();
    let target = match new {
        [p] => {
            let p = Path::new(p);
            ReplaceTarget::Dir(if p.is_absolute() { p.to_path_buf() } else { dir.join(p) })
        }
        [p, v] => ReplaceTarget::Module { path: p.clone(), version: v.clone() },
        _ => return None,
    };
    Some(Replace { old_path, old_version, target })
}

impl GoMod {
    /// Parses the text of a go.mod file in directory `dir`. Unknown directives are ignored.
    pub fn parse(text: &str, dir: &Path) -> GoMod {
        let mut m = GoMod::default();
        directives(text, |verb, args| match verb {
            "module" => m.module = args.first().cloned().unwrap_or_default(),
            "go" => m.go = args.first().cloned().unwrap_or_default(),
            "require" => {
                if let [p, v, ..] = args {
                    m.require.push((p.clone(), v.clone()));
                }
            }
            "replace" => m.replace.extend(parse_replace(args, dir)),
            "exclude" => {
                if let [p, v, ..] = args {
                    m.exclude.push((p.clone(), v.clone()));
                }
            }
            _ => {}
        });
        m
    }
}

impl GoWork {
    /// Parses the text of a go.work file in directory `dir`.
    pub fn parse(text: &str, dir: &Path) -> GoWork {
        let mut w = GoWork::default();
        directives(text, |verb, args| match verb {
            "go" => w.go = args.first().cloned().unwrap_or_default(),
            "use" => {
                if let Some(p) = args.first() {
                    let p = Path::new(p);
                    w.uses.push(if p.is_absolute() { p.to_path_buf() } else { dir.join(p) });
                }
            }
            "replace" => w.replace.extend(parse_replace(args, dir)),
            _ => {}
        });
        w
    }
}

/// The minor version of a `go` directive (`"1.22.3"` → 22); 0 if unparsable.
pub fn go_minor(v: &str) -> u32 {
    let v = v.strip_prefix("go").unwrap_or(v);
    let mut it = v.split(['.', 'r', 'b']);
    match (it.next(), it.next()) {
        (Some("1"), Some(m)) => m.parse().unwrap_or(0),
        _ => 0,
    }
}

/// The module cache's escaping of a module path or version: every upper-case letter becomes `!` + lower case.
/// Compares two module versions by semantic-version precedence, as golang.org/x/mod/semver does
/// (`v1.2.3` < `v1.10.0`; a prerelease, pseudo-versions included, sorts before its release;
/// build metadata such as `+incompatible` is ignored).
pub fn compare_versions(a: &str, b: &str) -> std::cmp::Ordering {
    fn parts(v: &str) -> ([u64; 3], Option<&str>) {
        let v = v.trim_start_matches('v');
        let v = v.split('+').next().unwrap_or(v);
        let (core, pre) = match v.split_once('-') {
            Some((c, p)) => (c, Some(p)),
            None => (v, None),
        };
        let mut nums = [0u64; 3];
        for (slot, n) in nums.iter_mut().zip(core.split('.')) {
            *slot = n.parse().unwrap_or(0);
        }
        (nums, pre)
    }
    fn compare_prerelease(a: &str, b: &str) -> std::cmp::Ordering {
        for (x, y) in a.split('.').zip(b.split('.')) {
            let order = match (x.parse::<u64>(), y.parse::<u64>()) {
                (Ok(x), Ok(y)) => x.cmp(&y),
                (Ok(_), Err(_)) => std::cmp::Ordering::Less,
                (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
                (Err(_), Err(_)) => x.cmp(y),
            };
            if order.is_ne() {
                return order;
            }
        }
        a.split('.').count().cmp(&b.split('.').count())
    }
    let ((na, pa), (nb, pb)) = (parts(a), parts(b));
    na.cmp(&nb).then_with(|| match (pa, pb) {
        (None, None) => std::cmp::Ordering::Equal,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (Some(_), None) => std::cmp::Ordering::Less,
        (Some(x), Some(y)) => compare_prerelease(x, y),
    })
}

pub fn escape_path(p: &str) -> String {
    let mut s = String::with_capacity(p.len() + 4);
    for c in p.chars() {
        if c.is_ascii_uppercase() {
            s.push('!');
            s.push(c.to_ascii_lowercase());
        } else {
            s.push(c);
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_by_semver_precedence() {
        use std::cmp::Ordering::*;
        assert_eq!(compare_versions("v1.2.3", "v1.10.0"), Less);
        assert_eq!(compare_versions("v2.0.0+incompatible", "v2.0.0"), Equal);
        assert_eq!(compare_versions("v0.0.0-20191109021931-daa7c04131f5", "v0.0.1"), Less);
        assert_eq!(compare_versions("v1.0.0-rc.2", "v1.0.0-rc.10"), Less);
        assert_eq!(compare_versions("v1.0.0-rc.1", "v1.0.0"), Less);
        assert_eq!(compare_versions("v1.4.0", "v1.3.9"), Greater);
    }

    #[test]
    fn parses_go_mod() {
        let text = r#"
module example.com/m // comment

go 1.22

require (
	golang.org/x/tools v0.20.0
	github.com/BurntSushi/toml v1.3.2 // indirect
)
require rsc.io/quote v1.5.2
replace rsc.io/quote => ../quote
replace (
	golang.org/x/tools v0.20.0 => golang.org/x/tools v0.21.0
)
exclude golang.org/x/net v0.1.0
"#;
        let m = GoMod::parse(text, Path::new("/src/m"));
        assert_eq!(m.module, "example.com/m");
        assert_eq!(m.go, "1.22");
        assert_eq!(m.require.len(), 3);
        assert_eq!(m.require[1], ("github.com/BurntSushi/toml".into(), "v1.3.2".into()));
        assert_eq!(m.replace[0].target, ReplaceTarget::Dir(PathBuf::from("/src/m/../quote")));
        assert_eq!(
            m.replace[1].target,
            ReplaceTarget::Module { path: "golang.org/x/tools".into(), version: "v0.21.0".into() }
        );
        assert_eq!(m.replace[1].old_version.as_deref(), Some("v0.20.0"));
        assert_eq!(m.exclude, [("golang.org/x/net".to_string(), "v0.1.0".to_string())]);
    }

    #[test]
    fn parses_go_work_and_versions() {
        let w = GoWork::parse("go 1.23\nuse (\n\t./a\n\t/abs/b\n)\n", Path::new("/w"));
        assert_eq!(w.uses, vec![PathBuf::from("/w/./a"), PathBuf::from("/abs/b")]);
        assert_eq!(go_minor("1.22.3"), 22);
        assert_eq!(go_minor("go1.26rc1"), 26);
        assert_eq!(escape_path("github.com/BurntSushi/toml"), "github.com/!burnt!sushi/toml");
    }
}
