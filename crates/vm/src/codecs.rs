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
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The largest code point the codec can encode.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => u32::MAX,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// Looks an encoding name up as CPython normalizes it.
pub fn lookup(vm: &Vm, name: &str) -> PyResult<Codec> {
    let n = name.trim().to_ascii_lowercase().replace('_', "-");
    Ok(match n.as_str() {
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
    if codec == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
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
            _ => {
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
    }
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
