//! `ferropy bench`: times the benchmark programs in `benches/programs/` under `ferropy --jit=off`,
//! `ferropy --jit=auto`, CPython and (when installed) PyPy, interleaved run by run; verifies every
//! run's checksum; prints a table and writes it as Markdown, with an SVG bar chart, into a
//! results folder.

pub mod runner;
mod svg;
mod table;

use clap::{Parser, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use runner::{find_in_path, run_child, ChildRun};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum SizeArg {
    Small,
    Default,
}

/// Time the benchmark programs under ferropy (interpreter and JIT), CPython and PyPy.
#[derive(Parser, Debug)]
#[command(name = "ferropy bench")]
struct BenchArgs {
    /// Only benchmarks whose name contains NAME (repeat, or separate with commas).
    #[arg(long, value_name = "NAME", value_delimiter = ',')]
    filter: Vec<String>,
    /// Timed runs of each benchmark per implementation.
    #[arg(long, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..))]
    runs: u32,
    /// Problem sizes, from benches/programs/sizes.txt.
    #[arg(long, value_enum, default_value = "default")]
    size: SizeArg,
    /// Folder for the Markdown table, the SVG chart and the raw timings.
    #[arg(long, value_name = "DIR", default_value = "bench-results")]
    out: PathBuf,
    /// The benchmark programs (default: benches/programs under the current folder or one of
    /// its parents).
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
    /// Runs of `-c pass` per implementation for the start-up row (0 leaves the row out).
    #[arg(long, value_name = "N", default_value_t = 20)]
    startup_runs: u32,
    /// Seconds before a run is killed and counted as an error.
    #[arg(long, value_name = "SECS", default_value_t = 300)]
    timeout: u64,
    /// Leave PyPy out even when pypy3 is installed.
    #[arg(long)]
    no_pypy: bool,
}

/// One implementation being timed.
pub struct Impl {
    /// Column label, e.g. `ferropy --jit=off`.
    pub label: String,
    /// Short label for narrow columns and the chart legend.
    pub short: &'static str,
    pub kind: ImplKind,
    pub program: PathBuf,
    pub args: Vec<String>,
    /// Version text for the report.
    pub version: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImplKind {
    FerropyOff,
    FerropyAuto,
    CPython,
    PyPy,
}

/// The timed runs of one implementation on one benchmark.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    /// (seconds, peak RSS in KiB) of each successful run.
    pub samples: Vec<(f64, u64)>,
    /// Why the runs stopped, if one failed.
    pub error: Option<String>,
}

impl Cell {
    /// The median time, if every run succeeded.
    pub fn median(&self) -> Option<f64> {
        if self.error.is_some() || self.samples.is_empty() {
            return None;
        }
        let mut t: Vec<f64> = self.samples.iter().map(|s| s.0).collect();
        t.sort_by(|a, b| a.total_cmp(b));
        let n = t.len();
        Some(if n % 2 == 1 {
            t[n / 2]
        } else {
            (t[n / 2 - 1] + t[n / 2]) / 2.0
        })
    }

    pub fn min_max(&self) -> Option<(f64, f64)> {
        self.median()?;
        let min = self
            .samples
            .iter()
            .map(|s| s.0)
            .fold(f64::INFINITY, f64::min);
        let max = self.samples.iter().map(|s| s.0).fold(0.0, f64::max);
        Some((min, max))
    }

    /// The largest peak RSS over the runs, in MiB.
    pub fn peak_mib(&self) -> Option<f64> {
        self.median()?;
        Some(self.samples.iter().map(|s| s.1).max().unwrap_or(0) as f64 / 1024.0)
    }
}

/// One benchmark's results: a cell per implementation.
pub struct BenchRow {
    pub name: String,
    pub size: String,
    pub cells: Vec<Cell>,
}

/// Everything the table and the chart are made from.
pub struct Report {
    pub impls: Vec<Impl>,
    pub rows: Vec<BenchRow>,
    /// `-c pass` timings, a cell per implementation.
    pub startup: Option<Vec<Cell>>,
    pub runs: u32,
    pub startup_runs: u32,
    pub size: &'static str,
    pub machine: String,
    pub date: String,
    /// Lines saying which implementations were skipped and why.
    pub skipped: Vec<String>,
}

impl Report {
    pub fn index(&self, kind: ImplKind) -> Option<usize> {
        self.impls.iter().position(|i| i.kind == kind)
    }

    /// CPython's median time divided by implementation `i`'s, for one row of cells.
    pub fn speedup(&self, cells: &[Cell], i: usize) -> Option<f64> {
        let c = self.index(ImplKind::CPython)?;
        Some(cells[c].median()? / cells[i].median()?)
    }

    /// The interpreter's median time divided by the JIT's (above 1: the JIT is faster).
    pub fn jit_ratio(&self, cells: &[Cell]) -> Option<f64> {
        let off = self.index(ImplKind::FerropyOff)?;
        let auto = self.index(ImplKind::FerropyAuto)?;
        Some(cells[off].median()? / cells[auto].median()?)
    }
}

/// The geometric mean of the values, with how many there were.
pub fn geomean(values: impl IntoIterator<Item = f64>) -> Option<(f64, usize)> {
    let (sum, n) = values
        .into_iter()
        .filter(|v| *v > 0.0)
        .fold((0.0, 0usize), |(s, n), v| (s + v.ln(), n + 1));
    (n > 0).then(|| ((sum / n as f64).exp(), n))
}

/// `ferropy bench ARGS`; returns the exit code.
pub fn main(args: &[String]) -> u8 {
    let argv = std::iter::once("ferropy bench".to_string()).chain(args.iter().cloned());
    let args = match BenchArgs::try_parse_from(argv) {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match run(&args) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("ferropy bench: {msg}");
            2
        }
    }
}

fn run(args: &BenchArgs) -> Result<u8, String> {
    let dir = find_programs(args.dir.as_deref())?;
    let benches = read_sizes(&dir, args.size)?;
    let checksums = read_checksums(&dir)?;
    let benches: Vec<(String, String)> = benches
        .into_iter()
        .filter(|(name, _)| {
            args.filter.is_empty() || args.filter.iter().any(|f| name.contains(f.as_str()))
        })
        .collect();
    if benches.is_empty() {
        return Err(format!(
            "no benchmark matches --filter {}",
            args.filter.join(",")
        ));
    }
    let (impls, skipped) = implementations(args.no_pypy)?;
    for line in &skipped {
        eprintln!("{line}");
    }
    let timeout = Some(Duration::from_secs(args.timeout.max(1)));

    let startup_runs = args.startup_runs as u64;
    let total = benches.len() as u64 * args.runs as u64 * impls.len() as u64
        + startup_runs * impls.len() as u64;
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} runs  {msg}",
        )
        .expect("a valid template"),
    );
    if !bar.is_hidden() {
        bar.enable_steady_tick(Duration::from_millis(250));
    }
    let size_name = match args.size {
        SizeArg::Small => "small",
        SizeArg::Default => "default",
    };
    let log = |line: String| {
        if bar.is_hidden() {
            eprintln!("{line}");
        } else {
            bar.println(line);
        }
    };
    log(format!(
        "ferropy bench: {} benchmark(s), size {size_name}, {} run(s) each of {}",
        benches.len(),
        args.runs,
        impls
            .iter()
            .map(|i| i.label.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    ));

    let mut rows = Vec::new();
    for (name, size) in &benches {
        let script = dir.join(format!("{name}.py"));
        let expected = checksums.get(&(name.clone(), size.clone()));
        let mut cells = vec![Cell::default(); impls.len()];
        for run_index in 0..args.runs {
            for (i, imp) in impls.iter().enumerate() {
                bar.set_message(format!(
                    "{name} {size}: run {}/{} {}",
                    run_index + 1,
                    args.runs,
                    imp.label
                ));
                if cells[i].error.is_none() {
                    let mut cmd = Command::new(&imp.program);
                    cmd.args(&imp.args).arg(&script).arg(size);
                    cmd.current_dir(&dir)
                        .env("PYTHONHASHSEED", "0")
                        .env("PYTHONDONTWRITEBYTECODE", "1");
                    match run_child(&mut cmd, timeout) {
                        Ok(r) => match check(&r, expected.map(String::as_str), name, size) {
                            Ok(()) => cells[i].samples.push((r.seconds, r.max_rss_kib)),
                            Err(e) => cells[i].error = Some(e),
                        },
                        Err(e) => {
                            cells[i].error =
                                Some(format!("cannot run {}: {e}", imp.program.display()))
                        }
                    }
                    if let Some(e) = &cells[i].error {
                        log(format!("  {name}: {} failed: {e}", imp.label));
                    }
                }
                bar.inc(1);
            }
        }
        let row = BenchRow {
            name: name.clone(),
            size: size.clone(),
            cells,
        };
        log(format!("  {}", table::summary_line(&impls, &row)));
        rows.push(row);
    }

    let startup = (startup_runs > 0).then(|| {
        let mut cells = vec![Cell::default(); impls.len()];
        for run_index in 0..startup_runs {
            for (i, imp) in impls.iter().enumerate() {
                bar.set_message(format!(
                    "start-up: run {}/{startup_runs} {} -c pass",
                    run_index + 1,
                    imp.label
                ));
                if cells[i].error.is_none() {
                    let mut cmd = Command::new(&imp.program);
                    cmd.args(&imp.args).args(["-c", "pass"]).current_dir(&dir);
                    match run_child(&mut cmd, timeout) {
                        Ok(r) if r.exit.success() => {
                            cells[i].samples.push((r.seconds, r.max_rss_kib))
                        }
                        Ok(r) => {
                            cells[i].error = Some(format!("{}: {}", r.exit, r.last_stderr_line()))
                        }
                        Err(e) => {
                            cells[i].error =
                                Some(format!("cannot run {}: {e}", imp.program.display()))
                        }
                    }
                }
                bar.inc(1);
            }
        }
        cells
    });
    bar.finish_and_clear();

    let report = Report {
        impls,
        rows,
        startup,
        runs: args.runs,
        startup_runs: args.startup_runs,
        size: size_name,
        machine: machine_description(),
        date: utc_now(),
        skipped,
    };
    println!("{}", table::render_text(&report));

    std::fs::create_dir_all(&args.out)
        .map_err(|e| format!("cannot create {}: {e}", args.out.display()))?;
    let md_path = args.out.join("bench.md");
    let svg_path = args.out.join("bench.svg");
    let csv_path = args.out.join("runs.csv");
    write(&md_path, &table::render_markdown(&report, "bench.svg"))?;
    write(&svg_path, &svg::chart(&report))?;
    write(&csv_path, &table::render_csv(&report))?;
    println!(
        "wrote {}, {} and {}",
        md_path.display(),
        svg_path.display(),
        csv_path.display()
    );

    // A failing ferropy run fails the command (CPython or PyPy failing does not).
    let ours_failed = report.rows.iter().any(|r| {
        report.impls.iter().zip(&r.cells).any(|(imp, c)| {
            matches!(imp.kind, ImplKind::FerropyOff | ImplKind::FerropyAuto) && c.error.is_some()
        })
    });
    Ok(if ours_failed { 1 } else { 0 })
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Checks that a run exited 0 and that its last stdout line is the expected checksum.
fn check(run: &ChildRun, expected: Option<&str>, name: &str, size: &str) -> Result<(), String> {
    if !run.exit.success() {
        let last = run.last_stderr_line();
        return Err(if last.is_empty() {
            run.exit.to_string()
        } else {
            format!("{}: {last}", run.exit)
        });
    }
    let stdout = String::from_utf8_lossy(&run.stdout);
    let last = stdout
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .last()
        .unwrap_or("");
    let Some(got) = last.strip_prefix("checksum:").map(str::trim) else {
        return Err(format!(
            "no 'checksum:' line in the output (last line: {last:.80})"
        ));
    };
    match expected {
        None => Err(format!("no checksum for {name} {size} in checksums.txt (regenerate with tools/bench_checksums.py)")),
        Some(want) if want == got => Ok(()),
        Some(want) => Err(format!("checksum mismatch: expected {want}, got {got}")),
    }
}

/// `--dir`, or `benches/programs` under the current folder or one of its parents, or near the
/// running binary (`target/release/ferropy` is two levels under the repository).
fn find_programs(dir: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(d) = dir {
        return if d.join("sizes.txt").is_file() {
            Ok(d.to_path_buf())
        } else {
            Err(format!("{} has no sizes.txt", d.display()))
        };
    }
    let mut starts = Vec::new();
    if let Ok(cwd) = std::env::current_dir() {
        starts.push(cwd);
    }
    if let Ok(exe) = std::env::current_exe() {
        if let Some(parent) = exe.parent() {
            starts.push(parent.to_path_buf());
        }
    }
    for start in starts {
        for d in start.ancestors() {
            let candidate = d.join("benches").join("programs");
            if candidate.join("sizes.txt").is_file() {
                return Ok(candidate);
            }
        }
    }
    Err("cannot find benches/programs/sizes.txt here or in a parent folder (use --dir)".into())
}

/// `(name, size)` for every benchmark in `sizes.txt`, in file order.
fn read_sizes(dir: &Path, size: SizeArg) -> Result<Vec<(String, String)>, String> {
    let path = dir.join("sizes.txt");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() != 3 {
            return Err(format!(
                "{}:{}: expected 'name small default'",
                path.display(),
                n + 1
            ));
        }
        let s = if size == SizeArg::Small { f[1] } else { f[2] };
        out.push((f[0].to_string(), s.to_string()));
    }
    Ok(out)
}

/// `(name, size) -> checksum` from `checksums.txt`.
fn read_checksums(dir: &Path) -> Result<HashMap<(String, String), String>, String> {
    let path = dir.join("checksums.txt");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(text
        .lines()
        .filter_map(|l| {
            let mut f = l.split_whitespace();
            Some((
                (f.next()?.to_string(), f.next()?.to_string()),
                f.next()?.to_string(),
            ))
        })
        .collect())
}

/// The implementations to time, and a line for each one that is skipped.
fn implementations(no_pypy: bool) -> Result<(Vec<Impl>, Vec<String>), String> {
    let exe =
        std::env::current_exe().map_err(|e| format!("cannot find the ferropy binary: {e}"))?;
    let ours = format!(
        "ferropy {}{}",
        env!("CARGO_PKG_VERSION"),
        git_describe()
            .map(|h| format!(" ({h})"))
            .unwrap_or_default()
    );
    let mut impls = vec![
        Impl {
            label: "ferropy --jit=off".into(),
            short: "off",
            kind: ImplKind::FerropyOff,
            program: exe.clone(),
            args: vec!["--jit=off".into()],
            version: ours.clone(),
        },
        Impl {
            label: "ferropy --jit=auto".into(),
            short: "auto",
            kind: ImplKind::FerropyAuto,
            program: exe,
            args: vec!["--jit=auto".into()],
            version: ours,
        },
    ];
    let mut skipped = Vec::new();
    match python("python3") {
        Some((program, version)) => impls.push(Impl {
            label: "CPython".into(),
            short: "CPython",
            kind: ImplKind::CPython,
            program,
            args: vec![],
            version,
        }),
        None => skipped.push(
            "python3 is not installed (or does not run): CPython skipped, so no speedups".into(),
        ),
    }
    if no_pypy {
        skipped.push("pypy3 skipped (--no-pypy)".into());
    } else {
        match python("pypy3") {
            Some((program, version)) => impls.push(Impl {
                label: "PyPy".into(),
                short: "PyPy",
                kind: ImplKind::PyPy,
                program,
                args: vec![],
                version,
            }),
            None => skipped.push("pypy3 is not installed: PyPy skipped".into()),
        }
    }
    Ok((impls, skipped))
}

/// Finds a Python on `PATH` and asks it for its real executable (so that a wrapper such as a
/// pyenv shim does not add its own start-up to every timing) and its version.
fn python(name: &str) -> Option<(PathBuf, String)> {
    let found = find_in_path(name)?;
    let probe = "import sys, platform; print(sys.executable); print(platform.python_implementation(), platform.python_version(), *(['%d.%d.%d' % sys.pypy_version_info[:3]] if hasattr(sys, 'pypy_version_info') else []))";
    let out = Command::new(&found).args(["-c", probe]).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    let exe = PathBuf::from(lines.next()?.trim());
    let program = if exe.is_file() { exe } else { found };
    let f: Vec<&str> = lines.next().unwrap_or("").split_whitespace().collect();
    let version = match f.as_slice() {
        [_, py, pypy] => format!("PyPy {pypy} (Python {py})"),
        [imp, py] => format!("{imp} {py}"),
        _ => name.to_string(),
    };
    Some((program, version))
}

fn git_describe() -> Option<String> {
    let out = Command::new("git")
        .args(["describe", "--always", "--dirty"])
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .filter(|s| !s.is_empty())
}

/// CPU model, core count and memory, from `/proc`.
fn machine_description() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map(|(_, m)| m.trim().to_string())
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let mem = meminfo
        .lines()
        .find(|l| l.starts_with("MemTotal:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|k| k.parse::<f64>().ok())
        .map(|kib| format!(", {:.0} GiB memory", kib / 1024.0 / 1024.0))
        .unwrap_or_default();
    format!(
        "{model}, {cores} cores (nproc){mem}, {} {}",
        std::env::consts::OS,
        std::env::consts::ARCH
    )
}

/// The current UTC date and time as `YYYY-MM-DD HH:MM UTC`.
fn utc_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (days, rem) = ((secs / 86400) as i64, secs % 86400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02} UTC",
        rem / 3600,
        rem % 3600 / 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(times: &[f64]) -> Cell {
        Cell {
            samples: times.iter().map(|t| (*t, 2048)).collect(),
            error: None,
        }
    }

    #[test]
    fn medians_and_spread() {
        assert_eq!(cell(&[3.0, 1.0, 2.0]).median(), Some(2.0));
        assert_eq!(cell(&[4.0, 1.0, 2.0, 3.0]).median(), Some(2.5));
        assert_eq!(cell(&[3.0, 1.0, 2.0]).min_max(), Some((1.0, 3.0)));
        assert_eq!(cell(&[1.0]).peak_mib(), Some(2.0));
        let failed = Cell {
            samples: vec![(1.0, 1)],
            error: Some("x".into()),
        };
        assert_eq!(failed.median(), None);
    }

    #[test]
    fn geometric_mean() {
        let (g, n) = geomean([2.0, 8.0]).unwrap();
        assert!((g - 4.0).abs() < 1e-12);
        assert_eq!(n, 2);
        assert!(geomean([]).is_none());
    }

    #[test]
    fn utc_date_is_well_formed() {
        let d = utc_now();
        assert_eq!(d.len(), "2026-01-01 00:00 UTC".len(), "{d}");
        assert!(d.starts_with("20"));
    }
}
