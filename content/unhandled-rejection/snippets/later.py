import asyncio

async def download(name, seconds, fails=False):
    await asyncio.sleep(seconds)
    if fails:
        raise ConnectionError("connection reset")
    return f"{name}: ok"

async def main():
    a = asyncio.create_task(download("A", 1))
    b = asyncio.create_task(download("B", 0.3, fails=True))
    await asyncio.sleep(0.8)  # B fails meanwhile: asyncio stores the exception in the task
    for task in (a, b):
        try:
            print(await task)     # and raises it here, when someone finally asks
        except ConnectionError as error:
            print("caught:", error)

asyncio.run(main())
