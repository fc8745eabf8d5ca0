//! Exact untyped float constants (go/constant's `ratVal`): arithmetic that stays in f64 while every
//! step is exact, rationals otherwise, and the rounding of an exact value to float32 and float64.
//!
//! A value an f64 holds exactly is always [`Value::Float`] and any other exact one
//! [`Value::Rat`], so that equal constants compare equal as values. Rationals whose numerator
//! or denominator reaches go/constant's 4096 bits, and values past f64's range, are
//! approximated as before (go/constant switches to 512-bit floats there).

use crate::constant::{Value, decimal_float};
use mapscope_syntax::Token;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// go/constant's `maxExp`: a fraction whose numerator or denominator reaches this many bits is
/// no longer kept exactly.
const MAX_EXACT_BITS: u64 = 4096;

/// Rationals of at least this binary magnitude (a little past float64's largest, 2^1024) are
/// approximated like the values past f64's range that only their decimal magnitude keeps.
const MAX_EXACT_EXP2: i64 = 1100;

/// Integers of at most this magnitude are exact f64s.
const F64_EXACT_INT: u128 = 1 << 53;

/// Below this magnitude an f64 result may have underflowed, which the error-free checks of
/// [`exact_f64_op`] cannot see: such operations take the exact way.
const MIN_TRUSTED_F64: f64 = 1e-280;

/// float32's largest finite value plus one step: where rounding to float32 becomes infinite.
const F32_OVERFLOW: f64 = 340_282_366_920_938_463_463_374_607_431_768_211_456.0;

/// The value as an f64 when it is exactly one (the fast path of the arithmetic).
fn exact_f64(v: &Value) -> Option<f64> {
    match *v {
        Value::Float(f) => Some(f),
        Value::Int(i) if i.unsigned_abs() <= F64_EXACT_INT => Some(i as f64),
        _ => None,
    }
}

/// `a op b` when f64 arithmetic gives the exact result, checked with error-free
/// transformations (the rounding error of a sum, the remainder of a product or quotient).
fn exact_f64_op(op: Token, a: f64, b: f64) -> Option<f64> {
    let trusted = |f: f64| f == 0.0 || f.abs() >= MIN_TRUSTED_F64 && f.is_finite();
    if !trusted(a) || !trusted(b) {
        return None;
    }
    let r = match op {
        Token::Add | Token::Sub => {
            let b = if op == Token::Sub { -b } else { b };
            let sum = a + b;
            let b_part = sum - a;
            let error = (a - (sum - b_part)) + (b - b_part);
            (error == 0.0).then_some(sum)?
        }
        Token::Mul => {
            let product = a * b;
            (a.mul_add(b, -product) == 0.0).then_some(product)?
        }
        Token::Quo if b != 0.0 => {
            let quotient = a / b;
            (quotient.mul_add(b, -a) == 0.0).then_some(quotient)?
        }
        _ => return None,
    };
    // A zero product or quotient of nonzero operands has underflowed.
    let underflow = r == 0.0 && matches!(op, Token::Mul | Token::Quo) && a != 0.0 && b != 0.0;
    // `+ 0.0` turns -0 into 0: go/constant has no negative zero.
    (trusted(r) && !underflow).then_some(r + 0.0)
}

/// The exact value as a rational (`None` for a value past the exact range, or not a number).
pub(crate) fn to_rational(v: &Value) -> Option<BigRational> {
    match v {
        Value::Int(i) => Some(BigRational::from_integer(BigInt::from(*i))),
        Value::BigInt(b) => Some(BigRational::from_integer((**b).clone())),
        Value::Float(f) => BigRational::from_float(*f),
        Value::Rat(r) => Some((**r).clone()),
        Value::Complex(parts) if parts.1.is_zero() => to_rational(&parts.0),
        _ => None,
    }
}

/// The float constant of exact value `r`: an f64 when one holds it, else a rational while its
/// parts stay below go/constant's bound and its magnitude not far past f64's range, else the
/// nearest approximation this crate keeps.
pub(crate) fn from_rational(r: BigRational) -> Value {
    if r.is_zero() {
        return Value::Float(0.0);
    }
    let f = r.to_f64().unwrap_or(0.0);
    let denominator = r.denom();
    if f.is_finite() && f != 0.0 {
        let dyadic = (denominator & (denominator - BigInt::from(1u8))).is_zero();
        if dyadic && BigRational::from_float(f).is_some_and(|exact| exact == r) {
            return Value::Float(f);
        }
    }
    let exp2 = r.numer().bits() as i64 - denominator.bits() as i64;
    let exact = f != 0.0
        && exp2 < MAX_EXACT_EXP2
        && r.numer().bits() < MAX_EXACT_BITS
        && denominator.bits() < MAX_EXACT_BITS;
    match exact {
        true => Value::Rat(Box::new(r)),
        false if f.is_finite() && f != 0.0 => Value::Float(f),
        false => {
            let (mantissa, exp10) = decimal_magnitude(&r);
            decimal_float(mantissa, exp10)
        }
    }
}

/// `r` as `mantissa × 10^exp10` with `1 ≤ |mantissa| < 10` (about: callers normalize), to f64's
/// precision, for values beyond f64's range (`r` is not zero).
pub(crate) fn decimal_magnitude(r: &BigRational) -> (f64, i64) {
    // r = m × 2^exp2 with m near 1, from the bit lengths of its parts.
    let exp2 = r.numer().bits() as i64 - r.denom().bits() as i64;
    let scaled = if exp2 >= 0 {
        r / BigRational::from_integer(BigInt::from(1u8) << exp2 as usize)
    } else {
        r * BigRational::from_integer(BigInt::from(1u8) << (-exp2) as usize)
    };
    let m = scaled.to_f64().unwrap_or(1.0);
    let log10 = m.abs().log10() + exp2 as f64 * std::f64::consts::LOG10_2;
    let exp10 = log10.floor();
    (10f64.powf(log10 - exp10).copysign(m), exp10 as i64)
}

/// Exact `x op y` for numbers of which at least one is a float constant within the exact range
/// (`+`, `-`, `*`, `/`; `Unknown` for a zero divisor or another operator).
pub(crate) fn binary(op: Token, x: &Value, y: &Value) -> Value {
    if let (Some(a), Some(b)) = (exact_f64(x), exact_f64(y)) {
        if let Some(r) = exact_f64_op(op, a, b) {
            return Value::Float(r);
        }
    }
    let (Some(a), Some(b)) = (to_rational(x), to_rational(y)) else { return Value::Unknown };
    let r = match op {
        Token::Add => a + b,
        Token::Sub => a - b,
        Token::Mul => a * b,
        Token::Quo if !b.is_zero() => a / b,
        _ => return Value::Unknown,
    };
    from_rational(r)
}

/// A real number as a complex number's part: integers as floats (`None` for what is no real
/// number).
pub(crate) fn real_part(v: Value) -> Option<Value> {
    match v {
        Value::Int(i) if i.unsigned_abs() <= F64_EXACT_INT => Some(Value::Float(i as f64)),
        Value::Int(_) | Value::BigInt(_) => Some(from_rational(to_rational(&v)?)),
        Value::Float(_) | Value::Rat(_) | Value::HugeFloat { .. } => Some(v),
        _ => None,
    }
}

/// Exact `x op y` of complex numbers given as their parts (`+`, `-`, `*`, `/`), part by part
/// as go/constant computes them.
pub(crate) fn complex_binary(op: Token, x: (Value, Value), y: (Value, Value)) -> Value {
    let ((a, b), (c, d)) = (x, y);
    let add = |x: &Value, y: &Value| x.binary(Token::Add, y, false);
    let sub = |x: &Value, y: &Value| x.binary(Token::Sub, y, false);
    let mul = |x: &Value, y: &Value| x.binary(Token::Mul, y, false);
    let (re, im) = match op {
        Token::Add => (add(&a, &c), add(&b, &d)),
        Token::Sub => (sub(&a, &c), sub(&b, &d)),
        Token::Mul => (sub(&mul(&a, &c), &mul(&b, &d)), add(&mul(&b, &c), &mul(&a, &d))),
        Token::Quo => {
            let divisor = add(&mul(&c, &c), &mul(&d, &d));
            if divisor.is_zero() {
                return Value::Unknown;
            }
            let re = add(&mul(&a, &c), &mul(&b, &d));
            let im = sub(&mul(&b, &c), &mul(&a, &d));
            let quo = |x: &Value| x.binary(Token::Quo, &divisor, false);
            (quo(&re), quo(&im))
        }
        _ => return Value::Unknown,
    };
    Value::complex(re, im)
}

/// The order of two numbers within the exact range (`None` when one is not).
pub(crate) fn compare(x: &Value, y: &Value) -> Option<Ordering> {
    if let (Some(a), Some(b)) = (exact_f64(x), exact_f64(y)) {
        return a.partial_cmp(&b);
    }
    Some(to_rational(x)?.cmp(&to_rational(y)?))
}

/// go/constant's `Float32Val`: the value correctly rounded to float32 (infinite past its range).
pub(crate) fn round_to_f32(v: &Value) -> Option<f32> {
    // The f64 nearest the value rounds to the float32 nearest it, unless it lies exactly halfway
    // between two float32s while the value does not: then the value's side decides.
    let d = v.as_f64()?;
    let magnitude = d.abs();
    let nearest = magnitude as f32;
    if !magnitude.is_finite() || f64::from(nearest) == magnitude {
        return Some(nearest.copysign(d as f32));
    }
    let below = if f64::from(nearest) < magnitude {
        nearest
    } else {
        f32::from_bits(nearest.to_bits() - 1)
    };
    let above = f32::from_bits(below.to_bits() + 1);
    let above_value = if above.is_infinite() { F32_OVERFLOW } else { f64::from(above) };
    if (f64::from(below) + above_value) / 2.0 != magnitude {
        return Some(nearest.copysign(d as f32));
    }
    let exact = to_rational(v).map(|r| r.abs());
    let halfway = BigRational::from_float(magnitude);
    let rounded = match exact.zip(halfway).map(|(e, h)| e.cmp(&h)) {
        Some(Ordering::Greater) => above,
        Some(Ordering::Less) => below,
        _ => nearest,
    };
    Some(rounded.copysign(d as f32))
}

/// go/types' `roundFloat32` (`single`) and `roundFloat64`: the value rounded to the type, `None`
/// past its range.
pub(crate) fn rounded_to_float(v: &Value, single: bool) -> Option<Value> {
    let f = if single { f64::from(round_to_f32(v)?) } else { v.as_f64()? };
    f.is_finite().then_some(Value::Float(f + 0.0))
}

/// A decimal float literal's exact value (`ddd.ddd[e±ddd]`, underscores removed), `None` for
/// another form.
pub(crate) fn decimal_literal(text: &str) -> Option<Value> {
    let (significand, exponent) = text.split_once(['e', 'E']).unwrap_or((text, "0"));
    let exponent: i64 = exponent.parse().ok()?;
    let (int_part, frac_part) = significand.split_once('.').unwrap_or((significand, ""));
    let digits = format!("{int_part}{frac_part}");
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let scale = exponent.checked_sub(frac_part.len() as i64)?;
    if let Some(f) = digits.parse().ok().and_then(|m| exact_decimal_f64(m, scale)) {
        return Some(Value::Float(f));
    }
    let mantissa: BigInt = digits.parse().ok()?;
    let power = BigInt::from(10u8).pow(u32::try_from(scale.unsigned_abs()).ok()?);
    let r = if scale >= 0 {
        BigRational::from_integer(mantissa * power)
    } else {
        BigRational::new(mantissa, power)
    };
    Some(from_rational(r))
}

/// `mantissa × 10^scale` when an f64 holds it exactly and that is cheap to see (most literals:
/// `100.0`, `1e9`, `0.25`): an integer below 2^53, or one divided by a power of two after the
/// fives of `10^-scale` divide out.
fn exact_decimal_f64(mantissa: u64, scale: i64) -> Option<f64> {
    /// 10^22 and 5^22 are the largest powers an f64 (and 5^k a u64 below 2^53) holds exactly.
    const MAX_POWER: u32 = 22;
    let power = u32::try_from(scale.unsigned_abs()).ok().filter(|&p| p <= MAX_POWER)?;
    if scale >= 0 {
        let value = u128::from(mantissa).checked_mul(10u128.pow(power))?;
        return (value <= F64_EXACT_INT).then_some(value as f64);
    }
    let fives = 5u64.pow(power);
    let odd = mantissa / fives;
    (mantissa % fives == 0 && u128::from(odd) <= F64_EXACT_INT)
        .then(|| odd as f64 / 2f64.powi(power as i32))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(text: &str) -> Value {
        Value::from_literal(Token::Float, text)
    }

    #[test]
    fn decimal_arithmetic_is_exact() {
        // Go: 1.1*100 == 110, 0.1+0.2 == 0.3, 10/4.0*2 == 5 as constants.
        let product = lit("1.1").binary(Token::Mul, &Value::Int(100), false);
        assert_eq!(product, Value::Float(110.0));
        let sum = lit("0.1").binary(Token::Add, &lit("0.2"), false);
        assert_eq!(sum.compare(Token::Eql, &lit("0.3")), Value::Bool(true));
        let third = Value::Int(1).binary(Token::Quo, &Value::Int(3), false);
        assert!(matches!(third, Value::Rat(_)));
        assert_eq!(third.binary(Token::Mul, &Value::Int(3), false), Value::Float(1.0));
        // Exact f64 steps stay f64.
        assert_eq!(lit("0.5").binary(Token::Add, &lit("0.25"), false), Value::Float(0.75));
        // 1 + 1e-70 is not 1.
        let near_one = Value::Int(1).binary(Token::Add, &lit("1e-70"), false);
        assert_eq!(near_one.compare(Token::Gtr, &Value::Int(1)), Value::Bool(true));
        assert_eq!(near_one.go_string().as_deref(), Some("1"));
    }

    #[test]
    fn complex_arithmetic_is_exact_part_by_part() {
        let tenth = Value::complex(lit("0.1"), lit("0.1"));
        let product = tenth.binary(Token::Mul, &Value::Int(30), false);
        assert_eq!(product, Value::complex(Value::Int(3), Value::Int(3)));
        let squared = tenth.binary(Token::Mul, &tenth, false);
        assert_eq!(squared.complex_parts().map(|(re, _)| re), Some(Value::Float(0.0)));
        let quotient = squared.binary(Token::Quo, &tenth, false);
        assert_eq!(quotient.compare(Token::Eql, &tenth), Value::Bool(true));
        assert_eq!(product.message_string().as_deref(), Some("(3 + 3i)"));
    }

    #[test]
    fn rounding_to_float32_uses_the_exact_value() {
        let two = |n: i32| Value::Float(2f64.powi(n));
        let max32 = two(128).binary(Token::Sub, &two(104), false);
        let halfway = max32.binary(Token::Add, &two(103), false);
        assert_eq!(round_to_f32(&halfway), Some(f32::INFINITY));
        // Halfway minus 2^-128 rounds to 2^128 - 2^103 in f64, but below it in float32.
        let below = halfway.binary(Token::Sub, &two(-128), false);
        assert_eq!(round_to_f32(&below), Some(f32::MAX));
        let negative = below.unary(Token::Sub, None);
        assert_eq!(round_to_f32(&negative), Some(-f32::MAX));
        assert_eq!(round_to_f32(&lit("0.1")), Some(0.1f32));
    }

    #[test]
    fn literals_an_f64_holds_are_f64s() {
        for (text, want) in [("100.0", 100.0), ("1e9", 1e9), ("0.25", 0.25), ("1.5e-3", 0.0015)] {
            let exact = matches!(lit(text), Value::Float(f) if f == want);
            assert_eq!(exact, text != "1.5e-3", "{text}");
        }
        assert_eq!(
            lit("9007199254740993.0").compare(Token::Gtr, &lit("9007199254740992")),
            Value::Bool(true)
        );
        assert_eq!(lit("12.5e-1"), Value::Float(1.25));
        assert_eq!(lit("0.000000000000000000000000000000000001e36"), Value::Float(1.0));
        assert!(matches!(lit("18446744073709551615e22"), Value::Rat(_)));
    }
}
