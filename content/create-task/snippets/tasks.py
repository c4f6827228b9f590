import asyncio, random

URLS = ["example.com/news", "example.com/weather", "example.com/sport"]

async def download_page(url):
    seconds = random.randint(1, 3)
    print(f"download {url} started, takes {seconds} s")
    await asyncio.sleep(seconds)
    print(f"download {url} finished")
    return f"<html of {url}>"

async def check_links():
    await asyncio.sleep(0.5)
    raise RuntimeError("3 broken links")

async def main():
    links = asyncio.create_task(check_links())  # fails at 0.5 s: the task keeps the error
    tasks = [asyncio.create_task(download_page(u)) for u in URLS]
    print("main: all downloads started")  # printed BEFORE the start lines
    pages = await asyncio.gather(*tasks)  # results in URL order
    for i, page in enumerate(pages, 1):
        print(f"result {i}: {page}")
    try:
        await links  # awaited late: fine in Python
    except RuntimeError as error:
        print(f"main: link check failed: {error}")

asyncio.run(main())
