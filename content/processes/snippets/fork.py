import multiprocessing
import os
import time

def work(name, seconds):
    print(f"process {name} started (pid {os.getpid()}), waiting {seconds} s")
    time.sleep(seconds)
    print(f"process {name} finished (pid {os.getpid()})")

if __name__ == "__main__":  # the child imports this file: skip this part there
    started = time.perf_counter()
    a = multiprocessing.Process(target=work, args=("A", 2))
    b = multiprocessing.Process(target=work, args=("B", 3))
    a.start()
    b.start()
    a.join()
    b.join()
    print(f"main: both processes done after {time.perf_counter() - started:.2f} s")
