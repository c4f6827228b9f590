import asyncio

async def download(name, seconds):
    print(f"download {name} started")
    await asyncio.sleep(seconds)
    print(f"download {name} finished")

async def main():
    download("A", 2)  # forgot await: the coroutine never starts
    print("main: done")

asyncio.run(main())
# prints only: main: done
# and, as soon as the unused coroutine object is thrown away (right after line 9 in CPython),
# warns on stderr: RuntimeWarning: coroutine 'download' was never awaited
