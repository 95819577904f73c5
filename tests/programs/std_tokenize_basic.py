# tokenize: token streams (types, strings, positions) for code with comments, strings,
# operators, indentation and continuation lines; untokenize round trip; detect_encoding.
import io
import tokenize
import token

src = '''def f(x, y=2):
    """Doc."""
    return x ** y + 1.5e3  # comment
if f(1) >= 3 and \\
        True:
    s = f"a{1}b" + 'q' '''
for tok in tokenize.generate_tokens(io.StringIO(src + "\n").readline):
    print(tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end, tokenize.tok_name[tok.exact_type])
toks = list(tokenize.generate_tokens(io.StringIO("a = [1,\n 2]\n").readline))
print(tokenize.untokenize(toks))
print(tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"x = 1\n").readline))
print([t.string for t in tokenize.tokenize(io.BytesIO(b"x=1\n").readline)])
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.EXACT_TOKEN_TYPES["**="] == token.DOUBLESTAREQUAL)
try:
    list(tokenize.generate_tokens(io.StringIO("s = '''unterminated\n").readline))
except tokenize.TokenError as e:
    print("TokenError", e.args)
