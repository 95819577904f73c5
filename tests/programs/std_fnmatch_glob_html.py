# fnmatch (fnmatch/fnmatchcase/filter/translate), html.escape/unescape, html.parser events,
# urllib.parse (urlparse, urlsplit, urljoin, quote/unquote, urlencode, parse_qs/parse_qsl).
import fnmatch
import html
from html.parser import HTMLParser
from urllib import parse

names = ["a.py", "b.txt", "C.PY", "data1.csv", "data22.csv", "[x].md"]
print(fnmatch.filter(names, "*.py"), fnmatch.filter(names, "data?.csv"), fnmatch.filter(names, "[[]x]*"))
print(fnmatch.fnmatchcase("C.PY", "*.py"), fnmatch.fnmatch("a.py", "[!b]*"), fnmatch.translate("*.p[yw]"))
print(html.escape("<a href='x'>&\"</a>"), html.escape("<>", quote=False))
print(html.unescape("&lt;p&gt; &amp;amp; &#65;&#x42; &eacute; &copy &notanentity;"))


class P(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs)

    def handle_endtag(self, tag):
        print("end", tag)

    def handle_data(self, data):
        if data.strip():
            print("data", repr(data))

    def handle_comment(self, data):
        print("comment", repr(data))

    def handle_startendtag(self, tag, attrs):
        print("startend", tag, attrs)


P().feed('<html><!-- hi --><body class="x" id=y><p>Hello &amp; bye</p><br/><img src="a.png" alt></body></html>')
u = parse.urlparse("https://user:pw@example.com:8080/path/to;params?q=1&r=two#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.query, u.fragment)
print(parse.urlsplit("http://x.org/a b?c=d"), parse.urlunparse(u))
for rel in ["g", "../g", "/g", "//other/g", "?y", "#s", "g/./h/../i"]:
    print(rel, parse.urljoin("http://a/b/c/d;p?q", rel))
print(parse.quote("a b&c/d é"), parse.quote("a b/c", safe=""), parse.quote_plus("a b+c"))
print(parse.unquote("a%20b%C3%A9"), parse.unquote_plus("a+b%2B"))
print(parse.urlencode({"a": 1, "b": "x y", "c": ["p", "q"]}, doseq=True), parse.urlencode([("k", "v&w")]))
print(parse.parse_qs("a=1&a=2&b=&c=3", keep_blank_values=True), parse.parse_qsl("x=1;y=2&z=%20", separator="&"))
print(parse.urldefrag("http://a/b#c"), parse.splittype if False else "", parse.quote_from_bytes(b"\xff/"))
