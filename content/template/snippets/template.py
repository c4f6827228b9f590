import asyncio, random, time

async def worker_task(task_id, seconds):
    print(f"[task {task_id}] started, takes {seconds} s")
    await asyncio.sleep(seconds)
    print(f"[task {task_id}] finished")
    return f"task {task_id} done in {seconds} s"

async def orchestrate():
    started = time.time()
    configs = [(1, random.randint(1, 4)), (2, random.randint(2, 5)),
               (3, random.randint(1, 3)), (4, random.randint(3, 6))]
    finished = 0

    async def with_progress(task_id, seconds):
        nonlocal finished
        result = await worker_task(task_id, seconds)
        finished += 1
        print(f"progress: {finished} of {len(configs)} done (task {task_id})")
        return result

    results = await asyncio.gather(*(with_progress(i, s) for i, s in configs))
    print(f"all done after {time.time() - started:.2f} s")
    for result in results:
        print(f"- {result}")

if __name__ == "__main__":
    asyncio.run(orchestrate())
