# Checks: uncaught KeyError from a dict lookup with a missing string key.
inventory = {"apples": 3, "pears": 0}
for name in ["apples", "pears"]:
    print(name, inventory[name])
inventory["plums"] = 7
print(len(inventory))
print(inventory["bananas"])
print("never printed")
