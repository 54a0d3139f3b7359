#!/usr/bin/env python3
"""Helpers for the real-world reader fixtures' goldens (broken/, encodings/, dates/, hostile/, html/).

The expected values are written by hand in each folder's make.py; this module only fills in the
keys the contract (shared/contracts/parse-json.md) requires to be present with their "absent"
values (null, [] or "text"), so that every golden lists every key, and writes the JSON files.
Nothing here reads the fixtures or runs the reader: a golden is what `arna parse --json` must print.
"""
import json
import os

FEED_KEYS = [
    "title", "titleType", "subtitle", "subtitleType", "id", "link", "links", "language",
    "updated", "published", "authors", "contributors", "categories", "rights", "rightsType",
    "generator", "icon", "image", "ttl",
]
ITEM_KEYS = [
    "id", "title", "titleType", "link", "links", "summary", "summaryType", "content",
    "published", "updated", "authors", "contributors", "categories", "enclosures", "comments",
    "rights", "rightsType", "language", "image", "source",
]
LISTS = {"links", "authors", "contributors", "categories", "content", "enclosures"}
TYPES = {"titleType", "subtitleType", "rightsType", "summaryType"}


def _filled(keys, given):
    unknown = set(given) - set(keys)
    if unknown:
        raise KeyError(f"not a contract key: {sorted(unknown)}")
    out = {}
    for key in keys:
        if key in given:
            out[key] = given[key]
        elif key in LISTS:
            out[key] = []
        elif key in TYPES:
            out[key] = "text"
        else:
            out[key] = None
    return out


def feed(**given):
    """The `feed` object: every contract key, the given ones as written."""
    return _filled(FEED_KEYS, given)


def item(**given):
    """One `items` element: every contract key, the given ones as written."""
    return _filled(ITEM_KEYS, given)


def category(term, scheme=None, label=None):
    return {"term": term, "scheme": scheme, "label": label}


def person(name=None, email=None, uri=None):
    return {"name": name, "email": email, "uri": uri}


def document(fmt, items, feed_object, encoding="utf-8", bozo=False, errors_contain=None, **meta):
    """A readable document's golden. A bozo one has "errors": "*" plus `_errorsContain` needles."""
    if bozo and not errors_contain:
        raise ValueError("a bozo golden names what its errors must mention")
    # RSS descriptions are HTML, the channel's as well as the items' (as feedparser reads them;
    # the format fixtures in rss*/ and namespaces/ decided the same).
    if fmt.startswith("rss") and feed_object.get("subtitle") is not None and feed_object.get("subtitleType") == "text":
        feed_object = dict(feed_object, subtitleType="html")
    golden = {}
    for key, value in meta.items():
        golden["_" + key] = value
    if errors_contain:
        golden["_errorsContain"] = errors_contain
    golden.update({
        "format": fmt,
        "encoding": encoding,
        "bozo": bozo,
        "errors": "*" if bozo else [],
        "feed": feed_object,
        "items": items,
    })
    return golden


def fails(message_contains, **meta):
    """The golden of a document that cannot be read at all: exit non-zero, one line on stderr."""
    golden = {"_fails": True, "_messageContains": message_contains}
    for key, value in meta.items():
        golden["_" + key] = value
    return golden


def write(folder, name, golden):
    """Writes NAME.golden.json in `folder` (UTF-8, non-ASCII kept raw, two-space indent)."""
    path = os.path.join(folder, name + ".golden.json")
    with open(path, "w", encoding="utf-8") as out:
        json.dump(golden, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return path
