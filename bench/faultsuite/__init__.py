"""The fault suite behind `python bench/faults.py`: hostile texts, network faults, kills,
concurrency, damaged stores and secrets, each group in a module of its own, all run
against the real CLI in subprocesses and real servers on 127.0.0.1."""
