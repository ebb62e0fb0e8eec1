"""What the two commands, `clean` and `clean-eval`, share: every error said in one line,
`TOOL: what is wrong`, and a non-zero exit status."""
from __future__ import annotations

import re
import sys
from pathlib import PurePath

import click

from .start import INTERRUPTED


_DIGITS = re.compile(r"(\d+)")


def natural_order(path: PurePath) -> tuple:
    """The sort key of a folder's pages: their paths, each name's runs of digits read as
    numbers, as pages are numbered (p2 before p10, 2024/9/ before 2024/10/); names the same
    but for leading zeros (p01, p1) in the order of the paths as written.

    >>> sorted(["p10.txt", "p2.txt", "a/p1.txt", "p1.txt"], key=lambda n: natural_order(PurePath(n)))
    ['a/p1.txt', 'p1.txt', 'p2.txt', 'p10.txt']
    """
    # (split, a name is text, number, text, ...: numbers meet numbers, text meets text)
    return ([[int(run) if i % 2 else run for i, run in enumerate(_DIGITS.split(part))]
             for part in path.parts], str(path))


def fail(tool: str, message: str, code: int):
    """Say `message` on standard error as `tool`'s one-line error, and exit with `code`."""
    click.echo(f"{tool}: {message}", err=True)
    sys.exit(code)


class OneLineCommand(click.Command):
    """A command whose usage errors (an unknown option, a bad value, a missing argument)
    are one line with exit status 2, as its other errors are, where click's own take four
    (the usage, a hint, a blank line, the error); stopped by ^C, it says so in one line
    with exit status 130, where click said "Aborted!" after a blank line, with exit
    status 1 (a page failed). The command's name is the tool's."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            fail(self.name, "interrupted", INTERRUPTED)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            message = exc.format_message().removesuffix(".")  # (the line goes on)
            fail(self.name, f"{message[:1].lower()}{message[1:]} (see {self.name} --help)",
                 exc.exit_code)
