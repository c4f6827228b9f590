import asyncio
import hashlib
import time
from concurrent.futures import ThreadPoolExecutor

PASSWORDS = ["ant", "bee", "cat", "dog", "eel", "fox", "gnu", "hen"]

def hash_password(password):
    # hashlib releases the GIL while it hashes, so pool threads really run side by side
    return hashlib.pbkdf2_hmac("sha256", password.encode(), b"course-salt", 300_000)

async def main():
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(max_workers=4)  # you choose the pool and its size
    start = time.perf_counter()

    async def one(number, password):
        await loop.run_in_executor(pool, hash_password, password)
        print(f"hash {number} finished at {time.perf_counter() - start:.2f} s")

    await asyncio.gather(*(one(n, p) for n, p in enumerate(PASSWORDS, 1)))

asyncio.run(main())
