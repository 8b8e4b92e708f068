"""tkinter.filedialog through the browser.

Open dialogs: the page shows the browser's file picker; the chosen files are written into the file system of the run
(the current directory) and their paths are returned. ``askdirectory`` shows the browser's folder picker and writes
the folder's files (with its sub-folders) the same way, returning the folder's path. Save dialogs: the page asks for a name and the path in the
current directory is returned; ``asksaveasfile`` returns a file object that, when closed, offers the written file
as a download (the ``["download", {name, data}]`` operation). After ``asksaveasfilename`` the program writes the
file itself: once it has (when the program is back in its event loop, or destroys its root window) the file is
offered, and again after each later change. ``pyroom_download(path)`` offers any file for download.
"""

from __future__ import annotations

import base64
import os

from . import _core as C
from .commondialog import Dialog, ask

__all__ = ["FileDialog", "LoadFileDialog", "SaveFileDialog", "Open", "SaveAs", "Directory", "askopenfilename",
           "asksaveasfilename", "askopenfilenames", "askopenfile", "askopenfiles", "asksaveasfile", "askdirectory"]


def _filetypes(ft):
    out = []
    for entry in ft or ():
        if isinstance(entry, str):
            out.append({"name": entry, "patterns": ["*"]})
            continue
        name, pats = entry[0], entry[1]
        if isinstance(pats, str):
            pats = pats.split()
        out.append({"name": str(name), "patterns": [str(p) for p in pats]})
    return out


def _dest_dir(options):
    d = options.get("initialdir")
    if d and os.path.isdir(d):
        return d
    return os.getcwd()


def _save_picked(files, directory):
    paths = []
    for f in files:
        name = os.path.basename(str(f.get("name", "file"))) or "file"
        path = os.path.join(directory, name)
        with open(path, "wb") as out:
            out.write(base64.b64decode(f.get("data", "")))
        paths.append(path)
    return paths


class _Dialog(Dialog):
    def _fixoptions(self):
        pass


class Open(_Dialog):
    command = "tk_getOpenFile"

    def _ask(self):
        multiple = bool(self.options.get("multiple"))
        answer = ask("open", {"title": str(self.options.get("title", "")),
                              "filetypes": _filetypes(self.options.get("filetypes")), "multiple": multiple})
        if not answer:
            return () if multiple else ""
        paths = _save_picked(answer, _dest_dir(self.options))
        return tuple(paths) if multiple else paths[0]


class SaveAs(_Dialog):
    command = "tk_getSaveFile"

    def _ask(self):
        o = self.options
        initial = o.get("initialfile") or ""
        answer = ask("save", {"title": str(o.get("title", "")), "initialfile": initial,
                              "filetypes": _filetypes(o.get("filetypes")),
                              "defaultextension": o.get("defaultextension", "")})
        if not answer:
            return ""
        name = os.path.basename(str(answer))
        ext = o.get("defaultextension") or ""
        if ext and "." not in name:
            name += ext if ext.startswith(".") else "." + ext
        path = os.path.join(_dest_dir(o), name)
        C.watch_download(path)
        return path


class Directory(_Dialog):
    """The browser's folder picker: the chosen folder's files are written, with their sub-folders, into the run's
    file system (``initialdir`` or the current directory) and the folder's path there is returned."""

    command = "tk_chooseDirectory"

    def _ask(self):
        answer = ask("directory", {"title": str(self.options.get("title", ""))})
        if not answer:
            return ""
        base = _dest_dir(self.options)
        top = None
        for f in answer:
            parts = [p for p in str(f.get("path") or f.get("name") or "").replace("\\", "/").split("/")
                     if p not in ("", ".", "..")]
            if len(parts) < 2:  # a folder's file comes as "folder/name"
                continue
            top = top or parts[0]
            path = os.path.join(base, *parts)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as out:
                out.write(base64.b64decode(f.get("data", "")))
        if top is None:
            return ""
        return os.path.join(base, top)


def askopenfilename(**options):
    return Open(**options).show()


def askopenfilenames(**options):
    options["multiple"] = 1
    return Open(**options).show()


def asksaveasfilename(**options):
    return SaveAs(**options).show()


def askopenfile(mode="r", **options):
    filename = Open(**options).show()
    if filename:
        return open(filename, mode)
    return None


def askopenfiles(mode="r", **options):
    files = askopenfilenames(**options)
    if files:
        return [open(f, mode) for f in files]
    return None


class _DownloadFile:
    """A file whose close() offers it to the reader as a download."""

    def __init__(self, path, mode):
        self._f = open(path, mode)
        self._path = path
        C.watch_download(path)  # (opened: not yet written)

    def close(self):
        if not self._f.closed:
            self._f.close()
            pyroom_download(self._path)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __getattr__(self, name):
        if name == "_f":
            raise AttributeError(name)
        return getattr(self._f, name)

    def __iter__(self):
        return iter(self._f)


def asksaveasfile(mode="w", **options):
    filename = SaveAs(**options).show()
    if filename:
        return _DownloadFile(filename, mode)
    return None


def askdirectory(**options):
    return Directory(**options).show()


def pyroom_download(path):
    """Offer the file at ``path`` (in the run's file system) to the reader as a download."""
    C.offer_download(path)


class FileDialog:
    def __init__(self, master, title=None):
        raise C.unsupported("filedialog.FileDialog")


class LoadFileDialog(FileDialog):
    pass


class SaveFileDialog(FileDialog):
    pass
