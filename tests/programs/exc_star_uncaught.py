# An uncaught exception group after except*: the boxed group traceback CPython prints, with
# nested groups, the handler's new exception and its context.
def work(n):
    if n == 2:
        raise KeyError(n)
    return n


def gather():
    errors = []
    for i in range(4):
        try:
            work(i)
            if i % 2:
                raise ValueError(i)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("gathered", errors + [ExceptionGroup("deep", [TypeError("t")])])


def main():
    try:
        gather()
    except* KeyError as e:
        print("handled", repr(e))
        raise RuntimeError("while handling keys")
    except* TypeError:
        raise


print("start")
main()
