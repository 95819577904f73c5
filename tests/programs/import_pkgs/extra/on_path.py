# Helper: found only after the program adds this folder to sys.path.
print("on_path imported as", __name__)
