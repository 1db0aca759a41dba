#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a target that must not draw links Qt Widgets, directly or through its links.

Usage: check_no_widgets.py LINK_GRAPH TARGET...

LINK_GRAPH is the file tests/architecture/CMakeLists.txt writes: one line per target: its
name, its type and the names its links mention. hearken_core, every hearken_* target it
links (the core layers) and TARGET... must not reach Qt6::Widgets.
Prints every target that links Qt Widgets, for the record.
"""

import sys

WIDGETS = "Qt6::Widgets"


def read_graph(path):
    graph, types = {}, {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            target, kind, links = line.rstrip("\n").split("\t")
            graph[target] = links.split()
            types[target] = kind
    return graph, types


def reaches(graph, start, goal):
    pending, seen = [start], set()
    while pending:
        target = pending.pop()
        if target == goal:
            return True
        if target in seen:
            continue
        seen.add(target)
        pending.extend(graph.get(target, []))
    return False


def main():
    graph, types = read_graph(sys.argv[1])
    own = sorted(t for t in graph if "::" not in t and types[t] != "UTILITY")
    drawing = [t for t in own if reaches(graph, t, WIDGETS)]
    print("Targets that link Qt6::Widgets:", " ".join(drawing) or "none")

    core_layers = [t for t in graph.get("hearken_core", []) if t.startswith("hearken_")]
    must_not_draw = ["hearken_core", *core_layers, *sys.argv[2:]]
    missing = [t for t in must_not_draw if t not in graph]
    wrong = [t for t in must_not_draw if t in drawing]
    for target in missing:
        print(f"NOT A TARGET: {target} (update the list in tests/architecture/CMakeLists.txt)")
    for target in wrong:
        print(f"LINKS WIDGETS: {target} must work without a display")
    return 1 if missing or wrong else 0


if __name__ == "__main__":
    sys.exit(main())
