import asyncio
import time
from contextlib import aclosing

async def download(name, seconds):
    await asyncio.sleep(seconds)
    return name

async def sensor():
    try:
        for value in [12, 45, 67, 91, 30]:
            await asyncio.sleep(0.15)
            yield value
    finally:
        print("sensor: closed")

async def main():
    files = [("a.log", 1), ("b.log", 0.5), ("c.log", 0.8)]

    start = time.perf_counter()
    for name, seconds in files:            # one at a time: about 2.3 s
        await download(name, seconds)
    print(f"for + await: {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()            # all at once: about 1 s
    await asyncio.gather(*(download(n, s) for n, s in files))
    print(f"gather: {time.perf_counter() - start:.1f} s")

    async with aclosing(sensor()) as readings:  # without aclosing, "closed" comes later
        async for value in readings:
            if value > 80:
                break
    print(f"stopped at {value}")

asyncio.run(main())
