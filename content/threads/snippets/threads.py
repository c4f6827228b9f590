import os
import threading
import time

def work(name, seconds):
    print(f"worker {name} started (pid {os.getpid()}), waiting {seconds} s")
    time.sleep(seconds)
    print(f"worker {name} finished (pid {os.getpid()})")

started = time.perf_counter()
a = threading.Thread(target=work, args=("A", 2))
b = threading.Thread(target=work, args=("B", 3))
a.start()
b.start()
a.join()
b.join()
print(f"main: both workers done after {time.perf_counter() - started:.2f} s")
