"""Analyse the same texts PASSES times: run under valgrind with 1 and with 2 passes, and
the difference is what a text costs once every pattern it needs is compiled.

    valgrind --tool=callgrind python bench/analysis_passes.py tweets 400 1
    valgrind --tool=callgrind python bench/analysis_passes.py tweets 400 2

(instructions of the second run minus the first, over 400: a bench tweet's cost; `long`
for the feed items). Compiling patterns as texts first need them, and whether they come
from the compiled-pattern cache, moved a one-pass count by 2-10% between runs of the same
code; the second pass compiles nothing. Set `PYTHONHASHSEED` and run once without valgrind
first to fill the cache.

OpenBLAS (loaded with numpy) starts worker threads that spin while they wait, and callgrind
counts their instructions: about 75,000 a bench tweet, and a different number every run
(round 53 found it behind the runs of one tree that differed by up to a quarter). The
script runs them as one thread (`OPENBLAS_NUM_THREADS=1`, unless set otherwise).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy is imported: see above

sys.path.insert(0, str(Path(__file__).parent))

from analysis_throughput import make_long_texts, make_texts  # noqa: E402

from webcare.analysis import analyse  # noqa: E402
from webcare.settings import Settings  # noqa: E402


def main() -> None:
    kind, count, passes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    if kind not in ("tweets", "long"):
        raise SystemExit("usage: analysis_passes.py tweets|long COUNT PASSES")
    settings = Settings()
    texts = make_texts(count) if kind == "tweets" else make_long_texts(count)
    for _ in range(passes):
        for text in texts:
            analyse(text, settings)


if __name__ == "__main__":
    main()
