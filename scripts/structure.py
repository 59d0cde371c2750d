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
    ["interchange"],
    ["portfolio"],
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


def code_of(file: Path) -> str:
    """The file's code as the compiler builds it outside tests: comments and string literals
    blanked, and every item under `#[cfg(test)]` (a `mod tests;` line or a braced block) left
    out, however far into the file it is."""
    text = file.read_text(encoding="utf-8")
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r'"(?:\\.|[^"\\])*"', '""', text)
    out, position = [], 0
    for match in re.finditer(r"#\[cfg\(test\)\]", text):
        if match.start() < position:
            continue
        out.append(text[position : match.start()])
        position = skip_item(text, match.end())
    out.append(text[position:])
    return "".join(out)


def skip_item(text: str, start: int) -> int:
    """Where the item that starts at `start` ends: after its `;` or its closing brace."""
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char == ";" and depth == 0:
            return index + 1
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index + 1
    return len(text)


def references(file: Path, own: list[str], facade: bool = True) -> set[tuple[str, ...]]:
    """Every module path the file's code names: `crate::…`, `super::…`, `self::…` and the
    paths of the child modules it declares. Without `facade`, a `pub use` of one of its own
    children (a folder naming its parts to the outside) is not counted."""
    text = code_of(file)
    if not facade:
        text = re.sub(r"\bpub(?:\([\w:]+\))?\s+use\s+(?:self::)?\w+::[^;]*;", facade_use, text)
    children = set(re.findall(r"^\s*(?:pub(?:\([\w:]+\))?\s+)?mod (\w+);", text, re.M))
    # `super` is the parent of the file's module (a mod.rs file is its folder's module).
    here = own
    found = set()
    # `a::b::c` and the groups of `a::{b, c::d}`: each names the path up to its first group.
    path = r"(?<![\w:])(crate|super|self|\w+)((?:::\w+)*)(::\{[^;]*?\}(?=\s*;)|(?:::\w+)?)"
    for match in re.finditer(path, text):
        root = match.group(1)
        rest = [part for part in match.group(2).split("::") if part]
        tail = match.group(3)
        if tail.startswith("::{"):
            names = [item.strip().split("::")[0].split(" ")[0] for item in top_level(tail[3:-1])]
            paths = [rest + [name] for name in names if name and name != "self"] or [rest]
            if "self" in names:
                paths.append(rest)
        elif tail:
            paths = [rest + [tail[2:]]]
        elif rest:
            paths = [rest]
        else:
            continue
        for rest in paths:
            if root == "crate":
                target = rest
            elif root == "super":
                base = here[:-1]
                while rest and rest[0] == "super":
                    base, rest = base[:-1], rest[1:]
                target = base + rest
            elif root == "self":
                target = here + rest
            elif root in children:
                target = here + [root] + rest
            else:
                continue
            if target:
                found.add(tuple(target))
    return found


def top_level(group: str) -> list[str]:
    """The items of a `{…}` group, split at its own commas (not those of nested groups)."""
    items, depth, current = [], 0, ""
    for char in group:
        if char == "," and depth == 0:
            items.append(current)
            current = ""
            continue
        depth += (char == "{") - (char == "}")
        current += char
    items.append(current)
    return [item for item in items if item.strip()]


def facade_use(match: re.Match) -> str:
    """A `pub use` that re-exports a child module's items: kept only when it reaches outside."""
    statement = match.group(0)
    if re.search(r"\b(crate|super)::", statement):
        return statement
    return ""


def imports(file: Path, own: list[str], units: set[str]) -> set[str]:
    """The modules the file's code names: each path's longest prefix that is a module (an item
    re-exported by a folder's mod.rs is that folder's)."""
    found = set()
    for target in references(file, own):
        for length in range(len(target), 0, -1):
            if unit(list(target[:length])) in units:
                found.add(unit(list(target[:length])))
                break
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
    units = {unit(module_path(file)) for file in files}
    graph: dict[str, set[str]] = {}
    problems = []
    for file in files:
        own = module_path(file)
        source = unit(own)
        graph.setdefault(source, set()).update(
            target for target in imports(file, own, units) if target not in (source, "crate")
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
    problems += [
        "import cycle: " + " <-> ".join(sorted(component)) for component in cycles(graph)
    ]
    # Inside a module, its files must not import each other in a circle either.
    file_graph = file_imports(files)
    problems += [
        "import cycle inside a module: " + " <-> ".join(sorted(component))
        for component in cycles(file_graph)
    ]
    for problem in problems:
        print(problem)
    print(f"{len(files)} files, {len(graph)} modules, {len(problems)} problems")
    return 1 if problems else 0


def file_imports(files: list[Path]) -> dict[str, set[str]]:
    """Which files each file imports from, by module path, within its own module."""
    paths = {tuple(module_path(file)): file for file in files}
    graph: dict[str, set[str]] = {}
    for own, file in paths.items():
        name = "::".join(own) or "crate"
        targets = graph.setdefault(name, set())
        for target in references(file, list(own), facade=False):
            # The file that defines the path: its longest prefix that is a file.
            for length in range(len(target), 0, -1):
                if target[:length] in paths:
                    found = target[:length]
                    break
            else:
                continue
            # A folder's mod.rs and its own files may use each other: it is their face (it
            # declares them, holds what they share and calls them). Circles among the files,
            # or through files of nested folders, are what is looked for.
            parent_and_child = found == own[:-1] or own == found[:-1]
            if found != own and not parent_and_child and unit(list(found)) == unit(list(own)):
                targets.add("::".join(found))
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one node."""
    found = []
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
                found.append(component)

    sys.setrecursionlimit(10_000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


if __name__ == "__main__":
    sys.exit(main())
