#!/usr/bin/env python3
"""The baseline for "ingest vs Python": Python's standard email parser over the same message files, one process
(one core), extracting each message's text body as Rapport does (text/plain preferred, else text/html).

    email_bodies.py OUT_DIR FOLDER...   # prints "<messages> <seconds>", writes one body per file under OUT_DIR
                                        # (the input of the CoreNLP comparison) and OUT_DIR.list naming them
    email_bodies.py --mbox FILE         # the same over each message of one mbox file (Python's mailbox module);
                                        # prints "<messages> <seconds>", writes nothing
    email_bodies.py --make-mbox FILE N FOLDER...   # writes the folders' message files N times over into one
                                        # mboxrd file (a "From " line before each, body lines "From " quoted)
"""
import email
import email.policy
import mailbox
import os
import re
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


def message_files(folders):
    files = []
    for folder in folders:
        for root, _, names in os.walk(folder):
            files.extend(os.path.join(root, n) for n in sorted(names))
    return sorted(files)


def parse(f):
    return email.message_from_binary_file(f, policy=email.policy.default)


def read_mbox(path):
    start = time.perf_counter()
    n = 0
    for msg in mailbox.mbox(path, factory=parse, create=False):
        body(msg)
        n += 1
    print(n, "%.3f" % (time.perf_counter() - start))


def make_mbox(path, times, folders):
    files = message_files(folders)
    from_line = re.compile(rb"^(>*From )", re.M)
    with open(path, "wb") as out:
        for _ in range(times):
            for name in files:
                with open(name, "rb") as f:
                    data = f.read().replace(b"\r\n", b"\n")
                out.write(b"From MAILER-DAEMON Thu Jan  1 00:00:00 1970\n")
                out.write(from_line.sub(rb">\1", data))
                out.write(b"\n" if data.endswith(b"\n") else b"\n\n")


def main():
    if sys.argv[1] == "--mbox":
        read_mbox(sys.argv[2])
        return
    if sys.argv[1] == "--make-mbox":
        make_mbox(sys.argv[2], int(sys.argv[3]), sys.argv[4:])
        return
    out, folders = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    files = message_files(folders)
    start = time.perf_counter()
    n = 0
    written = []
    for path in files:
        with open(path, "rb") as f:
            msg = parse(f)
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
