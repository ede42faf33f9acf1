#!/usr/bin/env python3
"""The baseline for "ingest vs Python": Python's standard email parser over the same message files, one process
(one core), extracting each message's text body as Rapport does (text/plain preferred, else text/html).

    email_bodies.py OUT_DIR FOLDER...   # prints "<messages> <seconds>", writes one body per file under OUT_DIR
                                        # (the input of the CoreNLP comparison) and OUT_DIR.list naming them
"""
import email
import email.policy
import os
import sys
import time


def body(msg):
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        return part.get_content()
    except (LookupError, UnicodeError, AssertionError):
        payload = part.get_payload(decode=True) or b""
        return payload.decode("utf-8", "replace")


def main():
    out, folders = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    files = []
    for folder in folders:
        for root, _, names in os.walk(folder):
            files.extend(os.path.join(root, n) for n in sorted(names))
    files.sort()
    start = time.perf_counter()
    n = 0
    written = []
    for path in files:
        with open(path, "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        text = body(msg)
        n += 1
        target = os.path.join(out, "%06d.txt" % n)
        with open(target, "w", encoding="utf-8") as f:
            f.write(text)
        written.append(target)
    seconds = time.perf_counter() - start
    with open(out.rstrip("/") + ".list", "w") as f:
        f.write("\n".join(written) + "\n")
    print(n, "%.3f" % seconds)


if __name__ == "__main__":
    main()
