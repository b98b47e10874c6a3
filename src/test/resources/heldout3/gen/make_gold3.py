#!/usr/bin/env python3
"""Writes the third held-out set (heldout3/NAME.txt, NAME.json, NAME.instruments.json) from
the tables in docs4.py with the generator of heldout/gen/make_gold.py.

    python3 make_gold3.py

The generator writes one entry in "documents"; here the entries are rebuilt from the TITLE
units (every text of this set has its title first, so a document runs from its title unit to
the unit before the next title), and each gets a note on its layout.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "heldout", "gen"))
import make_gold
from docs4 import IDN, NZL, EGY, KAZ, CHL

NOTES = {
    "idn-mys": ["newspaper layout: title and dateline before the body, hard-wrapped lines; two non-Chinese parties."],
    "nzl": ["web layout: title first, one paragraph per line, section headings (政治互信 …) on lines of their own."],
    "egy": ["web layout: title first, page markers (— 2 —) on lines of their own between paragraphs, numbered items 1. 2."],
    "kaz": ["web layout: the first of two statements in this file; section headings 一、政治领域 二、经济领域.",
            "web layout: the second statement of this file, a lead-in 声明如下： with items （一）…（六）."],
    "chl": ["web layout: title first, a lead-in with ——items."],
}


if __name__ == "__main__":
    out = os.path.dirname(HERE)
    for d in (IDN, NZL, EGY, KAZ, CHL):
        make_gold.write(d, out=out)
        make_gold.split_documents(os.path.join(out, d["name"] + ".json"), NOTES[d["name"]])
