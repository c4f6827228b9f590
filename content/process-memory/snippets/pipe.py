import multiprocessing

total = 0

def child(queue):
    global total
    total = sum(range(1, 1_000_001))  # changes the child's copy only
    queue.put(total)                  # so send the value instead

if __name__ == "__main__":
    queue = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(queue,))
    p.start()
    result = queue.get()
    p.join()
    print(f"main: total = {total}")          # still 0
    print(f"main: the child sent {result}")
