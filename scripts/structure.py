#!/usr/bin/env python3
"""Checks the shape of src/: no import cycle between modules, no upward import across the
layers of DESIGN.md, no file over 600 lines and no function over 120 lines.

A module here is a top-level module of the crate (`rules`, `scene`, ...) or, inside `app`, one of
its direct children (`app::canvas`, `app::risk`, `app::editor`, ...): a folder and its files are
one module, so a parent and its own children may refer to each other.

    python3 scripts/structure.py        # prints what it finds; exit 1 on any problem
"""

import re
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
MAX_FILE_LINES = 600
MAX_FN_LINES = 120
# Lower layers first; a module may import only from layers below it (or its own). `app` and
# `cli` are the top. `layout` needs only the model, and the CSV import and `generate` lay out
# the maps they make, so both sit above it. `presets`, the library of new sites, reads only the
# model. `i18n`, the catalogue of words, needs only the model's `Language`, and every layer
# above may ask it for words.
LAYERS = [
    ["model"],
    ["i18n"],
    ["text"],
    ["layout"],
    ["io", "generate"],
    ["presets"],
    ["rules"],
    ["scene"],
    ["assessment"],
    ["compare"],
    ["export"],
    ["report"],
    ["deliver"],
    ["app"],
    ["cli"],
]


def module_path(file: Path) -> list[str]:
    parts = list(file.relative_to(SRC).with_suffix("").parts)
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return parts


def unit(path: list[str]) -> str:
    if not path:
        return "crate"
    if path[0] == "app" and len(path) > 1:
        return "::".join(path[:2])
    return path[0]


def imports(file: Path, own: list[str]) -> set[str]:
    text = file.read_text(encoding="utf-8")
    text = text.split("#[cfg(test)]")[0]
    found = set()
    for match in re.finditer(r"\b(crate|super)((?:::\w+)+)", text):
        root, rest = match.group(1), match.group(2).split("::")[1:]
        if root == "crate":
            target = rest
        else:
            # `super` in a mod.rs file is the folder's parent; in any other file the file's.
            base = own[:-1]
            while rest and rest[0] == "super":
                base, rest = base[:-1], rest[1:]
            target = base + rest
        if target:
            found.add(unit(target))
    return found


def layer_of(name: str) -> int:
    top = name.split("::")[0]
    for index, layer in enumerate(LAYERS):
        if top in layer:
            return index
    return -1


def long_functions(file: Path) -> list[tuple[int, str, int]]:
    lines = file.read_text(encoding="utf-8").split("\n")
    found = []
    for index, line in enumerate(lines):
        match = re.match(r"^(\s*)(?:pub(?:\([\w:]+\))? )?(?:const )?fn (\w+)", line)
        if not match or line.rstrip().endswith(";"):
            continue
        indent = match.group(1)
        for end in range(index + 1, len(lines)):
            if lines[end] == indent + "}":
                length = end - index + 1
                if length > MAX_FN_LINES:
                    found.append((index + 1, match.group(2), length))
                break
    return found


def main() -> int:
    files = sorted(SRC.rglob("*.rs"))
    graph: dict[str, set[str]] = {}
    problems = []
    for file in files:
        own = module_path(file)
        source = unit(own)
        graph.setdefault(source, set()).update(
            target for target in imports(file, own) if target not in (source, "crate")
        )
        count = len(file.read_text(encoding="utf-8").split("\n"))
        if count > MAX_FILE_LINES:
            problems.append(f"{file.relative_to(SRC)}: {count} lines (over {MAX_FILE_LINES})")
        for line, name, length in long_functions(file):
            problems.append(f"{file.relative_to(SRC)}:{line}: fn {name} is {length} lines")
    for source, targets in sorted(graph.items()):
        for target in sorted(targets):
            if target not in graph:
                continue
            low, high = layer_of(source), layer_of(target)
            if low >= 0 and high >= 0 and high > low:
                problems.append(f"upward import: {source} -> {target}")
    # Cycles: strongly connected components of more than one module.
    index, stack, on_stack, lowlink, number = {}, [], set(), {}, [0]

    def visit(node: str) -> None:
        index[node] = lowlink[node] = number[0]
        number[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in graph:
                continue
            if target not in index:
                visit(target)
                lowlink[node] = min(lowlink[node], lowlink[target])
            elif target in on_stack:
                lowlink[node] = min(lowlink[node], index[target])
        if lowlink[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                problems.append("import cycle: " + " <-> ".join(sorted(component)))

    sys.setrecursionlimit(10_000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    for problem in problems:
        print(problem)
    print(f"{len(files)} files, {len(graph)} modules, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
