//! Hand-written SVG plots (no plotting dependency): small multiples of line charts
//! (speed-up against threads) and grouped bar charts with min–max whiskers (time per
//! program per configuration).
//!
//! Owns: layout, axes, ticks, colours and legends. Must not: compute statistics.

use std::fmt::Write;

const PALETTE: &[&str] = &[
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#7f7f7f",
];

pub fn color(i: usize) -> &'static str {
    PALETTE[i % PALETTE.len()]
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A "nice" tick step for a range of `span` with about `n` ticks.
pub fn nice_step(span: f64, n: usize) -> f64 {
    if !(span.is_finite() && span > 0.0) {
        return 1.0;
    }
    let raw = span / n.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let f = raw / mag;
    let nice = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 2.5 {
        2.5
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

fn fmt_tick(v: f64) -> String {
    let s = format!("{v:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s.is_empty() || s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// One line of a line chart.
pub struct Line {
    pub label: String,
    /// Index into the palette; `None` draws a grey reference line.
    pub color: Option<usize>,
    pub dashed: bool,
    pub points: Vec<(f64, f64)>,
}

pub struct Panel {
    pub title: String,
    pub lines: Vec<Line>,
}

/// A grid of line charts sharing axes labels; `legend` lists (label, colour, dashed).
pub fn line_panels(
    title: &str,
    x_label: &str,
    y_label: &str,
    panels: &[Panel],
    legend: &[(String, Option<usize>, bool)],
) -> String {
    let cols = panels.len().clamp(1, 3);
    let rows = panels.len().div_ceil(cols).max(1);
    let (pw, ph) = (320.0, 240.0);
    let width = (pw * cols as f64 + 20.0).max(title_width(title));
    let labels: Vec<&str> = legend.iter().map(|l| l.0.as_str()).collect();
    let (lcols, lcol_w) = legend_columns(&labels, width, 30.0);
    let top = 60.0 + 18.0 * legend.len().div_ceil(lcols) as f64;
    let height = top + ph * rows as f64 + 10.0;
    let mut s = header(width, height);
    let _ = writeln!(
        s,
        r#"<text x="{}" y="24" font-size="16" text-anchor="middle" font-weight="bold">{}</text>"#,
        width / 2.0,
        esc(title)
    );
    for (i, (label, c, dashed)) in legend.iter().enumerate() {
        let x = 20.0 + (i % lcols) as f64 * lcol_w;
        let y = 46.0 + (i / lcols) as f64 * 18.0;
        let stroke = c.map_or(REFERENCE, color);
        let dash = if *dashed {
            r#" stroke-dasharray="5,4""#
        } else {
            ""
        };
        let _ = writeln!(
            s,
            r#"<line x1="{x}" y1="{y}" x2="{}" y2="{y}" stroke="{stroke}" stroke-width="2"{dash}/><text x="{}" y="{}">{}</text>"#,
            x + 24.0,
            x + 30.0,
            y + 4.0,
            esc(label)
        );
    }
    for (pi, p) in panels.iter().enumerate() {
        let ox = 10.0 + (pi % cols) as f64 * pw;
        let oy = top + (pi / cols) as f64 * ph;
        let (l, r, t, b) = (ox + 50.0, ox + pw - 15.0, oy + 22.0, oy + ph - 40.0);
        let pts = p.lines.iter().flat_map(|l| l.points.iter());
        let (mut xmin, mut xmax, mut ymax) = (f64::INFINITY, f64::NEG_INFINITY, 0.0f64);
        for &(x, y) in pts {
            if x.is_finite() && y.is_finite() {
                xmin = xmin.min(x);
                xmax = xmax.max(x);
                ymax = ymax.max(y);
            }
        }
        if !xmin.is_finite() {
            (xmin, xmax) = (0.0, 1.0);
        }
        if xmax <= xmin {
            xmax = xmin + 1.0;
        }
        let ystep = nice_step(ymax.max(1.0) * 1.1, 5);
        let ytop = (ymax.max(1.0) * 1.1 / ystep).ceil() * ystep;
        let sx = |x: f64| l + (x - xmin) / (xmax - xmin) * (r - l);
        let sy = |y: f64| b - y / ytop * (b - t);
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}" font-size="13" text-anchor="middle" font-weight="bold">{}</text>"#,
            (l + r) / 2.0,
            oy + 14.0,
            esc(&p.title)
        );
        let mut y = 0.0;
        while y <= ytop + 1e-9 {
            let _ = writeln!(
                s,
                r##"<line x1="{l}" y1="{0}" x2="{r}" y2="{0}" stroke="#ddd"/><text x="{1}" y="{2}" text-anchor="end">{3}</text>"##,
                sy(y),
                l - 4.0,
                sy(y) + 4.0,
                fmt_tick(y)
            );
            y += ystep;
        }
        let mut xs: Vec<f64> = p
            .lines
            .iter()
            .flat_map(|l| l.points.iter().map(|p| p.0))
            .filter(|x| x.is_finite())
            .collect();
        xs.sort_by(|a, b| a.total_cmp(b));
        xs.dedup();
        for x in xs {
            let _ = writeln!(
                s,
                r#"<text x="{}" y="{}" text-anchor="middle">{}</text>"#,
                sx(x),
                b + 14.0,
                fmt_tick(x)
            );
        }
        let _ = writeln!(
            s,
            r##"<rect x="{l}" y="{t}" width="{}" height="{}" fill="none" stroke="#444"/>"##,
            r - l,
            b - t
        );
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}" text-anchor="middle">{}</text>"#,
            (l + r) / 2.0,
            b + 30.0,
            esc(x_label)
        );
        let _ = writeln!(
            s,
            r#"<text x="{0}" y="{1}" text-anchor="middle" transform="rotate(-90 {0} {1})">{2}</text>"#,
            ox + 14.0,
            (t + b) / 2.0,
            esc(y_label)
        );
        for line in &p.lines {
            let pts: Vec<String> = line
                .points
                .iter()
                .filter(|(x, y)| x.is_finite() && y.is_finite())
                .map(|&(x, y)| format!("{:.1},{:.1}", sx(x), sy(y)))
                .collect();
            if pts.is_empty() {
                continue;
            }
            let stroke = line.color.map_or(REFERENCE, color);
            let dash = if line.dashed {
                r#" stroke-dasharray="5,4""#
            } else {
                ""
            };
            let _ = writeln!(
                s,
                r#"<polyline points="{}" fill="none" stroke="{stroke}" stroke-width="2"{dash}><title>{}</title></polyline>"#,
                pts.join(" "),
                esc(&line.label)
            );
            if line.color.is_some() {
                for p in &pts {
                    let (x, y) = p.split_once(',').unwrap_or(("0", "0"));
                    let _ = writeln!(s, r#"<circle cx="{x}" cy="{y}" r="3" fill="{stroke}"/>"#);
                }
            }
        }
    }
    s.push_str("</svg>\n");
    s
}

/// One bar: median with a min–max whisker.
#[derive(Clone, Copy, Debug)]
pub struct Bar {
    pub value: f64,
    pub lo: f64,
    pub hi: f64,
}

/// Grouped vertical bars: one group per category, one bar per series (`None` = no
/// figure); `reference` draws a horizontal line (e.g. 1 for ratios).
pub fn grouped_bars(
    title: &str,
    y_label: &str,
    categories: &[String],
    series: &[String],
    bars: &[Vec<Option<Bar>>],
    reference: Option<f64>,
) -> String {
    let per = series.len().max(1) as f64;
    let bar_w = 10.0_f64.max(60.0 / per).min(22.0);
    let group_w = bar_w * per + 14.0;
    let plot_h = 300.0;
    let l = 70.0;
    let width = l + group_w * categories.len().max(1) as f64 + 20.0;
    let width = width.max(480.0).max(title_width(title));
    let labels: Vec<&str> = series.iter().map(String::as_str).collect();
    let (lcols, lcol_w) = legend_columns(&labels, width, 16.0);
    let t = 50.0 + 18.0 * series.len().div_ceil(lcols) as f64;
    let b = t + plot_h;
    let height = b + 110.0;
    let mut ymax = reference.unwrap_or(0.0);
    for row in bars {
        for v in row.iter().flatten() {
            if v.hi.is_finite() {
                ymax = ymax.max(v.hi);
            }
            if v.value.is_finite() {
                ymax = ymax.max(v.value);
            }
        }
    }
    if ymax <= 0.0 {
        ymax = 1.0;
    }
    let step = nice_step(ymax * 1.05, 6);
    let ytop = (ymax * 1.05 / step).ceil() * step;
    let sy = |y: f64| b - y.max(0.0) / ytop * plot_h;
    let r = width - 20.0;
    let mut s = header(width, height);
    let _ = writeln!(
        s,
        r#"<text x="{}" y="24" font-size="16" text-anchor="middle" font-weight="bold">{}</text>"#,
        width / 2.0,
        esc(title)
    );
    for (i, name) in series.iter().enumerate() {
        let x = 20.0 + (i % lcols) as f64 * lcol_w;
        let y = 42.0 + (i / lcols) as f64 * 18.0;
        let _ = writeln!(
            s,
            r#"<rect x="{x}" y="{}" width="12" height="12" fill="{}"/><text x="{}" y="{}">{}</text>"#,
            y - 10.0,
            color(i),
            x + 16.0,
            y,
            esc(name)
        );
    }
    let mut y = 0.0;
    while y <= ytop + 1e-9 {
        let _ = writeln!(
            s,
            r##"<line x1="{l}" y1="{0}" x2="{r}" y2="{0}" stroke="#ddd"/><text x="{1}" y="{2}" text-anchor="end">{3}</text>"##,
            sy(y),
            l - 4.0,
            sy(y) + 4.0,
            fmt_tick(y)
        );
        y += step;
    }
    let _ = writeln!(
        s,
        r#"<text x="18" y="{0}" text-anchor="middle" transform="rotate(-90 18 {0})">{1}</text>"#,
        (t + b) / 2.0,
        esc(y_label)
    );
    for (ci, cat) in categories.iter().enumerate() {
        let gx = l + ci as f64 * group_w + 7.0;
        for (si, bar) in bars.get(ci).into_iter().flatten().enumerate() {
            let Some(bar) = bar else { continue };
            if !bar.value.is_finite() {
                continue;
            }
            let x = gx + si as f64 * bar_w;
            let _ = writeln!(
                s,
                r#"<rect x="{x:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{}"><title>{} {}: {:.3} ({:.3}–{:.3})</title></rect>"#,
                sy(bar.value),
                bar_w - 1.0,
                b - sy(bar.value),
                color(si),
                esc(cat),
                esc(series.get(si).map(String::as_str).unwrap_or("")),
                bar.value,
                bar.lo,
                bar.hi
            );
            if bar.lo.is_finite() && bar.hi.is_finite() && bar.hi > bar.lo {
                let cx = x + (bar_w - 1.0) / 2.0;
                let _ = writeln!(
                    s,
                    r#"<line x1="{cx:.1}" y1="{:.1}" x2="{cx:.1}" y2="{:.1}" stroke="black"/>"#,
                    sy(bar.lo),
                    sy(bar.hi)
                );
            }
        }
        let cx = gx + bar_w * per / 2.0;
        let _ = writeln!(
            s,
            r#"<text x="{cx:.1}" y="{0:.1}" text-anchor="end" transform="rotate(-45 {cx:.1} {0:.1})">{1}</text>"#,
            b + 12.0,
            esc(cat)
        );
    }
    if let Some(rv) = reference {
        let _ = writeln!(
            s,
            r#"<line x1="{l}" y1="{0}" x2="{r}" y2="{0}" stroke="black" stroke-dasharray="6,4"/>"#,
            sy(rv)
        );
    }
    let _ = writeln!(
        s,
        r##"<rect x="{l}" y="{t}" width="{}" height="{plot_h}" fill="none" stroke="#444"/>"##,
        r - l
    );
    s.push_str("</svg>\n");
    s
}

/// The colour of reference lines (perfect scaling, machine ceiling).
const REFERENCE: &str = "#555";

/// Width a bold 16 px title needs (approximate glyph width).
fn title_width(title: &str) -> f64 {
    title.chars().count() as f64 * 9.5 + 40.0
}

/// How many legend entries fit on a line of `width`, and the width of each column, for
/// labels of 11 px text after a `key`-wide symbol.
fn legend_columns(labels: &[&str], width: f64, key: f64) -> (usize, f64) {
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64;
    let col = longest * 6.6 + key + 24.0;
    let cols = (((width - 40.0) / col).floor() as usize).clamp(1, labels.len().max(1));
    (cols, col)
}

fn header(w: f64, h: f64) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w:.0}\" height=\"{h:.0}\" viewBox=\"0 0 {w:.0} {h:.0}\" font-family=\"sans-serif\" font-size=\"11\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(10.0, 5), 2.0);
        assert_eq!(nice_step(1.0, 4), 0.25);
        assert_eq!(nice_step(7.0, 5), 2.0);
        assert_eq!(nice_step(0.0, 5), 1.0);
        assert_eq!(fmt_tick(2.5), "2.5");
        assert_eq!(fmt_tick(3.0), "3");
        assert_eq!(fmt_tick(0.0), "0");
    }

    #[test]
    fn plots_are_well_formed() {
        let p = line_panels(
            "speed-up <x>",
            "threads",
            "speed-up",
            &[Panel {
                title: "numeric".into(),
                lines: vec![
                    Line {
                        label: "ideal".into(),
                        color: None,
                        dashed: true,
                        points: vec![(1.0, 1.0), (2.0, 2.0)],
                    },
                    Line {
                        label: "gil".into(),
                        color: Some(0),
                        dashed: false,
                        points: vec![(1.0, 1.0), (2.0, 0.9)],
                    },
                ],
            }],
            &[("gil".into(), Some(0), false)],
        );
        assert!(p.starts_with("<svg"));
        assert!(p.trim_end().ends_with("</svg>"));
        assert!(p.contains("speed-up &lt;x&gt;"));
        assert_eq!(p.matches("<polyline").count(), 2);
        assert_eq!(p.matches("<circle").count(), 2);

        let g = grouped_bars(
            "time",
            "s",
            &["fib".into(), "nbody".into()],
            &["gil".into(), "free".into()],
            &[
                vec![
                    Some(Bar {
                        value: 1.0,
                        lo: 0.9,
                        hi: 1.2,
                    }),
                    None,
                ],
                vec![
                    Some(Bar {
                        value: 2.0,
                        lo: 2.0,
                        hi: 2.0,
                    }),
                    Some(Bar {
                        value: 2.5,
                        lo: 2.4,
                        hi: 2.6,
                    }),
                ],
            ],
            Some(1.0),
        );
        assert!(g.trim_end().ends_with("</svg>"));
        // Three bars (one missing), two whiskers (one bar has min = max).
        assert_eq!(g.matches("<title>").count(), 3);
        assert_eq!(g.matches("stroke=\"black\"/>").count(), 2);
    }
}
