//! Engine tests on code lists compiled by CPython 3.11 (see `cases.rs`).

use super::cases::CASES;
use super::engine::State;

fn points(s: &str) -> Vec<u32> {
    s.chars().map(u32::from).collect()
}

#[test]
fn searches_agree_with_cpython() {
    let mut failures = Vec::new();
    for (pat, code, subject, want) in CASES {
        let text = points(subject);
        let mut st = State::new(code, &text, 0, text.len());
        let Ok(found) = st.search() else {
            failures.push(format!("{pat:?}: internal error"));
            continue;
        };
        let got: Vec<(i64, i64)> = if found {
            let mut v = vec![(st.start as i64, st.ptr as i64)];
            for g in 1..want.len() {
                v.push(
                    st.group_span(g)
                        .map_or((-1, -1), |(a, b)| (a as i64, b as i64)),
                );
            }
            v
        } else {
            vec![]
        };
        if got != *want {
            failures.push(format!(
                "{pat:?} on {subject:?}: got {got:?}, want {want:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn deep_backtracking_stays_off_the_native_stack() {
    // (a|b)*c over 200k characters: one frame per iteration, all on the heap.
    let code = CASES.iter().find(|c| c.0 == "(a|b)*c").expect("case").1;
    let mut text: Vec<u32> = "ab".repeat(100_000).chars().map(u32::from).collect();
    text.push('c' as u32);
    let mut st = State::new(code, &text, 0, text.len());
    assert!(st.pmatch().expect("valid code"));
    assert_eq!(st.ptr, text.len());
}

#[test]
fn bad_code_is_an_error_not_a_panic() {
    for code in [
        &[99u32][..],
        &[24, 100, 0, 5, 77],
        &[7, 3, 13, 50],
        &[19],
        &[11, 9],
    ] {
        let text = points("abc");
        let mut st = State::new(code, &text, 0, 3);
        let _ = st.search();
    }
}
