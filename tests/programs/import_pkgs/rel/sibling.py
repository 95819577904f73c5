# Helper: target of relative imports.
NAME = "sibling"
