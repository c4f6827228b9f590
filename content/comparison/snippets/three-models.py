import asyncio, time
from multiprocessing import Process
from threading import Thread

TASKS = [("A", 1), ("B", 1.5)]

def wait_task(model, name, seconds):
    print(f"[{model}] task {name} started")
    time.sleep(seconds)
    print(f"[{model}] task {name} finished")

async def wait_coroutine(name, seconds):
    print(f"[coroutine] task {name} started")
    await asyncio.sleep(seconds)
    print(f"[coroutine] task {name} finished")

def run_all(kind, model):
    runners = [kind(target=wait_task, args=(model, n, s)) for n, s in TASKS]
    for r in runners: r.start()
    for r in runners: r.join()

async def as_coroutines():
    await asyncio.gather(*(wait_coroutine(n, s) for n, s in TASKS))

if __name__ == "__main__":
    run_all(Process, "process")
    run_all(Thread, "thread")
    asyncio.run(as_coroutines())
