//! Built-in modules written in Python (`py/*.py`, compiled into the binary): stand-ins for
//! CPython's C modules where plain Python does the job (no OS access, no speed needed).

/// (module name, source) of every Python-source module.
pub const MODULES: &[(&str, &str)] = &[
    ("_weakref", include_str!("py/_weakref.py")),
    ("_thread", include_str!("py/_thread.py")),
    ("_string", include_str!("py/_string.py")),
    ("_csv", include_str!("py/_csv.py")),
    ("_codecs", include_str!("py/_codecs.py")),
    ("_io", include_str!("py/_io.py")),
    ("_locale", include_str!("py/_locale.py")),
    ("atexit", include_str!("py/atexit.py")),
    ("gc", include_str!("py/gc.py")),
    ("errno", include_str!("py/errno.py")),
    ("types", include_str!("py/types.py")),
    ("_contextvars", include_str!("py/_contextvars.py")),
    ("posix", include_str!("py/posix.py")),
    ("_ast", include_str!("py/_ast.py")),
    ("_ferropy", include_str!("py/_ferropy.py")),
    ("time", include_str!("py/time.py")),
    ("_signal", include_str!("py/_signal.py")),
    ("_socket", include_str!("py/_socket.py")),
    ("select", include_str!("py/select.py")),
    ("marshal", include_str!("py/marshal.py")),
    ("importlib", include_str!("py/importlib.py")),
    (
        "importlib.machinery",
        include_str!("py/importlib_machinery.py"),
    ),
    ("importlib.util", include_str!("py/importlib_util.py")),
    ("importlib.abc", include_str!("py/importlib_abc.py")),
];
