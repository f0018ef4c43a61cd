"""Read the package's source for the text keys it uses, with `ast` (for test_texts.py).

A key enters at `t()`, at a located `Problem`, at a class that keeps a key (`self.key =
key`: the project's errors, an invalid answer), and at any function or method that hands
one of its parameters on to these as the key; the callers of those are read in turn. A
key given as a variable is followed to its last binding before the use: a literal, either
side of `a if c else b`, an element of a literal tuple or of a module-level dict. A key
built at run time is returned as a pattern ("kind_{}") for the test to cover from its
real source, and anything that cannot be followed is returned as unresolved, so that no
key goes unchecked quietly.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import verkosto

SRC = Path(verkosto.__file__).parent

Spec = tuple[int, str]  # where a callable takes its key: position and keyword


@dataclass
class Module:
    """One parsed source file, with each node's parent and the names it imports."""

    name: str
    tree: ast.Module
    parents: dict[ast.AST, ast.AST]
    imported: set[str]
    defined: set[str]


def modules() -> list[Module]:
    """Return every module of the package, parsed."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        imported = {(a.asname or a.name).split(".")[0] for node in ast.walk(tree)
                    if isinstance(node, (ast.Import, ast.ImportFrom)) for a in node.names}
        defined = {node.name for node in ast.walk(tree)
                   if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                   and not isinstance(parents.get(node), ast.ClassDef)}
        found.append(Module(str(path.relative_to(SRC)), tree, parents, imported, defined))
    return found


def parameters(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    """Return a function's positional parameters, without self or cls."""
    names = [a.arg for a in [*func.args.posonlyargs, *func.args.args]]
    return names[1:] if names[:1] in (["self"], ["cls"]) else names


def argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    """Return the argument given at `position` or by `keyword`, if any."""
    for given in call.keywords:
        if given.arg == keyword:
            return given.value
    if position < len(call.args) and not any(
            isinstance(a, ast.Starred) for a in call.args[:position + 1]):
        return call.args[position]
    return None


def enclosing(mod: Module, node: ast.AST) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    """Return the function that `node` is in, if any."""
    while node in mod.parents:
        node = mod.parents[node]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return node
    return None


@dataclass
class Sinks:
    """Every callable that takes a text key: functions by module, methods by class, classes."""

    functions: dict[tuple[str, str], Spec] = field(default_factory=dict)
    methods: dict[tuple[str, str], Spec] = field(default_factory=dict)
    classes: dict[str, Spec] = field(default_factory=dict)

    def lookup(self, mod: Module, call: ast.Call) -> Spec | None:
        """Return where `call` takes a key, if what it calls takes one."""
        func = call.func
        if isinstance(func, ast.Name):
            if func.id in self.classes:
                return self.classes[func.id]
            if func.id in mod.defined:
                return self.functions.get((mod.name, func.id))
            return self.by_name(func.id) if func.id in mod.imported else None
        if not isinstance(func, ast.Attribute) or not isinstance(func.value, ast.Name):
            return None
        receiver, name = func.value.id, func.attr
        if receiver in mod.imported:  # a module: i18n.t(…), render.error_view(…)
            return self.classes.get(name) or self.by_name(name)
        for owner in self.receiver_classes(mod, call, receiver):
            if (owner, name) in self.methods:
                return self.methods[(owner, name)]
        return None

    def by_name(self, name: str) -> Spec | None:
        """Return the spec of a module-level function called `name` in any module."""
        return next((spec for (_, n), spec in self.functions.items() if n == name), None)

    @staticmethod
    def receiver_classes(mod: Module, call: ast.Call, receiver: str) -> list[str]:
        """Return the classes `receiver` can be: self's class, or a parameter's annotation."""
        func = enclosing(mod, call)
        while func is not None:
            if receiver == "self" and isinstance(owner := mod.parents.get(func), ast.ClassDef):
                return [owner.name]
            for arg in [*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs]:
                if arg.arg == receiver and arg.annotation is not None:
                    return [n.id for n in ast.walk(arg.annotation) if isinstance(n, ast.Name)]
            func = enclosing(mod, func)
        return []

    def promote(self, mod: Module, func: ast.FunctionDef | ast.AsyncFunctionDef,
                spec: Spec) -> bool:
        """Record `func` as taking a key; return whether it was new."""
        owner = mod.parents.get(func)
        table: dict[tuple[str, str], Spec] = self.functions
        ident = (mod.name, func.name)
        if isinstance(owner, ast.ClassDef):
            table, ident = self.methods, (owner.name, func.name)
        if ident in table:
            return False
        table[ident] = spec
        return True


def key_classes(mods: list[Module], sinks: Sinks) -> bool:
    """Add the classes that carry a key (`self.key = key`) and their subclasses."""
    changed = False
    for mod in mods:
        for node in ast.walk(mod.tree):
            if not isinstance(node, ast.ClassDef) or node.name in sinks.classes:
                continue
            for base in node.bases:
                if isinstance(base, ast.Name) and base.id in sinks.classes:
                    sinks.classes[node.name] = sinks.classes[base.id]
                    changed = True
            for init in node.body:
                if isinstance(init, ast.FunctionDef) and init.name == "__init__":
                    for stmt in ast.walk(init):
                        if (isinstance(stmt, ast.Assign) and ast.unparse(stmt.targets[0])
                                == "self.key" and isinstance(stmt.value, ast.Name)
                                and stmt.value.id in parameters(init)):
                            sinks.classes[node.name] = (
                                parameters(init).index(stmt.value.id), stmt.value.id)
                            changed = True
    return changed


def find_sinks(mods: list[Module]) -> Sinks:
    """Return every callable that takes a text key, following functions that pass it on."""
    sinks = Sinks(functions={("i18n/catalog.py", "t"): (0, "key")},
                  classes={"Problem": (0, "key")})
    changed = True
    while changed:
        changed = key_classes(mods, sinks)
        for mod in mods:
            for node in ast.walk(mod.tree):
                if not isinstance(node, ast.Call) or (spec := sinks.lookup(mod, node)) is None:
                    continue
                given = argument(node, *spec)
                func = enclosing(mod, node)
                if (isinstance(given, ast.Name) and func is not None
                        and given.id in parameters(func)):
                    spec = (parameters(func).index(given.id), given.id)
                    changed = sinks.promote(mod, func, spec) or changed
    return sinks


@dataclass
class Found:
    """What a key expression can be: whole keys, patterns built at run time, the unknown."""

    keys: set[str] = field(default_factory=set)
    patterns: set[str] = field(default_factory=set)
    unknown: set[str] = field(default_factory=set)

    def __ior__(self, other: Found) -> Found:
        self.keys |= other.keys
        self.patterns |= other.patterns
        self.unknown |= other.unknown
        return self


class Resolver:
    """Follow a key expression back to the literals and patterns it can hold."""

    def __init__(self, mod: Module) -> None:
        self.mod = mod

    def key(self, expr: ast.expr, at: ast.AST) -> Found:
        """Return what `expr`, used as a key at node `at`, can be."""
        found = Found()
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            found.keys.add(expr.value)
        elif isinstance(expr, ast.IfExp):
            found |= self.key(expr.body, at)
            found |= self.key(expr.orelse, at)
        elif isinstance(expr, (ast.JoinedStr, ast.BinOp)):
            for text in self.pattern(expr, at):
                (found.patterns if "{}" in text else found.keys).add(text)
        elif isinstance(expr, ast.Attribute) and expr.attr == "key":
            pass  # a problem's or an error's key: read where those are made
        elif isinstance(expr, ast.Name):
            found |= self.name(expr.id, at)
        elif (isinstance(expr, ast.Subscript) and isinstance(expr.value, ast.Name)
              and (rows := self.table(expr.value.id)) is not None):
            for row in rows:  # a lookup in a module-level table of literal keys
                found |= self.key(row, at)
        else:
            found.unknown.add(ast.unparse(expr))
        return found

    def pattern(self, expr: ast.expr, at: ast.AST) -> set[str]:
        """Return the texts a built key can be; an unknown part becomes "{}"."""
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            return {expr.value}
        parts: list[ast.expr] = []
        if isinstance(expr, ast.JoinedStr):
            parts = [p.value if isinstance(p, ast.FormattedValue) else p for p in expr.values]
        elif isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            parts = [expr.left, expr.right]
        elif isinstance(expr, ast.Name):
            known = self.name(expr.id, at)
            return known.keys if known.keys and not (known.patterns or known.unknown) else {"{}"}
        if not parts:
            return {"{}"}
        texts = {""}
        for part in parts:
            texts = {a + b for a in texts for b in self.pattern(part, at)}
        return texts

    def name(self, name: str, at: ast.AST) -> Found:
        """Return what a variable can hold, from its last binding before `at`."""
        func = enclosing(self.mod, at)
        if func is not None and name in parameters(func):
            return Found()  # the function takes the key: its callers are read as sinks
        scope: ast.AST = func if func is not None else self.mod.tree
        line = getattr(at, "lineno", 0)
        bindings = [(target, value, many, index) for node in ast.walk(scope)
                    for target, value, many in self.bindings(node)
                    if (index := self.position(target, name)) is not None
                    and target.lineno <= line]
        if not bindings:
            return self.name(name, func) if func is not None else Found(unknown={name})
        last = max(target.lineno for target, _, _, _ in bindings)
        found = Found()
        for target, value, many, index in bindings:
            if target.lineno == last:
                found |= (self.values(value, many, at) if index < 0
                          else self.item(value, index, many, at))
        return found

    @staticmethod
    def bindings(node: ast.AST) -> Iterator[tuple[ast.expr, ast.expr, bool]]:
        """Yield (target, value, iterated) for each assignment or loop at `node`."""
        if isinstance(node, ast.Assign):
            for target in node.targets:
                yield target, node.value, False
        elif isinstance(node, (ast.AnnAssign, ast.NamedExpr)) and node.value is not None:
            yield node.target, node.value, False
        elif isinstance(node, (ast.For, ast.comprehension)):
            yield node.target, node.iter, True

    @staticmethod
    def position(target: ast.expr, name: str) -> int | None:
        """Return -1 if `target` is `name`, its index if a tuple holds it, else None."""
        if isinstance(target, ast.Name):
            return -1 if target.id == name else None
        if isinstance(target, ast.Tuple):
            for index, element in enumerate(target.elts):
                if isinstance(element, ast.Name) and element.id == name:
                    return index
        return None

    def values(self, value: ast.expr, many: bool, at: ast.AST) -> Found:
        """Return what a whole value is, or each element of an iterated literal."""
        if not many:
            return self.key(value, at)
        found = Found()
        if isinstance(value, (ast.Tuple, ast.List)):
            for element in value.elts:
                found |= self.key(element, at)
        else:
            found.unknown.add(f"for … in {ast.unparse(value)}")
        return found

    def item(self, value: ast.expr, index: int, many: bool, at: ast.AST) -> Found:
        """Return element `index` of the tuples a value is (or yields, when iterated)."""
        rows: list[ast.expr] | None = None
        if many and isinstance(value, (ast.Tuple, ast.List)):
            rows = list(value.elts)
        elif not many and isinstance(value, ast.Tuple):
            rows = [value]
        elif not many and isinstance(value, ast.Subscript) and isinstance(value.value, ast.Name):
            rows = self.table(value.value.id)
        elif many and isinstance(value, (ast.Name, ast.Attribute)) and index == 0:
            return Found()  # (key, params) pairs gathered in a list: read where each is made
        found = Found()
        for row in rows if rows is not None else [value]:
            if isinstance(row, ast.Tuple) and index < len(row.elts):
                found |= self.key(row.elts[index], at)
            else:
                found.unknown.add(f"{ast.unparse(row)}[{index}]")
        return found

    def table(self, name: str) -> list[ast.expr] | None:
        """Return the values of a module-level dict literal called `name`."""
        for node in self.mod.tree.body:
            target = node.targets[0] if isinstance(node, ast.Assign) else getattr(
                node, "target", None)
            value = getattr(node, "value", None)
            if isinstance(target, ast.Name) and target.id == name and isinstance(
                    value, ast.Dict):
                return list(value.values)
        return None


@dataclass
class Uses:
    """What the source asks for, each with where: keys, patterns, the unknown, kinds."""

    keys: dict[str, set[str]] = field(default_factory=dict)
    patterns: dict[str, set[str]] = field(default_factory=dict)
    unresolved: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)

    def record(self, found: Found, where: str) -> None:
        """Add what one key expression can be, used at `where`."""
        for key in found.keys:
            self.keys.setdefault(key, set()).add(where)
        for pattern in found.patterns:
            self.patterns.setdefault(pattern, set()).add(where)
        self.unresolved |= {f"{where}: {text}" for text in found.unknown}


def kind_positions(mods: list[Module]) -> dict[str, list[int]]:
    """Return where each function or dataclass called by name takes a problem's `kind`."""
    found: dict[str, list[int]] = {}
    for mod in mods:
        for node in ast.walk(mod.tree):
            names: list[str] = []
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                names = parameters(node)
            elif isinstance(node, ast.ClassDef) and node.name == "Problem":
                names = [s.target.id for s in node.body
                         if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)]
            if "kind" in names:
                found.setdefault(getattr(node, "name", ""), []).append(names.index("kind"))
    return found


def source_uses() -> Uses:
    """Return every key, key pattern and problem kind the source uses."""
    mods = modules()
    sinks = find_sinks(mods)
    kinds = kind_positions(mods)
    uses = Uses()
    for mod in mods:
        resolver = Resolver(mod)
        for node in ast.walk(mod.tree):
            if not isinstance(node, ast.Call):
                continue
            where = f"{mod.name}:{node.lineno}"
            if (spec := sinks.lookup(mod, node)) is not None and (
                    given := argument(node, *spec)) is not None:
                uses.record(resolver.key(given, node), where)
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
                node.func, "id", "")
            for index in kinds.get(name, []):
                kind = argument(node, index, "kind")
                if isinstance(kind, ast.Constant) and isinstance(kind.value, str):
                    uses.kinds.add(kind.value)
            # Further lines of a message, kept as (key, params) until they are shown.
            if (name == "append" and len(node.args) == 1 and isinstance(node.args[0], ast.Tuple)
                    and len(node.args[0].elts) == 2 and isinstance(node.args[0].elts[1], ast.Dict)):
                uses.record(resolver.key(node.args[0].elts[0], node), where)
    return uses
