"""Every text exists in every language, and every key the source can ask for exists.

The catalogue is checked as data: the same keys and the same {placeholders} in each
language. The source is read with `ast`: the keys given to `t()`, to the problems and
errors that become texts where they are shown, and to the functions that pass a key on.
Keys built at run time (f"kind_{…}", "kooste_verdict_" + id) are covered from their real
sources: the problem kinds the source names, the question types, the outcome ids of
questions.yaml, and the commands and options of the app.
"""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import verkosto
from verkosto import i18n
from verkosto.i18n import LANGUAGES, MESSAGES
from verkosto.i18n.texts import TOPICS

SRC = Path(verkosto.__file__).parent
TEXTS = SRC / "i18n" / "texts"

# Where a key enters: the lookup itself, a located problem, and the project's errors (their
# subclasses are found below). Any function that hands one of its parameters on to these
# as the key is found too, and its callers are read in turn.
BASE_SINKS: dict[str, tuple[int, str]] = {
    "t": (0, "key"),
    "Problem": (0, "key"),
    "VerkostoError": (0, "key"),
}


def placeholders(template: str) -> set[str]:
    """Return the names between braces in a str.format template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


# --- The catalogue as data ---------------------------------------------------------------

@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_text_is_in_every_language_with_the_same_placeholders(key):
    texts = MESSAGES[key]
    assert set(texts) == set(LANGUAGES), key
    assert all(texts[lang].strip() for lang in LANGUAGES), key
    # A placeholder may name the text's own language: {options_fi} in Finnish, {options_en}.
    first, *others = ({name.removesuffix(f"_{lang}") for name in placeholders(texts[lang])}
                      for lang in LANGUAGES)
    for other in others:
        assert other == first, key


def test_no_key_is_in_two_topics():
    seen: dict[str, str] = {}
    for topic in TOPICS:
        for key in topic.MESSAGES:
            assert key not in seen, f"{key} in {seen.get(key)} and {topic.__name__}"
            seen[key] = topic.__name__
    assert seen.keys() == MESSAGES.keys()


def test_the_other_word_tables_have_every_language():
    for table in (i18n.EXPECTED, i18n.OS_REASONS):
        for name, texts in table.items():
            assert set(texts) == set(LANGUAGES), name
    for pattern, texts in i18n.SYNTAX_DETAILS:
        assert set(texts) == set(LANGUAGES), pattern
        assert len({frozenset(placeholders(texts[lang])) for lang in LANGUAGES}) == 1, pattern


def test_topic_modules_are_pure_data():
    for path in sorted(TEXTS.glob("*.py")):
        if path.name == "__init__.py":
            continue  # it merges the topics
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            assert not isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.Call)), path.name
            if isinstance(node, ast.ImportFrom):
                assert node.module == "__future__", path.name
            if isinstance(node, ast.Import):
                assert [a.name for a in node.names] == ["errno"], path.name


def test_only_the_language_module_reads_the_environment():
    readers = set()
    for path in (SRC / "i18n").rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import) and any(a.name == "os" for a in node.names):
                readers.add(path.name)
            if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv"):
                readers.add(path.name)
    assert readers == {"language.py"}


def test_a_missing_text_fails_under_tests_and_shows_its_key_otherwise():
    with pytest.raises(KeyError, match=r"'no_such_text'.*'en'"):
        i18n.t("no_such_text", "en")
    with pytest.raises(KeyError, match=r"'problem_count'.*'fi'.*count"):
        i18n.t("problem_count", "fi")
    i18n.set_strict(False)
    try:
        assert i18n.t("no_such_text", "en") == "no_such_text"
        assert i18n.t("problem_count", "fi") == MESSAGES["problem_count"]["fi"]
    finally:
        i18n.set_strict(True)


# --- The keys the source uses ------------------------------------------------------------

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


USES = source_uses()


def command_keys() -> set[str]:
    """Return the help keys of every command and option of the app, as help looks them up."""
    import typer.main

    from verkosto.cli import app

    root = typer.main.get_command(app)
    wanted = {"help_cmd_root", "help_examples_root"}
    commands = [("root", root), *((name, cmd) for name, cmd in root.commands.items())]
    for name, command in commands:
        wanted |= {f"help_cmd_{name}", f"help_examples_{name}"}
        for param in command.params:
            key = "help" if param.name == "help" else param.name
            if f"help_opt_{name}_{key}" not in MESSAGES:
                wanted.add(f"help_opt_{key}")
    return wanted


def dynamic_keys(pattern: str, bundled) -> set[str] | None:
    """Return the keys a run-time pattern can make, from their real sources (None: unknown)."""
    from verkosto.instrument import QUESTION_TYPES

    outcomes = set(bundled.recommendation.outcomes)
    sources: dict[str, set[str] | None] = {
        # Where a problem is: every kind the source gives a problem.
        "kind_{}": {f"kind_{kind}" for kind in USES.kinds},
        "type_{}": {f"type_{kind}" for kind in QUESTION_TYPES},
        "kooste_verdict_{}": {f"kooste_verdict_{outcome}" for outcome in outcomes},
        # Only the verdicts that have an agenda item: report.py looks the key up first.
        "agenda_{}": {f"agenda_{o}" for o in outcomes if f"agenda_{o}" in MESSAGES},
        # The help of commands and options: from the app itself, in
        # test_every_command_and_option_has_its_help_text.
        "help_cmd_{}": set(),
        "help_examples_{}": set(),
        "help_opt_{}_{}": set(),
        "help_opt_{}": set(),
        # A value's name is shown as itself where it reads the same in both languages
        # (A, B, fi|en); helpformat looks the key up first.
        "help_metavar_{}": set(),
    }
    return sources.get(pattern)


def test_the_source_reading_finds_keys_of_every_kind():
    # If the reading missed a whole way of using keys, the checks below would pass vacuously.
    for key in ("problem_count", "wrong_type", "no_input_missing_all", "kept_draft",
                "trend_up", "section_cost", "history_network_empty", "usage_extra_arguments",
                "export_invalid", "interrupted_unsaved"):
        assert key in USES.keys, key
    assert {"question", "dimension", "scale"} <= USES.kinds
    assert {"kind_{}", "type_{}", "kooste_verdict_{}"} <= USES.patterns.keys()


def test_every_key_the_source_uses_exists():
    missing = {key: sorted(where) for key, where in USES.keys.items() if key not in MESSAGES}
    assert not missing


def test_every_key_the_source_builds_exists(bundled):
    unknown = {p: sorted(w) for p, w in USES.patterns.items()
               if dynamic_keys(p, bundled) is None}
    assert not unknown, "a key built in a new way: add its real source to dynamic_keys()"
    built = set().union(*(dynamic_keys(p, bundled) or set() for p in USES.patterns))
    assert not sorted(built - MESSAGES.keys())


def test_every_command_and_option_has_its_help_text():
    assert not sorted(command_keys() - MESSAGES.keys())


def test_every_key_expression_is_understood():
    # A key that comes from somewhere this reading cannot follow would go unchecked.
    assert not sorted(USES.unresolved)
