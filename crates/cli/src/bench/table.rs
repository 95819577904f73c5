//! The results table, as aligned text for the terminal, as Markdown, and the raw runs as CSV.

use super::{geomean, BenchRow, Cell, Impl, ImplKind, Report};

/// Seconds with a precision that suits their size.
pub fn fmt_secs(t: f64) -> String {
    if t < 0.1 {
        format!("{t:.4}")
    } else if t < 100.0 {
        format!("{t:.3}")
    } else {
        format!("{t:.1}")
    }
}

fn fmt_ratio(r: f64) -> String {
    if r < 10.0 {
        format!("{r:.2}x")
    } else {
        format!("{r:.1}x")
    }
}

/// `value`, followed by `(n/total)` when some benchmarks are missing from a geometric mean.
fn with_count(value: String, n: usize, total: usize) -> String {
    if n < total {
        format!("{value} ({n}/{total})")
    } else {
        value
    }
}

/// The two tables the results are shown as: times; then speedups and memory.
pub struct Tables {
    pub times: (Vec<String>, Vec<Vec<String>>),
    pub relative: (Vec<String>, Vec<Vec<String>>),
}

/// Splits the full table after the time columns, repeating the benchmark column.
pub fn tables(report: &Report) -> Tables {
    let (header, rows) = cells(report);
    let split = 2 + report.impls.len();
    let part = |r: &Vec<String>, first: bool| -> Vec<String> {
        if first {
            r[..split].to_vec()
        } else {
            std::iter::once(r[0].clone())
                .chain(r[split..].iter().cloned())
                .collect()
        }
    };
    Tables {
        times: (
            part(&header, true),
            rows.iter().map(|r| part(r, true)).collect(),
        ),
        relative: (
            part(&header, false),
            rows.iter().map(|r| part(r, false)).collect(),
        ),
    }
}

/// The header and the rows (benchmarks, geometric mean, start-up) as cells of text.
pub fn cells(report: &Report) -> (Vec<String>, Vec<Vec<String>>) {
    let impls = &report.impls;
    let cpython = report.index(ImplKind::CPython);
    let others: Vec<usize> = (0..impls.len()).filter(|i| Some(*i) != cpython).collect();
    let has_ratio = report.index(ImplKind::FerropyOff).is_some()
        && report.index(ImplKind::FerropyAuto).is_some();

    let mut header = vec!["benchmark".to_string(), "size".to_string()];
    header.extend(impls.iter().map(|i| i.label.clone()));
    if cpython.is_some() {
        header.extend(
            others
                .iter()
                .map(|i| format!("{} vs CPython", impls[*i].short)),
        );
    }
    if has_ratio {
        header.push("JIT vs interp".into());
    }
    header.extend(impls.iter().map(|i| format!("{} MiB", i.short)));

    let row_of = |label: String, size: String, cells: &[Cell]| -> Vec<String> {
        let mut r = vec![label, size];
        for c in cells {
            r.push(match (c.median(), c.min_max(), &c.error) {
                (_, _, Some(_)) => "error".into(),
                (Some(m), Some((lo, hi)), _) if c.samples.len() > 1 => {
                    format!("{} ({}–{})", fmt_secs(m), fmt_secs(lo), fmt_secs(hi))
                }
                (Some(m), _, _) => fmt_secs(m),
                _ => "–".into(),
            });
        }
        if cpython.is_some() {
            for i in &others {
                r.push(
                    report
                        .speedup(cells, *i)
                        .map(fmt_ratio)
                        .unwrap_or_else(|| "–".into()),
                );
            }
        }
        if has_ratio {
            r.push(
                report
                    .jit_ratio(cells)
                    .map(fmt_ratio)
                    .unwrap_or_else(|| "–".into()),
            );
        }
        for c in cells {
            r.push(
                c.peak_mib()
                    .map(|m| format!("{m:.1}"))
                    .unwrap_or_else(|| "–".into()),
            );
        }
        r
    };

    let mut rows: Vec<Vec<String>> = report
        .rows
        .iter()
        .map(|b| row_of(b.name.clone(), b.size.clone(), &b.cells))
        .collect();

    // Geometric means over the benchmarks each implementation passed.
    let total = report.rows.len();
    if total > 1 {
        let mut r = vec!["geometric mean".to_string(), String::new()];
        for i in 0..impls.len() {
            r.push(
                geomean(report.rows.iter().filter_map(|b| b.cells[i].median()))
                    .map(|(g, n)| with_count(fmt_secs(g), n, total))
                    .unwrap_or_else(|| "–".into()),
            );
        }
        if cpython.is_some() {
            for i in &others {
                r.push(
                    geomean(
                        report
                            .rows
                            .iter()
                            .filter_map(|b| report.speedup(&b.cells, *i)),
                    )
                    .map(|(g, n)| with_count(fmt_ratio(g), n, total))
                    .unwrap_or_else(|| "–".into()),
                );
            }
        }
        if has_ratio {
            r.push(
                geomean(
                    report
                        .rows
                        .iter()
                        .filter_map(|b| report.jit_ratio(&b.cells)),
                )
                .map(|(g, n)| with_count(fmt_ratio(g), n, total))
                .unwrap_or_else(|| "–".into()),
            );
        }
        for i in 0..impls.len() {
            r.push(
                geomean(report.rows.iter().filter_map(|b| b.cells[i].peak_mib()))
                    .map(|(g, n)| with_count(format!("{g:.1}"), n, total))
                    .unwrap_or_else(|| "–".into()),
            );
        }
        rows.push(r);
    }
    if let Some(s) = &report.startup {
        rows.push(row_of("start-up (-c pass)".into(), String::new(), s));
    }
    (header, rows)
}

/// The text under the table: what the columns mean, what was skipped, what failed.
fn notes(report: &Report) -> Vec<String> {
    let mut notes = vec![
        format!(
            "Times: wall-clock seconds of the whole process, median (min–max) of {} run(s) each, the implementations interleaved run by run; every run's checksum is verified.",
            report.runs
        ),
        "vs CPython: CPython's median time ÷ this implementation's (above 1: faster than CPython). JIT vs interp: ferropy --jit=off's time ÷ --jit=auto's (above 1: the JIT helps).".into(),
        "Peak MiB: the largest peak resident set size (wait4's ru_maxrss) over the runs. Geometric means are over the benchmarks each implementation passed ((n/N) when some failed).".into(),
    ];
    if report.startup.is_some() {
        notes.push(format!(
            "start-up: `-c pass`, median of {} runs.",
            report.startup_runs
        ));
    }
    notes.extend(report.skipped.iter().cloned());
    for row in &report.rows {
        for (imp, c) in report.impls.iter().zip(&row.cells) {
            if let Some(e) = &c.error {
                notes.push(format!(
                    "error: {} on {} {}: {e}",
                    imp.label, row.name, row.size
                ));
            }
        }
    }
    if let Some(s) = &report.startup {
        for (imp, c) in report.impls.iter().zip(s) {
            if let Some(e) = &c.error {
                notes.push(format!("error: {} -c pass: {e}", imp.label));
            }
        }
    }
    notes
}

fn width(s: &str) -> usize {
    s.chars().count()
}

/// One table aligned for a terminal.
fn text_table(header: &[String], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(width(c));
        }
    }
    let line = |r: &[String]| -> String {
        let mut s = String::new();
        for (i, (c, w)) in r.iter().zip(&widths).enumerate() {
            let pad = " ".repeat(w - width(c));
            if i == 0 {
                s.push_str(c);
                s.push_str(&pad);
            } else {
                s.push_str("  ");
                s.push_str(&pad);
                s.push_str(c);
            }
        }
        s.trim_end().to_string()
    };
    let mut out = String::new();
    out.push_str(&line(header));
    out.push('\n');
    out.push_str(&"-".repeat(widths.iter().sum::<usize>() + 2 * (widths.len() - 1)));
    out.push('\n');
    for r in rows {
        out.push_str(&line(r));
        out.push('\n');
    }
    out
}

/// The two tables aligned for a terminal, with the notes under them.
pub fn render_text(report: &Report) -> String {
    let t = tables(report);
    let mut out = String::new();
    out.push_str(&format!(
        "\nsize {}, machine: {}\n\n",
        report.size, report.machine
    ));
    out.push_str(&format!(
        "Time (seconds, median (min–max) of {} run(s))\n",
        report.runs
    ));
    out.push_str(&text_table(&t.times.0, &t.times.1));
    out.push_str("\nSpeedup and peak memory\n");
    out.push_str(&text_table(&t.relative.0, &t.relative.1));
    out.push('\n');
    for n in notes(report) {
        out.push_str(&n);
        out.push('\n');
    }
    out
}

/// The two Markdown tables, each under a bold caption.
pub fn markdown_tables(report: &Report) -> String {
    let t = tables(report);
    format!(
        "**Time** (seconds, median (min–max) of {} run(s))\n\n{}\n**Speedup and peak memory**\n\n{}",
        report.runs,
        markdown_table(report, &t.times.0, &t.times.1),
        markdown_table(report, &t.relative.0, &t.relative.1)
    )
}

/// One Markdown table; the rows after the benchmarks (geometric mean, start-up) in bold.
fn markdown_table(report: &Report, header: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    let align: Vec<&str> = (0..header.len())
        .map(|i| if i == 0 { "---" } else { "---:" })
        .collect();
    out.push_str(&format!("| {} |\n", align.join(" | ")));
    let last_bench = report.rows.len();
    for (k, r) in rows.iter().enumerate() {
        let mut r = r.clone();
        if k >= last_bench {
            r[0] = format!("**{}**", r[0]);
        }
        out.push_str(&format!("| {} |\n", r.join(" | ")));
    }
    out
}

/// The whole Markdown report: what ran where, the table, the notes, the chart.
pub fn render_markdown(report: &Report, svg_name: &str) -> String {
    let mut out = String::from("# ferropy benchmarks\n\n");
    out.push_str(&format!(
        "Size `{}`, {} run(s) per benchmark and implementation, {}.\n\n",
        report.size, report.runs, report.date
    ));
    out.push_str(&format!("Machine: {}.\n\n", report.machine));
    // One entry per version, naming the modes: "ferropy 0.1.0 (abc1234) with --jit=off, --jit=auto".
    let mut versions: Vec<(String, Vec<String>)> = Vec::new();
    for imp in &report.impls {
        let mode = imp.args.join(" ");
        match versions.iter_mut().find(|(v, _)| *v == imp.version) {
            Some((_, modes)) => modes.push(mode),
            None => versions.push((imp.version.clone(), vec![mode])),
        }
    }
    let versions: Vec<String> = versions
        .into_iter()
        .map(|(v, modes)| {
            let modes: Vec<String> = modes
                .into_iter()
                .filter(|m| !m.is_empty())
                .map(|m| format!("`{m}`"))
                .collect();
            if modes.is_empty() {
                v
            } else {
                format!("{v} with {}", modes.join(" and "))
            }
        })
        .collect();
    out.push_str(&format!("Implementations: {}.\n\n", versions.join("; ")));
    out.push_str(&markdown_tables(report));
    out.push('\n');
    for n in notes(report) {
        out.push_str(&format!("- {n}\n"));
    }
    out.push_str(&format!(
        "\n![speedup over CPython per benchmark]({svg_name})\n"
    ));
    out
}

/// Every run: `benchmark,size,implementation,run,seconds,max_rss_kib,error`.
pub fn render_csv(report: &Report) -> String {
    let mut out = String::from("benchmark,size,implementation,run,seconds,max_rss_kib,error\n");
    let mut emit = |name: &str, size: &str, cells: &[Cell]| {
        for (imp, c) in report.impls.iter().zip(cells) {
            for (k, (t, kib)) in c.samples.iter().enumerate() {
                out.push_str(&format!(
                    "{name},{size},{},{},{t:.6},{kib},\n",
                    imp.label,
                    k + 1
                ));
            }
            if let Some(e) = &c.error {
                out.push_str(&format!(
                    "{name},{size},{},,,,\"{}\"\n",
                    imp.label,
                    e.replace('"', "\"\"")
                ));
            }
        }
    };
    for r in &report.rows {
        emit(&r.name, &r.size, &r.cells);
    }
    if let Some(s) = &report.startup {
        emit("startup", "", s);
    }
    out
}

/// One line per finished benchmark for the progress log.
pub fn summary_line(impls: &[Impl], row: &BenchRow) -> String {
    let parts: Vec<String> = impls
        .iter()
        .zip(&row.cells)
        .map(|(i, c)| match c.median() {
            Some(m) => format!("{} {} s", i.label, fmt_secs(m)),
            None => format!("{} error", i.label),
        })
        .collect();
    format!("{} {}: {}", row.name, row.size, parts.join(", "))
}
