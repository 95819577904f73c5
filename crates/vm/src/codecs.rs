//! Text encodings for `str.encode` and `bytes.decode`: UTF-8, ASCII and Latin-1, with the
//! `strict`, `ignore`, `replace` and `backslashreplace` error handlers and CPython's
//! `UnicodeEncodeError`/`UnicodeDecodeError` (five arguments and their message).

use crate::exceptions::{PyErr, PyResult};
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16 or UTF-32 (`wide`): `order` None is the BOM-led native (little-endian) form.
    Utf16(Option<Endian>),
    Utf32(Option<Endian>),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Endian {
    Little,
    Big,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(Endian::Little)) => "utf-16-le",
            Codec::Utf16(Some(Endian::Big)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(Endian::Little)) => "utf-32-le",
            Codec::Utf32(Some(Endian::Big)) => "utf-32-be",
        }
    }

    /// The largest code point the codec can encode.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 | Codec::Utf16(_) | Codec::Utf32(_) => u32::MAX,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// Looks an encoding name up as CPython normalizes it.
pub fn lookup(vm: &Vm, name: &str) -> PyResult<Codec> {
    let n = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
    let (le, be) = (Some(Endian::Little), Some(Endian::Big));
    Ok(match n.as_str() {
        "utf-16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf-16-le" | "utf-16le" | "utf16le" => Codec::Utf16(le),
        "utf-16-be" | "utf-16be" | "utf16be" => Codec::Utf16(be),
        "utf-32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf-32-le" | "utf-32le" | "utf32le" => Codec::Utf32(le),
        "utf-32-be" | "utf-32be" | "utf32be" => Codec::Utf32(be),
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" => Codec::Ascii,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "cp819" | "latin" => {
            Codec::Latin1
        }
        _ => return Err(vm.err("LookupError", format!("unknown encoding: {name}"))),
    })
}

fn unicode_error(
    vm: &Vm,
    kind: &str,
    codec: Codec,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let class = vm.types.exceptions[kind].clone();
    vm.new_exception(
        &class,
        vec![
            Value::str(codec.name()),
            object,
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

/// `str.encode(encoding, errors)`.
pub fn encode(vm: &Vm, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf16(order) => return Ok(encode_wide(s, order, false)),
        Codec::Utf32(order) => return Ok(encode_wide(s, order, true)),
        _ => {}
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < codec.limit() {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let end = (i..chars.len())
            .find(|&j| (chars[j] as u32) < codec.limit())
            .unwrap_or(chars.len());
        match errors {
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for ch in &chars[i..end] {
                    let esc = match *ch as u32 {
                        n @ 0..=0xff => format!("\\x{n:02x}"),
                        n @ 0x100..=0xffff => format!("\\u{n:04x}"),
                        n => format!("\\U{n:08x}"),
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for ch in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", *ch as u32).as_bytes());
                }
            }
            "namereplace" => {
                for ch in &chars[i..end] {
                    let esc = match unicode_names2::name(*ch) {
                        Some(n) => format!("\\N{{{n}}}"),
                        None => match *ch as u32 {
                            n @ 0..=0xff => format!("\\x{n:02x}"),
                            n @ 0x100..=0xffff => format!("\\u{n:04x}"),
                            n => format!("\\U{n:08x}"),
                        },
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            "strict" | "surrogateescape" | "surrogatepass" => {
                let reason = format!("ordinal not in range({})", codec.limit());
                return Err(unicode_error(
                    vm,
                    "UnicodeEncodeError",
                    codec,
                    Value::str(s),
                    i,
                    end,
                    &reason,
                ));
            }
            other => {
                return Err(vm.err(
                    "LookupError",
                    format!("unknown error handler name '{other}'"),
                ))
            }
        }
        i = end;
    }
    Ok(out)
}

/// `bytes.decode(encoding, errors)`.
pub fn decode(vm: &Vm, b: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => out.push_str(&format!("\\x{x:02x}")),
                    _ => {
                        let obj = Value::Bytes(Rc::new(b.to_vec()));
                        return Err(unicode_error(
                            vm,
                            "UnicodeDecodeError",
                            codec,
                            obj,
                            i,
                            i + 1,
                            "ordinal not in range(128)",
                        ));
                    }
                }
            }
            Ok(out)
        }
        Codec::Utf8 => decode_utf8(vm, b, errors),
        Codec::Utf16(order) | Codec::Utf32(order) => decode_wide(vm, b, codec, order, errors),
    }
}

/// UTF-16/UTF-32 bytes of a str; with no byte order given, a BOM and little-endian.
fn encode_wide(s: &str, order: Option<Endian>, wide: bool) -> Vec<u8> {
    let big = order == Some(Endian::Big);
    let mut out = Vec::with_capacity(s.len() * 4 + 4);
    let mut unit = |u: u32| {
        if wide {
            out.extend(if big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        } else {
            let u = u as u16;
            out.extend(if big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
    };
    if order.is_none() {
        unit(0xFEFF);
    }
    for c in s.chars() {
        if wide {
            unit(c as u32);
        } else {
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                unit(u32::from(*u));
            }
        }
    }
    out
}

/// UTF-16/UTF-32 text of bytes; with no byte order given, a leading BOM picks it.
fn decode_wide(
    vm: &Vm,
    b: &[u8],
    codec: Codec,
    order: Option<Endian>,
    errors: &str,
) -> PyResult<String> {
    let size = if matches!(codec, Codec::Utf32(_)) {
        4
    } else {
        2
    };
    let mut big = order == Some(Endian::Big);
    let mut pos = 0;
    if order.is_none() && b.len() >= size {
        let (le_bom, be_bom): (&[u8], &[u8]) = if size == 4 {
            (&[0xFF, 0xFE, 0, 0], &[0, 0, 0xFE, 0xFF])
        } else {
            (&[0xFF, 0xFE], &[0xFE, 0xFF])
        };
        if &b[..size] == le_bom {
            pos = size;
        } else if &b[..size] == be_bom {
            pos = size;
            big = true;
        }
    }
    let read = |at: usize| -> u32 {
        let mut v = 0u32;
        for k in 0..size {
            let byte = u32::from(b[if big { at + k } else { at + size - 1 - k }]);
            v = (v << 8) | byte;
        }
        v
    };
    let mut out = String::with_capacity(b.len() / size);
    while pos < b.len() {
        let (bad_end, reason) = if pos + size > b.len() {
            (b.len(), "truncated data")
        } else {
            let u = read(pos);
            if size == 4 {
                match char::from_u32(u) {
                    Some(c) => {
                        out.push(c);
                        pos += 4;
                        continue;
                    }
                    None if u > 0x10FFFF => (pos + 4, "code point not in range(0x110000)"),
                    None => (pos + 4, "code point in surrogate character range"),
                }
            } else if !(0xD800..0xE000).contains(&u) {
                out.extend(char::from_u32(u));
                pos += 2;
                continue;
            } else if u >= 0xDC00 {
                (pos + 2, "illegal encoding")
            } else if pos + 4 > b.len() {
                (b.len(), "unexpected end of data")
            } else {
                let lo = read(pos + 2);
                if (0xDC00..0xE000).contains(&lo) {
                    out.extend(char::from_u32(
                        0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00),
                    ));
                    pos += 4;
                    continue;
                }
                (pos + 2, "illegal UTF-16 surrogate")
            }
        };
        match errors {
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            _ => {
                let obj = Value::Bytes(Rc::new(b.to_vec()));
                // The error names the byte order actually used.
                let order = Some(if big { Endian::Big } else { Endian::Little });
                let named = if size == 4 {
                    Codec::Utf32(order)
                } else {
                    Codec::Utf16(order)
                };
                return Err(unicode_error(
                    vm,
                    "UnicodeDecodeError",
                    named,
                    obj,
                    pos,
                    bad_end,
                    reason,
                ));
            }
        }
        pos = bad_end;
    }
    Ok(out)
}

fn decode_utf8(vm: &Vm, b: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut rest = b;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                let bad_len = e.error_len().unwrap_or(rest.len() - good);
                let start = offset + good;
                let reason = match e.error_len() {
                    None => "unexpected end of data",
                    Some(_) if is_start_byte(rest[good]) => "invalid continuation byte",
                    Some(_) => "invalid start byte",
                };
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => {
                        for x in &rest[good..good + bad_len] {
                            out.push_str(&format!("\\x{x:02x}"));
                        }
                    }
                    _ => {
                        let obj = Value::Bytes(Rc::new(b.to_vec()));
                        return Err(unicode_error(
                            vm,
                            "UnicodeDecodeError",
                            Codec::Utf8,
                            obj,
                            start,
                            start + bad_len,
                            reason,
                        ));
                    }
                }
                rest = &rest[good + bad_len..];
                offset += good + bad_len;
            }
        }
    }
}

/// A byte that can begin a multi-byte UTF-8 sequence.
fn is_start_byte(b: u8) -> bool {
    (0xc2..=0xf4).contains(&b)
}

/// The message of a `UnicodeEncodeError`/`UnicodeDecodeError` built from five arguments.
pub fn unicode_error_str(vm: &mut Vm, encode: bool, args: &[Value]) -> PyResult<Option<String>> {
    let [Value::Str(enc), obj, Value::Int(start), Value::Int(end), Value::Str(reason)] = args
    else {
        return Ok(None);
    };
    let (start, end) = (*start as usize, *end as usize);
    let msg = if encode {
        let chars: Vec<char> = obj.as_str().unwrap_or("").chars().collect();
        if end == start + 1 {
            let c = chars.get(start).copied().unwrap_or('?') as u32;
            let shown = match c {
                0..=0xff => format!("\\x{c:02x}"),
                0x100..=0xffff => format!("\\u{c:04x}"),
                _ => format!("\\U{c:08x}"),
            };
            format!(
                "'{}' codec can't encode character '{shown}' in position {start}: {}",
                enc.as_str(),
                reason.as_str()
            )
        } else {
            format!(
                "'{}' codec can't encode characters in position {start}-{}: {}",
                enc.as_str(),
                end - 1,
                reason.as_str()
            )
        }
    } else {
        let bytes = match obj {
            Value::Bytes(b) => b.to_vec(),
            _ => Vec::new(),
        };
        if end == start + 1 {
            let x = bytes.get(start).copied().unwrap_or(0);
            format!(
                "'{}' codec can't decode byte 0x{x:02x} in position {start}: {}",
                enc.as_str(),
                reason.as_str()
            )
        } else {
            format!(
                "'{}' codec can't decode bytes in position {start}-{}: {}",
                enc.as_str(),
                end - 1,
                reason.as_str()
            )
        }
    };
    let _ = vm;
    Ok(Some(msg))
}

/// `str.encode`/`bytes.decode` with a codec the native table lacks (`raw-unicode-escape`,
/// `utf-16`, `cp1252`, ...): `_codecs.encode`/`decode`, which search the `encodings` package.
pub fn python_codec(
    vm: &mut Vm,
    func: &str,
    obj: Value,
    encoding: &str,
    errors: &str,
) -> PyResult<Value> {
    let m = vm.import_dotted("_codecs")?;
    let f = vm.get_attr_str(&m, func)?;
    vm.call(&f, &[obj, Value::str(encoding), Value::str(errors)], &[])
}
