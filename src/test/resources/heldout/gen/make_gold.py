#!/usr/bin/env python3
"""Writes the held-out texts (NAME.txt) and their gold (NAME.json, NAME.instruments.json)
from the unit tables in docs1.py / docs2.py, so that text and gold cannot drift apart.

    python3 make_gold.py            # writes into the parent folder (src/test/resources/heldout)
    python3 make_gold.py --trad T   # also writes bra-arg-hant.* from T, a file of
                                    #   "simplified<TAB>traditional" lines (HanLP s2t)
The gold JSON is the source the scorer reads; these tables are only a convenient way to edit it.
"""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docs1 import FRA, PAK
from docs2 import VNM, CAC, GOV, BRA, RIC

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WRAP = 22


def statements(spec, parties):
    out = []
    for s in filter(None, spec.split(";")):
        p, kind, verb, *neg = s.split("/")
        out.append({"party": parties if p == "ALL" else p.split("+"), "kind": kind,
                    "verb": verb, "negated": bool(neg)})
    return out


def instruments(spec):
    return [{"key": k.rstrip("*"), "anaphoric": k.endswith("*")} for k in filter(None, spec.split(";"))]


def blocks(texts):
    """Units joined into blocks; a list item (——) starts a block of its own, as in print."""
    out = []
    for t in texts:
        if out and not t.startswith("——"):
            out[-1] += t
        else:
            out.append(t)
    return out


def wrap(text):
    """Hard wrap at WRAP characters, never starting a line with closing punctuation
    and never splitting a run of digits (as a newspaper typesets it)."""
    lines, cur = [], ""
    for i, ch in enumerate(text):
        if len(cur) >= WRAP and ch not in "，。；：、）》”！？" and not (ch.isdigit() and cur[-1].isdigit()):
            lines.append(cur)
            cur = ""
        cur += ch
    return lines + [cur] if cur else lines


def layout(doc, conv):
    lines = []
    for n, para in enumerate(doc["paragraphs"]):
        if doc["layout"] == "newspaper" and para[0][0] not in ("TITLE", "HEAD", "PAGE"):
            for block in blocks([conv(u[0]) for u in para]):
                lines += wrap(block)
            if n % 3 == 2:
                lines.append("")
        else:
            lines.append("".join(conv(u[1] if u[0] in ("TITLE", "HEAD", "PAGE") else u[0]) for u in para))
    return "\n".join(lines) + "\n"


def gold(doc, conv, name):
    units, title, first = [], None, 0
    for para in doc["paragraphs"]:
        for u in para:
            if u[0] in ("HEAD", "PAGE"):  # a section heading or page marker: its own line, not a unit
                continue
            if u[0] == "TITLE":
                title = conv(u[1])
                units.append({"title": title})
                continue
            text, area, st, dates, ins, note = u
            units.append({"text": conv(text), "area": area,
                          "statements": [dict(s, verb=conv(s["verb"])) for s in statements(st, doc["parties"])],
                          "instruments": instruments(ins), "dates": [d for d in dates.split(";") if d],
                          "note": note})
    return {"file": name + ".txt", "parties": doc["parties"], "year": doc["year"],
            "documents": [{"title": title, "first_unit": 0, "last_unit": len(units) - 1,
                           "note": "Held-out test text written in the style of published statements (not a published text); "
                                   + ("newspaper layout: hard-wrapped lines, dateline and title after the body."
                                      if doc["layout"] == "newspaper" else "web layout: title first, one paragraph per line.")}],
            "units": units, "new_instruments": {"added": [], "considered_not_added": []}}


def write(doc, conv=lambda s: s, name=None, out=OUT):
    name = name or doc["name"]
    with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(layout(doc, conv))
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold(doc, conv, name), f, ensure_ascii=False, indent=1)
        f.write("\n")
    reg = {k: dict(v) for k, v in doc["registry"].items()}
    if name != doc["name"]:
        for v in reg.values():
            t = conv(v["title"])
            if t != v["title"]:
                v["aliases"] = v["aliases"] + [t]
    with open(os.path.join(out, name + ".instruments.json"), "w", encoding="utf-8") as f:
        json.dump(reg, f, ensure_ascii=False, indent=1)
        f.write("\n")


def compact_units(gold):
    """Removes whitespace from the unit texts: score.py finds them in the whitespace-free text
    (a signature line may hold full-width spaces)."""
    for u in gold["units"]:
        if "text" in u:
            u["text"] = "".join(u["text"].split())


NOTE = "Held-out test text written in the style of published statements (not a published text); "


def split_documents(path, notes, fix=None):
    """Rebuilds "documents" of the gold at path from its TITLE units (a document runs from its
    title unit to the unit before the next title), each with NOTE + its note; fix(gold), if
    given, edits the gold before it is written back."""
    with open(path, encoding="utf-8") as f:
        gold = json.load(f)
    units = gold["units"]
    starts = [i for i, u in enumerate(units) if "title" in u]
    gold["documents"] = [{"title": units[s]["title"], "first_unit": s,
                          "last_unit": starts[n + 1] - 1 if n + 1 < len(starts) else len(units) - 1,
                          "note": NOTE + notes[n]} for n, s in enumerate(starts)]
    if fix:
        fix(gold)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    for d in (FRA, PAK, VNM, CAC, GOV, BRA, RIC):
        write(d)
    if "--trad" in sys.argv:
        table = dict(l.rstrip("\n").split("\t") for l in open(sys.argv[sys.argv.index("--trad") + 1], encoding="utf-8"))
        write(BRA, lambda s: table.get(s, s), "bra-arg-hant")
    if "--strings" in sys.argv:  # the strings to convert for --trad
        d = BRA
        for para in d["paragraphs"]:
            for u in para:
                print(u[1] if u[0] == "TITLE" else u[0])
                if u[0] != "TITLE":
                    for s in statements(u[2], d["parties"]):
                        print(s["verb"])
        for v in d["registry"].values():
            print(v["title"])
