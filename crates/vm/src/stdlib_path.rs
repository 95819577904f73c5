//! Finding CPython's pure-Python standard library, which ferropy imports in place.
//!
//! `FERROPY_STDLIB=DIR` wins when set. Otherwise a few likely folders are probed, without
//! running any program (start-up stays a few milliseconds; each probe is one `stat`): the
//! `python3` found on `PATH` (its prefix's `lib/python3.X`; for a pyenv shim, the version pyenv
//! would pick), then pyenv's versions, then `/usr/local/lib` and `/usr/lib`. CPython 3.11 is
//! preferred; 3.12 and 3.13 are taken on a best-effort basis when no 3.11 is found. A folder
//! counts when it holds `os.py`.
//!
//! `.pyc` files of standard-library modules always go to a per-user cache tree
//! (`$XDG_CACHE_HOME/ferropy/pycache`, else `~/.cache/ferropy/pycache`, laid out as
//! `PYTHONPYCACHEPREFIX` lays it out), never into the installed folders, which are usually not
//! writable and belong to CPython.

use std::path::{Path, PathBuf};

const VERSIONS: [&str; 3] = ["3.11", "3.12", "3.13"];

/// The standard library folder, or `None` when there is none on this machine.
pub fn find(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    if let Some(dir) = env("FERROPY_STDLIB").filter(|d| !d.is_empty()) {
        return std::path::absolute(dir).ok().filter(|d| d.is_dir());
    }
    for version in VERSIONS {
        if let Some(dir) = candidates(env, version).into_iter().find(|d| is_stdlib(d)) {
            return Some(dir);
        }
    }
    None
}

fn is_stdlib(dir: &Path) -> bool {
    dir.join("os.py").is_file()
}

/// Folders to probe for one version, best first.
fn candidates(env: &dyn Fn(&str) -> Option<String>, version: &str) -> Vec<PathBuf> {
    let lib = format!("python{version}");
    let mut out = Vec::new();
    let home = env("HOME").map(PathBuf::from);
    let pyenv_root = env("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| home.as_ref().map(|h| h.join(".pyenv")));
    if let Some(python) = on_path(env, "python3") {
        let real = std::fs::canonicalize(&python).unwrap_or(python);
        let bin = real.parent().unwrap_or(Path::new("/"));
        if bin.file_name().is_some_and(|n| n == "shims") {
            if let Some(root) = bin.parent() {
                out.extend(pyenv_selected(env, root, version));
            }
        } else if let Some(prefix) = bin.parent() {
            out.push(prefix.join("lib").join(&lib));
        }
    }
    if let Some(root) = &pyenv_root {
        out.extend(pyenv_selected(env, root, version));
        out.extend(pyenv_versions(root, version));
    }
    out.push(PathBuf::from("/usr/local/lib").join(&lib));
    out.push(PathBuf::from("/usr/lib").join(&lib));
    out
}

/// The version pyenv would run (`PYENV_VERSION`, else the global `version` file), if it is the
/// wanted one.
fn pyenv_selected(
    env: &dyn Fn(&str) -> Option<String>,
    root: &Path,
    version: &str,
) -> Vec<PathBuf> {
    let chosen = env("PYENV_VERSION")
        .or_else(|| std::fs::read_to_string(root.join("version")).ok())
        .unwrap_or_default();
    chosen
        .split_whitespace()
        .filter(|v| v.starts_with(&format!("{version}.")) || *v == version)
        .map(|v| {
            root.join("versions")
                .join(v)
                .join("lib")
                .join(format!("python{version}"))
        })
        .collect()
}

/// pyenv's installed X.Y.* versions, newest first.
fn pyenv_versions(root: &Path, version: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(root.join("versions")) else {
        return Vec::new();
    };
    let prefix = format!("{version}.");
    let mut found: Vec<(u32, PathBuf)> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let patch = name.strip_prefix(&prefix)?.parse::<u32>().ok()?;
            Some((patch, e.path().join("lib").join(format!("python{version}"))))
        })
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0));
    found.into_iter().map(|(_, p)| p).collect()
}

fn on_path(env: &dyn Fn(&str) -> Option<String>, program: &str) -> Option<PathBuf> {
    let path = env("PATH")?;
    path.split(':')
        .filter(|d| !d.is_empty())
        .map(|d| Path::new(d).join(program))
        .find(|p| p.is_file())
}

/// The per-user cache tree for `.pyc` files of the standard library.
pub fn cache_dir(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let base = env("XDG_CACHE_HOME")
        .filter(|d| Path::new(d).is_absolute())
        .map(PathBuf::from)
        .or_else(|| env("HOME").map(|h| Path::new(&h).join(".cache")))?;
    Some(base.join("ferropy").join("pycache"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_variable_wins_and_cache_follows_xdg() {
        let dir = std::env::temp_dir();
        let shown = dir.to_string_lossy().into_owned();
        let env = |k: &str| match k {
            "FERROPY_STDLIB" => Some(shown.clone()),
            "XDG_CACHE_HOME" => Some("/x/cache".to_string()),
            "HOME" => Some("/home/u".to_string()),
            _ => None,
        };
        assert_eq!(find(&env), Some(dir.clone()));
        // A folder that does not exist is no standard library.
        let missing = |k: &str| (k == "FERROPY_STDLIB").then(|| "/no/such/dir".to_string());
        assert_eq!(
            find(&missing).filter(|d| d == Path::new("/no/such/dir")),
            None
        );
        assert_eq!(
            cache_dir(&env),
            Some(PathBuf::from("/x/cache/ferropy/pycache"))
        );
        let env2 = |k: &str| (k == "HOME").then(|| "/home/u".to_string());
        assert_eq!(
            cache_dir(&env2),
            Some(PathBuf::from("/home/u/.cache/ferropy/pycache"))
        );
    }
}
