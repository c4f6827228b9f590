import asyncio

async def download(name, seconds, fails=False):
    await asyncio.sleep(seconds)
    if fails:
        raise ConnectionError(f"connection reset while fetching {name}")
    return f"<html of {name}>"

async def main():
    tasks = {"A": asyncio.create_task(download("A", 1)),
             "B": asyncio.create_task(download("B", 1.5, fails=True)),
             "C": asyncio.create_task(download("C", 6))}
    await asyncio.sleep(2.5)
    tasks["C"].cancel()  # a request: C gets a CancelledError at its await (and could catch it)
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    for name, task in tasks.items():
        if task.cancelled():
            print(f"report: {name} cancelled")
        elif task.exception():
            print(f"report: {name} rejected: {task.exception()}")
        else:
            print(f"report: {name} fulfilled with {task.result()}")

asyncio.run(main())
