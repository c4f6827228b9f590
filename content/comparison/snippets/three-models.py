import asyncio, time
from multiprocessing import Process
from threading import Thread

TASKS = [("A", 1, False), ("B", 1.5, True)]  # B fails at the end of its wait

def wait_task(model, name, seconds, fails):
    print(f"[{model}] task {name} started")
    time.sleep(seconds)
    if fails:
        raise ConnectionError(f"task {name} lost its connection")
    print(f"[{model}] task {name} finished")

async def wait_coroutine(name, seconds, fails):
    print(f"[coroutine] task {name} started")
    await asyncio.sleep(seconds)
    if fails:
        raise ConnectionError(f"task {name} lost its connection")
    print(f"[coroutine] task {name} finished")

def run_all(kind, model):
    runners = [kind(target=wait_task, args=(model, *task)) for task in TASKS]
    for r in runners: r.start()
    for r in runners: r.join()
    if kind is Process:  # a thread's exception is only printed; a process leaves an exit code
        for (name, _, _), r in zip(TASKS, runners):
            print(f"[process] report: {name} exit code {r.exitcode}")

async def as_coroutines():
    results = await asyncio.gather(*(wait_coroutine(*t) for t in TASKS), return_exceptions=True)
    for (name, _, _), result in zip(TASKS, results):
        print(f"[coroutine] report: {name} {'failed: ' + str(result) if isinstance(result, Exception) else 'ok'}")

if __name__ == "__main__":
    run_all(Process, "process")
    run_all(Thread, "thread")
    asyncio.run(as_coroutines())
