//! Statistics over timings: median, min–max, geometric mean, ratios and speed-ups.
//!
//! Owns: the arithmetic every table and plot of the report uses, in one place so it is
//! unit-tested once. Must not: run processes, format text or know about configurations.

/// The summary of one series of timings (seconds).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    pub median: f64,
    pub min: f64,
    pub max: f64,
    pub n: usize,
}

impl Summary {
    /// Summarises `values`; `None` when there are none.
    pub fn of(values: &[f64]) -> Option<Summary> {
        let (min, max) = min_max(values)?;
        Some(Summary {
            median: median(values)?,
            min,
            max,
            n: values.len(),
        })
    }
}

/// The median (the mean of the two middle values for an even count); `None` if empty or
/// if a value is NaN.
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() || values.iter().any(|v| v.is_nan()) {
        return None;
    }
    let mut v = values.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    })
}

/// The smallest and largest value; `None` if empty or if a value is NaN.
pub fn min_max(values: &[f64]) -> Option<(f64, f64)> {
    if values.is_empty() || values.iter().any(|v| v.is_nan()) {
        return None;
    }
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    Some((min, max))
}

/// The geometric mean of positive finite values; `None` if empty or if any value is not
/// positive and finite (a ratio of a failed run must not silently enter a mean).
pub fn geomean(values: &[f64]) -> Option<f64> {
    if values.is_empty() || values.iter().any(|v| !(v.is_finite() && *v > 0.0)) {
        return None;
    }
    let sum_ln: f64 = values.iter().map(|v| v.ln()).sum();
    Some((sum_ln / values.len() as f64).exp())
}

/// `a / b`, or `None` unless both are positive and finite.
pub fn ratio(a: f64, b: f64) -> Option<f64> {
    if a.is_finite() && b.is_finite() && a > 0.0 && b > 0.0 {
        Some(a / b)
    } else {
        None
    }
}

/// The speed-up of `threads` threads each doing the work one thread did in `t1` seconds,
/// when all of them took `tn`: `threads × t1 / tn` (1 = no gain, `threads` = perfect).
pub fn speedup(threads: usize, t1: f64, tn: f64) -> Option<f64> {
    ratio(t1, tn).map(|r| r * threads as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12 * a.abs().max(b.abs()).max(1.0)
    }

    #[test]
    fn median_odd_even_and_unsorted() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&[7.5]), Some(7.5));
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[1.0, f64::NAN]), None);
    }

    #[test]
    fn min_max_values() {
        assert_eq!(min_max(&[2.0, -1.0, 5.0, 0.5]), Some((-1.0, 5.0)));
        assert_eq!(min_max(&[1.25]), Some((1.25, 1.25)));
        assert_eq!(min_max(&[]), None);
    }

    #[test]
    fn summary_combines() {
        let s = Summary::of(&[0.3, 0.1, 0.2, 0.9]).unwrap();
        assert!(close(s.median, 0.25));
        assert_eq!((s.min, s.max, s.n), (0.1, 0.9, 4));
        assert!(Summary::of(&[]).is_none());
    }

    #[test]
    fn geomean_values() {
        assert!(close(geomean(&[2.0, 8.0]).unwrap(), 4.0));
        assert!(close(geomean(&[1.0, 10.0, 100.0]).unwrap(), 10.0));
        assert!(close(geomean(&[0.5, 2.0]).unwrap(), 1.0));
        assert_eq!(geomean(&[]), None);
        assert_eq!(geomean(&[1.0, 0.0]), None);
        assert_eq!(geomean(&[1.0, -2.0]), None);
        assert_eq!(geomean(&[1.0, f64::INFINITY]), None);
    }

    #[test]
    fn ratio_and_speedup() {
        assert_eq!(ratio(3.0, 2.0), Some(1.5));
        assert_eq!(ratio(3.0, 0.0), None);
        assert_eq!(ratio(f64::NAN, 1.0), None);
        // Two threads, each doing what one did in 1 s, finishing together in 1 s: 2×.
        assert_eq!(speedup(2, 1.0, 1.0), Some(2.0));
        // ... finishing in 2 s (serialised): no gain.
        assert_eq!(speedup(2, 1.0, 2.0), Some(1.0));
        assert!(close(speedup(4, 1.0, 1.6).unwrap(), 2.5));
        assert_eq!(speedup(2, 1.0, 0.0), None);
    }
}
