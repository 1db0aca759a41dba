#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when an #include "dir/file.h" in core/, ui/ or app/ runs upward against the layers.

Usage: check_layers.py SOURCE_DIR

Every quoted include with a directory is resolved to the layer that owns that directory (a
core/ folder, a ui/ folder or an app/ folder) and checked against ALLOWED below. Includes
without a directory ("file.h") stay inside their own folder and are not checked.
"""

import pathlib
import re
import sys

# Which layers each layer may include, besides itself. Arrows point down only. Not
# transitive: providers sit above sync and outbox but talk to the store only through them.
ALLOWED = {
    "domain": set(),
    "net": {"domain"},
    "auth": {"net", "domain"},
    "triage": {"domain"},
    # A team workspace's vault is in its database: the store seals with auth's pieces.
    "store": {"auth", "domain"},
    "workflow": {"store", "triage", "domain"},
    "report": {"store", "triage", "domain"},
    "sample": {"store", "triage", "domain"},
    "sync": {"store", "triage", "domain"},
    "outbox": {"store", "triage", "domain"},
    "providers": {"sync", "outbox", "auth", "net", "triage", "domain"},
}
CORE_LAYERS = set(ALLOWED)
ALLOWED["ui"] = CORE_LAYERS
ALLOWED["app"] = CORE_LAYERS | {"ui"}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"/]+)/[^"]+"', re.MULTILINE)
SOURCES = {".h", ".cpp"}


def folder_layers(source_dir):
    """Maps each include directory name to its layer: core's folders, ui's and app's."""
    layers = {name: name for name in CORE_LAYERS}
    for top in ("ui", "app"):
        for folder in (source_dir / top).iterdir():
            if folder.is_dir():
                layers[folder.name] = top
    return layers


def layer_of(path):
    parts = path.parts
    return parts[1] if parts[0] == "core" else parts[0]


def main():
    source_dir = pathlib.Path(sys.argv[1])
    layers = folder_layers(source_dir)
    upward, unknown = [], []
    for top in ("core", "ui", "app"):
        for path in sorted((source_dir / top).rglob("*")):
            if path.suffix not in SOURCES:
                continue
            relative = path.relative_to(source_dir)
            source_layer = layer_of(relative)
            text = path.read_text(encoding="utf-8")
            for match in INCLUDE.finditer(text):
                include = match.group(0).split('"')[1]
                target = layers.get(match.group(1))
                if target is None:
                    unknown.append((str(relative), include))
                elif target != source_layer and target not in ALLOWED[source_layer]:
                    upward.append((str(relative), include))

    arrows = sorted({(layer_of(pathlib.Path(f)), layers[i.split("/")[0]])
                     for f, i in upward})
    print("Upward layer arrows:", ", ".join(f"{a} -> {b}" for a, b in arrows) or "none")
    for file, include in upward:
        print(f"UPWARD: {file} includes \"{include}\"")
    for file, include in unknown:
        print(f"UNKNOWN FOLDER: {file} includes \"{include}\"")
    return 1 if upward or unknown else 0


if __name__ == "__main__":
    sys.exit(main())
