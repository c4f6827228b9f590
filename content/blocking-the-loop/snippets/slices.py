import asyncio

def count_primes(start, stop):  # the same trial division as primes.ts
    count = 0
    for n in range(max(2, start), stop):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            count += 1
    return count

async def clock():
    while True:
        await asyncio.sleep(0.2)
        print("tick")

async def crunch(limit, slice_size=20_000):
    count = 0
    for start in range(2, limit, slice_size):
        count += count_primes(start, min(start + slice_size, limit))
        await asyncio.sleep(0)  # a turn for the loop: due timers run
    return count

async def main():
    ticking = asyncio.create_task(clock())
    print(f"{await crunch(500_000)} primes")  # Python is slower: a smaller limit
    ticking.cancel()

asyncio.run(main())
