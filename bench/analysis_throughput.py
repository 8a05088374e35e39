"""Benchmark: analysis throughput on one core (language, sentiment, urgency, topics, route).

    python bench/analysis_throughput.py [--count 10000] [--repeat 5]

Builds COUNT realistic mention texts (about 70% Dutch, 30% English, varied lengths) from
fixed templates with a fixed seed, warms the analysers up, then times `analyse` over all
of them REPEAT times in this one process and prints mentions per CPU second (the
process's CPU time: wall time on a shared machine is noisy), each run's and the median.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from webcare.analysis import analyse
from webcare.settings import Settings

DUTCH = [
    "Mijn pakket is nog steeds niet bezorgd, al {n} dagen aan het wachten @acme",
    "Al {n} keer gebeld, niemand neemt op. Waardeloze klantenservice van Acme!",
    "Top service van Acme, bestelling keurig op tijd bezorgd. Bedankt!",
    "Jullie hebben € {n}4,50 dubbel afgeschreven, ik wil mijn geld terug",
    "De app van Acme ligt eruit, kan niet inloggen. Storing?",
    "Vanaf wanneer bezorgen jullie in Zwolle? Groet, Sanne",
    "Ik zeg mijn abonnement op, drie weken op rij ontbrekende producten",
    "Bezorgbus van Acme reed een fietser aan op de Oudegracht, ambulance is onderweg",
    "Heel erg vriendelijke chauffeur vandaag, complimenten aan het team van Acme",
    "Het eten uit de maaltijdbox was niet goed, de kip rook raar en ik ben ziek geworden",
]
ENGLISH = [
    "Still waiting for my refund from @acme, {n} weeks now. Unacceptable.",
    "Thanks Acme, the driver was super friendly and right on time!",
    "My Acme account got hacked, unknown charges of ${n}12 on my card",
    "Can't log in to the Acme app since this morning, is there an outage?",
    "Ordered from Acme for my daughter's birthday and it never came. Contacting a lawyer.",
]


def make_texts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for i in range(count):
        template = rng.choice(DUTCH) if rng.random() < 0.7 else rng.choice(ENGLISH)
        text = template.format(n=rng.randint(2, 9))
        if i % 3 == 0:
            text += " " + rng.choice(DUTCH + ENGLISH).format(n=3)
        texts.append(text)
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    settings = Settings()
    texts = make_texts(args.count)
    for text in texts[:50]:
        analyse(text, settings)  # load VADER and compile the rules outside the timing
    rates = []
    for _ in range(args.repeat):
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        for text in texts:
            analyse(text, settings)
        wall, cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu
        rates.append(len(texts) / cpu)
        print(
            f"analysed {len(texts):,} mentions in {wall:.2f} s wall, {cpu:.2f} s CPU:"
            f" {len(texts) / cpu:,.0f} mentions per CPU second"
        )
    print(f"median: {statistics.median(rates):,.0f} mentions per CPU second (one core)")


if __name__ == "__main__":
    main()
