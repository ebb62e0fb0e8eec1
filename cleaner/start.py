"""Where the commands start (`clean`, `clean-eval`, `python -m cleaner`): ^C while the
cleaner loads is one line and exit status 130, as it is later.

Loading the pipeline compiles the rules' patterns, which takes a moment (longer on a busy
machine). Python's own ^C there printed a traceback from deep in an import, or, landing in
a pattern object's `__del__`, was ignored: the run went on to the end and exited 0. Until
the command is loaded, ^C ends the process at once (unless it was started with ^C
ignored); nothing has been read or written yet.
After that the command's own handling (cleaner.command) takes over.
"""
from __future__ import annotations

import os
import signal

# The exit status of a command stopped by ^C (SIGINT), as shells report it: 128 + 2.
INTERRUPTED = 130


def clean() -> None:
    """The `clean` command."""
    _start("clean", "cli")


def clean_eval() -> None:
    """The `clean-eval` command."""
    _start("clean-eval", "eval_cli")


def _start(tool: str, module: str) -> None:
    def stop(signum, frame):
        os.write(2, f"{tool}: interrupted\n".encode())
        os._exit(INTERRUPTED)

    # (A run started with ^C ignored keeps ignoring it: `clean … &` in a script, whose
    # shell sets background commands so, must outlive a ^C meant for the script.)
    previous = signal.getsignal(signal.SIGINT)
    if previous is not signal.SIG_IGN:
        signal.signal(signal.SIGINT, stop)
    from importlib import import_module

    main = import_module(f".{module}", __package__).main
    if previous is not None:
        signal.signal(signal.SIGINT, previous)
    main()
