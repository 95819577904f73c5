# Helper: a module inside a namespace package (folders without __init__.py).
WHERE = "namespace package"
