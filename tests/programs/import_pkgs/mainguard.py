# Helper: the __main__ guard of an imported module.
def whoami():
    return __name__


if __name__ == "__main__":
    print("mainguard: run as a script")
else:
    print("mainguard: imported as", __name__)
