//! `ferropy compile PATH...` fills `__pycache__` for files and trees, as `python3 -m compileall`
//! does; `ferropy --dump-pyc FILE...` prints a `.pyc` file's header fields and disassembly.

use ferropy_bytecode::pyc::{self, Header, Validation};
use ferropy_vm::pycache::{self, Invalidation};
use std::path::{Path, PathBuf};

const COMPILE_USAGE: &str = "\
usage: ferropy compile [-q] [-f] [--invalidation-mode MODE] PATH...

Compiles every .py file named, and every .py file under every folder named (recursively,
skipping __pycache__), into __pycache__/NAME.ferropy-311.pyc (or under PYTHONPYCACHEPREFIX).
Files whose cache is already up to date are skipped unless -f is given.

  -q                      print only errors
  -f                      rewrite cache files even when they are up to date
  --invalidation-mode M   timestamp (default), checked-hash or unchecked-hash";

struct Options {
    quiet: bool,
    force: bool,
    mode: Invalidation,
    prefix: Option<PathBuf>,
}

/// `ferropy compile ARGS`: exit status 0 when everything compiled, 1 otherwise, 2 on a usage
/// error.
pub fn main(args: &[String]) -> u8 {
    let mut opts = Options {
        quiet: false,
        force: false,
        mode: Invalidation::Timestamp,
        prefix: pycache_prefix(),
    };
    let mut paths = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-q" => opts.quiet = true,
            "-f" => opts.force = true,
            "-h" | "--help" => {
                println!("{COMPILE_USAGE}");
                return 0;
            }
            "--invalidation-mode" => match it.next().map(String::as_str) {
                Some("timestamp") => opts.mode = Invalidation::Timestamp,
                Some("checked-hash") => opts.mode = Invalidation::CheckedHash,
                Some("unchecked-hash") => opts.mode = Invalidation::UncheckedHash,
                _ => {
                    eprintln!("{COMPILE_USAGE}");
                    return 2;
                }
            },
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("ferropy compile: unknown option {s}\n{COMPILE_USAGE}");
                return 2;
            }
            _ => paths.push(PathBuf::from(a)),
        }
    }
    if paths.is_empty() {
        eprintln!("{COMPILE_USAGE}");
        return 2;
    }
    let mut ok = true;
    for p in &paths {
        ok &= if p.is_dir() {
            compile_dir(p, &opts)
        } else {
            compile_one(p, &opts)
        };
    }
    u8::from(!ok)
}

/// `PYTHONPYCACHEPREFIX` as an absolute path (as the interpreter uses it).
pub fn pycache_prefix() -> Option<PathBuf> {
    let p = std::env::var_os("PYTHONPYCACHEPREFIX").filter(|p| !p.is_empty())?;
    std::path::absolute(Path::new(&p)).ok()
}

fn compile_dir(dir: &Path, opts: &Options) -> bool {
    if !opts.quiet {
        println!("Listing '{}'...", dir.display());
    }
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            eprintln!("Can't list '{}': {e}", dir.display());
            return false;
        }
    };
    entries.sort();
    let mut ok = true;
    for p in entries {
        let is_link = p
            .symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink());
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "__pycache__") || is_link {
                continue;
            }
            ok &= compile_dir(&p, opts);
        } else if p.extension().is_some_and(|e| e == "py") {
            ok &= compile_one(&p, opts);
        }
    }
    ok
}

/// Whether the cache file of `source` matches it already (the same kind of header).
fn up_to_date(source: &Path, opts: &Options) -> bool {
    let Some(cache) = pycache::cache_path(source, opts.prefix.as_deref()) else {
        return false;
    };
    let (Ok(data), Ok(meta)) = (std::fs::read(&cache), std::fs::metadata(source)) else {
        return false;
    };
    let Ok(header) = Header::parse(&data) else {
        return false;
    };
    if pyc::decode_body(&data).is_err() {
        return false;
    }
    match (header.validation, opts.mode) {
        (Validation::Timestamp { mtime, size }, Invalidation::Timestamp) => {
            let now = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
            now.is_some_and(|d| d.as_secs() as u32 == mtime) && meta.len() as u32 == size
        }
        (
            Validation::Hash { hash, check_source },
            Invalidation::CheckedHash | Invalidation::UncheckedHash,
        ) => {
            check_source == (opts.mode == Invalidation::CheckedHash)
                && std::fs::read(source).is_ok_and(|b| pyc::source_hash(&b) == hash)
        }
        _ => false,
    }
}

fn compile_one(source: &Path, opts: &Options) -> bool {
    if !opts.force && up_to_date(source, opts) {
        return true;
    }
    if !opts.quiet {
        println!("Compiling '{}'...", source.display());
    }
    match pycache::compile_file(source, opts.prefix.as_deref(), opts.mode) {
        Ok(_) => true,
        Err(e) => {
            eprintln!("{}", e.trim_end());
            false
        }
    }
}

/// `ferropy --dump-pyc FILE...`: the header fields, the body's size and checksum, and the
/// disassembly of every code object. A `.py` file stands for its cache file. Exit status 1 if
/// any file could not be read or decoded.
pub fn dump_main(args: &[String]) -> u8 {
    if args.is_empty() {
        eprintln!("usage: ferropy --dump-pyc FILE.pyc|FILE.py...");
        return 2;
    }
    let mut status = 0;
    for a in args {
        let mut path = PathBuf::from(a);
        if path.extension().is_some_and(|e| e == "py") {
            match pycache::cache_path(&path, pycache_prefix().as_deref()) {
                Some(p) => path = p,
                None => {
                    eprintln!("{a}: no cache path");
                    status = 1;
                    continue;
                }
            }
        }
        if let Err(e) = dump(&path) {
            eprintln!("{}: {e}", path.display());
            status = 1;
        }
    }
    status
}

fn dump(path: &Path) -> Result<(), String> {
    let data = std::fs::read(path).map_err(|e| e.to_string())?;
    println!("file:      {} ({} bytes)", path.display(), data.len());
    if data.len() >= 4 {
        let number = u16::from_le_bytes([data[0], data[1]]);
        let verdict = if data[..4] == pyc::MAGIC {
            "ok"
        } else {
            "WRONG"
        };
        println!(
            "magic:     {number} ({number:#06x}) + {:02x?}; this ferropy writes {} (format version {}): {verdict}",
            &data[2..4],
            pyc::MAGIC_NUMBER,
            pyc::FORMAT_VERSION
        );
    }
    let header = Header::parse(&data).map_err(|e| e.to_string())?;
    println!("flags:     {:#x}", header.flags());
    match header.validation {
        Validation::Timestamp { mtime, size } => {
            println!("kind:      timestamp-based");
            println!("mtime:     {mtime}");
            println!("size:      {size}");
        }
        Validation::Hash { hash, check_source } => {
            println!(
                "kind:      hash-based, {}",
                if check_source { "checked" } else { "unchecked" }
            );
            println!("hash:      {hash:016x}");
        }
    }
    let body_len = data
        .len()
        .saturating_sub(pyc::HEADER_LEN + pyc::CHECKSUM_LEN);
    println!("body:      {body_len} bytes of marshalled code, then an 8-byte checksum");
    let code = pyc::decode_body(&data).map_err(|e| e.to_string())?;
    match ferropy_bytecode::verify(&code) {
        Ok(()) => println!("verifier:  ok"),
        Err(e) => println!("verifier:  REJECTED: {e}"),
    }
    println!("filename:  {}", code.filename);
    println!();
    print!("{}", ferropy_bytecode::dis::disassemble_recursive(&code));
    Ok(())
}
