"""Helpers shared by the gold generators of kronik's evaluation sets
(testdata/*/make_gold.py): entity, event and quantity constructors in the shape
of ../shared/eval/CONTRACT.md, and a writer that checks each gold file before it
is written (unique entity keys, event actors that are entities, and optionally
that an alias of every entity occurs in its article, so that a typo cannot hide
an entity the scorer could never match).

A set's script holds its annotation and ends with Gold.finish(), so every set
takes `python3 testdata/SET/make_gold.py --perfect /tmp/perfect.jsonl`: it also
writes a "perfect" system output built from the gold (one JSON line per
document, in the shape kronik prints), and `score.py --gold testdata/SET/gold
--system /tmp/perfect.jsonl` must score it 1.0 on every field, which checks the
gold itself.
"""
import argparse
import glob
import html
import json
import os
import re
import sys
import unicodedata


def E(typ, mode, actors, date, cluster, date_end=None, optional=False, place=None, name=None, document=None):
    """One gold event. mode None: the scorer accepts any mode (deals merely reached, optional)."""
    e = {"type": typ, "mode": mode}
    if name:
        e["name"] = name
    if document:
        e["document"] = document
    e["actors"] = actors
    e["date"] = date
    if date_end:
        e["date_end"] = date_end
    if place:
        e["place"] = place
    if optional:
        e["optional"] = True
    e["cluster"] = cluster
    return e


def Q(kind, value, unit, optional=False):
    q = {"kind": kind, "value": value, "unit": unit}
    if optional:
        q["optional"] = True
    return q


def ent(t, key, names, optional):
    e = {"type": t, "key": key, "names": names}
    if optional:
        e["optional"] = True
    return e


def norm(s):
    # the scorer's normalisation, so the alias check sees what the scorer sees
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[’'`]", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


class Gold:
    """The alias tables and folders of one evaluation set."""

    def __init__(self, here, countries, people, orgs, places, check_aliases=True):
        self.out = os.path.join(here, "gold")
        self.art = os.path.join(here, "articles")
        self.countries, self.people, self.orgs, self.places = countries, people, orgs, places
        self.check_aliases = check_aliases
        self.problems = []

    def C(self, code, optional=False):
        return ent("COUNTRY", code, self.countries[code], optional)

    def P(self, key, *names, optional=False):
        return ent("PERSON", key, list(names) or self.people.get(key, [key]), optional)

    def O(self, key, *names, optional=False):
        return ent("ORG", key, list(names) or self.orgs.get(key, [key]), optional)

    def L(self, key, *names, optional=False):
        return ent("PLACE", key, list(names) or self.places.get(key, [key]), optional)

    def write(self, source, lang, published, outlet, dateline, entities, events, quantities):
        g = {"source": source, "lang": lang}
        if published != "ABSENT":
            g["published"] = published
        g.update({"outlet": outlet, "dateline": dateline, "entities": entities, "events": events,
                  "quantities": quantities})
        keys = [e["key"] for e in entities]
        assert len(keys) == len(set(keys)), (source, keys)
        keyset = set(keys)
        for ev in events:
            for slot in ev["actors"]:
                for k in (slot if isinstance(slot, list) else [slot]):
                    assert k in keyset, (source, k)
        if self.check_aliases:
            with open(os.path.join(self.art, source), encoding="utf-8") as f:
                raw = f.read()
            text = " " + norm(html.unescape(re.sub(r"<[^>]+>", " ", raw))) + " "
            for e in entities:
                if not any(" " + norm(n) + " " in text for n in e["names"]):
                    self.problems.append(f"{source}: no alias of {e['type']} {e['key']!r} occurs in the article")
        with open(os.path.join(self.out, source + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")

    def finish(self, argv=None):
        """Ends a set's script: exits with the alias problems found, if any;
        with --perfect FILE, writes a perfect system output (write_perfect)."""
        if self.problems:
            sys.exit("\n".join(self.problems))
        ap = argparse.ArgumentParser()
        ap.add_argument("--perfect", help="also write a perfect system output (JSON lines) built from the gold")
        a = ap.parse_args(argv)
        if a.perfect:
            write_perfect(self.out, a.perfect)


def write_perfect(gold_dir, path):
    """Writes a system output that says exactly what the gold in gold_dir says,
    in the shape kronik prints (one JSON line per document): scoring it against
    the gold must give 1.0 everywhere, which checks the gold's consistency."""
    with open(path, "w", encoding="utf-8") as out:
        for p in sorted(glob.glob(os.path.join(gold_dir, "*.gold.json"))):
            with open(p, encoding="utf-8") as f:
                g = json.load(f)
            ents = [{"id": e["key"], "type": e["type"], "name": e["names"][0],
                     "code": e["key"] if e["type"] == "COUNTRY" else None,
                     "mentions": [{"text": n} for n in e["names"]]} for e in g["entities"]]
            evs = []
            for e in g["events"]:
                mode = e["mode"]
                mode = mode[0] if isinstance(mode, list) else (mode or "other")
                evs.append({"type": e["type"], "mode": mode,
                            "actors": [s[0] if isinstance(s, list) else s for s in e["actors"]],
                            "date": e["date"], "date_end": e.get("date_end"), "cluster": e["cluster"]})
            d = {k: g.get(k) for k in ("source", "lang", "published", "outlet", "dateline")}
            d.update(entities=ents, events=evs, quantities=g["quantities"])
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
