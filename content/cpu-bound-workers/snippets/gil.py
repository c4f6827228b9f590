import threading
import time

def count_primes(limit):
    count = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            count += 1
    return count

started = time.perf_counter()
count_primes(200_000)
count_primes(200_000)
print(f"main thread: {time.perf_counter() - started:.2f} s")

started = time.perf_counter()
threads = [threading.Thread(target=count_primes, args=(200_000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"2 threads:   {time.perf_counter() - started:.2f} s")  # no faster: the GIL
