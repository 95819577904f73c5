# Uncaught exception raised in a finally block while another propagates: the first becomes the
# second's context; the traceback shows both.
def cleanup(log):
    log.append("cleanup")
    raise OSError("cleanup failed")


def task(log):
    try:
        log.append("work")
        return 1 / 0
    finally:
        cleanup(log)


log = []
try:
    task(log)
except OSError as e:
    print(log, repr(e), repr(e.__context__))
task([])
