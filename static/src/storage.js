// A reader's edits, kept per page and block in localStorage; storage that is full or switched off is ignored.

const key = (id) => `pyroom:${location.pathname}#${id}`;

export function saveEdit(id, code, hash) {
  try {
    localStorage.setItem(key(id), JSON.stringify({ code, hash, saved: Date.now() }));
  } catch {
    // Quota or privacy mode: the edit still lives in the editor, it just won't survive a reload.
  }
}

export function loadEdit(id) {
  try {
    const value = JSON.parse(localStorage.getItem(key(id)));
    return value && typeof value.code === "string" ? value : null;
  } catch {
    return null;
  }
}

export function clearEdit(id) {
  try {
    localStorage.removeItem(key(id));
  } catch {
    // ignore: nothing was stored
  }
}
