# An exception raised inside a finally block while another propagates: implicit chaining.
def work():
    try:
        print("working")
        raise ValueError("original")
    finally:
        print("cleaning up")
        {}["cleanup-key"]


work()
