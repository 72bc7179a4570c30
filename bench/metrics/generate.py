#!/usr/bin/env python3
"""Writes N gen_qa prediction rows as JSONL for the metrics benchmark (deterministic: a fixed seed).

Rows look like a BYOD gen_qa evaluation: a reference answer of 3-60 words, a prediction that is the reference
(30%), a light edit of it (40%) or an unrelated answer (30%), and metadata with a difficulty and a domain.

Usage: generate.py ROWS OUTPUT.jsonl
"""
import json
import random
import sys


def main() -> None:
    rows, output = int(sys.argv[1]), sys.argv[2]
    rnd = random.Random(20260101)
    syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ven", "dar", "el", "qu", "is", "on", "ber", "to"]
    vocabulary = ["".join(rnd.choice(syllables) for _ in range(rnd.randint(1, 4))) for _ in range(6000)]
    vocabulary += ["the", "a", "an", "of", "and", "to", "is", "in", "it", "for"] * 40
    punctuation = [".", ",", "!", "?", ":", ""]
    difficulties = ["easy", "medium", "hard"]
    domains = ["IT_support", "billing", "network", "hardware", "access", "software"]

    def sentence(length: int) -> str:
        words = [rnd.choice(vocabulary) for _ in range(length)]
        if rnd.random() < 0.2:
            words[rnd.randrange(length)] = str(rnd.randint(0, 5000))
        return " ".join(words) + rnd.choice(punctuation)

    with open(output, "w", encoding="utf-8") as out:
        for i in range(rows):
            reference = sentence(rnd.randint(3, 60))
            kind = rnd.random()
            if kind < 0.3:
                prediction = reference
            elif kind < 0.7:
                words = reference.split()
                for _ in range(rnd.randint(1, 4)):
                    words[rnd.randrange(len(words))] = rnd.choice(vocabulary)
                prediction = " ".join(words)
            else:
                prediction = sentence(rnd.randint(3, 60))
            metadata = json.dumps({"difficulty": difficulties[i % 3], "domain": domains[rnd.randrange(6)]})
            out.write(json.dumps({"prediction": prediction, "reference": reference, "metadata": metadata}) + "\n")


if __name__ == "__main__":
    main()
