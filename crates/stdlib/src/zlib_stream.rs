//! `zlib.compressobj` and `zlib.decompressobj`: streaming (de)compression over `flate2`, with
//! the zlib, raw-deflate and gzip framings `wbits` selects. flate2's pure-Rust backend has no
//! gzip framing for streams, so the gzip header and trailer are written and parsed here.
//! `unused_data`, `unconsumed_tail` and `eof` behave as CPython's (what `gzip` relies on).

use crate::buffer::{arg, new_bytes};
use crate::native::{self, ClassSpec};
use crate::zlib::{error, int_kw};
use ferropy_vm::args::Args;
use ferropy_vm::value::Value;
use ferropy_vm::{PyResult, Vm};
use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

/// The framing of a stream.
#[derive(Clone, Copy, PartialEq)]
enum Framing {
    Zlib,
    Raw,
    Gzip,
    /// zlib or gzip, decided by the first bytes (`wbits` 32 + n).
    Auto,
}

fn framing(wbits: i64, decompressing: bool) -> Option<Framing> {
    Some(match wbits {
        0 if decompressing => Framing::Zlib,
        8..=15 => Framing::Zlib,
        -15..=-8 => Framing::Raw,
        24..=31 => Framing::Gzip,
        40..=47 if decompressing => Framing::Auto,
        _ => return None,
    })
}

pub struct CompressState {
    inner: Compress,
    gzip: bool,
    header_done: bool,
    crc: u32,
    size: u32,
    finished: bool,
}

static COMPRESS: ClassSpec = ClassSpec {
    module: "zlib",
    name: "Compress",
    key: "zlib.Compress",
    new: None,
    methods: &[("compress", c_compress), ("flush", c_flush)],
    getters: &[],
    classmethods: &[],
};

static DECOMPRESS: ClassSpec = ClassSpec {
    module: "zlib",
    name: "Decompress",
    key: "zlib.Decompress",
    new: None,
    methods: &[("decompress", d_decompress), ("flush", d_flush)],
    getters: &[
        ("unused_data", |vm, a, _| {
            field(vm, a, |s| new_bytes(s.unused.clone()))
        }),
        ("unconsumed_tail", |vm, a, _| {
            field(vm, a, |s| new_bytes(s.tail.clone()))
        }),
        ("eof", |vm, a, _| field(vm, a, |s| Value::Bool(s.eof))),
    ],
    classmethods: &[],
};

/// `compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=8, strategy=0, zdict=None)`.
pub fn compressobj(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let level = int_kw(vm, &a, 0, "level", -1)?;
    let method = int_kw(vm, &a, 1, "method", 8)?;
    let wbits = int_kw(vm, &a, 2, "wbits", 15)?;
    let mem = int_kw(vm, &a, 3, "memLevel", 8)?;
    if !(-1..=9).contains(&level) || method != 8 || !(1..=9).contains(&mem) {
        return Err(vm.value_error("Invalid initialization option"));
    }
    let Some(f) = framing(wbits, false) else {
        return Err(vm.value_error("Invalid initialization option"));
    };
    let level = if level < 0 { 6 } else { level as u32 };
    let state = CompressState {
        inner: Compress::new(Compression::new(level), f == Framing::Zlib),
        gzip: f == Framing::Gzip,
        header_done: false,
        crc: 0,
        size: 0,
        finished: false,
    };
    Ok(native::instance(native::class(vm, &COMPRESS, None), state))
}

/// Runs the compressor over `input` with `flush`, appending everything it produces.
fn run_compress(
    vm: &Vm,
    s: &mut CompressState,
    input: &[u8],
    flush: FlushCompress,
) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    if s.gzip && !s.header_done {
        // The header zlib writes: no name, no time, OS "unix".
        out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
        s.header_done = true;
    }
    if s.gzip {
        s.crc = crate::binascii::crc32_update(s.crc, input);
        s.size = s.size.wrapping_add(input.len() as u32);
    }
    let start = s.inner.total_in();
    loop {
        out.reserve(input.len() / 2 + 1024);
        let done = (s.inner.total_in() - start) as usize;
        let before_out = s.inner.total_out();
        let st = s
            .inner
            .compress_vec(&input[done..], &mut out, flush)
            .map_err(|e| error(vm, format!("Error -2 while compressing data: {e}")))?;
        let consumed_all = (s.inner.total_in() - start) as usize == input.len();
        let room_left = out.len() < out.capacity();
        match st {
            Status::StreamEnd => break,
            _ if consumed_all && room_left && s.inner.total_out() == before_out => break,
            _ if consumed_all && room_left && !matches!(flush, FlushCompress::Finish) => break,
            _ => {}
        }
    }
    if matches!(flush, FlushCompress::Finish) && s.gzip {
        out.extend_from_slice(&s.crc.to_le_bytes());
        out.extend_from_slice(&s.size.to_le_bytes());
    }
    Ok(out)
}

fn c_compress(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).exact(vm, "compress", 1)?;
    let data = arg(vm, &a[0])?;
    let st = native::state::<CompressState>(vm, &args[0], "zlib.Compress")?;
    let mut s = st.borrow_mut();
    if s.finished {
        return Err(error(
            vm,
            "Error -2 while compressing data: inconsistent stream state",
        ));
    }
    Ok(new_bytes(run_compress(
        vm,
        &mut s,
        &data,
        FlushCompress::None,
    )?))
}

fn c_flush(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw);
    let mode = int_kw(vm, &a, 0, "mode", 4)?;
    let st = native::state::<CompressState>(vm, &args[0], "zlib.Compress")?;
    let mut s = st.borrow_mut();
    let flush = match mode {
        0 => return Ok(new_bytes(Vec::new())),
        1 => FlushCompress::Partial,
        2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        _ => FlushCompress::Finish,
    };
    if s.finished {
        return Ok(new_bytes(Vec::new()));
    }
    let out = run_compress(vm, &mut s, &[], flush)?;
    if matches!(flush, FlushCompress::Finish) {
        s.finished = true;
    }
    Ok(new_bytes(out))
}

pub struct DecompressState {
    inner: Decompress,
    framing: Framing,
    /// Input held back until the gzip header (or the auto-detection bytes) is complete.
    pending: Vec<u8>,
    in_body: bool,
    /// Bytes of the gzip trailer still to skip after the deflate stream.
    trailer_left: usize,
    eof: bool,
    unused: Vec<u8>,
    tail: Vec<u8>,
}

/// `decompressobj(wbits=MAX_WBITS, zdict=b'')`.
pub fn decompressobj(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let wbits = int_kw(vm, &a, 0, "wbits", 15)?;
    let Some(f) = framing(wbits, true) else {
        return Err(vm.value_error("Invalid initialization option"));
    };
    let state = new_decompress(f);
    Ok(native::instance(
        native::class(vm, &DECOMPRESS, None),
        state,
    ))
}

/// One-shot `zlib.decompress`: the whole stream, which must be complete.
pub fn decompress_all(vm: &mut Vm, data: &[u8], wbits: i64) -> PyResult<Vec<u8>> {
    let Some(f) = framing(wbits, true) else {
        return Err(error(
            vm,
            "Error -2 while preparing to decompress data: inconsistent stream state",
        ));
    };
    let mut s = new_decompress(f);
    let out = run_decompress(vm, &mut s, data, 0)?;
    if !s.eof {
        return Err(error(
            vm,
            "Error -5 while decompressing data: incomplete or truncated stream",
        ));
    }
    Ok(out)
}

fn new_decompress(f: Framing) -> DecompressState {
    DecompressState {
        inner: Decompress::new(f == Framing::Zlib),
        framing: f,
        pending: Vec::new(),
        in_body: matches!(f, Framing::Zlib | Framing::Raw),
        trailer_left: 0,
        eof: false,
        unused: Vec::new(),
        tail: Vec::new(),
    }
}

fn field(vm: &mut Vm, args: &[Value], f: fn(&DecompressState) -> Value) -> PyResult<Value> {
    let st = native::state::<DecompressState>(vm, &args[0], "zlib.Decompress")?;
    let s = st.borrow();
    Ok(f(&s))
}

/// The length of a complete gzip header at the start of `b`; `Ok(None)` while incomplete.
fn gzip_header_len(b: &[u8]) -> Result<Option<usize>, &'static str> {
    if b.len() < 10 {
        return Ok(None);
    }
    if b[0] != 0x1f || b[1] != 0x8b || b[2] != 8 {
        return Err("incorrect header check");
    }
    let flags = b[3];
    let mut i = 10;
    if flags & 4 != 0 {
        if b.len() < i + 2 {
            return Ok(None);
        }
        i += 2 + u16::from_le_bytes([b[i], b[i + 1]]) as usize;
    }
    for bit in [8u8, 16] {
        if flags & bit != 0 {
            match b.get(i..).and_then(|r| r.iter().position(|&c| c == 0)) {
                Some(p) => i += p + 1,
                None => return Ok(None),
            }
        }
    }
    if flags & 2 != 0 {
        i += 2;
    }
    Ok(if b.len() >= i { Some(i) } else { None })
}

/// Moves past the gzip header (or decides the auto framing); the body's input, if reached.
fn start_body(vm: &Vm, s: &mut DecompressState, data: &[u8]) -> PyResult<Option<Vec<u8>>> {
    s.pending.extend_from_slice(data);
    if s.framing == Framing::Auto {
        if s.pending.len() < 2 {
            return Ok(None);
        }
        if s.pending[0] == 0x1f && s.pending[1] == 0x8b {
            s.framing = Framing::Gzip;
        } else {
            s.framing = Framing::Zlib;
            s.inner = Decompress::new(true);
            s.in_body = true;
            return Ok(Some(std::mem::take(&mut s.pending)));
        }
    }
    match gzip_header_len(&s.pending) {
        Ok(Some(n)) => {
            s.in_body = true;
            s.trailer_left = 8;
            Ok(Some(s.pending.split_off(n)))
        }
        Ok(None) => Ok(None),
        Err(msg) => Err(error(
            vm,
            format!("Error -3 while decompressing data: {msg}"),
        )),
    }
}

/// Inflates `input` into at most `max` bytes (0: no limit); the input left over when the limit
/// is reached goes to `unconsumed_tail`, and what follows the end of the stream to
/// `unused_data`.
fn run_decompress(vm: &Vm, s: &mut DecompressState, data: &[u8], max: usize) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    if s.eof {
        after_end(s, data);
        return Ok(out);
    }
    let input = if s.in_body {
        data.to_vec()
    } else {
        match start_body(vm, s, data)? {
            Some(body) => body,
            None => return Ok(out),
        }
    };
    if s.framing == Framing::Zlib && s.inner.total_in() == 0 && input.len() >= 2 {
        let (cmf, flg) = (input[0] as u32, input[1] as u32);
        if cmf & 0x0f != 8 || (cmf * 256 + flg) % 31 != 0 {
            return Err(error(
                vm,
                "Error -3 while decompressing data: incorrect header check",
            ));
        }
    }
    let mut pos = 0;
    loop {
        let room = if max == 0 {
            (input.len() * 4).clamp(4096, 1 << 20)
        } else {
            max - out.len()
        };
        // decompress_vec fills the spare capacity, so a fresh chunk bounds the output.
        let mut chunk = Vec::with_capacity(room);
        let (in0, out0) = (s.inner.total_in(), s.inner.total_out());
        let st = s
            .inner
            .decompress_vec(&input[pos..], &mut chunk, FlushDecompress::None)
            .map_err(|e| {
                let detail = if e.to_string().contains("header") {
                    "incorrect header check"
                } else {
                    "invalid stored block lengths"
                };
                error(vm, format!("Error -3 while decompressing data: {detail}"))
            })?;
        out.extend_from_slice(&chunk);
        pos += (s.inner.total_in() - in0) as usize;
        if matches!(st, Status::StreamEnd) {
            s.eof = true;
            s.tail.clear();
            after_end(s, &input[pos..]);
            return Ok(out);
        }
        if max != 0 && out.len() >= max {
            s.tail = input[pos..].to_vec();
            return Ok(out);
        }
        let progressed = s.inner.total_in() != in0 || s.inner.total_out() != out0;
        if !progressed {
            s.tail.clear();
            return Ok(out);
        }
    }
}

/// Input after the end of the stream: the rest of a gzip trailer, then `unused_data`.
fn after_end(s: &mut DecompressState, rest: &[u8]) {
    let skip = s.trailer_left.min(rest.len());
    s.trailer_left -= skip;
    s.unused.extend_from_slice(&rest[skip..]);
}

fn d_decompress(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw);
    let Some(d) = a.arg_or_kw(0, "data") else {
        return Err(vm.type_error("decompress() missing required argument 'data' (pos 1)"));
    };
    let data = arg(vm, &d)?;
    let max = int_kw(vm, &a, 1, "max_length", 0)?;
    if max < 0 {
        return Err(vm.value_error("max_length must be non-negative"));
    }
    let st = native::state::<DecompressState>(vm, &args[0], "zlib.Decompress")?;
    let mut s = st.borrow_mut();
    Ok(new_bytes(run_decompress(vm, &mut s, &data, max as usize)?))
}

fn d_flush(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let st = native::state::<DecompressState>(vm, &args[0], "zlib.Decompress")?;
    let mut s = st.borrow_mut();
    let tail = std::mem::take(&mut s.tail);
    Ok(new_bytes(run_decompress(vm, &mut s, &tail, 0)?))
}
