"""What the two commands, `clean` and `clean-eval`, share: every error said in one line,
`TOOL: what is wrong`, and a non-zero exit status."""
from __future__ import annotations

import sys

import click

from .start import INTERRUPTED


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
