#!/usr/bin/env python3
"""Writes one LinkedIn export (2024 layout) shaped like a heavy real one, for the "real LinkedIn shape" row.

    linkedin_export.py OUT_DIR [MESSAGES INVITATIONS CONNECTIONS]   # default 2400 1600 4400
"""
import csv
import os
import random
import sys

OWNER = ("Avery", "Quinn", "https://www.linkedin.com/in/avery-quinn-9z8y7x")
FIRST = ["Priya", "Jun", "Lena", "Marco", "Aisha", "Tomas", "Mei", "Oren", "Sofia", "Kwame", "Ines", "Ravi"]
LAST = ["Park", "Voss", "Ramaswamy", "Okafor", "Lindqvist", "Haddad", "Costa", "Novak", "Sato", "Mensah"]
COMPANIES = ["Northwind Traders", "Tailspin Toys", "Contoso", "Fabrikam", "Litware", "Adventure Works"]
TITLES = ["Analyst", "Senior Engineer", "Director of Data", "VP Partnerships", "Recruiter", "Product Manager"]
ASKS = ["Could you refer me for the analyst role at {c}?", "Would you have 15 minutes for a call next week?",
        "Thanks so much for the intro, it really helped.", "Happy to help, here is the deck you asked for.",
        "I saw your post on dashboards and loved it.", "Are you hiring for {t} roles this quarter?",
        "Congrats on the new role at {c}!", "Let me know if I can return the favour."]


def main():
    out = sys.argv[1]
    messages, invitations, connections = (int(x) for x in (sys.argv[2:5] or (2400, 1600, 4400)))
    rnd = random.Random(7)
    os.makedirs(out, exist_ok=True)
    people = []
    for i in range(connections):
        f, l = rnd.choice(FIRST), rnd.choice(LAST)
        people.append((f, l, "https://www.linkedin.com/in/%s-%s-%d" % (f.lower(), l.lower(), i)))
    with open(os.path.join(out, "Profile.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary",
                    "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"])
        w.writerow([OWNER[0], OWNER[1], "", "", "", "Aspiring data analyst", "", "Higher Education", "",
                    "Springfield", "", "", ""])
    with open(os.path.join(out, "Connections.csv"), "w", newline="") as fh:
        fh.write("Notes:\n\"When exporting your connection data, you may notice that some of the email addresses "
                 "are missing.\"\n\n")
        w = csv.writer(fh)
        w.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
        for i, (f, l, url) in enumerate(people):
            w.writerow([f, l, url, "", rnd.choice(COMPANIES), rnd.choice(TITLES),
                        "%02d %s 20%02d" % (1 + i % 28, ["Jan", "Mar", "Jun", "Sep", "Nov"][i % 5], 15 + i % 10)])
    with open(os.path.join(out, "Invitations.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"])
        for i in range(invitations):
            f, l, url = people[i % len(people)]
            when = "%d/%d/2%d, %d:%02d PM" % (1 + i % 12, 1 + i % 28, 2 + i % 3, 1 + i % 11, i % 60)
            if i % 3:
                note = rnd.choice(ASKS).format(c=rnd.choice(COMPANIES), t=rnd.choice(TITLES)) if i % 2 else ""
                w.writerow(["%s %s" % OWNER[:2], "%s %s" % (f, l), when, note, "OUTGOING", OWNER[2], url])
            else:
                w.writerow(["%s %s" % (f, l), "%s %s" % OWNER[:2], when, "", "INCOMING", url, OWNER[2]])
    with open(os.path.join(out, "messages.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                    "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "IS MESSAGE DRAFT",
                    "IS CONVERSATION DRAFT"])
        for i in range(messages):
            conv = i // 4
            f, l, url = people[conv % len(people)]
            mine = i % 2 == 0
            text = rnd.choice(ASKS).format(c=rnd.choice(COMPANIES), t=rnd.choice(TITLES))
            date = "202%d-%02d-%02d %02d:%02d:00 UTC" % (2 + conv % 3, 1 + conv % 12, 1 + conv % 28, 8 + i % 4 * 2,
                                                          i % 60)
            sender = ("%s %s" % OWNER[:2], OWNER[2]) if mine else ("%s %s" % (f, l), url)
            to = ("%s %s" % (f, l), url) if mine else ("%s %s" % OWNER[:2], OWNER[2])
            w.writerow(["2-conv%05d" % conv, "", sender[0], sender[1], to[0], to[1], date, "", text, "INBOX", "No",
                        "No"])


if __name__ == "__main__":
    main()
