import multiprocessing
import threading
import time

def count_primes(limit):
    count = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            count += 1
    return count

def run_both(make):  # start two of them, then wait for both
    started = time.perf_counter()
    runners = [make(target=count_primes, args=(200_000,)) for _ in range(2)]
    for r in runners:
        r.start()
    for r in runners:
        r.join()
    return time.perf_counter() - started

if __name__ == "__main__":
    started = time.perf_counter()
    count_primes(200_000)
    count_primes(200_000)
    print(f"main thread: {time.perf_counter() - started:.2f} s")
    print(f"2 threads:   {run_both(threading.Thread):.2f} s")  # no faster: the GIL
    print(f"2 processes: {run_both(multiprocessing.Process):.2f} s")  # about half
