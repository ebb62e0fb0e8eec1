"""Errors a user sees: one line that says what is wrong and what to do."""


def reason(exc: OSError) -> str:
    """What an OSError says went wrong, in lower case as the rest of an error's line
    ("permission denied")."""
    return exc.strerror.lower() if exc.strerror else str(exc)


class CleanerError(Exception):
    """Base of the errors the command line reports as one line and a non-zero exit."""

    exit_code = 1


class InputError(CleanerError):
    """The input page cannot be read as text."""

    exit_code = 2


class RuleFileError(CleanerError):
    """A rule file is malformed: the message names the file, the line and the fault."""

    exit_code = 3


class OutputError(CleanerError):
    """The output cannot be written, or would replace something the cleaner did not write:
    the message names the output path."""

    exit_code = 2


class RuleTimeoutError(CleanerError):
    """A rule's pattern ran past its time limit and --strict asked for an error."""

    exit_code = 3
