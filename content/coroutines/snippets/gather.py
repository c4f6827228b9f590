import asyncio

async def task(name, seconds):
    print(f"task {name} started")
    await asyncio.sleep(seconds)
    print(f"task {name} finished")
    return name

async def main():
    await asyncio.gather(task("A", 2), task("B", 3))

asyncio.run(main())
