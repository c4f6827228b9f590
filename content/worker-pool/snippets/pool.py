import threading
import time
from concurrent.futures import ThreadPoolExecutor

IMAGE_BYTES = 1024 * 1024

def job(job_id):
    pixels = bytes([job_id]) * IMAGE_BYTES  # threads share memory: nothing to send or copy
    total = sum(pixels)
    time.sleep(0.3)
    return f"job {job_id} done on {threading.current_thread().name}: sum {total}"

# Three threads, started once and reused for all eight jobs; `with` shuts them down at the end.
with ThreadPoolExecutor(max_workers=3) as pool:
    for line in pool.map(job, range(1, 9)):  # results in input order
        print(line)
