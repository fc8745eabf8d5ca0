//! Constant values: booleans, strings (bytes, as in Go), arbitrary-precision integers, floats and complex numbers.
//!
//! Integers are exact: `i128` on the fast path, [`BigInt`] when a result does not fit (as go/constant).
//! Floating-point constants are exact too (`crate::float_constant`): an `f64` when one holds the
//! value, a rational otherwise; a float too large or too small for f64 keeps its decimal magnitude
//! ([`Value::HugeFloat`]) so that messages can print it as go/constant does.

use crate::float_constant;
use mapscope_syntax::Token;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{FromPrimitive, ToPrimitive, Zero};

/// Bigger shifts are not evaluated (go/types rejects shift counts beyond a similar bound).
const MAX_SHIFT: u64 = 10_000;

/// An integer that does not fit in i128, or i128 itself.
fn norm(b: BigInt) -> Value {
    match b.to_i128() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Box::new(b)),
    }
}

/// go/constant's string `String`: Go's `strconv.Quote` (a byte that is not part of valid UTF-8
/// as `\xNN`), cut to 72 runes with `...`.
fn go_quote(s: &[u8]) -> String {
    const MAX_LEN: usize = 72;
    let mut q = String::from('"');
    for chunk in s.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '"' => q.push_str("\\\""),
                '\\' => q.push_str("\\\\"),
                '\u{7}' => q.push_str("\\a"),
                '\u{8}' => q.push_str("\\b"),
                '\u{c}' => q.push_str("\\f"),
                '\n' => q.push_str("\\n"),
                '\r' => q.push_str("\\r"),
                '\t' => q.push_str("\\t"),
                '\u{b}' => q.push_str("\\v"),
                c if (c as u32) < 0x20 || c == '\u{7f}' => {
                    q.push_str(&format!("\\x{:02x}", c as u32))
                }
                c if c.is_control() => {
                    if (c as u32) < 0x10000 {
                        q.push_str(&format!("\\u{:04x}", c as u32));
                    } else {
                        q.push_str(&format!("\\U{:08x}", c as u32));
                    }
                }
                c => q.push(c),
            }
        }
        for b in chunk.invalid() {
            q.push_str(&format!("\\x{b:02x}"));
        }
    }
    q.push('"');
    if q.chars().count() > MAX_LEN {
        let cut: String = q.chars().take(MAX_LEN - 3).collect();
        return cut + "...";
    }
    q
}

/// Go's `fmt.Sprintf("%.6g", f)` (what go/constant prints for a float, `f` the f64 nearest it),
/// falling back to the shortest form when six digits would make a fraction (the exact value not
/// an `integer`) look like an integer, as go/constant does.
fn go_float_string(f: f64, integer: bool) -> String {
    let s = format_g(f, Some(6));
    if !integer && !s.contains('.') { format_g(f, None) } else { s }
}

/// Go's `%g` with `precision` significant digits (`None`: the shortest that round-trips):
/// exponent form below 1e-4 or from 10^precision (10^6 for the shortest form) on, trailing
/// zeros dropped, and at least two exponent digits.
fn format_g(f: f64, precision: Option<usize>) -> String {
    if f == 0.0 {
        return if f.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    // Rounded to the wanted digits first, so the exponent is that of the printed mantissa.
    let sci = match precision {
        Some(p) => format!("{:.*e}", p - 1, f),
        None => format!("{f:e}"),
    };
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let eprec = precision.map_or(6, |p| p as i32);
    let trim = |m: &str| -> String {
        if m.contains('.') {
            m.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            m.to_string()
        }
    };
    if exp < -4 || exp >= eprec {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", trim(mantissa), exp.unsigned_abs())
    } else {
        let fixed = match precision {
            Some(p) => format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, f),
            None => format!("{f}"),
        };
        trim(&fixed)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Unknown,
    Bool(bool),
    /// Go's strings are bytes: `"\xff"` is one byte, not valid UTF-8.
    String(Box<[u8]>),
    Int(i128),
    /// An integer outside i128's range (never holds a value that fits in i128).
    BigInt(Box<BigInt>),
    /// A float constant whose exact value is this f64.
    Float(f64),
    /// A float constant no f64 holds exactly (`1.1`, `1/3.0`): go/constant's `ratVal`. Numerator
    /// and denominator stay below 4096 bits, and the magnitude below 2^1100 (a little past
    /// float64's range, so that rounding at its boundary is decided exactly).
    Rat(Box<BigRational>),
    /// A float beyond f64's range: `mantissa × 10^exp10` with `1 ≤ |mantissa| < 10` and
    /// `|exp10| > 300`. Its f64 value is infinite (or zero, for a negative `exp10`); arithmetic
    /// keeps the magnitude.
    HugeFloat {
        mantissa: f64,
        exp10: i64,
    },
    /// A complex constant: its real and imaginary parts, each an exact real float constant
    /// ([`Value::Float`], [`Value::Rat`] or [`Value::HugeFloat`]; built by [`Value::complex`]).
    Complex(Box<(Value, Value)>),
}

/// The decimal logarithm of the smallest number too large for a big.Float: 2^MaxInt32.
const BIG_FLOAT_MAX_EXP10: f64 = 2_147_483_647.0 * std::f64::consts::LOG10_2;

/// go/constant converts a float to an integer only below 2^4096 (`smallFloat`), about 1.04e1233:
/// a huge float whose decimal exponent is at most this is below it.
const SMALL_FLOAT_EXP10: i64 = 1232;

/// Decimal exponents below this make a plain f64 (a huge float's exponents are above it).
const HUGE_EXP10: i64 = 300;

/// `mantissa × 10^exp10` as a float constant: the exact value of its shortest decimal form when
/// it fits f64's range, a [`Value::HugeFloat`] when it is too large or too small.
pub(crate) fn decimal_float(mut mantissa: f64, mut exp10: i64) -> Value {
    if mantissa == 0.0 || !mantissa.is_finite() {
        return Value::Float(mantissa);
    }
    while mantissa.abs() >= 10.0 {
        mantissa /= 10.0;
        exp10 += 1;
    }
    while mantissa.abs() < 1.0 {
        mantissa *= 10.0;
        exp10 -= 1;
    }
    if exp10.abs() <= HUGE_EXP10 {
        // Through decimal text: the value the digits spell, as a literal of them would be.
        let text = format!("{mantissa:e}");
        let (digits, shift) = text.split_once('e').unwrap_or((&text, "0"));
        let exp10 = exp10 + shift.parse::<i64>().unwrap_or(0);
        let (sign, digits) = digits.strip_prefix('-').map_or((false, digits), |d| (true, d));
        let value = float_constant::decimal_literal(&format!("{digits}e{exp10}"))
            .unwrap_or(Value::Float(mantissa * 10f64.powi(exp10 as i32)));
        return if sign { value.unary(Token::Sub, None) } else { value };
    }
    Value::HugeFloat { mantissa, exp10 }
}

/// A finite float's decimal form `(mantissa, exp10)`, `1 ≤ |mantissa| < 10` (`None` for zero).
fn decimal_form(v: &Value) -> Option<(f64, i64)> {
    match v {
        Value::HugeFloat { mantissa, exp10 } => return Some((*mantissa, *exp10)),
        Value::Rat(r) if !v.as_f64()?.is_finite() => {
            return Some(float_constant::decimal_magnitude(r));
        }
        _ => {}
    }
    let f = v.as_f64().filter(|f| f.is_finite() && *f != 0.0)?;
    // The shortest decimal that reads back as f: its digits and exponent exactly.
    let sci = format!("{f:e}");
    let (mantissa, exp10) = sci.split_once('e')?;
    Some((mantissa.parse().ok()?, exp10.parse().ok()?))
}

/// go/constant's `%.6g` of `mantissa × 10^exp10` for a huge float: six significant digits at
/// most, trailing zeros dropped, the exponent always written.
fn huge_float_string(mantissa: f64, exp10: i64) -> String {
    let sci = format!("{mantissa:.5e}");
    let (digits, carry) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp = exp10 + carry.parse::<i64>().unwrap_or(0);
    let digits = digits.trim_end_matches('0').trim_end_matches('.');
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{digits}e{sign}{:02}", exp.unsigned_abs())
}

/// Arithmetic on floats when one of them is huge: in decimal form, exact to f64's precision.
/// A result past a big.Float's exponent range is unknown, as go/constant's infinite result is.
fn huge_float_binary(op: Token, x: &Value, y: &Value) -> Value {
    let zero = (0.0, 0);
    let ((a, ea), (b, eb)) = (decimal_form(x).unwrap_or(zero), decimal_form(y).unwrap_or(zero));
    let result = match op {
        Token::Mul => decimal_float(a * b, ea + eb),
        Token::Quo if b != 0.0 => decimal_float(a / b, ea - eb),
        Token::Add | Token::Sub => {
            let b = if op == Token::Sub { -b } else { b };
            // Digits of the smaller operand beyond f64's precision do not count.
            const DIGITS: i64 = 20;
            match ea - eb {
                _ if a == 0.0 => decimal_float(b, eb),
                _ if b == 0.0 => decimal_float(a, ea),
                d if d > DIGITS => decimal_float(a, ea),
                d if d < -DIGITS => decimal_float(b, eb),
                d if d >= 0 => decimal_float(a + b / 10f64.powi(d as i32), ea),
                d => decimal_float(a / 10f64.powi(-d as i32) + b, eb),
            }
        }
        _ => Value::Unknown,
    };
    match result {
        Value::HugeFloat { mantissa, exp10 }
            if mantissa.abs().log10() + exp10 as f64 >= BIG_FLOAT_MAX_EXP10 =>
        {
            Value::Unknown
        }
        result => result,
    }
}

impl Value {
    /// The value as go/constant's `String` prints it in go/types' messages, where this crate can
    /// spell it the same way: integers in decimal, floats as `%.6g`, booleans, strings quoted.
    /// `None` for the rest (complex numbers, unknown), which messages then leave out.
    pub fn go_string(&self) -> Option<String> {
        match self {
            Value::Int(i) => Some(i.to_string()),
            Value::BigInt(b) => Some(b.to_string()),
            Value::Float(f) if f.is_finite() => Some(go_float_string(*f, f.fract() == 0.0)),
            Value::Rat(r) => match self.as_f64()? {
                f if f.is_finite() => Some(go_float_string(f, r.is_integer())),
                _ => {
                    let (mantissa, exp10) = float_constant::decimal_magnitude(r);
                    Some(huge_float_string(mantissa, exp10))
                }
            },
            Value::HugeFloat { mantissa, exp10 } => Some(huge_float_string(*mantissa, *exp10)),
            Value::Bool(b) => Some(b.to_string()),
            Value::String(s) => Some(go_quote(s)),
            _ => None,
        }
    }

    /// The value as go/types' messages print it: [`Value::go_string`], and complex numbers as
    /// go/constant writes them, `(re + imi)`.
    pub fn message_string(&self) -> Option<String> {
        match self {
            Value::Complex(parts) => {
                Some(format!("({} + {}i)", parts.0.go_string()?, parts.1.go_string()?))
            }
            _ => self.go_string(),
        }
    }

    /// go/constant's `ToInt` for a number that holds an integer: the integer (a huge float's
    /// spelled with the digits of its decimal form). go/types shows it in place of the float when
    /// a conversion to an integer type overflows. `None` for a fraction, and for a float past
    /// go/constant's "small" range, which it leaves a float.
    pub fn to_int(&self) -> Option<Value> {
        let digits = match *self {
            Value::Int(_) | Value::BigInt(_) => return Some(self.clone()),
            Value::Complex(ref parts) if parts.1.is_zero() => return parts.0.to_int(),
            Value::Float(f) if f.is_finite() && f.fract() == 0.0 => {
                return BigInt::from_f64(f).map(norm);
            }
            Value::Rat(ref r) if r.is_integer() => return Some(norm(r.to_integer())),
            Value::HugeFloat { mantissa, exp10 } if exp10 <= SMALL_FLOAT_EXP10 => {
                let sci = format!("{mantissa:e}");
                let (m, e) = sci.split_once('e')?;
                let (sign, m) = m.strip_prefix('-').map_or(("", m), |rest| ("-", rest));
                let (int, frac) = m.split_once('.').unwrap_or((m, ""));
                let exp = usize::try_from(exp10 + e.parse::<i64>().ok()?).ok()?;
                let zeros = exp.checked_sub(frac.len())?;
                format!("{sign}{int}{frac}{}", "0".repeat(zeros))
            }
            _ => return None,
        };
        digits.parse().ok().map(norm)
    }

    pub fn as_i128(&self) -> Option<i128> {
        match *self {
            Value::Int(i) => Some(i),
            Value::Float(f) if f.fract() == 0.0 && f.abs() < 1e38 => Some(f as i128),
            Value::Complex(ref parts) if parts.1.is_zero() => parts.0.as_i128(),
            Value::Rat(ref r) if r.is_integer() => r.to_integer().to_i128(),
            _ => None,
        }
    }

    /// The value as a big integer, for integer values.
    pub fn as_bigint(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::BigInt(b) => Some((**b).clone()),
            Value::Rat(r) if r.is_integer() => Some(r.to_integer()),
            _ => self.as_i128().map(BigInt::from),
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match *self {
            Value::BigInt(ref b) => b.to_f64(),
            Value::Int(i) => Some(i as f64),
            Value::Float(f) => Some(f),
            Value::Rat(ref r) => r.to_f64(),
            Value::HugeFloat { mantissa, exp10 } => {
                Some(if exp10 > 0 { f64::INFINITY } else { 0.0 }.copysign(mantissa))
            }
            Value::Complex(ref parts) if parts.1.is_zero() => parts.0.as_f64(),
            _ => None,
        }
    }

    /// The complex constant `re + im·i` of two real numbers (integers become floats, as
    /// go/constant's complex parts print alike).
    pub fn complex(re: Value, im: Value) -> Value {
        match (float_constant::real_part(re), float_constant::real_part(im)) {
            (Some(re), Some(im)) => Value::Complex(Box::new((re, im))),
            _ => Value::Unknown,
        }
    }

    /// A number's real and imaginary parts (`None` for what is not a number).
    pub fn complex_parts(&self) -> Option<(Value, Value)> {
        match self {
            Value::Complex(parts) => Some((**parts).clone()),
            v if v.rank() > 0 => Some((float_constant::real_part(v.clone())?, Value::Float(0.0))),
            _ => None,
        }
    }

    /// The value as a real number: itself, or a complex number's real part when its imaginary
    /// part is zero (`None` otherwise).
    pub fn real(&self) -> Option<Value> {
        match self {
            Value::Complex(parts) => parts.1.is_zero().then(|| parts.0.clone()),
            v => (v.rank() > 0).then(|| v.clone()),
        }
    }

    /// Whether the value is exactly zero.
    pub fn is_zero(&self) -> bool {
        match self {
            Value::Int(i) => *i == 0,
            Value::Float(f) => *f == 0.0,
            Value::Complex(parts) => parts.0.is_zero() && parts.1.is_zero(),
            _ => false,
        }
    }

    /// Whether the value is a number that holds an integer (go/constant's `ToInt` succeeds, but
    /// for a float past its "small" range, which is an integer too).
    pub fn is_integral(&self) -> bool {
        match self {
            Value::Int(_) | Value::BigInt(_) | Value::Unknown => true,
            Value::Float(f) => f.fract() == 0.0,
            Value::Rat(r) => r.is_integer(),
            // Beyond 2^53 every float is an integer; below 1 none is but 0.
            Value::HugeFloat { exp10, .. } => *exp10 > 0,
            Value::Complex(parts) => parts.1.is_zero() && parts.0.is_integral(),
            Value::Bool(_) | Value::String(_) => false,
        }
    }

    fn rank(&self) -> u8 {
        match self {
            Value::Int(_) | Value::BigInt(_) => 1,
            Value::Float(_) | Value::Rat(_) | Value::HugeFloat { .. } => 2,
            Value::Complex(..) => 3,
            _ => 0,
        }
    }

    /// Parses an integer, float, imaginary, rune or string literal.
    pub fn from_literal(kind: Token, text: &str) -> Value {
        if matches!(kind, Token::Int | Token::Float | Token::Imag) && text.contains('_') {
            let digits =
                if kind == Token::Imag { text.strip_suffix('i').unwrap_or(text) } else { text };
            if !underscores_ok(digits) {
                return Value::Unknown;
            }
        }
        match kind {
            Token::Int => parse_int(text).unwrap_or(Value::Unknown),
            Token::Float => match parse_float(text) {
                // Past f64's range (a literal that reads as zero may have nonzero digits).
                Some(f) if f.is_infinite() || f == 0.0 => match huge_float_literal(text) {
                    // go/constant reads literals as big.Floats, whose binary exponent is an
                    // int32: a literal past that overflows and is malformed.
                    Some(Value::HugeFloat { mantissa, exp10 })
                        if mantissa.abs().log10() + exp10 as f64 >= BIG_FLOAT_MAX_EXP10 =>
                    {
                        Value::Unknown
                    }
                    Some(v) => v,
                    None if f.is_infinite() => Value::Unknown,
                    None => Value::Float(f),
                },
                // A decimal literal's exact value (a hexadecimal one is the f64 it reads as).
                Some(f) if text.starts_with("0x") || text.starts_with("0X") => Value::Float(f),
                Some(f) => {
                    let digits: String = text.chars().filter(|&c| c != '_').collect();
                    float_constant::decimal_literal(&digits).unwrap_or(Value::Float(f))
                }
                // go/constant reads a decimal mantissa with a binary exponent too (`1p10`).
                None => decimal_binary_exp(text).map_or(Value::Unknown, Value::Float),
            },
            Token::Imag => {
                // go/constant reads the part as a float literal, where a leading 0 is not octal
                // (`0123i` is 123i); binary and octal prefixes are integers.
                let t = text.strip_suffix('i').unwrap_or(text);
                let prefix = t.get(..2).map(str::to_ascii_lowercase);
                let part = match prefix.as_deref() {
                    Some("0b" | "0o") => parse_int(t).unwrap_or(Value::Unknown),
                    _ => Value::from_literal(Token::Float, t),
                };
                Value::complex(Value::Int(0), part)
            }
            Token::Char => rune_value(text).map_or(Value::Unknown, |c| Value::Int(c as i128)),
            Token::String => unquote(text).map_or(Value::Unknown, |s| Value::String(s.into())),
            _ => Value::Unknown,
        }
    }

    /// Binary operation on constants (`Unknown` when undefined or out of range).
    pub fn binary(&self, op: Token, y: &Value, integer_div: bool) -> Value {
        use Value::*;
        match (self, y) {
            (Bool(a), Bool(b)) => match op {
                Token::LAnd => Bool(*a && *b),
                Token::LOr => Bool(*a || *b),
                _ => Unknown,
            },
            (String(a), String(b)) if op == Token::Add => String([&a[..], &b[..]].concat().into()),
            (Unknown, _) | (_, Unknown) => Unknown,
            _ => {
                let r = self.rank().max(y.rank());
                match r {
                    1 => {
                        if let (Value::Int(a), Value::Int(b)) = (self, y) {
                            let (a, b) = (*a, *b);
                            let fast = match op {
                                Token::Add => a.checked_add(b),
                                Token::Sub => a.checked_sub(b),
                                Token::Mul => a.checked_mul(b),
                                Token::Quo if integer_div => {
                                    if b == 0 {
                                        return Unknown;
                                    }
                                    // go/constant divides two int64-sized values in int64, so
                                    // MinInt64 / -1 wraps to MinInt64 there; go/types' results
                                    // (and its errors) follow from that value.
                                    match (i64::try_from(a), i64::try_from(b)) {
                                        (Ok(a), Ok(b)) => Some(i128::from(a.wrapping_div(b))),
                                        _ => a.checked_div(b),
                                    }
                                }
                                Token::Quo => {
                                    if b == 0 {
                                        return Unknown;
                                    }
                                    if a % b != 0 {
                                        return float_constant::binary(op, self, y);
                                    }
                                    a.checked_div(b)
                                }
                                Token::Rem => {
                                    if b == 0 {
                                        return Unknown;
                                    }
                                    a.checked_rem(b)
                                }
                                Token::And => Some(a & b),
                                Token::Or => Some(a | b),
                                Token::Xor => Some(a ^ b),
                                Token::AndNot => Some(a & !b),
                                _ => return Unknown,
                            };
                            if let Some(r) = fast {
                                return Int(r);
                            }
                        }
                        let (Some(a), Some(b)) = (self.as_bigint(), y.as_bigint()) else {
                            return Unknown;
                        };
                        match op {
                            Token::Add => norm(a + b),
                            Token::Sub => norm(a - b),
                            Token::Mul => norm(a * b),
                            Token::Quo | Token::Rem if b.is_zero() => Unknown,
                            Token::Quo if !integer_div && !(&a % &b).is_zero() => {
                                float_constant::binary(op, self, y)
                            }
                            Token::Quo => norm(a / b),
                            Token::Rem => norm(a % b),
                            Token::And => norm(a & b),
                            Token::Or => norm(a | b),
                            Token::Xor => norm(a ^ b),
                            Token::AndNot => norm(a & !b),
                            _ => Unknown,
                        }
                    }
                    2 if matches!(self, HugeFloat { .. }) || matches!(y, HugeFloat { .. }) => {
                        huge_float_binary(op, self, y)
                    }
                    2 => float_constant::binary(op, self, y),
                    3 => match (self.complex_parts(), y.complex_parts()) {
                        (Some(x), Some(y)) => float_constant::complex_binary(op, x, y),
                        _ => Unknown,
                    },
                    _ => Unknown,
                }
            }
        }
    }

    pub fn compare(&self, op: Token, y: &Value) -> Value {
        use std::cmp::Ordering;
        let ord = match (self, y) {
            (Value::Bool(a), Value::Bool(b)) => a.partial_cmp(b),
            (Value::String(a), Value::String(b)) => a.partial_cmp(b),
            (Value::Int(a), Value::Int(b)) => a.partial_cmp(b),
            (a, b) if a.rank() == 1 && b.rank() == 1 => a.as_bigint().partial_cmp(&b.as_bigint()),
            (a, b)
                if matches!(a, Value::HugeFloat { .. }) || matches!(b, Value::HugeFloat { .. }) =>
            {
                // Equal in f64 terms (both infinite), so compare their difference's sign.
                match huge_float_binary(Token::Sub, a, b) {
                    Value::HugeFloat { mantissa, .. } => mantissa.partial_cmp(&0.0),
                    d => d.as_f64().and_then(|d| d.partial_cmp(&0.0)),
                }
            }
            (a, b) if a.rank() > 0 && b.rank() > 0 && a.rank() < 3 && b.rank() < 3 => {
                float_constant::compare(a, b)
            }
            // Complex numbers are equal or not, part by part.
            (a, b) if a.rank() > 0 && b.rank() > 0 && matches!(op, Token::Eql | Token::Neq) => {
                match (a.complex_parts(), b.complex_parts()) {
                    (Some((ar, ai)), Some((br, bi))) => {
                        let equal =
                            |x: &Value, y: &Value| x.compare(Token::Eql, y) == Value::Bool(true);
                        let both = equal(&ar, &br) && equal(&ai, &bi);
                        Some(if both { Ordering::Equal } else { Ordering::Less })
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        let Some(o) = ord else { return Value::Unknown };
        Value::Bool(match op {
            Token::Eql => o == Ordering::Equal,
            Token::Neq => o != Ordering::Equal,
            Token::Lss => o == Ordering::Less,
            Token::Leq => o != Ordering::Greater,
            Token::Gtr => o == Ordering::Greater,
            Token::Geq => o != Ordering::Less,
            _ => return Value::Unknown,
        })
    }

    pub fn shift(&self, op: Token, s: u64) -> Value {
        if let Value::Int(a) = *self {
            match op {
                Token::Shl if s < 127 => {
                    if let Some(r) = a.checked_shl(s as u32).filter(|r| r >> s == a) {
                        return Value::Int(r);
                    }
                }
                Token::Shr => {
                    return Value::Int(if s >= 127 { if a < 0 { -1 } else { 0 } } else { a >> s });
                }
                _ => {}
            }
        }
        let Some(a) = self.as_bigint() else { return Value::Unknown };
        match op {
            Token::Shl if s <= MAX_SHIFT => norm(a << s as usize),
            Token::Shr if s <= MAX_SHIFT => norm(a >> s as usize),
            Token::Shr => Value::Int(if a < BigInt::zero() { -1 } else { 0 }),
            _ => Value::Unknown,
        }
    }

    pub fn unary(&self, op: Token, unsigned_bits: Option<u32>) -> Value {
        match (op, self) {
            (Token::Add, v) => v.clone(),
            (Token::Sub, Value::Int(i)) => {
                i.checked_neg().map_or_else(|| norm(-BigInt::from(*i)), Value::Int)
            }
            (Token::Sub, Value::BigInt(b)) => norm(-(**b).clone()),
            (Token::Xor, Value::BigInt(b)) => match unsigned_bits {
                Some(bits) => norm(!(**b).clone() & ((BigInt::from(1) << bits as usize) - 1)),
                None => norm(!(**b).clone()),
            },
            // `+ 0.0` turns -0 into 0: go/constant has no negative zero.
            (Token::Sub, Value::Float(f)) => Value::Float(-f + 0.0),
            (Token::Sub, Value::Rat(r)) => Value::Rat(Box::new(-(**r).clone())),
            (Token::Sub, Value::HugeFloat { mantissa, exp10 }) => {
                Value::HugeFloat { mantissa: -mantissa, exp10: *exp10 }
            }
            (Token::Sub, Value::Complex(parts)) => Value::Complex(Box::new((
                parts.0.unary(Token::Sub, None),
                parts.1.unary(Token::Sub, None),
            ))),
            (Token::Not, Value::Bool(b)) => Value::Bool(!b),
            (Token::Xor, Value::Int(i)) => match unsigned_bits {
                Some(bits) if bits < 128 => Value::Int(!i & ((1i128 << bits) - 1)),
                _ => Value::Int(!i),
            },
            _ => Value::Unknown,
        }
    }
}

fn parse_int(t: &str) -> Option<Value> {
    let t: String = t.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = t.strip_prefix("0o").or_else(|| t.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if t.len() > 1 && t.starts_with('0') {
        (t[1..].to_string(), 8)
    } else {
        (t, 10)
    };
    match i128::from_str_radix(&digits, radix) {
        Ok(i) => Some(Value::Int(i)),
        Err(_) => BigInt::parse_bytes(digits.as_bytes(), radix).map(norm),
    }
}

/// A float literal too large for f64, in decimal form: its significand's leading digits and
/// its exponent (a hexadecimal one through its binary exponent).
fn huge_float_literal(t: &str) -> Option<Value> {
    let t: String = t.chars().filter(|&c| c != '_').collect();
    if t.starts_with("0x") || t.starts_with("0X") {
        let (mant, exp2) = t[2..].split_once(['p', 'P'])?;
        let exp2: i64 = exp2.parse().ok()?;
        let mant = parse_float(&format!("0x{mant}p0"))?;
        let log10 = mant.log10() + exp2 as f64 * std::f64::consts::LOG10_2;
        let exp10 = log10.floor();
        return Some(decimal_float(10f64.powf(log10 - exp10), exp10 as i64));
    }
    let (significand, exp) = t.split_once(['e', 'E']).unwrap_or((&t, "0"));
    let exp: i64 = exp.parse().ok()?;
    let (int_part, frac_part) = significand.split_once('.').unwrap_or((significand, ""));
    let digits = format!("{int_part}{frac_part}");
    let leading = digits.trim_start_matches('0');
    if leading.is_empty() {
        return None;
    }
    // d.ddd… × 10^(exp + position of the first significant digit).
    let shift = int_part.len() as i64 - (digits.len() - leading.len()) as i64 - 1;
    let head = &leading[..leading.len().min(17)];
    let mantissa: f64 = format!("{}.{}", &head[..1], &head[1..]).parse().ok()?;
    Some(decimal_float(mantissa, exp + shift))
}

fn parse_float(t: &str) -> Option<f64> {
    let t: String = t.chars().filter(|&c| c != '_').collect();
    if t.starts_with("0x") || t.starts_with("0X") {
        // Hex float: mantissa p exponent.
        let body = &t[2..];
        let (mant, exp) = match body.find(['p', 'P']) {
            Some(i) => (&body[..i], body[i + 1..].parse::<i32>().ok()?),
            None => (body, 0),
        };
        let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
        let mut v = 0f64;
        for c in ip.chars() {
            v = v * 16.0 + c.to_digit(16)? as f64;
        }
        let mut scale = 1.0 / 16.0;
        for c in fp.chars() {
            v += c.to_digit(16)? as f64 * scale;
            scale /= 16.0;
        }
        return Some(v * 2f64.powi(exp));
    }
    t.parse::<f64>().ok()
}

/// The value of a rune literal: `\xff` and octal escapes are byte values, not UTF-8 encodings.
fn rune_value(text: &str) -> Option<u32> {
    let inner = text.strip_prefix('\'')?.strip_suffix('\'')?;
    // go/constant takes the first character and ignores the rest (the parser reports it).
    unquote_char(inner, '\'').map(|(value, _, _)| value)
}

/// Go's `strconv.UnquoteChar`: the first character or escape of `s`, the inside of a literal
/// quoted by `quote`: its value, whether it is a code point to be written as UTF-8 (rather than
/// a byte from `\x` or an octal escape), and the rest of `s`. `None` for what Go rejects: an
/// unescaped quote, the other kind of quote escaped, a short or surrogate escape, an octal one
/// past 255.
fn unquote_char(s: &str, quote: char) -> Option<(u32, bool, &str)> {
    let mut chars = s.chars();
    let c = chars.next()?;
    if c == quote {
        return None;
    }
    if c != '\\' {
        return Some((c as u32, !c.is_ascii(), chars.as_str()));
    }
    let e = chars.next()?;
    let rest = chars.as_str();
    let byte = |v: u8| Some((u32::from(v), false, rest));
    match e {
        'a' => byte(7),
        'b' => byte(8),
        'f' => byte(12),
        'n' => byte(b'\n'),
        'r' => byte(b'\r'),
        't' => byte(b'\t'),
        'v' => byte(11),
        '\\' => byte(b'\\'),
        '\'' | '"' if e == quote => byte(e as u8),
        'x' | 'u' | 'U' => {
            let n = match e {
                'x' => 2,
                'u' => 4,
                _ => 8,
            };
            let digits = rest.get(..n).filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))?;
            let v = u32::from_str_radix(digits, 16).ok()?;
            // `\u` and `\U` must name a code point: not a surrogate, not past U+10FFFF.
            let code_point = e != 'x';
            if code_point {
                char::from_u32(v)?;
            }
            Some((v, code_point, &rest[n..]))
        }
        '0'..='7' => {
            let digits = s.get(1..4).filter(|d| d.bytes().all(|b| matches!(b, b'0'..=b'7')))?;
            let v = u32::from_str_radix(digits, 8).ok().filter(|&v| v <= 255)?;
            Some((v, false, &s[4..]))
        }
        _ => None,
    }
}

/// Unquotes a Go string or rune literal into its bytes (a `\x` or octal escape is one byte,
/// whatever it makes of the UTF-8 around it).
pub fn unquote(text: &str) -> Option<Vec<u8>> {
    let b = text.as_bytes();
    if b.len() < 2 {
        return None;
    }
    let q = b[0];
    // An unterminated literal (the parser reported it) has no closing quote, and its last
    // character may be several bytes long: slicing it off would cut a character.
    if b[b.len() - 1] != q {
        return None;
    }
    if q == b'`' {
        return Some(text[1..text.len() - 1].replace('\r', "").into_bytes());
    }
    if q != b'"' && q != b'\'' {
        return None;
    }
    let mut rest = &text[1..text.len() - 1];
    let mut out: Vec<u8> = Vec::with_capacity(rest.len());
    while !rest.is_empty() {
        let (value, code_point, tail) = unquote_char(rest, char::from(q))?;
        match char::from_u32(value).filter(|_| code_point && value >= 0x80) {
            Some(c) => out.extend_from_slice(c.encode_utf8(&mut [0u8; 4]).as_bytes()),
            None => out.push(value as u8),
        }
        rest = tail;
    }
    Some(out)
}

/// Whether the underscores of a number literal each sit between two digits, or between a base
/// prefix and a digit (Go's `strconv.underscoreOK`, which go/constant applies to literals).
fn underscores_ok(s: &str) -> bool {
    let b = s.as_bytes();
    // What came last: a digit or base prefix, an underscore, or something else.
    #[derive(PartialEq)]
    enum Saw {
        Start,
        Digit,
        Underscore,
        Other,
    }
    let mut saw = Saw::Start;
    let mut i = 0;
    let mut hex = false;
    if b.len() >= 2 && b[0] == b'0' && matches!(b[1].to_ascii_lowercase(), b'b' | b'o' | b'x') {
        i = 2;
        saw = Saw::Digit;
        hex = b[1].eq_ignore_ascii_case(&b'x');
    }
    for &c in &b[i..] {
        if c.is_ascii_digit() || hex && c.is_ascii_hexdigit() {
            saw = Saw::Digit;
        } else if c == b'_' {
            if saw != Saw::Digit {
                return false;
            }
            saw = Saw::Underscore;
        } else if saw == Saw::Underscore {
            return false;
        } else {
            saw = Saw::Other;
        }
    }
    saw != Saw::Underscore
}

/// A decimal mantissa with a binary exponent (`1p10` is 1024), which go/constant accepts as
/// math/big does though the Go scanner reports it.
fn decimal_binary_exp(text: &str) -> Option<f64> {
    let (m, e) = text.split_once(['p', 'P'])?;
    let m: f64 = m.replace('_', "").parse().ok()?;
    let e: i32 = e.replace('_', "").parse().ok()?;
    Some(m * 2f64.powi(e))
}

#[cfg(test)]
mod tests {
    #[test]
    fn unterminated_literals_do_not_unquote() {
        // The parser reports these; unquoting must not cut the last character in two.
        assert_eq!(super::unquote("\"abc\u{e9}"), None);
        assert_eq!(super::unquote("'\u{e9}"), None);
        assert_eq!(super::unquote("`abc\u{e9}"), None);
        assert_eq!(super::unquote("\"ab\u{e9}\""), Some("ab\u{e9}".as_bytes().to_vec()));
        // A byte escape is one byte, even where it is no UTF-8; printed back as Go quotes it.
        assert_eq!(super::unquote(r#""\xff\377A""#), Some(vec![0xff, 0xff, b'A']));
        assert_eq!(super::go_quote(&[0xff, b'e', 0xc3, 0xa9]), "\"\\xffe\u{e9}\"");
    }

    use super::*;

    #[test]
    fn literals_read_as_go_constant_reads_them() {
        // go/constant.MakeFromLiteral's answers, printed by Go 1.26 (None: unknown, malformed).
        let int = |kind: Token, t: &str| Value::from_literal(kind, t).as_i128();
        for (text, want) in [
            (r"'\ud800'", None),
            (r"'\U00110000'", None),
            (r"'\x0'", None),
            (r"'\07'", None),
            (r#"'\"'"#, None),
            ("'''", None),
            (r"'\xg0'", None),
            (r"'\400'", None),
            (r"'\''", Some(39)),
            (r"'\377'", Some(255)),
            (r"'\u00e9'", Some(233)),
            ("'\u{e9}'", Some(233)),
            ("'ab'", Some(97)),
        ] {
            assert_eq!(int(Token::Char, text), want, "{text}");
        }
        let string = |t: &str| match Value::from_literal(Token::String, t) {
            Value::String(s) => String::from_utf8(s.to_vec()).ok(),
            _ => None,
        };
        assert_eq!(string(r#""\'""#), None);
        assert_eq!(string(r#""\uD800""#), None);
        assert_eq!(string(r#""\U0010FFFF""#), Some("\u{10ffff}".to_string()));
        assert_eq!(string(r#""\u00e9 \"""#), Some("\u{e9} \"".to_string()));
        let malformed = |t: &str| matches!(Value::from_literal(Token::Float, t), Value::Unknown);
        assert!(malformed("1e646456993"));
        assert!(malformed("9e646456992"));
        assert!(!malformed("4e646456992"));
        assert!(!malformed("1e-1000000000"));
    }

    #[test]
    fn floats_print_as_go_constant_does() {
        // go/constant.MakeFloat64(f).String(), printed by Go 1.26.
        for (f, want) in [
            (1e200, "1e+200"),
            (0.5, "0.5"),
            (1.0000001, "1.0000001"),
            (123456.7, "123456.7"),
            (1234567.0, "1.23457e+06"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (100000.0, "100000"),
            (1e21, "1e+21"),
            (1.23456789, "1.23457"),
            (-2.5e-10, "-2.5e-10"),
            (1e6, "1e+06"),
            (999999.5, "999999.5"),
            (1e-7 + 1e-20, "1.0000000000001e-07"),
            (12345678.9, "1.23457e+07"),
            (0.000123456789, "0.000123457"),
            (2.5, "2.5"),
        ] {
            assert_eq!(go_float_string(f, f.fract() == 0.0), want, "{f:e}");
        }
    }

    #[test]
    fn floats_beyond_f64_keep_their_magnitude() {
        // go/constant's strings for the same constants, printed by Go 1.26.
        let lit = |t: &str| Value::from_literal(Token::Float, t);
        let string = |v: Value| v.go_string().unwrap_or_default();
        assert_eq!(string(lit("1e400")), "1e+400");
        assert_eq!(string(lit("1e646456992")), "1e+646456992");
        assert_eq!(string(lit("123.456e400")), "1.23456e+402");
        assert_eq!(string(lit("1.23456789e10000000")), "1.23457e+10000000");
        assert_eq!(string(lit("0x1p5000")), "1.41247e+1505");
        assert_eq!(string(lit("1e400").unary(Token::Sub, None)), "-1e+400");
        let third = lit("1e400").unary(Token::Sub, None).binary(Token::Quo, &Value::Int(3), false);
        assert_eq!(string(third), "-3.33333e+399");
        assert_eq!(string(lit("1e300").binary(Token::Mul, &lit("1e300"), false)), "1e+600");
        // Back in range, a huge float is exact again: the value its decimal digits spell.
        assert_eq!(lit("1e400").binary(Token::Quo, &lit("1e300"), false), lit("1e100"));
        assert_eq!(lit("1e400").compare(Token::Gtr, &lit("1e399")), Value::Bool(true));
        assert_eq!(lit("1e400").compare(Token::Eql, &lit("10e399")), Value::Bool(true));
        assert_eq!(lit("1e400").as_f64(), Some(f64::INFINITY));
        // And below it.
        assert_eq!(string(lit("1e-10000")), "1e-10000");
        assert_eq!(string(lit("-1.23456789e-1000").unary(Token::Sub, None)), "1.23457e-1000");
        assert_eq!(string(lit("1e-200").binary(Token::Mul, &lit("1e-200"), false)), "1e-400");
        assert_eq!(lit("1e-400").as_f64(), Some(0.0));
        assert_eq!(lit("0.0"), Value::Float(0.0));
    }

    #[test]
    fn literals_and_arithmetic() {
        assert_eq!(Value::from_literal(Token::Int, "0x1_0"), Value::Int(16));
        assert_eq!(Value::from_literal(Token::Int, "0755"), Value::Int(0o755));
        assert_eq!(Value::from_literal(Token::Char, "'\\n'"), Value::Int(10));
        assert_eq!(Value::from_literal(Token::Char, "'\\xff'"), Value::Int(255));
        assert_eq!(Value::from_literal(Token::Char, "'\\377'"), Value::Int(255));
        assert_eq!(Value::from_literal(Token::Char, "'\\u00e9'"), Value::Int(0xe9));
        assert_eq!(Value::from_literal(Token::Char, "'é'"), Value::Int(0xe9));
        assert_eq!(
            Value::from_literal(Token::String, "\"a\\tb\""),
            Value::String(b"a\tb"[..].into())
        );
        assert_eq!(Value::from_literal(Token::Float, "0x1p4"), Value::Float(16.0));
        assert_eq!(Value::Int(1).shift(Token::Shl, 10), Value::Int(1024));
        assert_eq!(Value::Int(7).binary(Token::Quo, &Value::Int(2), true), Value::Int(3));
        assert_eq!(Value::Int(7).binary(Token::Quo, &Value::Int(2), false), Value::Float(3.5));
        assert_eq!(Value::Int(0).unary(Token::Xor, Some(8)), Value::Int(255));
        // Beyond 128 bits: exact, and back to i128 when the result fits.
        let big = Value::Int(1).shift(Token::Shl, 200);
        assert!(matches!(big, Value::BigInt(_)));
        assert_eq!(big.shift(Token::Shr, 198), Value::Int(4));
        let huge =
            Value::from_literal(Token::Int, "1000000000000000000000000000000000000000000000");
        assert_eq!(
            huge.binary(
                Token::Quo,
                &Value::from_literal(Token::Int, "1000000000000000000000000000000000000000000"),
                true
            ),
            Value::Int(1000)
        );
        assert_eq!(huge.compare(Token::Gtr, &Value::Int(i128::MAX)), Value::Bool(true));
        assert_eq!(
            Value::Int(i128::MIN).unary(Token::Sub, None).binary(Token::Sub, &Value::Int(1), true),
            Value::Int(i128::MAX)
        );
    }
}
