# Checks (realistic): a small ledger using dicts of lists, validation with exceptions, and a report.
accounts = {}
def open_account(name, initial=0):
    if name in accounts:
        raise ValueError("account exists: " + name)
    accounts[name] = [initial]
def balance(name):
    return sum(accounts[name])
def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError("amount must be positive")
    if balance(src) < amount:
        raise RuntimeError("insufficient funds in " + src)
    accounts[src].append(-amount)
    accounts[dst].append(amount)
open_account("alice", 100)
open_account("bob")
open_account("carol", 50)
ops = [("alice", "bob", 30), ("bob", "carol", 50), ("carol", "alice", 20),
       ("alice", "dave", 5), ("bob", "alice", -1), ("bob", "alice", 10)]
for src, dst, amt in ops:
    try:
        transfer(src, dst, amt)
        print("ok", src, "->", dst, amt)
    except KeyError as e:
        print("unknown account", e)
    except (ValueError, RuntimeError) as e:
        print("rejected:", type(e).__name__, e)
try:
    open_account("bob")
except ValueError as e:
    print(e)
for name in sorted(accounts, key=balance, reverse=True):
    print(name, balance(name), accounts[name])
total = 0
for name in accounts:
    total += balance(name)
print("total money:", total)
