// Dialogs a program opens (messagebox, simpledialog, colorchooser, filedialog), drawn over its preview pane.
// Each returns a promise of what Tk would return; the program waits on it.

const BUTTONS = {
  ok: ["ok"],
  okcancel: ["ok", "cancel"],
  yesno: ["yes", "no"],
  yesnocancel: ["yes", "no", "cancel"],
  retrycancel: ["retry", "cancel"],
  abortretryignore: ["abort", "retry", "ignore"],
};
const LABEL = { ok: "OK", cancel: "Cancel", yes: "Yes", no: "No", retry: "Retry", abort: "Abort", ignore: "Ignore" };

function frame(pane, title) {
  const dialog = document.createElement("div");
  dialog.className = "pyroom-tk-dialog";
  dialog.setAttribute("role", "dialog");
  dialog.setAttribute("aria-modal", "true");
  const box = document.createElement("div");
  box.className = "pyroom-tk-dialog-box";
  const heading = document.createElement("div");
  heading.className = "pyroom-tk-dialog-title";
  heading.textContent = title || "";
  dialog.setAttribute("aria-label", title || "Dialog");
  box.append(heading);
  dialog.append(box);
  pane.append(dialog);
  return { dialog, box };
}

const fileToBase64 = (file) =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(",", 2)[1] || "");
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

export function showDialog(pane, kind, opts) {
  if (kind === "open" || kind === "directory") {
    return new Promise((resolve) => {
      const input = document.createElement("input");
      input.type = "file";
      input.multiple = Boolean(opts.multiple);
      // a folder: every file in it, each with its path from the folder ("folder/sub/name")
      input.webkitdirectory = kind === "directory";
      input.addEventListener("change", async () => {
        const files = [...input.files];
        const read = async (f) => ({ name: f.name, path: f.webkitRelativePath || f.name, data: await fileToBase64(f) });
        resolve(files.length ? await Promise.all(files.map(read)) : null);
      });
      input.addEventListener("cancel", () => resolve(null));
      input.click();
    });
  }
  if (kind === "save" && opts.data != null) {
    // Older protocol: the bytes come with the question; save them at once.
    const name = opts.initialfile || "untitled.txt";
    const bytes = Uint8Array.from(atob(opts.data || ""), (c) => c.charCodeAt(0));
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([bytes]));
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    return Promise.resolve(name);
  }
  return new Promise((resolve) => {
    const { dialog, box } = frame(pane, opts.title);
    const finish = (value) => {
      dialog.remove();
      resolve(value);
    };
    const message = document.createElement("p");
    message.className = "pyroom-tk-dialog-message";
    // program text: text only
    message.textContent = kind === "save" ? "File name:" : (opts.message ?? opts.prompt ?? "");
    box.append(message);
    if (opts.detail) {
      const detail = document.createElement("p");
      detail.className = "pyroom-tk-dialog-detail";
      detail.textContent = opts.detail;
      box.append(detail);
    }
    const buttons = document.createElement("div");
    buttons.className = "pyroom-tk-dialog-buttons";
    const addButton = (name, onClick) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = LABEL[name] || name;
      button.dataset.answer = name;
      button.addEventListener("click", onClick);
      buttons.append(button);
      return button;
    };
    if (kind === "message" && opts.type === "buttons") {
      // tkinter.dialog.Dialog / simpledialog.SimpleDialog: buttons with the program's labels; the answer is the label.
      const labels = (opts.buttons || []).map(String);
      labels.forEach((label, i) => {
        const b = addButton(label, () => finish(label));
        b.dataset.index = String(i);
      });
      box.append(buttons);
      (buttons.children[Number(opts.default) || 0] || buttons.firstChild)?.focus();
      return;
    }
    if (kind === "message") {
      const names = BUTTONS[opts.type] || BUTTONS.ok;
      for (const name of names) addButton(name, () => finish(name));
      box.append(buttons);
      const preferred = buttons.querySelector(`[data-answer="${opts.default || names[0]}"]`) || buttons.firstChild;
      preferred.focus();
      dialog.addEventListener("keydown", (e) => {
        if (e.key === "Escape") finish(names.includes("cancel") ? "cancel" : names.includes("no") ? "no" : names[0]);
      });
      return;
    }
    const input = document.createElement("input");
    input.className = "pyroom-tk-dialog-input";
    input.setAttribute("aria-label", opts.prompt || opts.title || "Value");
    if (kind === "color") input.type = "color";
    if (opts.show) input.type = "password";
    input.value = kind === "save" ? (opts.initialfile ?? "") : (opts.initialvalue ?? opts.initialcolor ?? "");
    box.append(input);
    const error = document.createElement("div");
    error.className = "pyroom-tk-dialog-error";
    if (opts.error) error.textContent = opts.error;
    box.append(error);
    const submit = () => {
      const text = input.value;
      if (kind === "save") return text.trim() ? finish(text.trim()) : (error.textContent = "Enter a file name.");
      if (kind === "string" || kind === "color") return finish(text);
      const number = kind === "integer" ? Number.parseInt(text, 10) : Number.parseFloat(text);
      const valid = text.trim() !== "" && Number.isFinite(number) && (kind !== "integer" || /^\s*[-+]?\d+\s*$/.test(text));
      if (!valid) {
        error.textContent = kind === "integer" ? "Not an integer." : "Not a number.";
        return;
      }
      if (opts.minvalue != null && number < opts.minvalue) return (error.textContent = `The allowed minimum value is ${opts.minvalue}.`);
      if (opts.maxvalue != null && number > opts.maxvalue) return (error.textContent = `The allowed maximum value is ${opts.maxvalue}.`);
      finish(number);
    };
    addButton("ok", submit);
    addButton("cancel", () => finish(null));
    box.append(buttons);
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter") submit();
      else if (e.key === "Escape") finish(null);
    });
    input.focus();
  });
}
