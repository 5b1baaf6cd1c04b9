#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz targets into fuzz/work/seeds/<target>/ (scratch,
gitignored); `scripts/fuzz seed` minimises them into the committed corpus fuzz/corpus/.

catalog: the shipped catalog, the JSON fixtures, and small valid catalogs cut from the
         shipped one (one, two and four artifacts; compact and pretty).
chunked: the catalog seeds behind the header b"\\x03\\x01\\x07\\x40\\x00" (budgets 1, 7, 64, inf).
shard:   an index, artifact shards and list pages in the layout `versus-catalog shard`
         writes (crates/versus-core/src/shard/write.rs), built here from the shipped
         catalog, plus the hostile index fixture.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "fuzz" / "work" / "seeds"


def fnv1a32(text):
    h = 0x811C9DC5
    for b in text.encode():
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def write(target, name, data):
    directory = OUT / target
    directory.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    (directory / name).write_bytes(data)


def main():
    catalog_text = (ROOT / "data" / "catalog.json").read_text()
    catalog = json.loads(catalog_text)
    catalogs = {"catalog.json": catalog_text}
    for path in sorted((ROOT / "tests" / "fixtures").glob("*.json")):
        catalogs[path.name] = path.read_text()
    artifacts = catalog["artifacts"]
    for n in (1, 2, 4):
        small = dict(catalog, artifacts=artifacts[:n])
        ids = {a["id"] for a in small["artifacts"]}
        small["featured"] = [p for p in catalog.get("featured", []) if set(p) <= ids]
        catalogs[f"small-{n}.json"] = json.dumps(small, separators=(",", ":"), ensure_ascii=False)
        catalogs[f"small-{n}-pretty.json"] = json.dumps(small, indent=2, ensure_ascii=False)
    # Small enough for the runs' -max_len (scripts/fuzz): every field the shipped catalog
    # uses, with strings cut short and lists to two items (ids and alternatives kept).
    def shrink(value, key=None):
        if isinstance(value, dict):
            return {k: shrink(v, k) for k, v in value.items()}
        if isinstance(value, list):
            keep = value if key in ("alternatives", "featured", "artifacts") else value[:2]
            return [shrink(v, key) for v in keep]
        if isinstance(value, str) and key not in ("id", "alternatives", "featured", "format",
                                                  "url", "locale", "plan", "currency"):
            return value[:10]
        return value
    for n in (1, 2, 4):
        tiny = shrink(dict(catalog, artifacts=artifacts[:n]))
        ids = {a["id"] for a in tiny["artifacts"]}
        tiny["featured"] = [p for p in catalog.get("featured", []) if set(p) <= ids]
        for a in tiny["artifacts"]:
            a["alternatives"] = [x for x in a.get("alternatives", []) if x in ids] + ["missing"]
        catalogs[f"tiny-{n}.json"] = json.dumps(tiny, separators=(",", ":"), ensure_ascii=False)
    catalogs["bare.json"] = json.dumps({
        "format": "versus-catalog/1", "brand": {"name": "B"},
        "artifacts": [{"id": "a", "name": "A", "kind": "Model", "rank": 1,
                       "pricing": {"plan": "free"}, "capabilities": []},
                      {"id": "b", "name": "B", "kind": "Tool", "rank": 2, "alternatives": ["a"],
                       "pricing": {"plan": "paid"},
                       "capabilities": [{"title": "t", "description": "d", "intents": ["x"]}]}],
        "featured": [["a", "b"]]}, separators=(",", ":"))
    for name, text in catalogs.items():
        write("catalog", name, text)
        write("chunked", name, b"\x03\x01\x07\x40\x00" + text.encode())

    # A sharded layout of the shipped catalog: 2 artifacts a shard, 5 a list page.
    count = len(artifacts)
    shards = (count + 1) // 2
    pages = (count + 4) // 5
    index = {"format": "versus-catalog-index/1"}
    index.update({
        "artifact_count": count,
        "artifact_shards": {"count": shards, "path": "artifacts/{n}.json"},
        "brand": catalog["brand"],
        "categories": sorted({c for a in artifacts for c in a.get("categories", [])}),
        "featured": catalog.get("featured", []),
        "kinds": sorted({a["kind"] for a in artifacts}),
        "list_pages": {"count": pages, "page_size": 5, "path": "list/{n}.json"},
        "signals": catalog["signals"],
    })
    write("shard", "index.json", json.dumps(index, separators=(",", ":"), ensure_ascii=False))
    by_shard = {}
    for a in artifacts:
        by_shard.setdefault(fnv1a32(a["id"]) % shards, []).append(a)
    for number, members in sorted(by_shard.items())[:3]:
        related = {}
        for a in members:
            alts = [x for x in a.get("alternatives", []) if any(b["id"] == x for b in artifacts)]
            related[a["id"]] = [{"id": x, "score": 0.5, "shared": ["chat"]} for x in alts[:2]]
        shard = {"format": "versus-catalog-shard/1", "shard": number, "artifacts": members,
                 "related": related}
        write("shard", f"shard-{number}.json",
              json.dumps(shard, separators=(",", ":"), ensure_ascii=False))
    ordered = sorted(artifacts, key=lambda a: -a["rank"])
    for page in range(min(pages, 2)):
        entries = []
        for a in ordered[page * 5:(page + 1) * 5]:
            entry = {"id": a["id"], "name": a["name"], "kind": a["kind"], "rank": a["rank"]}
            for key in ("vendor", "summary"):
                if key in a:
                    entry[key] = a[key]
            if a.get("categories"):
                entry["categories"] = a["categories"]
            entries.append(entry)
        write("shard", f"list-{page}.json", json.dumps(
            {"format": "versus-catalog-list/1", "page": page, "entries": entries},
            separators=(",", ":"), ensure_ascii=False))
    write("shard", "hostile-index.json", (ROOT / "tests/fixtures/hostile-index.json").read_text())
    write("shard", "minimal.json", (ROOT / "tests/fixtures/minimal.json").read_text())


if __name__ == "__main__":
    sys.exit(main())
