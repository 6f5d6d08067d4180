#!/usr/bin/env python3
"""Writes a Doorstop tree holding the same items as a Cairn backlog.

usage: cairn-to-doorstop.py BACKLOG-DIR DOORSTOP-DIR

Reads the Markdown files `cairn-synthetic` generates (front matter of
`key: value` lines, lists written `[A, B]`) and writes one Doorstop
document per kind: objectives at the root, key results, epics and feedback
under objectives, stories and bugs under epics. Each item's `links` mirror
its `parent`, `depends_on`, `evidence` and `key_results`; its body becomes
`text`. Items without a parent link are marked `derived`, as Doorstop asks
of items that trace to no parent document.
"""
import os
import sys

import yaml

# Cairn id prefix -> (Doorstop document folder, parent document prefix)
DOCUMENTS = {
    "OBJ": ("objectives", None),
    "KR": ("key-results", "OBJ"),
    "EP": ("epics", "OBJ"),
    "FB": ("feedback", "OBJ"),
    "US": ("stories", "EP"),
    "BUG": ("bugs", "EP"),
}
LINK_FIELDS = ("parent", "depends_on", "evidence", "key_results")


def literal_when_multiline(dumper, text):
    """Writes bodies as YAML block scalars, the way Doorstop users write them."""
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


def read_item(path):
    """The front matter as a dict of strings and lists, and the body."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    _, front_matter, body = text.split("---\n", 2)
    fields = {}
    for line in front_matter.splitlines():
        key, _, value = line.partition(": ")
        if value.startswith("[") and value.endswith("]"):
            fields[key] = [part.strip() for part in value[1:-1].split(",") if part.strip()]
        else:
            fields[key] = value
    return fields, body.strip("\n")


def links_of(fields):
    """Every id the item links to, parent first, each once."""
    targets = []
    for field in LINK_FIELDS:
        value = fields.get(field)
        for target in value if isinstance(value, list) else [value] if value else []:
            if target not in targets:
                targets.append(target)
    return targets


def main(backlog, tree):
    yaml.SafeDumper.add_representer(str, literal_when_multiline)
    items = {prefix: [] for prefix in DOCUMENTS}
    for folder, _, names in os.walk(backlog):
        for name in names:
            if name.endswith(".md"):
                fields, body = read_item(os.path.join(folder, name))
                prefix, _, number = fields["id"].partition("-")
                items[prefix].append((int(number), fields, body))
    for prefix, (folder, parent) in DOCUMENTS.items():
        directory = os.path.join(tree, folder)
        os.makedirs(directory, exist_ok=True)
        settings = {"digits": 1, "itemformat": "yaml", "prefix": prefix, "sep": "-"}
        if parent:
            settings["parent"] = parent
        with open(os.path.join(directory, ".doorstop.yml"), "w", encoding="utf-8") as handle:
            yaml.safe_dump({"settings": settings}, handle)
        for position, (number, fields, body) in enumerate(sorted(items[prefix], key=lambda entry: entry[0])):
            links = links_of(fields)
            item = {
                "active": True,
                "derived": parent is None or not any(link.startswith(parent + "-") for link in links),
                "header": fields.get("title", ""),
                "level": f"1.{position + 1}",
                "links": [{link: None} for link in links],
                "normative": True,
                "ref": "",
                "reviewed": None,
                "text": body + "\n",
            }
            with open(os.path.join(directory, f"{prefix}-{number}.yml"), "w", encoding="utf-8") as handle:
                yaml.safe_dump(item, handle, sort_keys=True, allow_unicode=True, width=1_000_000)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2])
    main(sys.argv[1], sys.argv[2])
