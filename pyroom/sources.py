"""Where a block's code comes from (its content or a file), with the same rules and messages in every front-end."""

from __future__ import annotations

from pathlib import Path

from .options import OptionError


def read_code_file(path: Path, given: str) -> str:
    """Read the file a block names (``given`` as the author wrote it, ``path`` resolved by the adapter).

    Raises :class:`OptionError` for the ``file`` option when the file is missing or not UTF-8 text.
    """
    if not path.is_file():
        raise OptionError("file", f"{given!r} does not exist (looked for {path})")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OptionError("file", f"{given!r} could not be read as UTF-8 text: {exc}") from None
    return text.rstrip("\n") + "\n"


def check_one_source(file: str | None, has_content: bool) -> None:
    """A block takes its code from its content or from a file: exactly one of them."""
    if file and has_content:
        raise OptionError("file", f"give the code either from {file!r} or as the block's content, not both")
    if not file and not has_content:
        raise OptionError("file", "the block has no code: write it as the content or name a file")
