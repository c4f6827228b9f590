import asyncio
from primes import count_primes

async def clock():
    while True:
        await asyncio.sleep(0.2)
        print("tick")

async def crunch(limit, slice_size=100_000):
    count = 0
    for start in range(2, limit, slice_size):
        count += count_primes(start, min(start + slice_size, limit))
        await asyncio.sleep(0)  # a turn for the loop: due timers run
    return count

async def main():
    ticking = asyncio.create_task(clock())
    print(f"{await crunch(4_000_000)} primes")
    ticking.cancel()

asyncio.run(main())
