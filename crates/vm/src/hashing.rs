//! CPython 3.11's hash functions, bit for bit, as they are with `PYTHONHASHSEED=0`: SipHash-1-3
//! with a zero key over a string's PEP 393 representation, the xxHash-style tuple hash, the
//! modular float hash and the frozenset hash. With the set table in `settable`, sets iterate in
//! CPython's order, so programs that print sets or hashes print what CPython prints.

/// `_PyHASH_MODULUS`: ints and floats hash modulo the Mersenne prime 2**61 - 1.
const MODULUS: u64 = (1 << 61) - 1;
const BITS: u32 = 61;
/// `_PyHASH_INF`.
pub const HASH_INF: i64 = 314159;

fn rotl(x: u64, b: u32) -> u64 {
    x.rotate_left(b)
}

fn sip_round(v: &mut [u64; 4]) {
    // HALF_ROUND(v0, v1, v2, v3, 13, 16); HALF_ROUND(v2, v1, v0, v3, 17, 21)
    v[0] = v[0].wrapping_add(v[1]);
    v[2] = v[2].wrapping_add(v[3]);
    v[1] = rotl(v[1], 13) ^ v[0];
    v[3] = rotl(v[3], 16) ^ v[2];
    v[0] = rotl(v[0], 32);
    v[2] = v[2].wrapping_add(v[1]);
    v[0] = v[0].wrapping_add(v[3]);
    v[1] = rotl(v[1], 17) ^ v[2];
    v[3] = rotl(v[3], 21) ^ v[0];
    v[2] = rotl(v[2], 32);
}

/// SipHash-1-3 with the all-zero key (CPython's `siphash13` when the hash secret is zeroed).
pub fn siphash13(data: &[u8]) -> u64 {
    let (k0, k1) = (0u64, 0u64);
    let mut v = [
        k0 ^ 0x736f6d6570736575,
        k1 ^ 0x646f72616e646f6d,
        k0 ^ 0x6c7967656e657261,
        k1 ^ 0x7465646279746573,
    ];
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mi = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        v[3] ^= mi;
        sip_round(&mut v);
        v[0] ^= mi;
    }
    let mut t = 0u64;
    for (i, b) in chunks.remainder().iter().enumerate() {
        t |= u64::from(*b) << (8 * i);
    }
    let b = ((data.len() as u64) << 56) | t;
    v[3] ^= b;
    sip_round(&mut v);
    v[0] ^= b;
    v[2] ^= 0xff;
    sip_round(&mut v);
    sip_round(&mut v);
    sip_round(&mut v);
    (v[0] ^ v[1]) ^ (v[2] ^ v[3])
}

/// `_Py_HashBytes`: 0 for empty input, never -1.
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    match siphash13(data) as i64 {
        -1 => -2,
        h => h,
    }
}

/// The hash of a str: its code points in the narrowest of 1, 2 or 4 bytes each (little-endian,
/// as PEP 393 stores them on the machines CPython's expected outputs come from).
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut buf = Vec::with_capacity(s.len() * 2);
    for c in s.chars() {
        let c = c as u32;
        match max {
            0..=0xff => buf.push(c as u8),
            0x100..=0xffff => buf.extend_from_slice(&(c as u16).to_le_bytes()),
            _ => buf.extend_from_slice(&c.to_le_bytes()),
        }
    }
    hash_bytes(&buf)
}

/// `_Py_HashDouble` for finite and infinite values (NaN hashes by identity in CPython; callers
/// give it a fixed value).
pub fn hash_float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let bits = BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// C's `frexp`: `v == m * 2**e` with `0.5 <= |m| < 1` (and `(0, 0)` for zero).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * f64::powi(2.0, 64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// The tuple hash of items with these hashes (CPython's xxHash-based `tuplehash`).
pub fn hash_tuple(item_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = item_hashes.len() as u64;
    let mut acc = XXPRIME_5;
    for h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// The frozenset hash of a set with these element hashes (order-independent).
pub fn hash_frozenset(item_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let n = item_hashes.len() as u64;
    let mut hash: u64 = 0;
    for h in item_hashes {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (n + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        return 590923713;
    }
    hash as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_cpython_with_hashseed_zero() {
        // Values printed by CPython 3.11 with PYTHONHASHSEED=0.
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(-0.5), -1152921504606846976);
        assert_eq!(hash_float(1e100), 1822893315824342674);
        assert_eq!(hash_float(5e-324), 16777216);
        assert_eq!(hash_float(1e-300), 482449582752280463);
        assert_eq!(hash_float(-1.0), -2);
        assert_eq!(hash_str("a"), 4644417185603328019);
        assert_eq!(hash_str("abc"), -4594863902769663758);
        assert_eq!(hash_str("hello world!"), 839851713330019024);
        assert_eq!(hash_str("é"), 6047309291227476195);
        assert_eq!(hash_str("€x"), -483395623852268653);
        assert_eq!(hash_str("😀"), -3536540696076613844);
        assert_eq!(hash_str("abcdefgh"), 4574395652268504554);
        assert_eq!(hash_str("abcdefghi"), -532774252720507163);
        assert_eq!(
            hash_frozenset([1i64, 2, 3].into_iter()),
            -272375401224217160
        );
        assert_eq!(hash_frozenset(std::iter::empty()), 133146708735736);
        assert_eq!(hash_tuple([1i64, 2].into_iter()), -3550055125485641917);
        assert_eq!(hash_tuple(std::iter::empty()), 5740354900026072187);
        assert_eq!(hash_str(""), 0);
    }
}
