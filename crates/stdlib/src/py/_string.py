"""ferropy's _string: the parsers behind string.Formatter."""


def formatter_parser(s):
    """(literal, field_name, format_spec, conversion) tuples, as str.format parses them."""
    out = []
    i = 0
    n = len(s)
    lit = []
    while i < n:
        c = s[i]
        if c == "{":
            if i + 1 < n and s[i + 1] == "{":
                lit.append("{")
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == "{":
                    depth += 1
                elif s[j] == "}":
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            conv = None
            spec = ""
            # The field name ends at the first '!' or ':' outside brackets.
            k = 0
            bracket = False
            while k < len(field):
                ch = field[k]
                if ch == "[":
                    bracket = True
                elif ch == "]":
                    bracket = False
                elif not bracket and ch in "!:":
                    break
                k += 1
            name = field[:k]
            rest = field[k:]
            if rest.startswith("!"):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conv = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(":"):
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(":"):
                spec = rest[1:]
            out.append(("".join(lit), name, spec, conv))
            lit = []
            i = j
        elif c == "}":
            if i + 1 < n and s[i + 1] == "}":
                lit.append("}")
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            lit.append(c)
            i += 1
    if lit:
        out.append(("".join(lit), None, None, None))
    return iter(out)


def formatter_field_name_split(name):
    """(first, iterator of (is_attribute, key)) for a field name such as `a.b[0]`."""
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        elif name[i] == "[":
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)
