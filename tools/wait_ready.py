#!/usr/bin/env python3
"""Waits until the gateway's /health answers 200, so a harness started beside `make run` does not race it.

usage: wait_ready.py URL SECONDS
"""
import sys
import time
import urllib.error
import urllib.request


def main():
    url, seconds = sys.argv[1], float(sys.argv[2])
    deadline = time.monotonic() + seconds
    said = False
    last = "not answering yet"
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return 0
        except urllib.error.HTTPError as e:
            last = "answers %d" % e.code
        except (urllib.error.URLError, OSError) as e:
            last = "not answering yet"
        if time.monotonic() > deadline:
            print("the gateway at %s is not ready after %.0f s (%s): is `make run` running?" % (url, seconds, last), file=sys.stderr)
            return 1
        if not said:
            print("waiting for the gateway at %s ..." % url, file=sys.stderr)
            said = True
        time.sleep(0.5)  # polling a server another process is starting


if __name__ == "__main__":
    sys.exit(main())
