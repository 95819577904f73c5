# Helper package for relative imports.
