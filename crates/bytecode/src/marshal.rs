//! Marshal: ferropy's binary format for `CodeObject`s and their constants (the body of a `.pyc`).
//!
//! The format is ferropy's own, in the spirit of CPython's `marshal`: every value starts with a
//! one-byte type tag; integers and lengths are LEB128 varints (signed ones zigzag-encoded); floats
//! are their IEEE bits, little-endian, so NaNs and signed zeros survive exactly.
//!
//! | tag | value                                                                         |
//! |-----|-------------------------------------------------------------------------------|
//! | `N` | None                                                                          |
//! | `F` / `T` | False / True                                                            |
//! | `i` | int: zigzag varint (an `i64`)                                                 |
//! | `l` | big int: sign byte (0 zero, 1 positive, 2 negative), length, magnitude bytes little-endian |
//! | `g` | float: 8 bytes                                                                |
//! | `y` | complex: real then imaginary, 8 bytes each                                    |
//! | `u` | str: length, UTF-8 bytes; the string is appended to the reference table       |
//! | `r` | str: index into the reference table (a string seen before)                    |
//! | `s` | bytes: length, bytes                                                          |
//! | `(` | tuple: length, items                                                          |
//! | `.` | Ellipsis                                                                      |
//! | `c` | code object: the fields of `CodeObject` in declaration order (see `write_code`) |
//!
//! Every string of a code object (names, variable names, file name, string constants) goes
//! through the reference table, so a name repeated across a module's functions is stored once.
//!
//! Decoding never trusts its input: it returns a `MarshalError` for any malformed data (and never
//! panics), never reserves memory from a length field that the remaining bytes could not fill,
//! and refuses values nested deeper than `MAX_DEPTH`. A decoded code object still has to pass
//! the verifier before it runs.

use crate::code::{CodeObject, Constant, ExceptionEntry};
use crate::opcodes::Instr;
use num_bigint::{BigInt, Sign};
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

/// The deepest nesting of tuples and code objects that is encoded or decoded.
pub const MAX_DEPTH: usize = 200;

/// The largest `max_stack` (and exception-table depth) a decoded code object may declare; it
/// keeps the verifier's depth arithmetic far from overflow.
pub const MAX_STACK: u32 = 1 << 24;

/// The type tags.
pub mod tag {
    pub const NONE: u8 = b'N';
    pub const FALSE: u8 = b'F';
    pub const TRUE: u8 = b'T';
    pub const INT: u8 = b'i';
    pub const BIG_INT: u8 = b'l';
    pub const FLOAT: u8 = b'g';
    pub const COMPLEX: u8 = b'y';
    pub const STR: u8 = b'u';
    pub const REF: u8 = b'r';
    pub const BYTES: u8 = b's';
    pub const TUPLE: u8 = b'(';
    pub const ELLIPSIS: u8 = b'.';
    pub const CODE: u8 = b'c';
}

/// Why data could not be encoded or decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarshalError {
    /// The byte offset where decoding failed (0 when encoding).
    pub offset: usize,
    pub reason: String,
}

impl fmt::Display for MarshalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at byte {})", self.reason, self.offset)
    }
}

impl std::error::Error for MarshalError {}

/// Encodes a code object (and everything nested in it).
pub fn dumps_code(code: &CodeObject) -> Result<Vec<u8>, MarshalError> {
    let mut w = Writer::default();
    w.code(code, 0)?;
    Ok(w.out)
}

/// Decodes a code object; the data must hold exactly one code object and nothing after it.
pub fn loads_code(data: &[u8]) -> Result<CodeObject, MarshalError> {
    let mut r = Reader::new(data);
    let t = r.byte()?;
    if t != tag::CODE {
        return Err(r.fail(format!("expected a code object, found type tag {t:#04x}")));
    }
    let code = r.code(0)?;
    r.finish()?;
    Ok(code)
}

/// Encodes one constant.
pub fn dumps_constant(c: &Constant) -> Result<Vec<u8>, MarshalError> {
    let mut w = Writer::default();
    w.constant(c, 0)?;
    Ok(w.out)
}

/// Decodes one constant; the data must hold exactly one value.
pub fn loads_constant(data: &[u8]) -> Result<Constant, MarshalError> {
    let mut r = Reader::new(data);
    let c = r.constant(0)?;
    r.finish()?;
    Ok(c)
}

fn too_deep() -> MarshalError {
    MarshalError {
        offset: 0,
        reason: format!("nested more than {MAX_DEPTH} levels deep"),
    }
}

#[derive(Default)]
struct Writer {
    out: Vec<u8>,
    /// The reference-table index of every string written so far.
    refs: HashMap<String, u32>,
}

impl Writer {
    fn varint(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.out.push(byte);
                return;
            }
            self.out.push(byte | 0x80);
        }
    }

    fn u32(&mut self, v: u32) {
        self.varint(u64::from(v));
    }

    fn len(&mut self, n: usize) -> Result<(), MarshalError> {
        let n = u32::try_from(n).map_err(|_| MarshalError {
            offset: 0,
            reason: "sequence too long".into(),
        })?;
        self.u32(n);
        Ok(())
    }

    fn str(&mut self, s: &str) -> Result<(), MarshalError> {
        if let Some(&index) = self.refs.get(s) {
            self.out.push(tag::REF);
            self.u32(index);
            return Ok(());
        }
        let index = u32::try_from(self.refs.len()).map_err(|_| MarshalError {
            offset: 0,
            reason: "too many strings".into(),
        })?;
        self.refs.insert(s.to_string(), index);
        self.out.push(tag::STR);
        self.len(s.len())?;
        self.out.extend_from_slice(s.as_bytes());
        Ok(())
    }

    fn strs(&mut self, list: &[String]) -> Result<(), MarshalError> {
        self.len(list.len())?;
        list.iter().try_for_each(|s| self.str(s))
    }

    fn constant(&mut self, c: &Constant, depth: usize) -> Result<(), MarshalError> {
        match c {
            Constant::None => self.out.push(tag::NONE),
            Constant::Bool(false) => self.out.push(tag::FALSE),
            Constant::Bool(true) => self.out.push(tag::TRUE),
            Constant::Int(i) => {
                self.out.push(tag::INT);
                self.varint(((*i << 1) ^ (*i >> 63)) as u64);
            }
            Constant::BigInt(i) => {
                self.out.push(tag::BIG_INT);
                let (sign, magnitude) = i.to_bytes_le();
                self.out.push(match sign {
                    Sign::NoSign => 0,
                    Sign::Plus => 1,
                    Sign::Minus => 2,
                });
                self.len(magnitude.len())?;
                self.out.extend_from_slice(&magnitude);
            }
            Constant::Float(f) => {
                self.out.push(tag::FLOAT);
                self.out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Constant::Complex { real, imag } => {
                self.out.push(tag::COMPLEX);
                self.out.extend_from_slice(&real.to_bits().to_le_bytes());
                self.out.extend_from_slice(&imag.to_bits().to_le_bytes());
            }
            Constant::Str(s) => self.str(s)?,
            Constant::Bytes(b) => {
                self.out.push(tag::BYTES);
                self.len(b.len())?;
                self.out.extend_from_slice(b);
            }
            Constant::Tuple(items) => {
                if depth >= MAX_DEPTH {
                    return Err(too_deep());
                }
                self.out.push(tag::TUPLE);
                self.len(items.len())?;
                for item in items {
                    self.constant(item, depth + 1)?;
                }
            }
            Constant::Ellipsis => self.out.push(tag::ELLIPSIS),
            Constant::Code(code) => self.code(code, depth)?,
        }
        Ok(())
    }

    /// Writes `c` and the code object's fields in declaration order. Line numbers are stored as
    /// zigzag deltas from the previous line (starting at `first_line`), which keeps them to a
    /// byte each in practice.
    fn code(&mut self, code: &CodeObject, depth: usize) -> Result<(), MarshalError> {
        if depth >= MAX_DEPTH {
            return Err(too_deep());
        }
        self.out.push(tag::CODE);
        self.str(&code.name)?;
        self.str(&code.qualname)?;
        self.str(&code.filename)?;
        for v in [
            code.flags,
            code.argcount,
            code.posonlyargcount,
            code.kwonlyargcount,
            code.first_line,
        ] {
            self.u32(v);
        }
        self.len(code.instructions.len())?;
        for instr in &code.instructions {
            instr.encode(&mut self.out);
        }
        self.len(code.lines.len())?;
        let mut prev = i64::from(code.first_line);
        for &line in &code.lines {
            let delta = i64::from(line) - prev;
            self.varint(((delta << 1) ^ (delta >> 63)) as u64);
            prev = i64::from(line);
        }
        self.len(code.constants.len())?;
        for c in &code.constants {
            self.constant(c, depth + 1)?;
        }
        self.strs(&code.names)?;
        self.strs(&code.varnames)?;
        self.strs(&code.cellvars)?;
        self.strs(&code.freevars)?;
        self.len(code.exception_table.len())?;
        for e in &code.exception_table {
            for v in [e.start, e.end, e.handler, e.depth] {
                self.u32(v);
            }
        }
        self.u32(code.max_stack);
        Ok(())
    }
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    /// Strings in the order they were first written (the reference table).
    strings: Vec<String>,
}

type R<T> = Result<T, MarshalError>;

impl<'a> Reader<'a> {
    fn new(data: &'a [u8]) -> Reader<'a> {
        Reader {
            data,
            pos: 0,
            strings: Vec::new(),
        }
    }

    fn fail(&self, reason: impl Into<String>) -> MarshalError {
        MarshalError {
            offset: self.pos,
            reason: reason.into(),
        }
    }

    fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    fn finish(&self) -> R<()> {
        if self.pos != self.data.len() {
            return Err(self.fail(format!(
                "{} unexpected bytes after the data",
                self.remaining()
            )));
        }
        Ok(())
    }

    fn byte(&mut self) -> R<u8> {
        let b = *self
            .data
            .get(self.pos)
            .ok_or_else(|| self.fail("unexpected end of data"))?;
        self.pos += 1;
        Ok(b)
    }

    fn bytes(&mut self, n: usize) -> R<&'a [u8]> {
        if n > self.remaining() {
            return Err(self.fail(format!("{n} bytes wanted, {} left", self.remaining())));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn u64_le(&mut self) -> R<u64> {
        let b = self.bytes(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }

    fn varint(&mut self) -> R<u64> {
        let mut v: u64 = 0;
        for shift in (0..70).step_by(7) {
            let byte = self.byte()?;
            let bits = u64::from(byte & 0x7f);
            if shift == 63 && bits > 1 {
                return Err(self.fail("varint overflows 64 bits"));
            }
            v |= bits << shift;
            if byte & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(self.fail("varint too long"))
    }

    fn u32(&mut self) -> R<u32> {
        let v = self.varint()?;
        u32::try_from(v).map_err(|_| self.fail(format!("{v} does not fit 32 bits")))
    }

    fn zigzag(&mut self) -> R<i64> {
        let v = self.varint()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    /// A length whose every element takes at least `min_size` bytes: rejected when the rest of
    /// the data could not hold that many, so no length field makes us allocate much.
    fn len(&mut self, min_size: usize) -> R<usize> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_size) > self.remaining() {
            return Err(self.fail(format!(
                "length {n} exceeds the {} bytes left",
                self.remaining()
            )));
        }
        Ok(n)
    }

    fn str(&mut self) -> R<String> {
        match self.byte()? {
            tag::STR => self.new_str(),
            tag::REF => self.ref_str(),
            t => Err(self.fail(format!("expected a string, found type tag {t:#04x}"))),
        }
    }

    fn new_str(&mut self) -> R<String> {
        let n = self.len(1)?;
        let start = self.pos;
        let bytes = self.bytes(n)?;
        let s = std::str::from_utf8(bytes)
            .map_err(|e| MarshalError {
                offset: start,
                reason: format!("invalid UTF-8 in a string: {e}"),
            })?
            .to_string();
        self.strings.push(s.clone());
        Ok(s)
    }

    fn ref_str(&mut self) -> R<String> {
        let index = self.u32()? as usize;
        match self.strings.get(index) {
            Some(s) => Ok(s.clone()),
            None => Err(self.fail(format!(
                "string reference {index} out of range ({} strings)",
                self.strings.len()
            ))),
        }
    }

    fn strs(&mut self) -> R<Vec<String>> {
        let n = self.len(2)?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(self.str()?);
        }
        Ok(v)
    }

    fn constant(&mut self, depth: usize) -> R<Constant> {
        let t = self.byte()?;
        Ok(match t {
            tag::NONE => Constant::None,
            tag::FALSE => Constant::Bool(false),
            tag::TRUE => Constant::Bool(true),
            tag::INT => Constant::Int(self.zigzag()?),
            tag::BIG_INT => {
                let sign = match self.byte()? {
                    0 => Sign::NoSign,
                    1 => Sign::Plus,
                    2 => Sign::Minus,
                    s => return Err(self.fail(format!("bad big-int sign {s}"))),
                };
                let n = self.len(1)?;
                Constant::BigInt(BigInt::from_bytes_le(sign, self.bytes(n)?))
            }
            tag::FLOAT => Constant::Float(f64::from_bits(self.u64_le()?)),
            tag::COMPLEX => {
                let real = f64::from_bits(self.u64_le()?);
                let imag = f64::from_bits(self.u64_le()?);
                Constant::Complex { real, imag }
            }
            tag::STR => Constant::Str(self.new_str()?),
            tag::REF => Constant::Str(self.ref_str()?),
            tag::BYTES => {
                let n = self.len(1)?;
                Constant::Bytes(self.bytes(n)?.to_vec())
            }
            tag::TUPLE => {
                if depth >= MAX_DEPTH {
                    return Err(self.fail(format!("nested more than {MAX_DEPTH} levels deep")));
                }
                let n = self.len(1)?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.constant(depth + 1)?);
                }
                Constant::Tuple(items)
            }
            tag::ELLIPSIS => Constant::Ellipsis,
            tag::CODE => Constant::Code(Rc::new(self.code(depth)?)),
            t => return Err(self.fail(format!("unknown type tag {t:#04x}"))),
        })
    }

    /// Reads a code object's fields (its tag already read). Besides the format, checks the few
    /// invariants that keep the verifier's arithmetic in range: argument counts within the
    /// local variables and stack depths at most `MAX_STACK`.
    fn code(&mut self, depth: usize) -> R<CodeObject> {
        if depth >= MAX_DEPTH {
            return Err(self.fail(format!("nested more than {MAX_DEPTH} levels deep")));
        }
        let start = self.pos;
        let name = self.str()?;
        let qualname = self.str()?;
        let filename = self.str()?;
        let flags = self.u32()?;
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let first_line = self.u32()?;
        let n = self.len(2)?;
        let mut instructions = Vec::with_capacity(n);
        for _ in 0..n {
            let at = self.pos;
            match Instr::decode(self.data, &mut self.pos) {
                Some(i) => instructions.push(i),
                None => {
                    self.pos = at;
                    return Err(self.fail("bad instruction"));
                }
            }
        }
        let n = self.len(1)?;
        let mut lines = Vec::with_capacity(n);
        let mut prev = i64::from(first_line);
        for _ in 0..n {
            let delta = self.zigzag()?;
            let line = prev.checked_add(delta).and_then(|l| u32::try_from(l).ok());
            let line = line.ok_or_else(|| self.fail("line number out of range"))?;
            lines.push(line);
            prev = i64::from(line);
        }
        let n = self.len(1)?;
        let mut constants = Vec::with_capacity(n);
        for _ in 0..n {
            constants.push(self.constant(depth + 1)?);
        }
        let names = self.strs()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let n = self.len(4)?;
        let mut exception_table = Vec::with_capacity(n);
        for _ in 0..n {
            let start = self.u32()?;
            let end = self.u32()?;
            let handler = self.u32()?;
            let depth = self.u32()?;
            exception_table.push(ExceptionEntry {
                start,
                end,
                handler,
                depth,
            });
        }
        let max_stack = self.u32()?;
        let nlocals = varnames.len() as u64;
        if u64::from(argcount) > nlocals
            || u64::from(kwonlyargcount) > nlocals
            || posonlyargcount > argcount
        {
            return Err(MarshalError {
                offset: start,
                reason: "argument counts exceed the local variables".into(),
            });
        }
        if max_stack > MAX_STACK || exception_table.iter().any(|e| e.depth > MAX_STACK) {
            return Err(MarshalError {
                offset: start,
                reason: format!("stack depth over {MAX_STACK}"),
            });
        }
        Ok(CodeObject {
            name,
            qualname,
            filename,
            flags,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            first_line,
            instructions,
            lines,
            constants,
            names,
            varnames,
            cellvars,
            freevars,
            exception_table,
            max_stack,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opcodes::{Opcode, ALL_OPCODES};
    use proptest::prelude::*;

    fn sample() -> CodeObject {
        let inner = CodeObject {
            name: "f".into(),
            qualname: "f".into(),
            filename: "m.py".into(),
            flags: crate::flags::OPTIMIZED | crate::flags::NEWLOCALS,
            argcount: 1,
            first_line: 3,
            instructions: vec![
                Instr::new(Opcode::LoadFast, 0),
                Instr::new(Opcode::ReturnValue, 0),
            ],
            lines: vec![4, 4],
            varnames: vec!["x".into()],
            max_stack: 1,
            ..Default::default()
        };
        CodeObject {
            name: "<module>".into(),
            qualname: "<module>".into(),
            filename: "m.py".into(),
            first_line: 1,
            instructions: vec![
                Instr::new(Opcode::LoadConst, 0),
                Instr::new(Opcode::MakeFunction, 0),
                Instr::new(Opcode::StoreName, 0),
                Instr::new(Opcode::LoadConst, 1),
                Instr::new(Opcode::ReturnValue, 0),
            ],
            lines: vec![3, 3, 3, 1000, 1],
            constants: vec![
                Constant::Code(Rc::new(inner)),
                Constant::None,
                Constant::Tuple(vec![
                    Constant::Str("f".into()),
                    Constant::Ellipsis,
                    Constant::Bool(true),
                ]),
                Constant::BigInt(
                    BigInt::from(-7) * BigInt::from(u64::MAX) * BigInt::from(u64::MAX),
                ),
                Constant::Int(i64::MIN),
                Constant::Float(-0.0),
                Constant::Complex {
                    real: 1.5,
                    imag: f64::INFINITY,
                },
                Constant::Bytes(vec![0, 255, 10]),
            ],
            names: vec!["f".into()],
            exception_table: vec![ExceptionEntry {
                start: 0,
                end: 2,
                handler: 4,
                depth: 0,
            }],
            max_stack: 1,
            ..Default::default()
        }
    }

    #[test]
    fn a_code_object_round_trips() {
        let code = sample();
        assert_eq!(crate::verify(&code), Ok(()));
        let bytes = dumps_code(&code).unwrap();
        assert_eq!(loads_code(&bytes).unwrap(), code);
    }

    #[test]
    fn repeated_strings_are_stored_once() {
        let mut code = sample();
        code.names = vec!["a_rather_long_name".into(); 50];
        let bytes = dumps_code(&code).unwrap();
        let count = bytes
            .windows(18)
            .filter(|w| *w == b"a_rather_long_name")
            .count();
        assert_eq!(count, 1);
        assert_eq!(loads_code(&bytes).unwrap(), code);
    }

    #[test]
    fn constants_round_trip_bit_exactly() {
        for c in [
            Constant::Float(f64::NAN),
            Constant::Float(f64::from_bits(0x7ff8_dead_beef_0001)),
            Constant::BigInt(BigInt::from(0)),
            Constant::Int(-1),
            Constant::Str(String::new()),
            Constant::Str("héllo ✓".into()),
            Constant::Tuple(vec![]),
        ] {
            let bytes = dumps_constant(&c).unwrap();
            let back = loads_constant(&bytes).unwrap();
            assert_eq!(dumps_constant(&back).unwrap(), bytes, "{c:?}");
        }
    }

    #[test]
    fn malformed_data_is_rejected() {
        let bytes = dumps_code(&sample()).unwrap();
        for cut in 0..bytes.len() {
            assert!(loads_code(&bytes[..cut]).is_err(), "truncated at {cut}");
        }
        let mut extra = bytes.clone();
        extra.push(0);
        assert!(loads_code(&extra).is_err());
        assert!(loads_constant(b"Z").is_err());
        assert!(
            loads_constant(b"r\x00").is_err(),
            "a reference before any string"
        );
        assert!(loads_constant(b"u\x02\xff\xfe").is_err(), "invalid UTF-8");
        assert!(
            loads_constant(b"i\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f").is_err(),
            "varint overflow"
        );
        assert!(loads_constant(b"l\x03\x00").is_err(), "bad sign");
    }

    #[test]
    fn huge_lengths_allocate_nothing() {
        // A tuple and a byte string claiming 2^32-1 items, with nothing behind them.
        assert!(loads_constant(b"(\xff\xff\xff\xff\x0f").is_err());
        assert!(loads_constant(b"s\xff\xff\xff\xff\x0f").is_err());
        let e = loads_constant(b"s\xff\xff\xff\xff\x0f").unwrap_err();
        assert!(e.reason.contains("exceeds"), "{e}");
    }

    #[test]
    fn nesting_is_limited() {
        let mut c = Constant::None;
        for _ in 0..MAX_DEPTH + 1 {
            c = Constant::Tuple(vec![c]);
        }
        assert!(dumps_constant(&c).is_err());
        let mut bytes = vec![tag::TUPLE, 1].repeat(100_000);
        bytes.push(tag::NONE);
        let e = loads_constant(&bytes).unwrap_err();
        assert!(e.reason.contains("deep"), "{e}");
    }

    #[test]
    fn impossible_counts_are_rejected() {
        let mut code = sample();
        code.argcount = 5;
        assert!(loads_code(&dumps_code(&code).unwrap()).is_err());
        let mut code = sample();
        code.max_stack = u32::MAX;
        assert!(loads_code(&dumps_code(&code).unwrap()).is_err());
    }

    // ---- property tests ----

    fn name() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec!["x", "y", "self", "print", "range", "__init__", "é"])
                .prop_map(String::from),
            "[a-zA-Z_][a-zA-Z0-9_]{0,12}",
            any::<String>(),
        ]
    }

    fn leaf_constant() -> impl Strategy<Value = Constant> {
        prop_oneof![
            Just(Constant::None),
            any::<bool>().prop_map(Constant::Bool),
            any::<i64>().prop_map(Constant::Int),
            (any::<bool>(), prop::collection::vec(any::<u32>(), 0..6)).prop_map(|(neg, digits)| {
                let sign = if neg { Sign::Minus } else { Sign::Plus };
                Constant::BigInt(BigInt::new(sign, digits))
            }),
            any::<f64>().prop_map(Constant::Float),
            (any::<f64>(), any::<f64>()).prop_map(|(real, imag)| Constant::Complex { real, imag }),
            name().prop_map(Constant::Str),
            prop::collection::vec(any::<u8>(), 0..20).prop_map(Constant::Bytes),
            Just(Constant::Ellipsis),
        ]
    }

    fn constant() -> impl Strategy<Value = Constant> {
        leaf_constant().prop_recursive(4, 32, 6, |inner| {
            prop::collection::vec(inner, 0..6).prop_map(Constant::Tuple)
        })
    }

    fn instr() -> impl Strategy<Value = Instr> {
        (
            prop::sample::select(ALL_OPCODES.to_vec()),
            prop_oneof![0u32..20, any::<u32>()],
        )
            .prop_map(|(op, arg)| Instr::new(op, arg))
    }

    fn code_with(
        consts: impl Strategy<Value = Vec<Constant>>,
    ) -> impl Strategy<Value = CodeObject> {
        (
            (
                name(),
                name(),
                name(),
                any::<u32>(),
                0u32..4,
                0u32..4,
                any::<u32>(),
            ),
            prop::collection::vec(instr(), 0..30),
            prop::collection::vec(any::<u32>(), 0..30),
            consts,
            prop::collection::vec(name(), 0..8),
            prop::collection::vec(name(), 4..10),
            (
                prop::collection::vec(name(), 0..3),
                prop::collection::vec(name(), 0..3),
            ),
            prop::collection::vec(
                (any::<u32>(), any::<u32>(), any::<u32>(), 0..=MAX_STACK),
                0..4,
            ),
            0..=MAX_STACK,
        )
            .prop_map(
                |(
                    (name, qualname, filename, flags, argcount, kwonly, first_line),
                    instructions,
                    lines,
                    constants,
                    names,
                    varnames,
                    (cellvars, freevars),
                    table,
                    max_stack,
                )| {
                    CodeObject {
                        name,
                        qualname,
                        filename,
                        flags,
                        argcount,
                        posonlyargcount: argcount / 2,
                        kwonlyargcount: kwonly,
                        first_line,
                        instructions,
                        lines,
                        constants,
                        names,
                        varnames,
                        cellvars,
                        freevars,
                        exception_table: table
                            .into_iter()
                            .map(|(start, end, handler, depth)| ExceptionEntry {
                                start,
                                end,
                                handler,
                                depth,
                            })
                            .collect(),
                        max_stack,
                    }
                },
            )
    }

    /// Code objects with constants that include nested code objects (two levels).
    fn code() -> impl Strategy<Value = CodeObject> {
        let leaf_code = code_with(prop::collection::vec(constant(), 0..6));
        let mid = code_with(prop::collection::vec(
            prop_oneof![3 => constant(), 1 => leaf_code.prop_map(|c| Constant::Code(Rc::new(c)))],
            0..6,
        ));
        code_with(prop::collection::vec(
            prop_oneof![3 => constant(), 1 => mid.prop_map(|c| Constant::Code(Rc::new(c)))],
            0..6,
        ))
    }

    fn has_nan(c: &Constant) -> bool {
        match c {
            Constant::Float(f) => f.is_nan(),
            Constant::Complex { real, imag } => real.is_nan() || imag.is_nan(),
            Constant::Tuple(items) => items.iter().any(has_nan),
            Constant::Code(code) => code.constants.iter().any(has_nan),
            _ => false,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn generated_code_objects_round_trip(code in code()) {
            let bytes = dumps_code(&code).unwrap();
            let back = loads_code(&bytes).unwrap();
            // Bit-exact (NaN payloads included): the re-encoding is identical.
            prop_assert_eq!(&dumps_code(&back).unwrap(), &bytes);
            if !code.constants.iter().any(has_nan) {
                prop_assert_eq!(back, code);
            }
        }

        #[test]
        fn generated_constants_round_trip(c in constant()) {
            let bytes = dumps_constant(&c).unwrap();
            let back = loads_constant(&bytes).unwrap();
            prop_assert_eq!(&dumps_constant(&back).unwrap(), &bytes);
            if !has_nan(&c) {
                prop_assert_eq!(back, c);
            }
        }

        /// Random bytes: an error or a value, never a panic; whatever decodes also goes through
        /// the verifier without a panic.
        #[test]
        fn random_bytes_never_panic(mut bytes in prop::collection::vec(any::<u8>(), 0..400), code_tag in any::<bool>()) {
            if code_tag && !bytes.is_empty() {
                bytes[0] = tag::CODE;
            }
            if let Ok(code) = loads_code(&bytes) {
                let _ = crate::verify(&code);
            }
            let _ = loads_constant(&bytes);
        }

        /// Encodings (of a verifiable code object or of generated ones) with bytes flipped,
        /// inserted, removed or the tail cut off.
        #[test]
        fn mutated_encodings_never_panic(
            code in prop_oneof![Just(sample()), code()],
            edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..4), 1..6),
        ) {
            let mut bytes = dumps_code(&code).unwrap();
            for (at, value, kind) in edits {
                if bytes.is_empty() {
                    break;
                }
                let i = at.index(bytes.len());
                match kind {
                    0 => bytes[i] = value,
                    1 => bytes[i] ^= 1 << (value % 8),
                    2 => bytes.insert(i, value),
                    _ => bytes.truncate(i),
                }
            }
            if let Ok(code) = loads_code(&bytes) {
                let _ = crate::verify(&code);
            }
        }
    }
}
