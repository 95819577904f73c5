//! The `.pyc` file: a 16-byte header, then the marshalled module code object (`marshal`), then
//! an 8-byte checksum of the marshalled bytes.
//!
//! The header follows CPython (PEP 552), all fields little-endian:
//!
//! | bytes | field                                                                       |
//! |-------|-----------------------------------------------------------------------------|
//! | 0..4  | `MAGIC`: a 2-byte number, then `\r\n`                                       |
//! | 4..8  | flags: bit 0 hash-based, bit 1 check-source; any other bit makes the file invalid |
//! | 8..16 | timestamp-based: the source's mtime (seconds, truncated to u32) and size (u32); hash-based: `source_hash` of the source |
//!
//! The trailing checksum (FNV-1a of the marshalled bytes, not in CPython's format) makes a
//! damaged file a clean rejection instead of a load of different code. Whatever passes all of
//! this must still pass the verifier before it runs.
//!
//! Files are named `__pycache__/NAME.<cache tag>.pyc`, and ferropy's cache tag is `ferropy-311`
//! (`ferropy_vm::sysmod::CACHE_TAG`), so they never collide with CPython's own.

use crate::code::CodeObject;
use crate::marshal::{self, MarshalError};
use crate::opcodes::ALL_OPCODES;
use std::fmt;

/// The version of ferropy's bytecode format. **Bump it whenever the instruction set (an opcode's
/// meaning, operand or stack effect, or their order), `CodeObject`, or the marshal format
/// changes** (or the code the compiler emits for the same source: version 3 compiles async
/// comprehensions and flags coroutines without GENERATOR), so that stale `.pyc` files are rejected by their magic number instead of being
/// misread. The test `opcode_table_fingerprint_is_pinned` fails when the opcode table changes
/// and reminds whoever changed it.
pub const FORMAT_VERSION: u16 = 3;

/// The magic number: `0xF400 + FORMAT_VERSION * 0x100 + the number of opcodes`, which lies above
/// every magic number CPython has used (its 1.x and 2.x numbers end at 62211, 3.x ones are
/// below 4000). Adding or removing an opcode changes it by itself; every other change to the
/// format must bump `FORMAT_VERSION`.
pub const MAGIC_NUMBER: u16 = 0xF400 + FORMAT_VERSION * 0x100 + ALL_OPCODES.len() as u16;

const _: () = assert!(
    FORMAT_VERSION <= 10 && ALL_OPCODES.len() < 256,
    "MAGIC_NUMBER needs a new scheme"
);

/// The first four bytes of every ferropy `.pyc`: `MAGIC_NUMBER` little-endian, then `\r\n`.
pub const MAGIC: [u8; 4] = [
    MAGIC_NUMBER.to_le_bytes()[0],
    MAGIC_NUMBER.to_le_bytes()[1],
    b'\r',
    b'\n',
];

/// The header's length in bytes.
pub const HEADER_LEN: usize = 16;
/// The trailing checksum's length in bytes.
pub const CHECKSUM_LEN: usize = 8;

/// Bits of the header's flags word.
pub mod flag {
    /// The header holds a hash of the source instead of its mtime and size.
    pub const HASH_BASED: u32 = 1;
    /// For hash-based files: check the hash against the source before use.
    pub const CHECK_SOURCE: u32 = 2;
    /// Every bit this version knows.
    pub const ALL: u32 = HASH_BASED | CHECK_SOURCE;
}

/// How a `.pyc` is checked against its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validation {
    /// Valid while the source's mtime (seconds, truncated to 32 bits) and size (truncated to 32
    /// bits) match.
    Timestamp { mtime: u32, size: u32 },
    /// Valid while the source's `source_hash` matches; with `check_source` false the source is
    /// not looked at (CPython's "unchecked" hash-based files).
    Hash { hash: u64, check_source: bool },
}

/// A parsed header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub validation: Validation,
}

impl Header {
    pub fn timestamp(mtime: u64, size: u64) -> Header {
        Header {
            validation: Validation::Timestamp {
                mtime: mtime as u32,
                size: size as u32,
            },
        }
    }

    pub fn hash(source: &[u8], check_source: bool) -> Header {
        Header {
            validation: Validation::Hash {
                hash: source_hash(source),
                check_source,
            },
        }
    }

    pub fn flags(&self) -> u32 {
        match self.validation {
            Validation::Timestamp { .. } => 0,
            Validation::Hash { check_source, .. } => {
                flag::HASH_BASED | if check_source { flag::CHECK_SOURCE } else { 0 }
            }
        }
    }

    pub fn to_bytes(&self) -> [u8; HEADER_LEN] {
        let mut h = [0u8; HEADER_LEN];
        h[..4].copy_from_slice(&MAGIC);
        h[4..8].copy_from_slice(&self.flags().to_le_bytes());
        match self.validation {
            Validation::Timestamp { mtime, size } => {
                h[8..12].copy_from_slice(&mtime.to_le_bytes());
                h[12..16].copy_from_slice(&size.to_le_bytes());
            }
            Validation::Hash { hash, .. } => h[8..16].copy_from_slice(&hash.to_le_bytes()),
        }
        h
    }

    /// Parses the first 16 bytes of `data`.
    pub fn parse(data: &[u8]) -> Result<Header, PycError> {
        if data.len() < HEADER_LEN {
            return Err(PycError::Truncated { len: data.len() });
        }
        let word = |i: usize| u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]);
        if data[..4] != MAGIC {
            return Err(PycError::BadMagic([data[0], data[1], data[2], data[3]]));
        }
        let flags = word(4);
        if flags & !flag::ALL != 0 {
            return Err(PycError::BadFlags(flags));
        }
        let validation = if flags & flag::HASH_BASED != 0 {
            let mut b = [0u8; 8];
            b.copy_from_slice(&data[8..16]);
            Validation::Hash {
                hash: u64::from_le_bytes(b),
                check_source: flags & flag::CHECK_SOURCE != 0,
            }
        } else if flags & flag::CHECK_SOURCE != 0 {
            // check-source means nothing without hash-based.
            return Err(PycError::BadFlags(flags));
        } else {
            Validation::Timestamp {
                mtime: word(8),
                size: word(12),
            }
        };
        Ok(Header { validation })
    }
}

/// Why a `.pyc` was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PycError {
    /// Shorter than a header (or than a header plus a checksum).
    Truncated {
        len: usize,
    },
    BadMagic([u8; 4]),
    BadFlags(u32),
    /// The body does not match its checksum.
    Checksum,
    Marshal(MarshalError),
}

impl fmt::Display for PycError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PycError::Truncated { len } => write!(f, "truncated file ({len} bytes)"),
            PycError::BadMagic(m) => write!(f, "bad magic number {m:02x?} (expected {MAGIC:02x?})"),
            PycError::BadFlags(flags) => write!(f, "invalid flags {flags:#x}"),
            PycError::Checksum => write!(f, "checksum mismatch (corrupt data)"),
            PycError::Marshal(e) => write!(f, "bad marshal data: {e}"),
        }
    }
}

impl std::error::Error for PycError {}

/// FNV-1a, 64 bits: the hash of hash-based headers and of the trailing checksum. Stable across
/// platforms and Rust versions.
pub fn fnv1a(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The hash of a source file stored in hash-based headers.
pub fn source_hash(source: &[u8]) -> u64 {
    fnv1a(source)
}

/// A whole `.pyc` file: header, marshalled code, checksum.
pub fn encode(header: &Header, code: &CodeObject) -> Result<Vec<u8>, MarshalError> {
    let body = marshal::dumps_code(code)?;
    let mut out = Vec::with_capacity(HEADER_LEN + body.len() + CHECKSUM_LEN);
    out.extend_from_slice(&header.to_bytes());
    out.extend_from_slice(&body);
    out.extend_from_slice(&fnv1a(&body).to_le_bytes());
    Ok(out)
}

/// Decodes the code object after the header (call `Header::parse` first to decide whether the
/// file is worth decoding). The result is not verified yet.
pub fn decode_body(data: &[u8]) -> Result<CodeObject, PycError> {
    if data.len() < HEADER_LEN + CHECKSUM_LEN {
        return Err(PycError::Truncated { len: data.len() });
    }
    let (body, sum) = data[HEADER_LEN..].split_at(data.len() - HEADER_LEN - CHECKSUM_LEN);
    let mut b = [0u8; 8];
    b.copy_from_slice(sum);
    if fnv1a(body) != u64::from_le_bytes(b) {
        return Err(PycError::Checksum);
    }
    marshal::loads_code(body).map_err(PycError::Marshal)
}

/// Parses the header and decodes the body.
pub fn decode(data: &[u8]) -> Result<(Header, CodeObject), PycError> {
    let header = Header::parse(data)?;
    Ok((header, decode_body(data)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opcodes::{Instr, Opcode};
    use proptest::prelude::*;

    fn module() -> CodeObject {
        CodeObject {
            name: "<module>".into(),
            qualname: "<module>".into(),
            filename: "m.py".into(),
            first_line: 1,
            instructions: vec![
                Instr::new(Opcode::LoadConst, 0),
                Instr::new(Opcode::StoreName, 0),
                Instr::new(Opcode::LoadConst, 1),
                Instr::new(Opcode::ReturnValue, 0),
            ],
            lines: vec![1, 1, 1, 1],
            constants: vec![crate::Constant::Int(42), crate::Constant::None],
            names: vec!["x".into()],
            max_stack: 1,
            ..Default::default()
        }
    }

    /// The opcode table, summarised: names, operand kinds and stack effects in encoding order.
    fn opcode_table_fingerprint() -> u64 {
        let mut text = String::new();
        for op in ALL_OPCODES {
            let kind = op.operand_kind();
            text.push_str(&format!("{}:{:?}", op.name(), kind));
            for arg in [0u32, 1, 2, 3, 5, 0x102] {
                text.push_str(&format!(
                    ":{:?}{:?}",
                    op.stack_effect(arg),
                    op.jump_stack_effect(arg)
                ));
            }
            text.push_str(&format!(":{}\n", Instr::new(*op, 0).is_terminator()));
        }
        fnv1a(text.as_bytes())
    }

    /// When this fails, the instruction set changed: bump `FORMAT_VERSION` (so old `.pyc` files
    /// are rejected by their magic number) and update both numbers here.
    #[test]
    fn opcode_table_fingerprint_is_pinned() {
        let pinned: (u16, u64) = (3, 0x7ec6_ffc9_6298_3653);
        assert_eq!(
            (FORMAT_VERSION, opcode_table_fingerprint()),
            pinned,
            "the opcode table changed: bump FORMAT_VERSION in crates/bytecode/src/pyc.rs and pin the new fingerprint"
        );
    }

    #[test]
    fn the_magic_is_ferropys_own() {
        assert_eq!(&MAGIC[2..], b"\r\n");
        assert!(MAGIC_NUMBER > 62211);
    }

    #[test]
    fn headers_round_trip() {
        for h in [
            Header::timestamp(1_700_000_000, 123),
            Header::hash(b"print(1)\n", true),
            Header::hash(b"", false),
        ] {
            assert_eq!(Header::parse(&h.to_bytes()), Ok(h));
        }
        // mtime and size are truncated to 32 bits, as CPython does.
        assert_eq!(
            Header::timestamp((1 << 32) + 5, (1 << 33) + 7).validation,
            Validation::Timestamp { mtime: 5, size: 7 }
        );
    }

    #[test]
    fn bad_headers_are_rejected() {
        let good = Header::timestamp(1, 2).to_bytes();
        assert_eq!(
            Header::parse(&good[..15]),
            Err(PycError::Truncated { len: 15 })
        );
        let mut m = good;
        m[0] ^= 1;
        assert!(matches!(Header::parse(&m), Err(PycError::BadMagic(_))));
        for bad_flags in [4u32, 0x8000_0000, flag::CHECK_SOURCE] {
            let mut f = good;
            f[4..8].copy_from_slice(&bad_flags.to_le_bytes());
            assert_eq!(Header::parse(&f), Err(PycError::BadFlags(bad_flags)));
        }
    }

    #[test]
    fn files_round_trip_and_damage_is_detected() {
        let header = Header::timestamp(10, 20);
        let file = encode(&header, &module()).unwrap();
        assert_eq!(decode(&file), Ok((header, module())));
        for cut in 0..file.len() {
            assert!(decode(&file[..cut]).is_err(), "truncated at {cut}");
        }
        for i in HEADER_LEN..file.len() {
            let mut bad = file.clone();
            bad[i] ^= 0x10;
            assert!(decode(&bad).is_err(), "flipped byte {i}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn random_files_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200), real_magic in any::<bool>()) {
            let mut bytes = bytes;
            if real_magic && bytes.len() >= 8 {
                bytes[..4].copy_from_slice(&MAGIC);
                bytes[4..8].copy_from_slice(&[0; 4]);
            }
            if let Ok((_, code)) = decode(&bytes) {
                let _ = crate::verify(&code);
            }
        }

        #[test]
        fn mutated_files_are_rejected_or_load(
            edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
        ) {
            let file = encode(&Header::timestamp(1, 2), &module()).unwrap();
            let mut bad = file.clone();
            for (at, v) in edits {
                let i = at.index(bad.len());
                bad[i] = v;
            }
            match decode(&bad) {
                Ok((_, code)) => {
                    // Only header edits can survive; the code is then the original.
                    prop_assert_eq!(&code, &module());
                    prop_assert_eq!(crate::verify(&code), Ok(()));
                }
                Err(_) => {}
            }
        }
    }
}
