import asyncio

def log(label, kind):
    print(f"ran: {label} ({kind})")

async def body():
    log("E", "coroutine body")  # runs only when the task gets its first turn
    await asyncio.sleep(0)
    log("F", "after await")

async def main():
    loop = asyncio.get_running_loop()
    log("A", "synchronous")
    loop.call_later(0, log, "B", "call_later(0)")
    loop.call_soon(log, "C", "call_soon")
    future = loop.create_future()
    future.add_done_callback(lambda _: log("D", "future callback"))
    future.set_result(None)
    asyncio.create_task(body())
    log("G", "synchronous")
    await asyncio.sleep(0.01)

asyncio.run(main())
# Prints A G C D E B F: one queue of ready callbacks, first come, first served.
