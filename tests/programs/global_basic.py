# Checks: global reads, global rebinding via `global`, local shadowing, UnboundLocalError message.
counter = 0
name = "module"
def increment():
    global counter
    counter += 1
def read_only():
    return counter * 10
def shadow():
    name = "local"
    return name
def create():
    global created
    created = "made inside function"
increment()
increment()
print(counter, read_only(), shadow(), name)
create()
print(created)
items = []
def mutate():
    items.append(len(items))
mutate()
mutate()
print(items)
def broken():
    print(counter)
    counter = 5
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
except NameError as e:
    print("NameError:", e)
def reset():
    global counter, name
    counter = 0
    name = "reset"
reset()
print(counter, name)
x = 1
def nested_global():
    x = 2
    def inner():
        global x
        x = 3
    inner()
    return x
print(nested_global(), x)
