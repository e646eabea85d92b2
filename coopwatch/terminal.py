"""The command line in Russian, typer's and click's own words included: help («Использование:»,
«Параметры», «Показать эту справку и выйти», types as ЧИСЛО, ПУТЬ, ТЕКСТ) and errors («не указан
аргумент», «нет такого параметра», «неверное значение»), never «Missing argument», «Usage:» or
«Show this message and exit».

typer (0.29) keeps click inside itself with its messages written in English, not through gettext,
so there is no catalogue to translate: the words typer's rich help is made of are its module's
settings (``typer.rich_utils``), set here once; the usage line and the help option come from the
command classes below (``RuTyper`` for the application: its commands are ``RuCommand``, its groups
``RuGroup``, those of the typer applications added to it too); errors are
said anew in Russian where commands parse their arguments (``russian_error``), from what each
exception carries (the parameter, its hint, the possibilities), and the pydantic messages of value
conversion through ``wording.problems``.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import typer
from pydantic import ValidationError
from typer import rich_utils
from typer._click import exceptions as click_errors
from typer._click.core import Context
from typer._click.formatting import HelpFormatter
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from coopwatch.wording.problems import problem

USAGE = "Использование: "
HELP = "Показать эту справку и выйти"
# rich_utils' words (module settings that typer reads when it prints)
RICH = {
    "ARGUMENTS_PANEL_TITLE": "Аргументы",
    "OPTIONS_PANEL_TITLE": "Параметры",
    "COMMANDS_PANEL_TITLE": "Команды",
    "ERRORS_PANEL_TITLE": "Ошибка",
    "ABORTED_TEXT": "Прервано.",
    "RICH_HELP": "Справка: [blue]{command_path} {help_option}[/]",
    "DEFAULT_STRING": "[по умолчанию: {}]",
    "ENVVAR_STRING": "[переменная окружения: {}]",
    "REQUIRED_LONG_STRING": "[обязательно]",
    "DEPRECATED_STRING": "(устарело) ",
}
# how a parameter's type is shown in help: typer's names ("<int range>", "<list[str]>") → Russian
TYPES = {"int": "ЧИСЛО", "float": "ЧИСЛО", "int range": "ЧИСЛО", "float range": "ЧИСЛО", "str": "ТЕКСТ",
         "Path": "ПУТЬ", "path": "ПУТЬ", "file": "ФАЙЛ", "directory": "ПАПКА", "datetime": "ДАТА"}
PARAM_KINDS = {"argument": "аргумент", "option": "параметр", "parameter": "параметр"}
PATH_LABELS = {"File": "файл", "Directory": "папка", "Path": "путь", "File or directory": "файл или папка"}
PATH_PROBLEMS = [  # typer's messages about paths: (pattern, what it means in Russian)
    (re.compile(r"^(?P<label>.+?) '(?P<path>.*)' does not exist\.$"), "{label} «{path}» не существует"),
    (re.compile(r"^(?P<label>.+?) '(?P<path>.*)' is a file\.$"), "«{path}» — файл, а нужна папка"),
    (re.compile(r"^(?P<label>.+?) '(?P<path>.*)' is a directory\.$"), "«{path}» — папка, а нужен файл"),
    (re.compile(r"^(?P<label>.+?) '(?P<path>.*)' is not readable\.$"), "{label} «{path}»: нет прав на чтение"),
    (re.compile(r"^(?P<label>.+?) '(?P<path>.*)' is not writable\.$"), "{label} «{path}»: нет прав на запись"),
]


def install() -> None:
    """typer's rich help and error panels in Russian (idempotent)."""
    for name, text in RICH.items():
        setattr(rich_utils, name, text)


class RuFormatter(HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, USAGE if prefix is None else prefix)


class RuContext(typer.Context):
    formatter_class = RuFormatter


def _type_name(param: Any, ctx: Context) -> str | None:
    shown = TyperArgument.display_type(param, ctx) if isinstance(param, TyperArgument) \
        else TyperOption.display_type_rich(param, ctx)
    if isinstance(param, TyperOption) and param.is_flag:
        return ""  # a switch takes no value
    if not shown:
        return shown
    bare = shown.strip("<>")
    many = bare.startswith("list[")
    bare = bare.removeprefix("list[").removesuffix("]").removesuffix("...")
    if "|" in bare:  # choices: as they are
        return shown
    name = TYPES.get(bare, "ЗНАЧЕНИЕ")
    return name + ("..." if many or getattr(param, "nargs", 1) != 1 else "")


class _Russian:
    """What commands and groups share: the context class (the usage line), the help option, Russian
    types in help, errors said in Russian where the arguments are parsed."""

    context_class = RuContext

    def _russian(self) -> None:
        if getattr(self, "options_metavar", None) == "[OPTIONS]":
            self.options_metavar = OPTIONS_METAVAR
        for param in getattr(self, "params", []):
            # the types column of the help, per parameter (typer's classes for them are fixed)
            param.display_type_rich = (lambda p: lambda ctx: _type_name(p, ctx))(param)

    def get_help_option(self, ctx: Context) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = HELP
            option.display_type_rich = lambda ctx: ""
        return option

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)  # type: ignore[misc]
        except click_errors.ClickException as e:
            raise russian_error(e) from e


OPTIONS_METAVAR = "[ПАРАМЕТРЫ]"
COMMAND_METAVAR = "КОМАНДА [АРГУМЕНТЫ]..."


class RuCommand(_Russian, TyperCommand):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._russian()


class RuGroup(_Russian, TyperGroup):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.subcommand_metavar in (None, "COMMAND [ARGS]..."):
            self.subcommand_metavar = COMMAND_METAVAR
        self._russian()

    def resolve_command(self, ctx: Context, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except click_errors.ClickException as e:
            raise russian_error(e) from e


class RuTyper(typer.Typer):
    """A typer application whose commands and groups — its own and those of the typer applications
    added to it (``add_typer``) — speak Russian."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("cls", RuGroup)
        super().__init__(*args, **kwargs)

    def command(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("cls", RuCommand)
        return super().command(*args, **kwargs)

    def add_typer(self, typer_instance: typer.Typer, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("cls", RuGroup)
        _adopt(typer_instance)
        super().add_typer(typer_instance, *args, **kwargs)


def _adopt(app: typer.Typer) -> None:
    """The commands and groups registered on another typer application are built as ours."""
    for info in app.registered_commands:
        if info.cls in (None, TyperCommand):  # typer's default class; a command's own class is left alone
            info.cls = RuCommand
    for group in app.registered_groups:
        if group.cls in (None, TyperGroup):
            group.cls = RuGroup
        if group.typer_instance is not None:
            _adopt(group.typer_instance)


def _hint(e: Any) -> str:
    """The parameter an error is about, as typed: «--port» / «-p», «PATHS»."""
    hint = e.param_hint if getattr(e, "param_hint", None) is not None else (
        e.param.get_error_hint() if getattr(e, "param", None) is not None else "")
    if isinstance(hint, list | tuple):
        hint = " / ".join(f"'{h}'" for h in hint)
    hint = str(hint).replace(" (env var: ", " (переменная окружения: ")
    return re.sub(r"'([^']*)'", r"«\1»", hint)


def _value_problem(e: click_errors.BadParameter) -> str:
    cause = e.__cause__
    if isinstance(cause, ValidationError) and cause.errors():
        return problem(cause.errors()[0])
    message = e.message
    for pattern, said in PATH_PROBLEMS:
        m = pattern.match(message)
        if m:
            label = PATH_LABELS.get(m.group("label"), "путь")
            return said.format(label=label, path=m.group("path"))
    m = re.match(r"^'(?P<path>.*)': (?P<why>.*)$", message)
    if m:  # a file that would not open: the system's reason
        return f"«{m.group('path')}» не открывается: {m.group('why')}"
    m = re.match(r"^'?(?P<value>.*?)'? is not one of (?P<choices>.*)\.$", message)
    if m:
        return f"«{m.group('value')}» — допустимо: {m.group('choices')}".replace("'", "")
    m = re.match(r"^Value (?P<value>.*) is not a valid (?P<kind>.*)\.$", message)
    if m:
        return f"{m.group('value')} — не {TYPES.get(m.group('kind'), 'значение').lower()}"
    return message


def russian_error(e: click_errors.ClickException) -> click_errors.ClickException:
    """The same error, said in Russian (the help screen of ``no_args_is_help`` passes as it is)."""
    if isinstance(e, click_errors.NoArgsIsHelpError) or not isinstance(e, click_errors.ClickException):
        return e
    ctx = getattr(e, "ctx", None)
    if isinstance(e, click_errors.MissingParameter):
        kind = PARAM_KINDS.get(e.param_type or (e.param.param_type_name if e.param else "parameter"), "параметр")
        text = f"не указан {kind} {_hint(e)}".rstrip()
    elif isinstance(e, click_errors.BadParameter):
        text = f"неверное значение {_hint(e)}: {_value_problem(e)}".replace(" :", ":")
    elif isinstance(e, click_errors.NoSuchOption):
        text = f"нет такого параметра: {e.option_name}"
        if e.possibilities:
            text += f" (может быть, {', '.join(sorted(e.possibilities))}?)"
    elif isinstance(e, click_errors.BadOptionUsage):
        text = f"параметру «{e.option_name}» нужно значение" if "requires" in e.message \
            else f"параметр «{e.option_name}» не принимает значения"
    elif isinstance(e, click_errors.UsageError):
        text = _usage_problem(e.message)
    else:
        text = e.format_message()
    translated = click_errors.UsageError(text, ctx) if isinstance(e, click_errors.UsageError) \
        else click_errors.ClickException(text)
    translated.exit_code = e.exit_code
    return translated


def _usage_problem(message: str) -> str:
    m = re.match(r"^Got unexpected extra arguments?(?:\(s\))? \((?P<extra>.*)\)$", message)
    if m:
        return f"лишние аргументы: {m.group('extra')}"
    if message == "Missing command.":
        return "не указана команда"
    m = re.match(r"^No such command '(?P<name>.*)'\.(?: Did you mean (?P<like>.*)\?)?$", message)
    if m:
        like = f" (может быть, {m.group('like')}?)" if m.group("like") else ""
        return f"нет такой команды: {m.group('name')}{like}".replace("'", "")
    m = re.match(r"^Argument '(?P<name>.*)' takes (?P<n>\d+) values\.$", message)
    if m:
        return f"аргументу {m.group('name')} нужно значений: {m.group('n')}"
    return message


CONFIRM = "Повторите для подтверждения"
NO_MATCH = "Ошибка: введённые значения не совпадают."


def _hidden(text: str) -> str:
    if sys.stdin.isatty():
        return typer.prompt(text, hide_input=True)
    while True:
        typer.echo(f"{text}: ", nl=False)
        line = sys.stdin.readline()
        if not line:
            typer.echo("", err=True)
            typer.echo("ошибка: ввод кончился, а пароль не введён", err=True)
            raise typer.Exit(1)
        if line.rstrip("\r\n"):
            typer.echo("")
            return line.rstrip("\r\n")
        typer.echo("", err=True)
        typer.echo("Ошибка: пустое значение не подходит.", err=True)


def secret_prompt(text: str) -> str:
    """A secret typed twice, hidden, until both agree (a password for ``coopwatch user add``).

    typer's own ``confirmation_prompt`` says «Repeat for confirmation» and «Error: The two entered
    values do not match.» in English, written into it (not through gettext): the two prompts are
    asked here instead, with its hidden input and its refusal of an empty answer. Without a terminal
    (a password piped in, a container run without one) the lines are read from standard input as
    they come: Python's hidden input would say «Warning: Password input may be echoed.» in English."""
    while True:
        first = _hidden(text)
        second = _hidden(CONFIRM)
        if first == second:
            return first
        typer.echo(NO_MATCH, err=True)
