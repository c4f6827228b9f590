import threading

TIMES = 1_000_000
counter = 0                 # every thread sees this same variable
lock = threading.Lock()

def work():
    global counter
    for _ in range(TIMES):
        with lock:          # read, add, write without interruption
                            # (needed on free-threaded builds; the GIL only hides the race)
            counter += 1

threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"main: the counter reads {counter}, expected {2 * TIMES}")
