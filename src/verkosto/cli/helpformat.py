"""Help and usage in the person's language: Typer command classes that write their own help.

Typer's and Click's help is English ("Usage", "Options", "Show this message and exit").
The classes here are passed to Typer with ``cls=`` and override the public ``format_help``,
``parse_args``, ``list_commands``, ``get_command``, ``resolve_command`` and ``invoke`` of
Click's command API; every text comes from ``i18n/texts/help.py`` through the literal key
tables below, so a plain scan of the source finds every help key in use.
"""

from __future__ import annotations

import importlib
from typing import Any

import typer
import typer.main
from typer.core import TyperCommand, TyperGroup

from verkosto.cli.registry import COMMANDS
from verkosto.errors import EXIT_INTERRUPTED
from verkosto.i18n.catalog import t
from verkosto.i18n.language import LANGUAGE_OPTIONS, language_of, language_options
from verkosto.safetext import visible

LANG_KEY = "verkosto.lang"
HELP_NAMES = ["-h", "--help"]
CONTEXT_SETTINGS: dict[str, Any] = {"help_option_names": HELP_NAMES}

# Each command's description and examples ("root" is `verkosto` itself).
COMMAND_HELP: dict[str, tuple[str, str]] = {
    "root": ("help_cmd_root", "help_examples_root"),
    "arvioi": ("help_cmd_arvioi", "help_examples_arvioi"),
    "tarkista": ("help_cmd_tarkista", "help_examples_tarkista"),
    "kysymykset": ("help_cmd_kysymykset", "help_examples_kysymykset"),
    "historia": ("help_cmd_historia", "help_examples_historia"),
    "vertaa": ("help_cmd_vertaa", "help_examples_vertaa"),
    "yhteenveto": ("help_cmd_yhteenveto", "help_examples_yhteenveto"),
    "raportti": ("help_cmd_raportti", "help_examples_raportti"),
    "poista": ("help_cmd_poista", "help_examples_poista"),
    "kooste": ("help_cmd_kooste", "help_examples_kooste"),
    "selain": ("help_cmd_selain", "help_examples_selain"),
    "lomake": ("help_cmd_lomake", "help_examples_lomake"),
}
# The help of a parameter that means the same in every command, by its Python name.
SHARED_OPTION_HELP: dict[str, str] = {
    "help": "help_opt_help",
    "language": "help_opt_kieli",
    "questions": "help_opt_kysymykset",
    "network": "help_opt_verkosto",
    "as_json": "help_opt_as_json",
}
# The help of a command's own parameter: (command, Python name) -> key.
OPTION_HELP: dict[tuple[str, str], str] = {
    ("root", "version"): "help_opt_root_version",
    ("arvioi", "network"): "help_opt_arvioi_verkosto",
    ("arvioi", "answers"): "help_opt_arvioi_vastaukset",
    ("arvioi", "export_to"): "help_opt_arvioi_vie",
    ("arvioi", "resume"): "help_opt_arvioi_jatka",
    ("arvioi", "no_input"): "help_opt_arvioi_ei_kysy",
    ("arvioi", "no_save"): "help_opt_arvioi_ei_tallenna",
    ("tarkista", "path"): "help_opt_tarkista_tiedosto",
    ("kysymykset", "as_json"): "help_opt_kysymykset_as_json",
    ("historia", "export_to"): "help_opt_historia_vie",
    ("historia", "all_rows"): "help_opt_historia_kaikki",
    ("vertaa", "a"): "help_opt_vertaa_a",
    ("vertaa", "b"): "help_opt_vertaa_b",
    ("raportti", "source"): "help_opt_raportti_tiedosto",
    ("raportti", "latest"): "help_opt_raportti_viimeisin",
    ("raportti", "report_format"): "help_opt_raportti_muoto",
    ("raportti", "export_to"): "help_opt_raportti_vie",
    ("raportti", "output"): "help_opt_raportti_output",
    ("raportti", "include_free_text"): "help_opt_raportti_mukaan_vapaa_sana",
    ("poista", "number"): "help_opt_poista_tunnus",
    ("poista", "delete_all"): "help_opt_poista_kaikki",
    ("poista", "yes"): "help_opt_poista_kylla",
    ("kooste", "paths"): "help_opt_kooste_polut",
    ("kooste", "as_json"): "help_opt_kooste_as_json",
    ("kooste", "output_format"): "help_opt_kooste_muoto",
    ("kooste", "export_to"): "help_opt_kooste_vie",
    ("selain", "network"): "help_opt_arvioi_verkosto",
    ("selain", "export_to"): "help_opt_arvioi_vie",
    ("selain", "resume"): "help_opt_arvioi_jatka",
    ("selain", "no_open"): "help_opt_selain_ei_avaa",
    ("selain", "idle"): "help_opt_selain_odota",
    ("lomake", "export_to"): "help_opt_lomake_vie",
    ("lomake", "pyodide"): "help_opt_lomake_pyodide",
    ("lomake", "language"): "help_opt_lomake_kieli",
}
# Value names that differ between the languages; others (A, B, fi|en|sv) are shown as written.
METAVARS: dict[str, str] = {
    "NIMI": "help_metavar_NIMI",
    "TIEDOSTO": "help_metavar_TIEDOSTO",
    "NRO": "help_metavar_NRO",
    "POLKU": "help_metavar_POLKU",
    "KANSIO": "help_metavar_KANSIO",
    "TIEDOSTO.json|NRO": "help_metavar_TIEDOSTO.json|NRO",
    "taulukko|table|json|csv": "help_metavar_taulukko|table|json|csv",
}


class UsageProblem(typer.BadParameter):
    """A usage error Click would say in English only; `BadParameter` is Typer's public one."""

    def format_message(self) -> str:
        """Return the message as it is (Click's own wording, for a test runner's output)."""
        return self.message


class UnknownCommand(UsageProblem):
    """A command name that `verkosto` does not have."""

    def __init__(self, name: str, ctx: Any) -> None:
        """Name the unknown command `name`."""
        super().__init__(f"No such command {name!r}.", ctx=ctx)
        self.name = name


class ExtraArguments(UsageProblem):
    """Arguments left over after a command took all it takes."""

    def __init__(self, extra: list[str], ctx: Any) -> None:
        """Name the arguments left over."""
        self.extra = " ".join(visible(arg) for arg in extra)
        word = "argument" if len(extra) == 1 else "arguments"
        super().__init__(f"Got unexpected extra {word} ({self.extra})", ctx=ctx)


class OptionValue(UsageProblem):
    """An option given a value it does not take (`--json=1`), or not given one it needs."""

    def __init__(self, option: str, needs_value: bool, message: str) -> None:
        """Name `option`, whether it needs a value, and Click's own words for the problem."""
        super().__init__(message)
        self.option = option
        self.needs_value = needs_value


def _option_value(error: Exception, command: Any, ctx: Any) -> OptionValue | None:
    """Return Click's BadOptionUsage `error` as an OptionValue (None: another error)."""
    option = getattr(error, "option_name", None)
    if not isinstance(option, str) or hasattr(error, "possibilities"):  # NoSuchOption
        return None
    flag = any(
        option in (*p.opts, *p.secondary_opts) and getattr(p, "is_flag", False)
        for p in command.get_params(ctx)
    )
    format_message = getattr(error, "format_message", None)
    message = format_message() if callable(format_message) else str(error)
    return OptionValue(option, not flag, message)


def metavar_text(name: str, lang: str) -> str:
    """Return how the value name `name` reads in `lang`."""
    return t(METAVARS[name], lang) if name in METAVARS else name


def param_label(param: Any, lang: str) -> str:
    """Return how a parameter is named to the person: an option's flag, an argument's name."""
    opts = getattr(param, "opts", None) or []
    if getattr(param, "param_type_name", "") == "option" and opts:
        return str(opts[0])
    return metavar_text(
        getattr(param, "metavar", None) or str(getattr(param, "name", "")).upper(), lang
    )


def command_key(ctx: Any) -> str:
    """Return the name that help texts of the command in `ctx` are keyed by."""
    return "root" if ctx.parent is None else str(ctx.command.name)


def param_help(command: str, name: str, lang: str) -> str:
    """Return the help of a command's option or argument in `lang` ('' when there is none)."""
    if (command, name) in OPTION_HELP:
        return t(OPTION_HELP[command, name], lang)
    if name in SHARED_OPTION_HELP:
        return t(SHARED_OPTION_HELP[name], lang)
    return ""


def command_help(command: str, lang: str) -> str:
    """Return a command's description in `lang` ('' for a command without one)."""
    if command not in COMMAND_HELP:
        return ""
    description, _ = COMMAND_HELP[command]
    return t(description, lang)


def _examples(command: str, lang: str) -> str:
    if command not in COMMAND_HELP:
        return ""
    _, examples = COMMAND_HELP[command]
    return t(examples, lang)


def _option_row(param: Any, command: str, lang: str, help_option: Any) -> tuple[str, str]:
    names = ", ".join([*param.opts, *param.secondary_opts])
    if not param.is_flag:
        names += " " + metavar_text(param.metavar or str(param.name).upper(), lang)
    # Click names its help option differently from version to version: known by its names.
    is_help = help_option is not None and param.opts == help_option.opts
    help_text = param_help(command, "help" if is_help else str(param.name), lang)
    if param.envvar:
        help_text += f"  [{t('help_envvar', lang, name=param.envvar)}]"
    return names, help_text


def _argument_piece(param: Any, lang: str) -> str:
    piece = metavar_text(param.metavar or str(param.name).upper(), lang)
    if param.nargs == -1:
        piece += "..."
    return piece if param.required else f"[{piece}]"


def _write_usage(command: Any, ctx: Any, formatter: Any, lang: str, arguments: list[Any]) -> None:
    pieces = [t("help_options_metavar", lang)]
    pieces += [_argument_piece(p, lang) for p in arguments]
    if isinstance(command, TyperGroup):
        pieces.append(t("help_command_metavar", lang))
    formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t("help_usage", lang) + " ")


def _write_examples(key: str, formatter: Any, lang: str) -> None:
    examples = _examples(key, lang)
    if examples:
        with formatter.section(t("help_examples", lang)):
            for line in examples.splitlines():
                # Written as they are: an example is copied, so it is never re-wrapped.
                formatter.write(f"{'':>{formatter.current_indent}}$ {line}\n")


def write_help(command: Any, ctx: Any, formatter: Any, lang: str) -> None:
    """Write the whole help of `command` into Click's `formatter`, in `lang`."""
    key = command_key(ctx)
    params = command.get_params(ctx)
    arguments = [p for p in params if p.param_type_name == "argument"]
    options = [p for p in params if p.param_type_name == "option" and not p.hidden]
    _write_usage(command, ctx, formatter, lang, arguments)
    description = command_help(key, lang)
    if description:
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(description)
    if arguments:
        with formatter.section(t("help_arguments", lang)):
            formatter.write_dl(
                [
                    (_argument_piece(p, lang).strip("[]"), param_help(key, str(p.name), lang))
                    for p in arguments
                ]
            )
    if options:
        with formatter.section(t("help_options", lang)):
            help_option = command.get_help_option(ctx)
            formatter.write_dl([_option_row(p, key, lang, help_option) for p in options])
    if isinstance(command, TyperGroup):
        # From the registry and the help texts alone: listing imports no command module.
        rows = [
            (name, command_help(name, lang).split("\n", 1)[0])
            for name in command.list_commands(ctx)
        ]
        with formatter.section(t("help_commands", lang)):
            formatter.write_dl(rows)
    _write_examples(key, formatter, lang)


class _LocalisedHelp:
    """Mixin: find the language before parsing, so an eager --help can use it."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Note the language the arguments ask for, then parse them as Click does.

        Arguments left over are told as an ExtraArguments, which names them for the person.
        """
        # The group may already have read it from a leading --kieli (see Group.parse_args).
        ctx.meta.setdefault(LANG_KEY, language_of(args))
        allowed = ctx.allow_extra_args
        ctx.allow_extra_args = True
        try:
            rest: list[str] = super().parse_args(ctx, args)  # type: ignore[misc]
        except Exception as error:
            problem = _option_value(error, self, ctx)
            if problem is None:
                raise
            raise problem from None
        finally:
            ctx.allow_extra_args = allowed
        if rest and not allowed and not ctx.resilient_parsing:
            raise ExtraArguments(rest, ctx)
        return rest

    def get_help_option_names(self, ctx: Any) -> list[str]:
        """Return the help option's names in their given order (Click's set shuffles them)."""
        taken = {
            name
            for param in self.params  # type: ignore[attr-defined]
            for name in (*param.opts, *param.secondary_opts)
        }
        return [name for name in ctx.help_option_names if name not in taken]

    def format_help(self, ctx: Any, formatter: Any) -> None:
        """Write the help in the language the command line or $VERKOSTO_KIELI chose."""
        lang = ctx.meta.get(LANG_KEY) or language_of([])
        write_help(self, ctx, formatter, lang)


class Command(_LocalisedHelp, TyperCommand):
    """A Typer command whose help and usage follow --kieli."""


def _split_language(args: list[str]) -> tuple[list[str], list[str]]:
    """Split the `--kieli X` / `--lang=X` options before the command name from the rest."""
    spans = language_options(args)
    taken = {index for start, end, _ in spans for index in range(start, end)}
    command = next(
        (i for i, arg in enumerate(args) if i not in taken and not arg.startswith("-")), len(args)
    )
    before = [index for index in taken if index < command]
    language = [args[index] for index in sorted(before)]
    rest = [arg for index, arg in enumerate(args) if index not in before]
    return language, rest


def build_command(name: str) -> Any:
    """Import the module of command `name` alone and return its Click command."""
    module_name, function_name = COMMANDS[name]
    function = getattr(importlib.import_module(module_name), function_name)
    single = typer.Typer(add_completion=False, rich_markup_mode=None)
    single.command(name, cls=Command)(function)
    return typer.main.get_command(single)


class Group(_LocalisedHelp, TyperGroup):
    """The group of all commands: loaded lazily from the registry, help in the person's words."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Make the group as Typer does; commands are built when first asked for."""
        super().__init__(*args, **kwargs)
        self.built: dict[str, Any] = {}

    def list_commands(self, ctx: Any) -> list[str]:
        """Return the command names in the order `verkosto --help` lists them."""
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """Return the command `cmd_name`, importing its module only now (None: no such)."""
        if cmd_name not in COMMANDS:
            return None
        if cmd_name not in self.built:
            self.built[cmd_name] = build_command(cmd_name)
        return self.built[cmd_name]

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """Find the command `args` name; an unknown name is an UnknownCommand."""
        name = args[0] if args else ""
        if name and not name.startswith("-") and name not in COMMANDS:
            raise UnknownCommand(name, ctx)
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        """Run the command; Ctrl-C in it ends quietly with code 130 (before Typer's own)."""
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            from verkosto.entry import say_interrupted

            say_interrupted(ctx.meta.get(LANG_KEY) or language_of([]))
            raise typer.Exit(EXIT_INTERRUPTED) from None

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Show the help for a bare `verkosto` (exit 0); otherwise parse as Click does.

        The language may also come first (`verkosto --kieli en historia`, or with `--help`):
        it is handed to the command, which takes it, or kept for the help.
        """
        language, args = _split_language(args)
        if args and args[-1] in LANGUAGE_OPTIONS and not ctx.resilient_parsing:
            # `verkosto --kieli` with nothing after it: the value is missing, not the option.
            dangling = args[-1]
            if all(arg.startswith("-") for arg in args):
                ctx.meta.setdefault(LANG_KEY, language_of([]))
                raise OptionValue(dangling, True, f"Option '{dangling}' requires an argument.")
        if language:
            ctx.meta[LANG_KEY] = language_of(language)
            command = next((i for i, arg in enumerate(args) if not arg.startswith("-")), None)
            if command is not None:
                # The command takes the language as its own option.
                args = [*args[: command + 1], *language, *args[command + 1 :]]
        if not args and self.no_args_is_help and not ctx.resilient_parsing:
            ctx.meta.setdefault(LANG_KEY, language_of([]))
            typer.echo(ctx.get_help())
            ctx.exit()
        return super().parse_args(ctx, args)
