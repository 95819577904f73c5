# Helper: the middle of a dotted chain.
LEVEL = "b"
