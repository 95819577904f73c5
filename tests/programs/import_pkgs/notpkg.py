# Helper: a plain module, not a package.
VALUE = 42
