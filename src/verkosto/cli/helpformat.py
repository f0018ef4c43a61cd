"""Help and usage in the person's language: Typer command classes that write their own help.

Typer's and Click's help is English ("Usage", "Options", "Show this message and exit").
The classes here are passed to Typer with ``cls=`` and override the public ``format_help``
and ``parse_args`` of Click's command API; every text comes from ``i18n``.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand, TyperGroup

from verkosto.i18n import LANGUAGES, MESSAGES, resolve_language, t

LANG_KEY = "verkosto.lang"
HELP_NAMES = ["-h", "--help"]
CONTEXT_SETTINGS: dict[str, Any] = {"help_option_names": HELP_NAMES}


def language_from_args(args: list[str]) -> str:
    """Return the language `--kieli`/`--lang` in `args` asks for, else $VERKOSTO_KIELI or fi."""
    for index, arg in enumerate(args):
        for name in ("--kieli", "--lang"):
            if arg == name and index + 1 < len(args):
                return _known(resolve_language(args[index + 1]))
            if arg.startswith(name + "="):
                return _known(resolve_language(arg.split("=", 1)[1]))
    return _known(resolve_language(None))


def _known(lang: str) -> str:
    return lang if lang in LANGUAGES else "fi"


def _text(key: str, lang: str, fallback: str | None = None) -> str | None:
    """Return message `key` in `lang`, or `fallback` when there is no such message."""
    return t(key, lang) if key in MESSAGES else fallback


def _metavar(name: str, lang: str) -> str:
    return _text(f"help_metavar_{name}", lang, name) or name


def param_label(param: Any, lang: str) -> str:
    """Return how a parameter is named to the person: an option's flag, an argument's name."""
    opts = getattr(param, "opts", None) or []
    if getattr(param, "param_type_name", "") == "option" and opts:
        return str(opts[0])
    return _metavar(getattr(param, "metavar", None) or str(getattr(param, "name", "")).upper(),
                    lang)


def command_key(ctx: Any) -> str:
    """Return the name that help texts of the command in `ctx` are keyed by."""
    return "root" if ctx.parent is None else str(ctx.command.name)


def param_help(command: str, name: str, lang: str) -> str:
    """Return the help of a command's option or argument in `lang` ('' when there is none)."""
    return (_text(f"help_opt_{command}_{name}", lang)
            or _text(f"help_opt_{name}", lang) or "")


def command_help(command: str, lang: str) -> str:
    """Return a command's description in `lang`."""
    return _text(f"help_cmd_{command}", lang, "") or ""


def _option_row(param: Any, command: str, lang: str) -> tuple[str, str]:
    names = ", ".join([*param.opts, *param.secondary_opts])
    if not param.is_flag and param.metavar:
        names += f" {_metavar(param.metavar, lang)}"
    elif not param.is_flag:
        names += " " + _metavar(str(param.name).upper(), lang)
    key = "help" if param.name == "help" else param.name
    help_text = param_help(command, key, lang)
    if param.envvar:
        help_text += f"  [{t('help_envvar', lang, name=param.envvar)}]"
    return names, help_text


def _argument_piece(param: Any, lang: str) -> str:
    piece = _metavar(param.metavar or str(param.name).upper(), lang)
    if param.nargs == -1:
        piece += "..."
    return piece if param.required else f"[{piece}]"


def write_help(command: Any, ctx: Any, formatter: Any, lang: str) -> None:
    """Write the whole help of `command` into Click's `formatter`, in `lang`."""
    key = command_key(ctx)
    params = command.get_params(ctx)
    arguments = [p for p in params if p.param_type_name == "argument"]
    options = [p for p in params if p.param_type_name == "option" and not p.hidden]
    pieces = [t("help_options_metavar", lang)]
    pieces += [_argument_piece(p, lang) for p in arguments]
    subcommands = getattr(command, "commands", None)
    if subcommands:
        pieces.append(t("help_command_metavar", lang))
    formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t("help_usage", lang) + " ")
    description = command_help(key, lang)
    if description:
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(description)
    if arguments:
        with formatter.section(t("help_arguments", lang)):
            formatter.write_dl([(_argument_piece(p, lang).strip("[]"),
                                 param_help(key, str(p.name), lang)) for p in arguments])
    if options:
        with formatter.section(t("help_options", lang)):
            formatter.write_dl([_option_row(p, key, lang) for p in options])
    if subcommands:
        rows = [(name, command_help(name, lang).split("\n", 1)[0])
                for name, sub in subcommands.items() if not sub.hidden]
        with formatter.section(t("help_commands", lang)):
            formatter.write_dl(rows)
    examples = _text(f"help_examples_{key}", lang)
    if examples:
        with formatter.section(t("help_examples", lang)):
            for line in examples.splitlines():
                # Written as they are: an example is copied, so it is never re-wrapped.
                formatter.write(f"{'':>{formatter.current_indent}}$ {line}\n")


class _LocalisedHelp:
    """Mixin: find the language before parsing, so an eager --help can use it."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Note the language the arguments ask for, then parse them as Click does."""
        # The group may already have read it from a leading --kieli (see Group.parse_args).
        ctx.meta.setdefault(LANG_KEY, language_from_args(args))
        from verkosto.cli.values import install

        install(self.get_params(ctx))  # type: ignore[attr-defined]
        return super().parse_args(ctx, args)  # type: ignore[misc, no-any-return]

    def get_help_option_names(self, ctx: Any) -> list[str]:
        """Return the help option's names in their given order (Click's set shuffles them)."""
        taken = {name for param in self.params  # type: ignore[attr-defined]
                 for name in (*param.opts, *param.secondary_opts)}
        return [name for name in ctx.help_option_names if name not in taken]

    def format_help(self, ctx: Any, formatter: Any) -> None:
        """Write the help in the language the command line or $VERKOSTO_KIELI chose."""
        lang = ctx.meta.get(LANG_KEY) or language_from_args([])
        write_help(self, ctx, formatter, lang)


class Command(_LocalisedHelp, TyperCommand):
    """A Typer command whose help and usage follow --kieli."""


def _split_language(args: list[str]) -> tuple[list[str], list[str]]:
    """Split the `--kieli X` / `--lang=X` options before the command name from the rest."""
    language: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(args):
        arg = args[index]
        if not arg.startswith("-"):
            rest += args[index:]  # the command name and everything after it
            break
        if arg in ("--kieli", "--lang") and index + 1 < len(args):
            language += args[index:index + 2]
            index += 2
            continue
        if arg.startswith(("--kieli=", "--lang=")):
            language.append(arg)
        else:
            rest.append(arg)
        index += 1
    return language, rest


class Group(_LocalisedHelp, TyperGroup):
    """The Typer group of all commands, with help and usage in the person's language."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Show the help for a bare `verkosto` (exit 0); otherwise parse as Click does.

        The language may also come first (`verkosto --kieli en historia`, or with `--help`):
        it is handed to the command, which takes it, or kept for the help.
        """
        language, args = _split_language(args)
        if language:
            ctx.meta[LANG_KEY] = language_from_args(language)
            command = next((i for i, arg in enumerate(args) if not arg.startswith("-")), None)
            if command is not None:
                # The command takes the language as its own option.
                args = [*args[:command + 1], *language, *args[command + 1:]]
        if not args and self.no_args_is_help and not ctx.resilient_parsing:
            import typer

            ctx.meta.setdefault(LANG_KEY, language_from_args([]))
            typer.echo(ctx.get_help())
            ctx.exit()
        return super().parse_args(ctx, args)
