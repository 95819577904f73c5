# threading and queue in programs whose result does not depend on scheduling: threads started
# and joined one at a time, Lock/RLock/Event/Condition/Semaphore as context managers,
# threading.local, current_thread names; queue.Queue/LifoQueue/PriorityQueue/SimpleQueue
# with Empty/Full errors and task_done/join.
import threading
import queue

results = []


def work(n, out):
    out.append(n * n)


for i in range(4):
    t = threading.Thread(target=work, args=(i, results), name="worker-%d" % i)
    t.start()
    t.join()
    print(t.name, t.is_alive())
print(results)


class MyThread(threading.Thread):
    def run(self):
        self.value = sum(range(10))


t = MyThread()
t.start()
t.join()
print(t.value, threading.current_thread().name, threading.main_thread() is threading.current_thread())
lock = threading.Lock()
with lock:
    print(lock.locked(), lock.acquire(False))
print(lock.locked(), lock.acquire(), lock.locked())
lock.release()
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
ev = threading.Event()
print(ev.is_set(), ev.wait(0))
ev.set()
print(ev.is_set(), ev.wait(1))
ev.clear()
print(ev.is_set())
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)
cond = threading.Condition()
with cond:
    cond.notify_all()
    print("condition ok", cond.wait(0))
loc = threading.local()
loc.x = 5
print(loc.x, getattr(loc, "y", "missing"))

q = queue.Queue(maxsize=2)
q.put(1)
q.put(2)
print(q.qsize(), q.full(), q.empty())
try:
    q.put(3, block=False)
except queue.Full:
    print("Full")
print(q.get(), q.get_nowait(), q.empty())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty")
lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(x)
print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put("s")
print(sq.qsize(), sq.get(), sq.empty())
jq = queue.Queue()
jq.put("job")
jq.get()
jq.task_done()
jq.join()
try:
    jq.task_done()
except ValueError as e:
    print("ValueError", e)
