import asyncio

balance = 100

async def withdraw(amount, lock=None):
    global balance
    if balance >= amount:         # check...
        await asyncio.sleep(0.1)  # any await lets the other task run here
        balance -= amount         # ...then act, on a stale check

async def safe_withdraw(amount, lock):
    async with lock:              # the check and the act, with nobody in between
        await withdraw(amount)

async def main():
    global balance
    await asyncio.gather(withdraw(80), withdraw(80))
    print("without a lock:", balance)   # -60

    balance = 100
    lock = asyncio.Lock()
    await asyncio.gather(safe_withdraw(80, lock), safe_withdraw(80, lock))
    print("with a lock:", balance)      # 20

asyncio.run(main())
