//! Build constraints as the go command applies them: `//go:build` and `// +build` lines, `_GOOS_GOARCH` file names.

use rustc_hash::FxHashSet;

/// Every GOOS the go command knows (`go/build/syslist.go`), for file-name suffix matching.
pub const KNOWN_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "wasip1",
    "windows",
    "zos",
];

/// GOOS values for which the `unix` build tag is satisfied.
pub const UNIX_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "linux",
    "netbsd",
    "openbsd",
    "solaris",
];

/// Every GOARCH the go command knows.
pub const KNOWN_ARCH: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

/// The build context: which tags are satisfied.
#[derive(Clone, Debug)]
pub struct BuildContext {
    pub goos: String,
    pub goarch: String,
    pub cgo_enabled: bool,
    /// Minor version of the toolchain: release tags `go1.1` .. `go1.<minor>` are satisfied.
    pub go_minor: u32,
    /// Tool tags (`goexperiment.*`, `amd64.v1`, ...) and user `-tags`.
    pub tags: FxHashSet<String>,
}

impl BuildContext {
    /// Whether one tag is satisfied.
    pub fn tag(&self, t: &str) -> bool {
        if t == self.goos || t == self.goarch || t == "gc" {
            return true;
        }
        if t == "unix" {
            return UNIX_OS.contains(&self.goos.as_str());
        }
        if t == "cgo" {
            return self.cgo_enabled;
        }
        // android implies linux, illumos implies solaris, ios implies darwin.
        if (t == "linux" && self.goos == "android")
            || (t == "solaris" && self.goos == "illumos")
            || (t == "darwin" && self.goos == "ios")
        {
            return true;
        }
        if let Some(minor) = t.strip_prefix("go1.") {
            return minor.parse::<u32>().is_ok_and(|m| m >= 1 && m <= self.go_minor);
        }
        self.tags.contains(t)
    }

    /// Whether a file name passes the `_GOOS`, `_GOARCH`, `_GOOS_GOARCH` (and `_test`) suffix rules.
    pub fn good_os_arch_file(&self, name: &str) -> bool {
        let stem = name.strip_suffix(".go").unwrap_or(name);
        let stem = stem.strip_suffix("_test").unwrap_or(stem);
        // As go/build: the part before the first '_' is never a constraint.
        let Some(i) = stem.find('_') else { return true };
        let parts: Vec<&str> = stem[i..].split('_').collect();
        let n = parts.len();
        if n >= 2 && KNOWN_OS.contains(&parts[n - 2]) && KNOWN_ARCH.contains(&parts[n - 1]) {
            return self.tag(parts[n - 2]) && self.tag(parts[n - 1]);
        }
        if n >= 1 {
            let last = parts[n - 1];
            if KNOWN_OS.contains(&last) || KNOWN_ARCH.contains(&last) {
                return self.tag(last);
            }
        }
        true
    }

    /// Whether the header (everything before the package clause) of a file satisfies its constraints.
    pub fn good_header(&self, src: &[u8]) -> bool {
        let (go_build, plus_build) = header_constraints(src);
        if let Some(expr) = go_build {
            return eval_go_build(&expr, &|t| self.tag(t)).unwrap_or(false);
        }
        // Legacy `// +build` lines: lines are ANDed, space-separated options ORed, commas ANDed.
        plus_build.iter().all(|line| {
            line.split_whitespace().any(|opt| {
                opt.split(',').all(|t| match t.strip_prefix('!') {
                    Some(t) => !t.is_empty() && !t.starts_with('!') && !self.tag(t),
                    None => !t.is_empty() && self.tag(t),
                })
            })
        })
    }
}

/// The `//go:build` expression and the `// +build` lines of a file's leading comments.
///
/// As go/build, only comments before the first non-comment token count.
/// `// +build` lines must also be followed by a blank line before the package clause; we accept them
/// anywhere in the leading comment block, which only matters for files that are malformed anyway.
pub fn header_constraints(src: &[u8]) -> (Option<String>, Vec<String>) {
    let mut go_build = None;
    let mut plus = Vec::new();
    let mut i = 0;
    let n = src.len();
    while i < n {
        let c = src[i];
        if c == b' ' || c == b'\t' || c == b'\r' || c == b'\n' {
            i += 1;
            continue;
        }
        if src[i..].starts_with(b"//") {
            let end = src[i..].iter().position(|&b| b == b'\n').map_or(n, |p| i + p);
            let line = String::from_utf8_lossy(&src[i..end]);
            let line = line.trim_end();
            if let Some(rest) = line.strip_prefix("//go:build") {
                if (rest.is_empty() || rest.starts_with([' ', '\t'])) && go_build.is_none() {
                    go_build = Some(rest.trim().to_string());
                }
            } else if let Some(rest) = line.strip_prefix("//") {
                let rest = rest.trim_start();
                if let Some(r) = rest.strip_prefix("+build") {
                    if r.is_empty() || r.starts_with([' ', '\t']) {
                        plus.push(r.trim().to_string());
                    }
                }
            }
            i = end;
            continue;
        }
        if src[i..].starts_with(b"/*") {
            match src[i + 2..].windows(2).position(|w| w == b"*/") {
                Some(p) => i = i + 2 + p + 2,
                None => break,
            }
            continue;
        }
        break;
    }
    (go_build, plus)
}

/// Evaluates a `//go:build` expression (`||`, `&&`, `!`, parentheses, tags). `None` on a syntax error.
pub fn eval_go_build(expr: &str, tag: &dyn Fn(&str) -> bool) -> Option<bool> {
    let mut p = ExprParser { s: expr.as_bytes(), i: 0, tag };
    let v = p.or()?;
    p.skip_ws();
    if p.i != p.s.len() {
        return None;
    }
    Some(v)
}

struct ExprParser<'a> {
    s: &'a [u8],
    i: usize,
    tag: &'a dyn Fn(&str) -> bool,
}

impl ExprParser<'_> {
    fn skip_ws(&mut self) {
        while self.i < self.s.len() && (self.s[self.i] == b' ' || self.s[self.i] == b'\t') {
            self.i += 1;
        }
    }

    fn eat(&mut self, tok: &[u8]) -> bool {
        self.skip_ws();
        if self.s[self.i..].starts_with(tok) {
            self.i += tok.len();
            true
        } else {
            false
        }
    }

    fn or(&mut self) -> Option<bool> {
        let mut v = self.and()?;
        while self.eat(b"||") {
            let w = self.and()?;
            v = v || w;
        }
        Some(v)
    }

    fn and(&mut self) -> Option<bool> {
        let mut v = self.not()?;
        while self.eat(b"&&") {
            let w = self.not()?;
            v = v && w;
        }
        Some(v)
    }

    fn not(&mut self) -> Option<bool> {
        if self.eat(b"!") {
            return Some(!self.not()?);
        }
        if self.eat(b"(") {
            let v = self.or()?;
            if !self.eat(b")") {
                return None;
            }
            return Some(v);
        }
        self.skip_ws();
        let start = self.i;
        while self.i < self.s.len() {
            let c = self.s[self.i];
            if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' {
                self.i += 1;
            } else {
                break;
            }
        }
        if start == self.i {
            return None;
        }
        let t = std::str::from_utf8(&self.s[start..self.i]).ok()?;
        Some((self.tag)(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> BuildContext {
        BuildContext {
            goos: "linux".into(),
            goarch: "amd64".into(),
            cgo_enabled: true,
            go_minor: 26,
            tags: FxHashSet::default(),
        }
    }

    #[test]
    fn go_build_expressions() {
        let c = ctx();
        let t = |s: &str| eval_go_build(s, &|t| c.tag(t));
        assert_eq!(t("linux && amd64"), Some(true));
        assert_eq!(t("!linux"), Some(false));
        assert_eq!(t("windows || (unix && !cgo)"), Some(false));
        assert_eq!(t("unix && go1.21 && !go1.27"), Some(true));
        assert_eq!(t("ignore"), Some(false));
        assert_eq!(t("linux &&"), None);
    }

    #[test]
    fn file_name_suffixes() {
        let c = ctx();
        assert!(c.good_os_arch_file("x_linux.go"));
        assert!(c.good_os_arch_file("x_linux_amd64_test.go"));
        assert!(!c.good_os_arch_file("x_windows.go"));
        assert!(!c.good_os_arch_file("x_arm64.go"));
        assert!(!c.good_os_arch_file("x_linux_arm64.go"));
        assert!(c.good_os_arch_file("linux.go"));
        assert!(c.good_os_arch_file("x_unix.go"));
    }

    #[test]
    fn headers() {
        let c = ctx();
        assert!(!c.good_header(b"// Copyright\n\n//go:build windows\n\npackage x\n"));
        assert!(c.good_header(b"/* block */\n//go:build linux\n\npackage x\n"));
        assert!(!c.good_header(b"// +build ignore\n\npackage x\n"));
        assert!(c.good_header(b"// +build linux,amd64 darwin\n\npackage x\n"));
        assert!(c.good_header(b"package x\n//go:build windows\n"));
    }
}
