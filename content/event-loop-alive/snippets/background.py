import asyncio

background = set()  # the loop keeps only a weak reference to a task: hold a strong one

async def save_log():
    print("background: saving the log, takes 1 s")
    await asyncio.sleep(1)
    print("background: log saved")  # never printed

async def main():
    task = asyncio.create_task(save_log())  # not awaited
    background.add(task)
    task.add_done_callback(background.discard)
    await asyncio.sleep(0)  # let it start
    print("main: done")

asyncio.run(main())  # main returns: pending tasks are cancelled
