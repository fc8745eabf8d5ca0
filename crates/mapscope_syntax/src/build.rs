//! `//go:build` constraint expressions: parsing, evaluation and the Go version they imply
//! (the parts of `go/build/constraint` the parser and the package loader need).

use crate::lexer::{is_digit, is_letter};

/// A build constraint expression.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum BuildExpr {
    Tag(String),
    Not(Box<BuildExpr>),
    And(Box<BuildExpr>, Box<BuildExpr>),
    Or(Box<BuildExpr>, Box<BuildExpr>),
}

/// A malformed constraint: byte offset in the expression text and message, as go/build/constraint.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct BuildError {
    pub offset: usize,
    pub message: String,
}

const MAX_SIZE: usize = 1000;

/// The expression text of a `//go:build` line (`None` if `line` is not one), as `splitGoBuild`.
pub fn split_go_build(line: &str) -> Option<&str> {
    let line = line.strip_suffix('\n').unwrap_or(line);
    if line.contains('\n') || !line.starts_with("//go:build") {
        return None;
    }
    let rest = &line.trim_matches(is_go_space)["//go:build".len()..];
    let trimmed = rest.trim_matches(is_go_space);
    if rest.len() == trimmed.len() && !rest.is_empty() {
        return None;
    }
    Some(trimmed)
}

/// `strings.TrimSpace`'s notion of space (ASCII plus Unicode White_Space).
fn is_go_space(c: char) -> bool {
    c.is_whitespace()
}

/// Parses a `//go:build` line; `None` if it is not one or is malformed.
pub fn parse_go_build(line: &str) -> Option<BuildExpr> {
    parse_expr(split_go_build(line)?).ok()
}

/// Parses a constraint expression (the text after `//go:build`).
pub fn parse_expr(text: &str) -> Result<BuildExpr, BuildError> {
    let mut p = ExprParser { s: text, i: 0, pos: 0, tok: "", is_tag: false, size: 0 };
    let x = p.or()?;
    if !p.tok.is_empty() {
        return Err(BuildError { offset: p.pos, message: format!("unexpected token {}", p.tok) });
    }
    Ok(x)
}

struct ExprParser<'a> {
    s: &'a str,
    i: usize,
    pos: usize,
    tok: &'a str,
    is_tag: bool,
    size: usize,
}

impl<'a> ExprParser<'a> {
    fn or(&mut self) -> Result<BuildExpr, BuildError> {
        let mut x = self.and()?;
        while self.tok == "||" {
            x = BuildExpr::Or(Box::new(x), Box::new(self.and()?));
        }
        Ok(x)
    }

    fn and(&mut self) -> Result<BuildExpr, BuildError> {
        let mut x = self.not()?;
        while self.tok == "&&" {
            x = BuildExpr::And(Box::new(x), Box::new(self.not()?));
        }
        Ok(x)
    }

    fn not(&mut self) -> Result<BuildExpr, BuildError> {
        self.size += 1;
        if self.size > MAX_SIZE {
            return Err(BuildError {
                offset: self.pos,
                message: "build expression too large".into(),
            });
        }
        self.lex()?;
        if self.tok == "!" {
            self.lex()?;
            if self.tok == "!" {
                return Err(BuildError {
                    offset: self.pos,
                    message: "double negation not allowed".into(),
                });
            }
            return Ok(BuildExpr::Not(Box::new(self.atom()?)));
        }
        self.atom()
    }

    fn atom(&mut self) -> Result<BuildExpr, BuildError> {
        if self.tok == "(" {
            let pos = self.pos;
            let x = self.or().map_err(|mut e| {
                if e.message == "unexpected end of expression" {
                    e.message = "missing close paren".into();
                }
                e
            })?;
            if self.tok != ")" {
                return Err(BuildError { offset: pos, message: "missing close paren".into() });
            }
            self.lex()?;
            return Ok(x);
        }
        if !self.is_tag {
            let message = if self.tok.is_empty() {
                "unexpected end of expression".to_string()
            } else {
                format!("unexpected token {}", self.tok)
            };
            return Err(BuildError { offset: self.pos, message });
        }
        let tag = self.tok.to_string();
        self.lex()?;
        Ok(BuildExpr::Tag(tag))
    }

    fn lex(&mut self) -> Result<(), BuildError> {
        self.is_tag = false;
        let b = self.s.as_bytes();
        while self.i < b.len() && (b[self.i] == b' ' || b[self.i] == b'\t') {
            self.i += 1;
        }
        if self.i >= b.len() {
            self.tok = "";
            self.pos = self.i;
            return Ok(());
        }
        match b[self.i] {
            b'(' | b')' | b'!' => {
                self.pos = self.i;
                self.i += 1;
                self.tok = &self.s[self.pos..self.i];
                return Ok(());
            }
            c @ (b'&' | b'|') => {
                if self.i + 1 >= b.len() || b[self.i + 1] != c {
                    return Err(BuildError {
                        offset: self.i,
                        message: format!("invalid syntax at {}", c as char),
                    });
                }
                self.pos = self.i;
                self.i += 2;
                self.tok = &self.s[self.pos..self.i];
                return Ok(());
            }
            _ => {}
        }
        let rest = &self.s[self.i..];
        let len = rest
            .char_indices()
            .find(|&(_, c)| !(is_letter(c) || is_digit(c) || c == '.'))
            .map_or(rest.len(), |(i, _)| i);
        if len == 0 {
            let c = rest.chars().next().unwrap_or('\u{FFFD}');
            return Err(BuildError { offset: self.i, message: format!("invalid syntax at {c}") });
        }
        self.pos = self.i;
        self.i += len;
        self.tok = &self.s[self.pos..self.i];
        self.is_tag = true;
        Ok(())
    }
}

impl BuildExpr {
    /// Evaluates the expression with `ok` deciding each tag.
    pub fn eval(&self, ok: &mut impl FnMut(&str) -> bool) -> bool {
        match self {
            BuildExpr::Tag(t) => ok(t),
            BuildExpr::Not(x) => !x.eval(ok),
            BuildExpr::And(x, y) => {
                let a = x.eval(ok);
                let b = y.eval(ok);
                a && b
            }
            BuildExpr::Or(x, y) => {
                let a = x.eval(ok);
                let b = y.eval(ok);
                a || b
            }
        }
    }

    /// The minimum Go version the expression implies (`"go1.21"`), as `constraint.GoVersion`.
    pub fn go_version(&self) -> Option<String> {
        let v = self.min_version(1);
        match v {
            v if v < 0 => None,
            0 => Some("go1".into()),
            v => Some(format!("go1.{v}")),
        }
    }

    fn min_version(&self, sign: i32) -> i64 {
        type Op = fn(i64, i64) -> i64;
        let (and, or): (Op, Op) = (i64::max, i64::min);
        match self {
            BuildExpr::And(x, y) => {
                let op = if sign < 0 { or } else { and };
                op(x.min_version(sign), y.min_version(sign))
            }
            BuildExpr::Or(x, y) => {
                let op = if sign < 0 { and } else { or };
                op(x.min_version(sign), y.min_version(sign))
            }
            BuildExpr::Not(x) => x.min_version(-sign),
            BuildExpr::Tag(t) => {
                if sign < 0 {
                    return -1;
                }
                if t == "go1" {
                    return 0;
                }
                // strings.Cut(tag, "go1.") then strconv.Atoi of what follows.
                let Some((_, v)) = t.split_once("go1.") else { return -1 };
                atoi(v).unwrap_or(-1)
            }
        }
    }
}

/// `strconv.Atoi` for the values that matter here (optional sign, decimal digits).
fn atoi(s: &str) -> Option<i64> {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_versions() {
        let v = |l: &str| parse_go_build(l).and_then(|x| x.go_version());
        assert_eq!(v("//go:build go1.21"), Some("go1.21".into()));
        assert_eq!(v("//go:build linux && go1.18"), Some("go1.18".into()));
        assert_eq!(v("//go:build go1.18 || go1.20"), Some("go1.18".into()));
        assert_eq!(v("//go:build !go1.18"), None);
        assert_eq!(v("//go:build go1"), Some("go1".into()));
        assert_eq!(v("//go:build linux"), None);
        assert_eq!(v("//go:buildx go1.2"), None);
        assert!(parse_expr("a &&").is_err());
        assert!(parse_expr("(a").is_err());
        assert!(parse_expr("!!a").is_err());
    }

    #[test]
    fn eval() {
        let x = parse_expr("linux && (amd64 || arm64) && !cgo").expect("valid");
        let on = ["linux", "arm64"];
        assert!(x.eval(&mut |t| on.contains(&t)));
        let on = ["linux", "arm64", "cgo"];
        assert!(!x.eval(&mut |t| on.contains(&t)));
    }
}
