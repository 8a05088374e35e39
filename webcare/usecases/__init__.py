"""Use cases: what each command does, as functions of settings, a store and `now` that
return data. No terminal, no argument parsing, no exit codes: the CLI does those.

    report.py   the floor, only-new, fail-on; the digest; mentions; stats; incidents
    notify.py   plan -> compose -> send -> remember
    poll.py     polling the sources, importing a file
    check.py    what `webcare check` finds in a config (and, online, at the sources)
    work.py     selecting mentions (ids, filters, an incident); ack, reopen, no reply
    show.py     one mention in full; its SLA clock's walk
    analyze.py  analysing free text
"""
