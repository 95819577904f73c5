//! The `.pyc` cache of imported modules (PEP 3147 layout, PEP 552 headers; the file format is in
//! `ferropy_bytecode::pyc`).
//!
//! The rules, after CPython's importlib:
//! - The main script is compiled but never cached (`Vm::run_main` does not come here).
//! - An imported module's `__pycache__/NAME.ferropy-311.pyc` is used when its header matches the
//!   source: mtime and size for timestamp-based files, the source hash for checked hash-based
//!   ones (unchecked hash-based files are used as they are, as in CPython).
//! - Otherwise the source is compiled and the file rewritten (hash-based files stay hash-based).
//! - Any failure to read, parse, decode or verify a `.pyc` is a cache miss, never an error.
//! - Writes are atomic: a temporary `PATH.<pid>.<counter>` is created exclusively in the same
//!   folder, written, and renamed over `PATH`, so readers (and concurrent writers) only ever see
//!   whole files. A write that fails for any reason (unwritable folder, `__pycache__` not being a
//!   folder, disk full) is skipped silently.
//! - `-B` / `PYTHONDONTWRITEBYTECODE` skip writing; `PYTHONPYCACHEPREFIX=DIR` moves the cache to
//!   a tree under `DIR` that mirrors the sources' absolute folders (no `__pycache__` part).
//! - `-v` prints one line per import to stderr saying what happened.

use crate::exceptions::PyResult;
use crate::regcode::CodeUnit;
use crate::sysmod::CACHE_TAG;
use crate::Vm;
use ferropy_bytecode::pyc::{self, Header, Validation};
use ferropy_bytecode::CodeObject;
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::UNIX_EPOCH;

/// The cache file of `source`: `DIR/__pycache__/NAME.ferropy-311.pyc`, or, with a prefix,
/// `PREFIX/<absolute DIR without its root>/NAME.ferropy-311.pyc`. `None` when `source` has no
/// file name.
pub fn cache_path(source: &Path, prefix: Option<&Path>) -> Option<PathBuf> {
    let stem = source.file_stem()?.to_string_lossy();
    let file = format!("{stem}.{CACHE_TAG}.pyc");
    let dir = source.parent().unwrap_or(Path::new(""));
    match prefix {
        None => Some(dir.join("__pycache__").join(file)),
        Some(prefix) => {
            let dir = std::path::absolute(if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            })
            .ok()?;
            let rel: PathBuf = dir
                .components()
                .filter(|c| matches!(c, Component::Normal(_) | Component::ParentDir))
                .collect();
            Some(prefix.join(rel).join(file))
        }
    }
}

/// The source's mtime in whole seconds since the epoch (0 for earlier times) and size.
fn source_stamp(meta: &std::fs::Metadata) -> (u64, u64) {
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    (mtime, meta.len())
}

/// Why the cache was not used.
enum Miss {
    /// No cache file.
    Absent,
    /// A cache file that cannot be used; `hash_based` keeps the kind of a file whose header was
    /// valid, so that it is rewritten as the same kind.
    Rejected {
        reason: String,
        hash_based: Option<bool>,
    },
}

/// The code of the module whose source is at `source`: from its `.pyc` when that is valid,
/// otherwise compiled (and the `.pyc` written). `name` is the module's name, for `-v`.
pub fn load_module_code(vm: &mut Vm, name: &str, source: &Path) -> PyResult<Rc<CodeUnit>> {
    let filename = source.to_string_lossy().into_owned();
    let meta =
        std::fs::metadata(source).map_err(|e| vm.err("OSError", format!("{e}: '{filename}'")))?;
    let stamp = source_stamp(&meta);
    let cache = cache_path(source, vm.cache_prefix_for(source));
    let mut source_bytes: Option<Vec<u8>> = None;
    let miss = match &cache {
        Some(path) => match read_cache(vm, path, source, &filename, stamp, &mut source_bytes) {
            Ok(unit) => {
                verbose(vm, || {
                    format!(
                        "import '{name}' # read from cache '{}' (source '{filename}')",
                        path.display()
                    )
                });
                return Ok(unit);
            }
            Err(miss) => miss,
        },
        None => Miss::Absent,
    };
    let bytes = match source_bytes {
        Some(b) => b,
        None => {
            std::fs::read(source).map_err(|e| vm.err("OSError", format!("{e}: '{filename}'")))?
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    let code = ferropy_compiler::compile(&text, &filename).map_err(|e| vm.syntax_error(&e))?;
    let unit = vm
        .load_code(Rc::new(code))
        .map_err(|e| vm.err("SystemError", e))?;
    if vm.options.verbose || !vm.options.dont_write_bytecode {
        let mut line = format!("import '{name}' # compiled from source '{filename}'");
        let hash_based = match (&miss, &cache) {
            (Miss::Absent, Some(p)) => {
                line.push_str(&format!("; no cache '{}'", p.display()));
                None
            }
            (Miss::Absent, None) => None,
            (Miss::Rejected { reason, hash_based }, _) => {
                line.push_str(&format!("; cache rejected: {reason}"));
                *hash_based
            }
        };
        match &cache {
            _ if vm.options.dont_write_bytecode => {
                line.push_str("; cache not written (dont_write_bytecode)")
            }
            None => line.push_str("; cache not written (no cache path)"),
            Some(path) => {
                let header = match hash_based {
                    Some(check_source) => Header::hash(&bytes, check_source),
                    None => Header::timestamp(stamp.0, stamp.1),
                };
                match write_cache(path, &header, &unit.code) {
                    Ok(()) => line.push_str(&format!("; cache written '{}'", path.display())),
                    Err(e) => line.push_str(&format!("; cache not written ({e})")),
                }
            }
        }
        verbose(vm, || line);
    }
    Ok(unit)
}

/// The code of a built-in module written in Python (`Vm::source_modules`): from the per-user
/// cache (`<stdlib cache>/<frozen>/NAME.ferropy-311.pyc`, checked against a hash of the source
/// compiled into the binary) when valid, otherwise compiled and cached.
pub fn load_frozen_code(vm: &mut Vm, name: &str, src: &str) -> PyResult<Rc<CodeUnit>> {
    let filename = format!("<frozen {name}>");
    let path = vm
        .options
        .stdlib_cache
        .as_ref()
        .map(|c| c.join("<frozen>").join(format!("{name}.{CACHE_TAG}.pyc")));
    let hash = pyc::source_hash(src.as_bytes());
    if let Some(p) = &path {
        if let Ok(data) = read_limited(p) {
            let fresh = matches!(
                Header::parse(&data).map(|h| h.validation),
                Ok(Validation::Hash { hash: h, .. }) if h == hash
            );
            if fresh {
                if let Ok(code) = pyc::decode_body(&data) {
                    if let Ok(unit) = vm.load_code(Rc::new(code)) {
                        verbose(vm, || {
                            format!(
                                "import '{name}' # built-in (Python source), read from cache '{}'",
                                p.display()
                            )
                        });
                        return Ok(unit);
                    }
                }
            }
        }
    }
    let code = ferropy_compiler::compile(src, &filename).map_err(|e| vm.syntax_error(&e))?;
    let unit = vm
        .load_code(Rc::new(code))
        .map_err(|e| vm.err("SystemError", e))?;
    let written = match &path {
        Some(p) if !vm.options.dont_write_bytecode => {
            write_cache(p, &Header::hash(src.as_bytes(), true), &unit.code).is_ok()
        }
        _ => false,
    };
    verbose(vm, || {
        format!("import '{name}' # built-in (Python source), compiled; cache written: {written}")
    });
    Ok(unit)
}

impl Vm {
    /// The cache tree for `source`: `PYTHONPYCACHEPREFIX` when set, the per-user standard
    /// library cache for files of the standard library, else none (`__pycache__` folders).
    pub fn cache_prefix_for(&self, source: &Path) -> Option<&Path> {
        if let Some(p) = self.options.pycache_prefix.as_deref() {
            return Some(p);
        }
        match (&self.options.stdlib, &self.options.stdlib_cache) {
            (Some(lib), Some(cache)) if source.starts_with(lib) => Some(cache),
            _ => None,
        }
    }
}

fn verbose(vm: &mut Vm, line: impl FnOnce() -> String) {
    if vm.options.verbose {
        vm.flush_out();
        eprintln!("{}", line());
    }
}

/// Reads, checks and loads the cache file at `path`. Reads the source into `source_bytes` when
/// a hash check needs it.
fn read_cache(
    vm: &mut Vm,
    path: &Path,
    source: &Path,
    filename: &str,
    stamp: (u64, u64),
    source_bytes: &mut Option<Vec<u8>>,
) -> Result<Rc<CodeUnit>, Miss> {
    let reject = |reason: String, hash_based: Option<bool>| Miss::Rejected { reason, hash_based };
    let data = match read_limited(path) {
        Ok(d) => d,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Miss::Absent),
        Err(e) => return Err(reject(format!("cannot read it ({e})"), None)),
    };
    let header = Header::parse(&data).map_err(|e| reject(e.to_string(), None))?;
    let hash_based = match header.validation {
        Validation::Timestamp { mtime, size } => {
            let now = Header::timestamp(stamp.0, stamp.1);
            if let Validation::Timestamp { mtime: m, size: s } = now.validation {
                if mtime != m {
                    return Err(reject(
                        format!("stale (source mtime {m}, cached {mtime})"),
                        None,
                    ));
                }
                if size != s {
                    return Err(reject(
                        format!("stale (source size {s}, cached {size})"),
                        None,
                    ));
                }
            }
            None
        }
        Validation::Hash { hash, check_source } => {
            if check_source {
                let bytes = std::fs::read(source)
                    .map_err(|e| reject(format!("cannot read the source ({e})"), Some(true)))?;
                let matches = pyc::source_hash(&bytes) == hash;
                *source_bytes = Some(bytes);
                if !matches {
                    return Err(reject("stale (source hash differs)".into(), Some(true)));
                }
            }
            Some(check_source)
        }
    };
    let mut code = pyc::decode_body(&data).map_err(|e| reject(e.to_string(), hash_based))?;
    if code.filename != filename {
        // The file was written for a source at another path (a moved tree): report this one.
        set_filename(&mut code, filename);
    }
    vm.load_code(Rc::new(code))
        .map_err(|e| reject(format!("failed verification: {e}"), hash_based))
}

/// The largest `.pyc` that is read at all (a bigger file is rejected unread).
const MAX_PYC_SIZE: u64 = 1 << 28;

/// Reads a whole file of at most `MAX_PYC_SIZE` bytes.
fn read_limited(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let mut data = Vec::new();
    file.take(MAX_PYC_SIZE + 1).read_to_end(&mut data)?;
    if data.len() as u64 > MAX_PYC_SIZE {
        return Err(std::io::Error::other(format!(
            "larger than {MAX_PYC_SIZE} bytes"
        )));
    }
    Ok(data)
}

/// Sets the file name of a code object and every code object nested in it.
fn set_filename(code: &mut CodeObject, filename: &str) {
    code.filename = filename.to_string();
    for c in &mut code.constants {
        if let ferropy_bytecode::Constant::Code(inner) = c {
            set_filename(Rc::make_mut(inner), filename);
        }
    }
}

/// Encodes `code` with `header` and writes it to `path` atomically.
pub fn write_cache(path: &Path, header: &Header, code: &CodeObject) -> std::io::Result<()> {
    let data = pyc::encode(header, code)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
    write_atomic(path, &data)
}

/// Writes `data` to `path` through a temporary file created exclusively in the same folder
/// (`PATH.<pid>.<counter>`) and renamed over `path`. Creates missing folders.
pub fn write_atomic(path: &Path, data: &[u8]) -> std::io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut attempts = 0;
    let (tmp, mut file) = loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let mut name = path.as_os_str().to_owned();
        name.push(format!(".{}.{n}", std::process::id()));
        let tmp = PathBuf::from(name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(f) => break (tmp, f),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempts < 100 => {
                attempts += 1
            }
            Err(e) => return Err(e),
        }
    };
    let written = file.write_all(data).and_then(|()| file.flush());
    drop(file);
    let result = written.and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// How `compile_file` stamps the files it writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalidation {
    Timestamp,
    CheckedHash,
    UncheckedHash,
}

/// Compiles `source` and writes its cache file (`ferropy compile`), whatever the options say
/// about writing bytecode. Returns the cache file's path.
pub fn compile_file(
    source: &Path,
    prefix: Option<&Path>,
    mode: Invalidation,
) -> Result<PathBuf, String> {
    let filename = source.to_string_lossy().into_owned();
    let meta = std::fs::metadata(source).map_err(|e| format!("{filename}: {e}"))?;
    let bytes = std::fs::read(source).map_err(|e| format!("{filename}: {e}"))?;
    let text = String::from_utf8_lossy(&bytes);
    let code = ferropy_compiler::compile(&text, &filename).map_err(|e| e.report())?;
    ferropy_bytecode::verify(&code).map_err(|e| format!("{filename}: invalid code: {e}"))?;
    let path = cache_path(source, prefix).ok_or_else(|| format!("{filename}: no cache path"))?;
    let (mtime, size) = source_stamp(&meta);
    let header = match mode {
        Invalidation::Timestamp => Header::timestamp(mtime, size),
        Invalidation::CheckedHash => Header::hash(&bytes, true),
        Invalidation::UncheckedHash => Header::hash(&bytes, false),
    };
    write_cache(&path, &header, &code).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::VmOptions;

    /// A small deterministic generator (xorshift64*) for the mutation test.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    const PROGRAM: &str = "\
import sys
X = (1, 2.5, 'a', b'b', None, ..., 10**30, 3j)
def f(a, *args, k=1, **kw):
    total = 0
    for i in range(a):
        try:
            total += i // (i - 3)
        except ZeroDivisionError as e:
            total -= 1
        finally:
            total += 1
    return [x * 2 for x in args if x] + [total, k, kw]
class C:
    def m(self, y):
        return lambda z: y + z
async_like = {k: v for k, v in zip('abc', range(3))}
";

    #[test]
    fn cache_paths_follow_pep_3147() {
        assert_eq!(
            cache_path(Path::new("/a/b/m.py"), None),
            Some(PathBuf::from("/a/b/__pycache__/m.ferropy-311.pyc"))
        );
        assert_eq!(
            cache_path(Path::new("/a/pkg/__init__.py"), None),
            Some(PathBuf::from("/a/pkg/__pycache__/__init__.ferropy-311.pyc"))
        );
        assert_eq!(
            cache_path(Path::new("/a/b/m.py"), Some(Path::new("/tmp/pfx"))),
            Some(PathBuf::from("/tmp/pfx/a/b/m.ferropy-311.pyc"))
        );
        assert_eq!(
            cache_path(Path::new("m.py"), None),
            Some(PathBuf::from("__pycache__/m.ferropy-311.pyc"))
        );
    }

    /// Real compiled code, damaged at random (bytes replaced, flipped, inserted, removed, cut),
    /// then decoded with the checksum recomputed (so the damage reaches the marshal decoder and
    /// the verifier) and loaded by the VM: an error or a loaded unit, never a panic.
    #[test]
    fn damaged_real_code_is_rejected_or_loads() {
        let code = ferropy_compiler::compile(PROGRAM, "p.py").expect("compiles");
        let body = ferropy_bytecode::marshal::dumps_code(&code).unwrap();
        let mut vm = Vm::new(VmOptions::default());
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let (mut loaded, mut rejected) = (0, 0);
        for _ in 0..3000 {
            let mut b = body.clone();
            for _ in 0..1 + rng.below(3) {
                let i = rng.below(b.len());
                match rng.below(5) {
                    0 => b[i] = rng.next() as u8,
                    1 => b[i] ^= 1 << rng.below(8),
                    2 => b.insert(i, rng.next() as u8),
                    3 => {
                        b.remove(i);
                    }
                    _ => b[i] = b[i].wrapping_add(1),
                }
                if b.is_empty() {
                    break;
                }
            }
            match ferropy_bytecode::marshal::loads_code(&b) {
                Ok(c) => match vm.load_code(Rc::new(c)) {
                    Ok(_) => loaded += 1,
                    Err(_) => rejected += 1,
                },
                Err(_) => rejected += 1,
            }
        }
        assert!(rejected > 0 && loaded + rejected == 3000);
        // And the whole file: any damage at all is caught before decoding.
        let file = pyc::encode(&Header::timestamp(1, 2), &code).unwrap();
        for i in pyc::HEADER_LEN..file.len() {
            let mut bad = file.clone();
            bad[i] = bad[i].wrapping_add(1 + (i % 200) as u8);
            assert!(pyc::decode_body(&bad).is_err());
        }
    }
}
