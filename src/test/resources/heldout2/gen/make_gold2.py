#!/usr/bin/env python3
"""Writes the second held-out set (heldout2/NAME.txt, NAME.json, NAME.instruments.json) from
the tables in docs3.py with the generator of heldout/gen/make_gold.py.

    python3 make_gold2.py
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "heldout", "gen"))
import make_gold
from docs3 import ZAF, CJK, DEU, SAU

if __name__ == "__main__":
    out = os.path.dirname(HERE)
    for d in (ZAF, CJK, DEU, SAU):
        make_gold.write(d, out=out)
    # deu-fra is a newspaper text with its title and dateline BEFORE the body: say so in its note
    path = os.path.join(out, "deu-fra.json")
    with open(path, encoding="utf-8") as f:
        gold = json.load(f)
    gold["documents"][0]["note"] = ("Held-out test text written in the style of published statements (not a published text); "
                                    "newspaper layout: hard-wrapped lines, title and dateline before the body, section headings on lines of their own.")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
