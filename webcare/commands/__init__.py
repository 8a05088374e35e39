"""The command line's commands, one module per group. Each command parses its options,
calls one use case (webcare.usecases), renders what it returns and gives back an exit
code; webcare.cli maps errors to exit codes in one place.

    setup.py      init, demo, check
    polling.py    poll, import
    reporting.py  report, notify, mentions, show, explain, stats
    work.py       ack, reopen
    judgement.py  analyze, eval

Nothing heavy is imported at module level: `webcare --help` stays instant.
"""
