import asyncio

async def save_log():
    print("background: saving the log, takes 1 s")
    await asyncio.sleep(1)
    print("background: log saved")  # never printed

async def main():
    asyncio.create_task(save_log())  # not awaited
    await asyncio.sleep(0)  # let it start
    print("main: done")

asyncio.run(main())  # main returns: pending tasks are cancelled
