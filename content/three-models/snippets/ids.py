import multiprocessing
import os
import threading

def report(role):
    print(f"{role}: pid {os.getpid()}, thread {threading.get_ident()}")

if __name__ == "__main__":
    report("main")
    thread = threading.Thread(target=report, args=("thread",))
    child = multiprocessing.Process(target=report, args=("child",))
    thread.start()
    child.start()
    thread.join()
    child.join()
