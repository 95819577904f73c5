# Helper: a module whose body raises.
print("raises: body starts")
attempts = 1
raise ValueError("raised while importing")
