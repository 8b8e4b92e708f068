// The editor: CodeMirror 6, loaded only when a reader edits. It takes the place of the highlighted <pre> with the
// same box (font, padding, border, height) so nothing moves, and colours tokens with the Pygments classes the
// theme's pygments.css already styles, so light/dark themes apply to the editor as to the static code.

import { EditorState, StateEffect, StateField } from "@codemirror/state";
import { EditorView, Decoration, keymap, drawSelection, highlightActiveLine } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { syntaxHighlighting, indentUnit, bracketMatching } from "@codemirror/language";
import { python } from "@codemirror/lang-python";
import { tags, tagHighlighter } from "@lezer/highlight";

const pygmentsClasses = tagHighlighter([
  { tag: [tags.controlKeyword, tags.definitionKeyword, tags.keyword], class: "k" },
  { tag: tags.moduleKeyword, class: "kn" },
  { tag: tags.operatorKeyword, class: "ow" },
  { tag: [tags.bool, tags.null], class: "kc" },
  { tag: tags.self, class: "bp" },
  { tag: [tags.string, tags.special(tags.string)], class: "s2" },
  { tag: tags.escape, class: "se" },
  { tag: tags.number, class: "mi" },
  { tag: tags.comment, class: "c1" },
  { tag: tags.function(tags.definition(tags.variableName)), class: "nf" },
  { tag: tags.definition(tags.className), class: "nc" },
  { tag: tags.standard(tags.variableName), class: "nb" },
  { tag: tags.meta, class: "nd" },
  { tag: tags.operator, class: "o" },
  { tag: [tags.punctuation, tags.bracket, tags.paren, tags.squareBracket, tags.brace], class: "p" },
  { tag: [tags.variableName, tags.propertyName], class: "n" },
]);

const setErrorLine = StateEffect.define();
const errorLine = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    marks = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setErrorLine)) continue;
      const n = effect.value;
      if (n == null || n < 1 || n > tr.state.doc.lines) marks = Decoration.none;
      else {
        const line = tr.state.doc.line(n);
        marks = Decoration.set([Decoration.line({ class: "pyroom-error-line", attributes: { "data-line": String(n) } }).range(line.from)]);
      }
    }
    if (tr.docChanged) marks = Decoration.none; // an edit makes the old error position meaningless
    return marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

// The editor lives inside the static <pre>, which keeps its box, colours and scrolling: nothing moves when it
// takes over, and a theme switch (light/dark) restyles the editor as it restyles the static code.
const inheritBox = EditorView.theme({
  "&": { fontSize: "inherit", backgroundColor: "transparent", color: "inherit" },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: "inherit", lineHeight: "inherit", overflow: "visible" },
  ".cm-content": { padding: "0", caretColor: "currentColor" },
  ".cm-line": { padding: "0" },
  ".cm-cursor": { borderLeftColor: "currentColor" },
});

/**
 * Put an editor holding `code` in `pre` (in place of its highlighted text). Returns a small handle; the page never touches CodeMirror directly.
 * Options: readonly, onRun(), onEscape(), onChange(code), clickEvent (to put the cursor where the reader clicked).
 */
export function createEditor(pre, code, options = {}) {
  // The editor holds the code without its final newline (the static <pre> shows no empty last line either).
  const doc = code.replace(/\n$/, "");
  const shown = pre.querySelector("code") || pre.firstElementChild;
  const runKeys = [
    { key: "Mod-Enter", run: () => (options.onRun?.(), true) },
    { key: "Shift-Enter", run: () => (options.onRun?.(), true) },
    { key: "Escape", run: () => (options.onEscape?.(), true) },
  ];
  const view = new EditorView({
    state: EditorState.create({
      doc,
      extensions: [
        keymap.of(runKeys),
        history(),
        drawSelection(),
        highlightActiveLine(),
        bracketMatching(),
        indentUnit.of("    "),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        python(),
        syntaxHighlighting(pygmentsClasses),
        errorLine,
        inheritBox,
        EditorState.readOnly.of(Boolean(options.readonly)),
        EditorView.editable.of(!options.readonly),
        EditorView.contentAttributes.of({ "aria-label": options.readonly ? "Python code (read only)" : "Python code editor" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange?.(update.state.doc.toString());
        }),
      ],
    }),
  });
  shown.hidden = true;
  pre.append(view.dom);
  pre.removeAttribute("tabindex"); // focus goes to the editor itself now
  pre.classList.add("pyroom-editing");
  if (options.clickEvent) {
    const pos = view.posAtCoords({ x: options.clickEvent.clientX, y: options.clickEvent.clientY });
    if (pos != null) view.dispatch({ selection: { anchor: pos } });
  }
  return {
    view,
    getCode: () => view.state.doc.toString() + "\n",
    setCode(code) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code.replace(/\n$/, "") } });
    },
    markLine(n) {
      view.dispatch({ effects: setErrorLine.of(n) });
      if (n >= 1 && n <= view.state.doc.lines) {
        view.dispatch({ effects: EditorView.scrollIntoView(view.state.doc.line(n).from, { y: "nearest" }) });
      }
    },
    focus: () => view.focus(),
    destroy() {
      view.destroy();
      shown.hidden = false;
      pre.tabIndex = 0;
      pre.classList.remove("pyroom-editing");
    },
  };
}
