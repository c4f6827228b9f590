import asyncio

LIMIT, TIMEOUT = 3, 1.5
JOBS = [(1, 1), (2, 0.5), (3, 1.2), (4, 0.5), (5, 10), (6, 1), (7, 0.5), (8, 0.8)]

async def run_job(job_id, seconds):
    print(f"task {job_id} started, takes {seconds} s")
    await asyncio.sleep(seconds)
    print(f"task {job_id} done")
    return "done"

async def limited(slots, job_id, seconds):
    async with slots:  # waits while LIMIT tasks hold a slot
        try:  # the timeout starts here, with the task
            return await asyncio.wait_for(run_job(job_id, seconds), TIMEOUT)
        except asyncio.TimeoutError:
            print(f"task {job_id} timed out")
            return "timed out"

async def main():
    slots = asyncio.Semaphore(LIMIT)
    results = await asyncio.gather(*(limited(slots, i, s) for i, s in JOBS))
    for (job_id, _), result in zip(JOBS, results):
        print(f"result {job_id}: {result}")

asyncio.run(main())
