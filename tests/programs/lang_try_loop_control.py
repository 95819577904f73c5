# try/except/else/finally inside loops with break/continue/return in each part, the order
# of finally output, and else skipped by break.
def trace(n):
    out = []
    for i in range(n):
        try:
            out.append(f"try{i}")
            if i == 0:
                continue
            if i == 1:
                raise ValueError(i)
            if i == 3:
                break
        except ValueError:
            out.append(f"except{i}")
            continue
        else:
            out.append(f"else{i}")
        finally:
            out.append(f"finally{i}")
        out.append(f"end{i}")
    else:
        out.append("loop-else")
    return out


print(trace(5))
print(trace(3))


def ret_in_except():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            if i == 1:
                return f"returned at {i}"
        finally:
            print("finally", i)


print(ret_in_except())


def nested_loops():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    break
                out.append((i, j))
            finally:
                out.append("f")
        else:
            out.append("inner-else")
    return out


print(nested_loops())


def while_try():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("while finally", n)


print(while_try())


def except_in_else():
    try:
        pass
    except ZeroDivisionError:
        return "not here"
    else:
        try:
            1 / 0
        except ZeroDivisionError:
            return "else handled its own"


print(except_in_else())


def else_raises():
    try:
        try:
            x = 1
        except ValueError:
            return "wrong handler"
        else:
            raise ValueError("from else")
    except ValueError as e:
        return f"outer caught {e}"


print(else_raises())
