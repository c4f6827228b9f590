import asyncio

async def download(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} ({seconds} s)"

def fetch_both():  # missing: async
    a, b = await asyncio.gather(download("A", 2), download("B", 3))
    return f"{a} and {b}"

# Python stops before running anything:
#   SyntaxError: 'await' outside async function
