"""One schema for block options and site settings, validated with errors that say what was wrong and where."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from packaging.requirements import InvalidRequirement, Requirement

PREVIEWS = ("auto", "turtle", "tkinter", "none")
PRELOADS = ("run", "interaction", "visible", "load")
ISOLATIONS = ("headers", "service-worker")
COEPS = ("require-corp", "credentialless")
SW_FIRST_VISITS = ("reload", "degrade")
HOSTING_FILES = ("netlify", "cloudflare", "apache", "azure")
MAX_LINES = 200
_SESSION_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$")


class OptionError(ValueError):
    """A block option or site setting has a value Pyroom cannot use.

    ``option`` names it; ``where`` (``"file:line"``) is filled in by the adapter that knows the source.
    """

    def __init__(self, option: str, message: str, where: str | None = None) -> None:
        self.option = option
        self.message = message
        self.where = where
        super().__init__(str(self))

    def __str__(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}pyroom option '{self.option}': {self.message}"


def _flag(name: str, value: str | None) -> bool:
    if value is None or value.strip().lower() in ("", "true", "yes", "on", "1"):
        return True
    if value.strip().lower() in ("false", "no", "off", "0"):
        return False
    raise OptionError(name, f"is a flag and takes no value (got {value!r}); write it alone to switch it on")


def _choice(choices: tuple[str, ...]) -> Callable[[str, str | None], str]:
    def convert(name: str, value: str | None) -> str:
        text = (value or "").strip().lower()
        if text not in choices:
            raise OptionError(name, f"{value!r} is not one of: {', '.join(choices)}")
        return text

    return convert


def _session(name: str, value: str | None) -> str:
    text = (value or "").strip()
    if not _SESSION_RE.match(text):
        raise OptionError(
            name,
            f"{value!r} is not a session name: use 1-64 letters, digits, '_', '-' or '.', "
            "starting with a letter, digit or '_'",
        )
    return text


def _lines(name: str, value: str | None) -> int:
    text = (value or "").strip()
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_LINES or not text.isdigit():
        raise OptionError(name, f"{value!r} is not a whole number of lines from 1 to {MAX_LINES}")
    return number


def split_packages(name: str, value: str | None) -> tuple[str, ...]:
    """Parse a comma (or newline) separated list of Pyodide packages, PyPI requirements or wheel URLs."""
    items = [item.strip() for item in re.split(r"[,\n]", value or "") if item.strip()]
    if not items:
        raise OptionError(name, "needs at least one package name, e.g. 'numpy, attrs>=23'")
    for item in items:
        if item.endswith(".whl") or "://" in item:
            continue
        try:
            Requirement(item)
        except InvalidRequirement as exc:
            raise OptionError(
                name, f"{item!r} is not a package name, a requirement like 'attrs>=23' or a wheel URL ({exc})"
            ) from None
    return tuple(items)


def _text(name: str, value: str | None) -> str:
    if value is None or not value.strip():
        raise OptionError(name, "needs a value")
    return value.strip()


def _stdin(name: str, value: str | None) -> str:
    if value is None:
        raise OptionError(name, "needs the lines input() should read, e.g. 'Ada\\n36'")
    # Front-ends give one line of text; a literal "\n" separates lines there.
    return value.replace("\\n", "\n").strip("\n")


@dataclass(frozen=True)
class BlockOptions:
    """The options of one block, the same in both front-ends (see the table in the docs)."""

    file: str | None = None
    preview: str = "auto"
    session: str | None = None
    setup: bool = False
    packages: tuple[str, ...] = ()
    autorun: bool = False
    readonly: bool = False
    lines: int | None = None
    stdin: str | None = None
    caption: str | None = None
    name: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The options the browser needs, without defaults (keeps pages small)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name in ("file", "caption", "name"):
                continue
            value = getattr(self, f.name)
            if value != f.default:
                out[f.name] = list(value) if isinstance(value, tuple) else value
        return out


#: option name -> converter(name, raw value or None for a bare flag)
BLOCK_OPTIONS: Mapping[str, Callable[[str, str | None], Any]] = {
    "file": _text,
    "preview": _choice(PREVIEWS),
    "session": _session,
    "setup": _flag,
    "packages": split_packages,
    "autorun": _flag,
    "readonly": _flag,
    "lines": _lines,
    "stdin": _stdin,
    "caption": _text,
    "name": _text,
}


def unknown_option_message(name: str, known: tuple[str, ...] | None = None) -> str:
    known = known or tuple(BLOCK_OPTIONS)
    close = difflib.get_close_matches(name, known, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"is not a pyroom option{hint}; the options are: {', '.join(known)}"


def parse_block_options(raw: Mapping[str, str | None], where: str | None = None) -> BlockOptions:
    """Validate raw option values (``None`` for a bare flag) into :class:`BlockOptions`.

    Raises :class:`OptionError` naming the option, the bad value and the accepted values.
    """
    values: dict[str, Any] = {}
    try:
        for name, value in raw.items():
            key = name.strip().lower()
            convert = BLOCK_OPTIONS.get(key)
            if convert is None:
                raise OptionError(name, unknown_option_message(name))
            values[key] = convert(key, value)
        options = BlockOptions(**values)
        if options.setup and not options.session:
            raise OptionError(
                "setup", "a setup block needs a 'session': its code runs before that session's blocks"
            )
        if options.setup and options.autorun:
            raise OptionError("autorun", "a setup block is never shown, so it cannot autorun")
    except OptionError as exc:
        exc.where = where
        raise
    return options


# --- site settings -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SiteSettings:
    """Site-wide settings: ``pyroom_<name>`` in Sphinx's conf.py, ``<name>`` under the MkDocs plugin."""

    #: "cdn" (the pinned version from a CDN), "local" (self-hosted copy published into the site) or a base URL
    pyodide: str = "cdn"
    #: folder of a vendored Pyodide (``pyroom vendor``); default: Pyroom's cache folder
    pyodide_dir: str | None = None
    #: when the worker boots: on the first Run, first interaction with a block, a block scrolled into view, load
    preload: str = "run"
    #: "headers" (the host sends COOP/COEP; no service worker at all) or "service-worker" (a worker at the site
    #: root adds them, for hosts that cannot: GitHub Pages, Read the Docs)
    isolation: str = "headers"
    #: the COEP of the hosting files (the service worker picks credentialless or require-corp per browser)
    coep: str = "require-corp"
    #: service worker, first visit of a page it does not control yet: "reload" it once, or "degrade" (run it
    #: without isolation; isolated from the next navigation on, no reload)
    sw_first_visit: str = "reload"
    #: hosting files written into the site
    hosting_files: tuple[str, ...] = ("netlify",)
    #: packages loaded before every run on the site
    packages: tuple[str, ...] = ()
    #: plain ``python`` code blocks become editors too
    python_blocks: bool = False
    #: boot every page after the first from a memory snapshot of Python stored in the browser (Cache Storage)
    snapshot: bool = True
    #: folded lines limit for an editor without ``lines`` (fits the code up to this many)
    max_lines: int = 30
    #: extra package indexes for micropip (PyPI-compatible simple or JSON API URLs)
    index_urls: tuple[str, ...] = field(default_factory=tuple)

    def to_page_config(self) -> dict[str, Any]:
        """What the page script needs to know (everything else is decided at build time)."""
        return {
            "pyodide": self.pyodide,
            "preload": self.preload,
            "isolation": self.isolation,
            "packages": list(self.packages),
            "indexUrls": list(self.index_urls),
            "snapshot": self.snapshot,
        }


def _as_tuple(name: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [item.strip() for item in value.split(",") if item.strip()]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise OptionError(name, f"must be a list of strings (got {value!r})")
    return tuple(value)


def parse_site_settings(raw: Mapping[str, Any], where: str | None = None) -> SiteSettings:
    """Validate site settings given as Python values (from conf.py or mkdocs.yml)."""
    known = {f.name for f in fields(SiteSettings)}
    values: dict[str, Any] = {}
    try:
        for name, value in raw.items():
            if value is None:
                continue
            if name not in known:
                raise OptionError(
                    name, unknown_option_message(name, tuple(sorted(known))).replace("option", "setting")
                )
            if name == "pyodide":
                if not isinstance(value, str) or not (
                    value in ("cdn", "local") or value.startswith(("http://", "https://", "/"))
                ):
                    raise OptionError(
                        name, f"{value!r} is not 'cdn', 'local' or a base URL of a Pyodide distribution"
                    )
                if value not in ("cdn", "local") and not value.endswith("/"):
                    value += "/"
            elif name == "pyodide_dir":
                value = str(value)
            elif name == "preload":
                value = _choice(PRELOADS)(name, str(value))
            elif name == "isolation":
                value = _choice(ISOLATIONS)(name, str(value))
            elif name == "coep":
                value = _choice(COEPS)(name, str(value))
            elif name == "sw_first_visit":
                value = _choice(SW_FIRST_VISITS)(name, str(value))
            elif name == "hosting_files":
                value = _as_tuple(name, value)
                for host in value:
                    if host not in HOSTING_FILES:
                        raise OptionError(name, f"{host!r} is not one of: {', '.join(HOSTING_FILES)}")
            elif name in ("packages",):
                value = split_packages(name, ",".join(_as_tuple(name, value))) if value else ()
            elif name == "index_urls":
                value = _as_tuple(name, value)
            elif name in ("python_blocks", "snapshot"):
                if not isinstance(value, bool):
                    raise OptionError(name, f"must be True or False (got {value!r})")
            elif name == "max_lines":
                if not isinstance(value, int) or not 1 <= value <= MAX_LINES:
                    raise OptionError(name, f"must be a whole number from 1 to {MAX_LINES} (got {value!r})")
            values[name] = value
    except OptionError as exc:
        exc.where = where
        raise
    return SiteSettings(**values)
