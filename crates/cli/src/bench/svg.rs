//! A hand-written SVG grouped bar chart: for each benchmark (and the geometric mean), one bar per
//! implementation showing its speedup over CPython on a log scale, bars growing up from the 1x
//! line when faster than CPython and down when slower.

use super::{geomean, ImplKind, Report};
use std::fmt::Write;

const COLORS: [&str; 4] = ["#4c72b0", "#dd8452", "#55a868", "#c44e52"];
const BAR: f64 = 16.0;
const GROUP_GAP: f64 = 18.0;
const LEFT: f64 = 78.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 84.0;
const PLOT_H: f64 = 330.0;
const BOTTOM: f64 = 110.0;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn tick_label(v: f64) -> String {
    if v >= 1.0 {
        format!("{v:.0}×")
    } else {
        let s = format!("{v:.3}");
        format!("{}×", s.trim_end_matches('0'))
    }
}

fn value_label(v: f64) -> String {
    if v >= 10.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
    }
}

/// The chart for `report`.
pub fn chart(report: &Report) -> String {
    let cpython = report.index(ImplKind::CPython);
    let series: Vec<usize> = (0..report.impls.len())
        .filter(|i| Some(*i) != cpython)
        .collect();

    // Groups: each benchmark, then the geometric mean; a value per series (None: failed).
    let mut groups: Vec<(String, Vec<Option<f64>>)> = report
        .rows
        .iter()
        .map(|r| {
            (
                r.name.clone(),
                series
                    .iter()
                    .map(|i| report.speedup(&r.cells, *i))
                    .collect(),
            )
        })
        .collect();
    if report.rows.len() > 1 {
        let g = series
            .iter()
            .map(|i| {
                geomean(
                    report
                        .rows
                        .iter()
                        .filter_map(|r| report.speedup(&r.cells, *i)),
                )
                .map(|(g, _)| g)
            })
            .collect();
        groups.push(("geometric mean".into(), g));
    }

    let group_w = series.len().max(1) as f64 * BAR + GROUP_GAP;
    let plot_w = (groups.len() as f64 * group_w).max(560.0);
    let width = LEFT + plot_w + RIGHT;
    let height = TOP + PLOT_H + BOTTOM;
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">"#
    );
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        s,
        r#"<text x="{:.1}" y="26" text-anchor="middle" font-size="17" font-weight="bold">ferropy: speedup over CPython (size {}, median of {} run{})</text>"#,
        width / 2.0,
        esc(report.size),
        report.runs,
        if report.runs == 1 { "" } else { "s" }
    );

    let values: Vec<f64> = groups
        .iter()
        .flat_map(|g| g.1.iter().flatten().copied())
        .filter(|v| *v > 0.0)
        .collect();
    if cpython.is_none() || values.is_empty() {
        let _ = writeln!(
            s,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="14" fill="#555">No CPython timings to compare with (python3 missing, or every run failed).</text>"##,
            width / 2.0,
            TOP + PLOT_H / 2.0
        );
        s.push_str("</svg>\n");
        return s;
    }

    // Log2 scale spanning at least 0.5x to 2x, in whole powers of two.
    // Leave room for the value labels beyond the longest bars.
    let lo = (values.iter().copied().fold(0.5f64, f64::min).log2() - 0.3).floor() as i32;
    let hi = (values.iter().copied().fold(2.0f64, f64::max).log2() + 0.3).ceil() as i32;
    let y = |v: f64| TOP + PLOT_H * (hi as f64 - v.log2()) / (hi - lo) as f64;

    // Legend.
    let mut lx = LEFT;
    for (k, i) in series.iter().enumerate() {
        let label = &report.impls[*i].label;
        let _ = writeln!(
            s,
            r#"<rect x="{lx:.1}" y="44" width="14" height="14" fill="{}"/>"#,
            COLORS[k % COLORS.len()]
        );
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="56" font-size="13">{}</text>"#,
            lx + 19.0,
            esc(label)
        );
        lx += 19.0 + 7.6 * label.chars().count() as f64 + 24.0;
    }
    let _ = writeln!(
        s,
        r##"<line x1="{lx:.1}" y1="51" x2="{:.1}" y2="51" stroke="#333" stroke-width="1.5" stroke-dasharray="5,3"/>"##,
        lx + 22.0
    );
    let _ = writeln!(
        s,
        r#"<text x="{:.1}" y="56" font-size="13">CPython = 1×</text>"#,
        lx + 27.0
    );

    // Grid, ticks and the y axis label.
    for e in lo..=hi {
        let v = 2f64.powi(e);
        let yy = y(v);
        let (stroke, dash) = if e == 0 {
            ("#333", r#" stroke-dasharray="5,3" stroke-width="1.5""#)
        } else {
            ("#ddd", "")
        };
        let _ = writeln!(
            s,
            r#"<line x1="{LEFT:.1}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="{stroke}"{dash}/>"#,
            LEFT + plot_w
        );
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end" font-size="12">{}</text>"#,
            LEFT - 6.0,
            yy + 4.0,
            tick_label(v)
        );
    }
    let _ = writeln!(
        s,
        r#"<text transform="translate(18,{:.1}) rotate(-90)" text-anchor="middle" font-size="13">speedup over CPython (log scale; higher is faster)</text>"#,
        TOP + PLOT_H / 2.0
    );
    let _ = writeln!(
        s,
        r##"<line x1="{LEFT:.1}" y1="{TOP:.1}" x2="{LEFT:.1}" y2="{:.1}" stroke="#333"/>"##,
        TOP + PLOT_H
    );
    let _ = writeln!(
        s,
        r##"<line x1="{LEFT:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#333"/>"##,
        TOP + PLOT_H,
        LEFT + plot_w,
        TOP + PLOT_H
    );

    // Bars.
    let x0 = LEFT + (plot_w - groups.len() as f64 * group_w) / 2.0;
    for (g, (name, vals)) in groups.iter().enumerate() {
        let gx = x0 + g as f64 * group_w + GROUP_GAP / 2.0;
        if g == groups.len() - 1 && report.rows.len() > 1 {
            let sep = gx - GROUP_GAP / 2.0;
            let _ = writeln!(
                s,
                r##"<line x1="{sep:.1}" y1="{TOP:.1}" x2="{sep:.1}" y2="{:.1}" stroke="#999" stroke-dasharray="2,3"/>"##,
                TOP + PLOT_H
            );
        }
        for (k, v) in vals.iter().enumerate() {
            let bx = gx + k as f64 * BAR;
            let color = COLORS[k % COLORS.len()];
            let label = &report.impls[series[k]].label;
            match v {
                Some(v) if *v > 0.0 => {
                    let (y1, y2) = (y(1.0), y(*v));
                    let (top, h) = (y1.min(y2), (y1 - y2).abs().max(1.0));
                    let _ = writeln!(
                        s,
                        r#"<rect x="{:.1}" y="{top:.1}" width="{:.1}" height="{h:.1}" fill="{color}"><title>{}: {} {:.3}× CPython</title></rect>"#,
                        bx + 1.0,
                        BAR - 2.0,
                        esc(name),
                        esc(label),
                        v
                    );
                    // The value, written along the bar's end, outside it.
                    let (ty, anchor) = if *v >= 1.0 {
                        (top - 3.0, "start")
                    } else {
                        (top + h + 3.0, "end")
                    };
                    let _ = writeln!(
                        s,
                        r##"<text transform="translate({:.1},{ty:.1}) rotate(-90)" text-anchor="{anchor}" font-size="9" fill="#333">{}</text>"##,
                        bx + BAR / 2.0 + 3.0,
                        value_label(*v)
                    );
                }
                _ => {
                    let _ = writeln!(
                        s,
                        r#"<text transform="translate({:.1},{:.1}) rotate(-90)" text-anchor="start" font-size="9" fill="{color}">failed</text>"#,
                        bx + BAR / 2.0 + 3.0,
                        y(1.0) - 3.0
                    );
                }
            }
        }
        // Benchmark name under the group, slanted.
        let cx = gx + vals.len() as f64 * BAR / 2.0;
        let weight = if g == groups.len() - 1 && report.rows.len() > 1 {
            r#" font-weight="bold""#
        } else {
            ""
        };
        let _ = writeln!(
            s,
            r#"<text transform="translate({:.1},{:.1}) rotate(-35)" text-anchor="end" font-size="12"{weight}>{}</text>"#,
            cx + 4.0,
            TOP + PLOT_H + 16.0,
            esc(name)
        );
    }
    let _ = writeln!(
        s,
        r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="13">benchmark</text>"#,
        LEFT + plot_w / 2.0,
        height - 10.0
    );
    s.push_str("</svg>\n");
    s
}
