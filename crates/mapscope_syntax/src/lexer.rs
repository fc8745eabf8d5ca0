//! The Go lexer: bytes to tokens with automatic semicolon insertion and go/scanner's diagnostics.
//!
//! It works on bytes and decodes UTF-8 only where a byte is not ASCII. Every character go/scanner
//! would read is checked the way its `next` checks it (NUL, invalid UTF-8, a byte order mark after
//! the start), so the same errors come out at the same offsets, even inside comments and literals.

use crate::ast::LineDirective;
use crate::ast::SyntaxError;
use crate::token::Token;
use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeGeneralCategory};

/// One token: its kind and byte range. For a `Semicolon`, `newline` says it was inserted
/// (the `"\n"` literal of go/scanner) rather than written.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Lexed {
    pub tok: Token,
    pub start: u32,
    pub end: u32,
    pub newline: bool,
}

pub(crate) struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    insert_semi: bool,
    /// Position of the artificial `;` owed after a `/* */` comment that contained a newline.
    nl_pos: Option<u32>,
    /// Start of the current line (for the `//line` directive rule).
    line_start: usize,
    /// Characters before this offset were already checked by the look-ahead.
    checked_upto: usize,
    /// Valid `//line` directives, by offset.
    pub line_infos: Vec<LineDirective>,
    pub errors: Vec<SyntaxError>,
}

const BOM: char = '\u{FEFF}';

impl<'a> Lexer<'a> {
    pub fn new(src: &'a [u8]) -> Lexer<'a> {
        let mut lexer = Lexer {
            src,
            pos: 0,
            insert_semi: false,
            nl_pos: None,
            checked_upto: 0,
            line_infos: Vec::new(),
            line_start: 0,
            errors: Vec::new(),
        };
        if src.starts_with("\u{FEFF}".as_bytes()) {
            lexer.pos = BOM.len_utf8();
        } else if src.len() >= 2 && (src[..2] == [0xFF, 0xFE] || src[..2] == [0xFE, 0xFF]) {
            lexer.error(0, "illegal UTF-8 encoding (got UTF-16)".into());
            // go/scanner then scans the U+FFFD it decoded as an illegal token.
            lexer.error(0, format!("illegal character {}", sharp_u('\u{FFFD}')));
            lexer.pos = src.len();
        }
        lexer
    }

    fn error(&mut self, offset: usize, message: String) {
        self.errors.push(SyntaxError { offset: offset as u32, message });
    }

    #[inline]
    fn peek(&self, i: usize) -> u8 {
        self.src.get(self.pos + i).copied().unwrap_or(0)
    }

    /// Decodes the (non-ASCII or NUL) character at `at`, reporting what go/scanner's `next` reports.
    /// Returns the character (U+FFFD for invalid UTF-8) and its width.
    fn decode_checked(&mut self, at: usize) -> (char, usize) {
        let b = self.src[at];
        if at < self.checked_upto {
            // Already read (and reported) as go/scanner's one-character look-ahead.
            return if b < 0x80 {
                (b as char, 1)
            } else {
                decode_utf8(&self.src[at..]).unwrap_or(('\u{FFFD}', 1))
            };
        }
        if b == 0 {
            self.error(at, "illegal character NUL".into());
            return ('\0', 1);
        }
        if b < 0x80 {
            return (b as char, 1);
        }
        match decode_utf8(&self.src[at..]) {
            Some((c, w)) => {
                if c == BOM && at > 0 {
                    self.error(at, "illegal byte order mark".into());
                }
                (c, w)
            }
            None => {
                self.error(at, "illegal UTF-8 encoding".into());
                ('\u{FFFD}', 1)
            }
        }
    }

    /// Checks every character of `src[from..to]` as go/scanner's `next` would (for bodies of
    /// comments and literals, which are otherwise scanned bytewise).
    fn check_range(&mut self, from: usize, to: usize) {
        let mut i = from;
        if self.src[from..to].iter().all(|&b| b != 0 && b < 0x80) {
            return;
        }
        while i < to {
            let b = self.src[i];
            if b != 0 && b < 0x80 {
                i += 1;
                continue;
            }
            let (_, w) = self.decode_checked(i);
            i += w;
        }
    }

    /// The next token (comments included).
    pub fn next_token(&mut self) -> Lexed {
        if let Some(p) = self.nl_pos.take() {
            return Lexed { tok: Token::Semicolon, start: p, end: p, newline: true };
        }
        // Skip white space.
        while self.pos < self.src.len() {
            match self.src[self.pos] {
                b' ' | b'\t' | b'\r' => self.pos += 1,
                b'\n' if !self.insert_semi => {
                    self.pos += 1;
                    self.line_start = self.pos;
                }
                _ => break,
            }
        }
        let start = self.pos;
        if start >= self.src.len() {
            let p = self.src.len() as u32;
            if self.insert_semi {
                self.insert_semi = false;
                return Lexed { tok: Token::Semicolon, start: p, end: p, newline: true };
            }
            return Lexed { tok: Token::Eof, start: p, end: p, newline: false };
        }
        let b = self.src[start];
        let insert_semi;
        let tok = match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                let tok = self.scan_identifier();
                insert_semi = matches!(
                    tok,
                    Token::Ident
                        | Token::Break
                        | Token::Continue
                        | Token::Fallthrough
                        | Token::Return
                );
                tok
            }
            b'0'..=b'9' => {
                insert_semi = true;
                self.scan_number()
            }
            b'.' if self.peek(1).is_ascii_digit() => {
                insert_semi = true;
                self.scan_number()
            }
            b'\n' => {
                // Only reached with insert_semi set.
                self.pos += 1;
                self.line_start = self.pos;
                self.insert_semi = false;
                self.lookahead();
                return Lexed {
                    tok: Token::Semicolon,
                    start: start as u32,
                    end: start as u32,
                    newline: true,
                };
            }
            b'"' => {
                insert_semi = true;
                self.scan_string();
                Token::String
            }
            b'\'' => {
                insert_semi = true;
                self.scan_rune();
                Token::Char
            }
            b'`' => {
                insert_semi = true;
                self.scan_raw_string();
                Token::String
            }
            b'/' if matches!(self.peek(1), b'/' | b'*') => {
                let nl = self.scan_comment();
                if self.insert_semi && nl.is_some() {
                    self.nl_pos = nl.map(|n| n as u32);
                    self.insert_semi = false;
                }
                // Otherwise insert_semi is preserved.
                self.lookahead();
                return Lexed {
                    tok: Token::Comment,
                    start: start as u32,
                    end: self.pos as u32,
                    newline: false,
                };
            }
            _ if b >= 0x80 || b == 0 => {
                let (c, w) = self.decode_checked(start);
                if c != '\u{FFFD}' && is_letter(c) {
                    let tok = self.scan_identifier();
                    insert_semi = true;
                    tok
                } else {
                    self.pos += w;
                    if c != BOM {
                        let msg = if c == '\u{201C}' || c == '\u{201D}' {
                            format!("curly quotation mark {} (use neutral '\"')", quote_rune(c))
                        } else {
                            format!("illegal character {}", sharp_u(c))
                        };
                        self.error(start, msg);
                    }
                    insert_semi = self.insert_semi;
                    Token::Illegal
                }
            }
            _ => {
                self.pos += 1;
                let (tok, semi) = self.scan_operator(b);
                insert_semi = if tok == Token::Illegal { self.insert_semi } else { semi };
                tok
            }
        };
        self.insert_semi = insert_semi;
        self.lookahead();
        Lexed { tok, start: start as u32, end: self.pos as u32, newline: false }
    }

    /// go/scanner reads (and checks) the character after each token before returning the token;
    /// its errors therefore count before the parser sees the next token.
    #[inline]
    fn lookahead(&mut self) {
        if let Some(&b) = self.src.get(self.pos) {
            if (b == 0 || b >= 0x80) && self.pos >= self.checked_upto {
                let (_, w) = self.decode_checked(self.pos);
                self.checked_upto = self.pos + w;
            }
        }
    }

    fn scan_operator(&mut self, b: u8) -> (Token, bool) {
        use Token::*;
        let c = self.peek(0);
        let t = match b {
            b':' => self.switch2(Colon, Define),
            b'.' => {
                if c == b'.' && self.peek(1) == b'.' {
                    self.pos += 2;
                    Ellipsis
                } else {
                    Period
                }
            }
            b',' => Comma,
            b';' => Semicolon,
            b'(' => LParen,
            b')' => return (RParen, true),
            b'[' => LBrack,
            b']' => return (RBrack, true),
            b'{' => LBrace,
            b'}' => return (RBrace, true),
            b'+' => {
                let t = self.switch3(Add, AddAssign, b'+', Inc);
                return (t, t == Inc);
            }
            b'-' => {
                let t = self.switch3(Sub, SubAssign, b'-', Dec);
                return (t, t == Dec);
            }
            b'*' => self.switch2(Mul, MulAssign),
            b'/' => self.switch2(Quo, QuoAssign),
            b'%' => self.switch2(Rem, RemAssign),
            b'^' => self.switch2(Xor, XorAssign),
            b'<' => {
                if c == b'-' {
                    self.pos += 1;
                    Arrow
                } else {
                    self.switch4(Lss, Leq, b'<', Shl, ShlAssign)
                }
            }
            b'>' => self.switch4(Gtr, Geq, b'>', Shr, ShrAssign),
            b'=' => self.switch2(Assign, Eql),
            b'!' => self.switch2(Not, Neq),
            b'&' => {
                if c == b'^' {
                    self.pos += 1;
                    self.switch2(AndNot, AndNotAssign)
                } else {
                    self.switch3(And, AndAssign, b'&', LAnd)
                }
            }
            b'|' => self.switch3(Or, OrAssign, b'|', LOr),
            b'~' => Tilde,
            _ => {
                self.error(self.pos - 1, format!("illegal character {}", sharp_u(b as char)));
                Illegal
            }
        };
        (t, false)
    }

    #[inline]
    fn switch2(&mut self, t0: Token, t1: Token) -> Token {
        if self.peek(0) == b'=' {
            self.pos += 1;
            t1
        } else {
            t0
        }
    }

    #[inline]
    fn switch3(&mut self, t0: Token, t1: Token, c2: u8, t2: Token) -> Token {
        match self.peek(0) {
            b'=' => {
                self.pos += 1;
                t1
            }
            c if c == c2 => {
                self.pos += 1;
                t2
            }
            _ => t0,
        }
    }

    #[inline]
    fn switch4(&mut self, t0: Token, t1: Token, c2: u8, t2: Token, t3: Token) -> Token {
        match self.peek(0) {
            b'=' => {
                self.pos += 1;
                t1
            }
            c if c == c2 => {
                self.pos += 1;
                if self.peek(0) == b'=' {
                    self.pos += 1;
                    t3
                } else {
                    t2
                }
            }
            _ => t0,
        }
    }

    fn scan_identifier(&mut self) -> Token {
        let start = self.pos;
        let src = self.src;
        let mut i = start;
        while i < src.len() {
            let b = src[i];
            if b.is_ascii_alphanumeric() || b == b'_' {
                i += 1;
                continue;
            }
            if b < 0x80 && b != 0 {
                break;
            }
            // Non-ASCII (or NUL): decode as go/scanner's `next` does.
            let (c, w) = self.decode_checked(i);
            if c != '\u{FFFD}' && (is_letter(c) || is_digit(c)) {
                i += w;
                continue;
            }
            // The character ends the identifier: it was go/scanner's look-ahead, reported now.
            self.checked_upto = self.checked_upto.max(i + w);
            break;
        }
        self.pos = i;
        let ident = &src[start..i];
        Token::keyword(ident).unwrap_or(Token::Ident)
    }

    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u8 {
        let mut digsep = 0;
        if base <= 10 {
            let max = b'0' + base as u8;
            while let c @ (b'0'..=b'9' | b'_') = self.peek(0) {
                if self.pos >= self.src.len() {
                    break;
                }
                if c == b'_' {
                    digsep |= 2;
                } else {
                    if c >= max && invalid.is_none() {
                        *invalid = Some(self.pos);
                    }
                    digsep |= 1;
                }
                self.pos += 1;
            }
        } else {
            while let c @ (b'0'..=b'9' | b'a'..=b'f' | b'A'..=b'F' | b'_') = self.peek(0) {
                if self.pos >= self.src.len() {
                    break;
                }
                digsep |= if c == b'_' { 2 } else { 1 };
                self.pos += 1;
            }
        }
        digsep
    }

    fn scan_number(&mut self) -> Token {
        let offs = self.pos;
        let mut tok = Token::Illegal;
        let mut base = 10;
        let mut prefix = 0u8;
        let mut digsep = 0u8;
        let mut invalid = None;

        if self.peek(0) != b'.' {
            tok = Token::Int;
            if self.peek(0) == b'0' {
                self.pos += 1;
                match self.peek(0) | 0x20 {
                    b'x' => {
                        self.pos += 1;
                        base = 16;
                        prefix = b'x';
                    }
                    b'o' => {
                        self.pos += 1;
                        base = 8;
                        prefix = b'o';
                    }
                    b'b' => {
                        self.pos += 1;
                        base = 2;
                        prefix = b'b';
                    }
                    _ => {
                        base = 8;
                        prefix = b'0';
                        digsep = 1;
                    }
                }
            }
            digsep |= self.digits(base, &mut invalid);
        }

        if self.peek(0) == b'.' && self.pos < self.src.len() {
            tok = Token::Float;
            if prefix == b'o' || prefix == b'b' {
                self.error(self.pos, format!("invalid radix point in {}", litname(prefix)));
            }
            self.pos += 1;
            digsep |= self.digits(base, &mut invalid);
        }

        if digsep & 1 == 0 {
            self.error(self.pos, format!("{} has no digits", litname(prefix)));
        }

        let e = self.peek(0) | 0x20;
        if (e == b'e' || e == b'p') && self.pos < self.src.len() {
            let ch = self.peek(0) as char;
            if e == b'e' && prefix != 0 && prefix != b'0' {
                self.error(
                    self.pos,
                    format!("{} exponent requires decimal mantissa", quote_rune(ch)),
                );
            } else if e == b'p' && prefix != b'x' {
                self.error(
                    self.pos,
                    format!("{} exponent requires hexadecimal mantissa", quote_rune(ch)),
                );
            }
            self.pos += 1;
            tok = Token::Float;
            if matches!(self.peek(0), b'+' | b'-') {
                self.pos += 1;
            }
            let mut none = None;
            let ds = self.digits(10, &mut none);
            digsep |= ds;
            if ds & 1 == 0 {
                self.error(self.pos, "exponent has no digits".into());
            }
        } else if prefix == b'x' && tok == Token::Float {
            self.error(self.pos, "hexadecimal mantissa requires a 'p' exponent".into());
        }

        if self.peek(0) == b'i' && self.pos < self.src.len() {
            tok = Token::Imag;
            self.pos += 1;
        }

        if tok == Token::Int {
            if let Some(inv) = invalid {
                let msg = format!(
                    "invalid digit {} in {}",
                    quote_rune(self.src[inv] as char),
                    litname(prefix)
                );
                self.error(inv, msg);
            }
        }
        if digsep & 2 != 0 {
            if let Some(i) = invalid_sep(&self.src[offs..self.pos]) {
                self.error(offs + i, "'_' must separate successive digits".into());
            }
        }
        tok
    }

    /// Scans an escape after the backslash (at `self.pos`); reports like go/scanner's `scanEscape`.
    fn scan_escape(&mut self, quote: u8) -> bool {
        let offs = self.pos;
        let (mut n, base, max): (u32, u32, u32) = match self.peek_char() {
            Some(c)
                if matches!(c, 'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | '\\')
                    || c == quote as char =>
            {
                self.pos += 1;
                return true;
            }
            Some('0'..='7') => (3, 8, 255),
            Some('x') => {
                self.pos += 1;
                (2, 16, 255)
            }
            Some('u') => {
                self.pos += 1;
                (4, 16, 0x10FFFF)
            }
            Some('U') => {
                self.pos += 1;
                (8, 16, 0x10FFFF)
            }
            other => {
                let msg = if other.is_none() {
                    "escape sequence not terminated"
                } else {
                    "unknown escape sequence"
                };
                self.error(offs, msg.into());
                return false;
            }
        };
        let mut x: u32 = 0;
        while n > 0 {
            let c = self.peek_char();
            let d = c.and_then(|c| c.to_digit(16)).unwrap_or(16);
            if d >= base {
                let msg = match c {
                    None => "escape sequence not terminated".to_string(),
                    Some(c) => format!("illegal character {} in escape sequence", sharp_u(c)),
                };
                self.error(self.pos, msg);
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.pos += 1;
            n -= 1;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            self.error(offs, "escape sequence is invalid Unicode code point".into());
            return false;
        }
        true
    }

    /// The character at `self.pos` without reporting anything (None at EOF).
    fn peek_char(&self) -> Option<char> {
        let b = *self.src.get(self.pos)?;
        if b < 0x80 {
            return Some(b as char);
        }
        Some(decode_utf8(&self.src[self.pos..]).map_or('\u{FFFD}', |(c, _)| c))
    }

    /// Advances over one character at `self.pos`, checking it like go/scanner's `next`.
    #[inline]
    fn bump_char(&mut self) -> u8 {
        let b = self.src[self.pos];
        if b != 0 && b < 0x80 {
            self.pos += 1;
        } else {
            let (_, w) = self.decode_checked(self.pos);
            self.pos += w;
        }
        b
    }

    fn scan_rune(&mut self) {
        let offs = self.pos;
        self.pos += 1;
        let mut valid = true;
        let mut n = 0;
        loop {
            if self.pos >= self.src.len() || self.src[self.pos] == b'\n' {
                if valid {
                    self.error(offs, "rune literal not terminated".into());
                    valid = false;
                }
                break;
            }
            let ch = self.bump_char();
            if ch == b'\'' {
                break;
            }
            n += 1;
            if ch == b'\\' && !self.scan_escape(b'\'') {
                valid = false;
            }
        }
        if valid && n != 1 {
            self.error(offs, "illegal rune literal".into());
        }
    }

    fn scan_string(&mut self) {
        let offs = self.pos;
        self.pos += 1;
        let src = self.src;
        loop {
            // Fast path over plain ASCII.
            while self.pos < src.len() {
                let b = src[self.pos];
                if b == b'"' || b == b'\\' || b == b'\n' || b == 0 || b >= 0x80 {
                    break;
                }
                self.pos += 1;
            }
            if self.pos >= src.len() || src[self.pos] == b'\n' {
                self.error(offs, "string literal not terminated".into());
                break;
            }
            let ch = self.bump_char();
            if ch == b'"' {
                break;
            }
            if ch == b'\\' {
                self.scan_escape(b'"');
            }
        }
    }

    fn scan_raw_string(&mut self) {
        let offs = self.pos;
        let body = offs + 1;
        match memchr(b'`', &self.src[body..]) {
            Some(i) => {
                self.check_range(body, body + i);
                self.pos = body + i + 1;
            }
            None => {
                self.check_range(body, self.src.len());
                self.pos = self.src.len();
                self.error(offs, "raw string literal not terminated".into());
            }
        }
    }

    /// Scans a comment at `self.pos`; returns the offset of the first newline in a `/* */` comment.
    fn scan_comment(&mut self) -> Option<usize> {
        let offs = self.pos;
        let src = self.src;
        let body = offs + 2;
        let mut nl = None;
        let valid;
        if src[offs + 1] == b'/' {
            let end = memchr(b'\n', &src[body..]).map_or(src.len(), |i| body + i);
            self.check_range(body, end);
            self.pos = end;
            valid = true;
        } else {
            match find_comment_end(&src[body..]) {
                Some(i) => {
                    self.check_range(body, body + i);
                    nl = memchr(b'\n', &src[body..body + i]).map(|j| body + j);
                    self.pos = body + i + 2;
                    valid = true;
                }
                None => {
                    self.check_range(body, src.len());
                    nl = memchr(b'\n', &src[body..]).map(|j| body + j);
                    self.pos = src.len();
                    self.error(offs, "comment not terminated".into());
                    valid = false;
                }
            }
        }
        if valid && (src[offs + 1] == b'*' || offs == self.line_start) {
            self.check_line_directive(offs);
        }
        // Keep line_start right for a `/* */` comment spanning lines.
        if let Some(i) = src[offs..self.pos].iter().rposition(|&b| b == b'\n') {
            self.line_start = offs + i + 1;
        }
        nl
    }

    /// go/scanner's `updateLineInfo`: reports malformed `//line` directives and records valid
    /// ones (they only matter for the order go/parser sorts its errors in).
    fn check_line_directive(&mut self, offs: usize) {
        let mut text = &self.src[offs..self.pos];
        if !text[2..].starts_with(b"line ") {
            return;
        }
        let block = text[1] == b'*';
        // Where the directive takes effect: after the comment (and its newline).
        let next =
            if !block && self.src.get(self.pos) == Some(&b'\n') { self.pos + 1 } else { self.pos };
        if !block && text.last() == Some(&b'\r') {
            text = &text[..text.len() - 1];
        }
        if block {
            text = &text[..text.len() - 2];
        }
        const PREFIX: usize = "//line ".len(); // or "/*line "
        let text = &text[PREFIX..];
        let base = offs + PREFIX;
        let lossy = |t: &[u8]| String::from_utf8_lossy(t).into_owned();
        let Some((i, n)) = trailing_digits(text) else { return };
        // go/scanner's bound on line and column numbers.
        const MAX_LINE_COL: u64 = 1 << 30;
        let Some(n) = n else {
            self.error(base + i, format!("invalid line number: {}", lossy(&text[i..])));
            return;
        };
        let (i, line, col, name) = match trailing_digits(&text[..i - 1]) {
            Some((i2, Some(n2))) => {
                if n == 0 || n > MAX_LINE_COL {
                    self.error(base + i, format!("invalid column number: {}", lossy(&text[i..])));
                    return;
                }
                (i2, n2, n, &text[..i - 1])
            }
            _ => (i, n, 0, text),
        };
        if line == 0 || line > MAX_LINE_COL {
            self.error(base + i, format!("invalid line number: {}", lossy(&name[i..])));
            return;
        }
        let name = &name[..i - 1];
        // With a column, an empty name keeps the current file name (the previous directive's, or
        // the file's own: `None`); without one it is empty, as go/scanner records it.
        let filename = if name.is_empty() && col != 0 {
            self.line_infos
                .iter()
                .rev()
                .find(|l| l.offset as usize <= offs)
                .and_then(|l| l.filename.clone())
        } else if name.is_empty() {
            Some(String::new())
        } else {
            Some(clean_path(&lossy(name)))
        };
        if self.line_infos.last().is_none_or(|l| (l.offset as usize) < next)
            && next < self.src.len()
        {
            self.line_infos.push(LineDirective {
                offset: next as u32,
                filename,
                line: line as u32,
                col: col as u32,
            });
        }
    }
}

/// Go's `filepath.Clean` on Unix (a relative name stays relative to the unnamed file's directory).
fn clean_path(p: &str) -> String {
    let rooted = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in p.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if !rooted {
                    parts.push("..");
                }
            }
            _ => parts.push(part),
        }
    }
    let joined = parts.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".into(),
        (false, false) => joined,
    }
}

/// `(index after the last ':', parsed digits)`, or None without a ':'.
fn trailing_digits(text: &[u8]) -> Option<(usize, Option<u64>)> {
    let i = text.iter().rposition(|&b| b == b':')? + 1;
    let digits = &text[i..];
    // strconv.ParseUint(s, 10, 0): ASCII digits only, no sign, must fit in 64 bits.
    let n = if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) {
        std::str::from_utf8(digits).ok().and_then(|s| s.parse::<u64>().ok())
    } else {
        None
    };
    Some((i, n))
}

fn litname(prefix: u8) -> &'static str {
    match prefix {
        b'x' => "hexadecimal literal",
        b'o' | b'0' => "octal literal",
        b'b' => "binary literal",
        _ => "decimal literal",
    }
}

/// Index of the first misplaced `_` in a number literal, as go/scanner's `invalidSep`.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1] | 0x20;
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' { Some(x.len() - 1) } else { None }
}

use memchr::memchr;

fn find_comment_end(hay: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, b"*/")
}

/// Decodes one UTF-8 character at the start of `s` (None if invalid, like Go's `RuneError, 1`).
pub(crate) fn decode_utf8(s: &[u8]) -> Option<(char, usize)> {
    let w = match s.first()? {
        0x00..=0x7F => 1,
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let chunk = s.get(..w)?;
    let c = std::str::from_utf8(chunk).ok()?.chars().next()?;
    Some((c, w))
}

/// Go's `unicode.IsLetter` (plus `_`), as used for identifiers.
pub(crate) fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || c == '_'
        || (!c.is_ascii() && c.general_category_group() == GeneralCategoryGroup::Letter)
}

/// Go's `unicode.IsDigit`.
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && c.general_category() == GeneralCategory::DecimalNumber)
}

/// Go's `strconv.IsPrint`, close enough for messages: letters, marks, numbers, punctuation,
/// symbols and the ASCII space.
fn is_print(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    matches!(
        c.general_category_group(),
        GeneralCategoryGroup::Letter
            | GeneralCategoryGroup::Mark
            | GeneralCategoryGroup::Number
            | GeneralCategoryGroup::Punctuation
            | GeneralCategoryGroup::Symbol
    )
}

/// Go's `fmt` `%#U`: `U+0041 'A'`.
fn sharp_u(c: char) -> String {
    if is_print(c) { format!("U+{:04X} '{}'", c as u32, c) } else { format!("U+{:04X}", c as u32) }
}

/// Go's `%q` for a rune.
fn quote_rune(c: char) -> String {
    match c {
        '\'' => "'\\''".into(),
        '\\' => "'\\\\'".into(),
        '\n' => "'\\n'".into(),
        '\t' => "'\\t'".into(),
        '\r' => "'\\r'".into(),
        '\0' => "'\\x00'".into(),
        c if is_print(c) => format!("'{c}'"),
        c if (c as u32) < 0x80 => format!("'\\x{:02x}'", c as u32),
        c if (c as u32) < 0x10000 => format!("'\\u{:04x}'", c as u32),
        c => format!("'\\U{:08x}'", c as u32),
    }
}

/// go/scanner's `stripCR`: drops `\r` from a raw string or comment text, except (in a
/// `/* */` comment) a `\r` between `*` and `/`.
pub(crate) fn strip_cr(b: &[u8], comment: bool) -> Vec<u8> {
    let mut c = Vec::with_capacity(b.len());
    for (j, &ch) in b.iter().enumerate() {
        if ch != b'\r'
            || (comment && c.len() > 2 && c.last() == Some(&b'*') && b.get(j + 1) == Some(&b'/'))
        {
            c.push(ch);
        }
    }
    c
}
