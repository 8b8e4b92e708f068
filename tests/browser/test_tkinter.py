"""tkinter programs in the preview pane (site page tkinter.rst): driven by clicks, typing and drags, checked on
screen and in their output."""

from __future__ import annotations

import pytest

from .conftest import wait_state

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def tkpage(chromium, server):
    """One page with Python booted, shared by this module's tests (each test runs its own block)."""
    from .conftest import open_page

    page = open_page(chromium, server + "/tkinter.html")
    page.evaluate("window.pyroom.boot()")
    yield page
    assert page.errors == [], page.errors
    page.context.close()


def start(page, block: str):
    page.evaluate(
        "id => { window.__runs = window.__runs || {}; window.__runs[id] = window.pyroom.get(id).run(); }", block
    )
    wait_state(page, block, "live")
    return page.locator(f"#{block} .pyroom-tk-window")


def result(page, block: str) -> dict:
    return page.evaluate("id => window.__runs[id]", block)


def close(page, block: str) -> dict:
    page.locator(f"#{block} .pyroom-tk-window button[aria-label='Close window']").first.click()
    return result(page, block)


def output(page, block: str) -> str:
    return page.locator(f"#{block} [role=log]").inner_text()


def wait_output(page, block: str, text: str, timeout: float = 10_000) -> None:
    page.wait_for_function(
        "([id, text]) => document.querySelector(`#${id} [role=log]`).textContent.includes(text)",
        arg=[block, text],
        timeout=timeout,
    )


def wait_text(locator, text: str, timeout: float = 10_000) -> None:
    locator.page.wait_for_function(
        "([el, text]) => el.textContent === text", arg=[locator.element_handle(), text], timeout=timeout
    )


def test_calculator_buttons_and_entry(tkpage):
    window = start(tkpage, "tk-calc")
    assert window.locator(".pyroom-tk-title").inner_text() == "Calculator"
    assert window.locator("button.pyroom-tk-button").count() == 16
    for key in ["1", "2", "+", "3", "0", "="]:
        window.locator("button.pyroom-tk-button", has_text=key).first.click()
    entry = window.locator(".pyroom-tk-entry input")
    tkpage.wait_for_function("el => el.value === '42'", arg=entry.element_handle())
    # Typing goes into the program's Entry too.
    window.locator("button.pyroom-tk-button", has_text="C").click()
    entry.click()
    entry.type("6*7")
    window.locator("button.pyroom-tk-button", has_text="=").click()
    wait_output(tkpage, "tk-calc", "result 42\nresult 42")
    # Closing the window ends mainloop: the code after it runs.
    res = close(tkpage, "tk-calc")
    assert res["status"] == "done", res
    assert res["stdout"] == "result 42\nresult 42\nbye\n"
    assert tkpage.locator("#tk-calc .pyroom-tk-window").count() == 0


def test_temperature_converter_ttk(tkpage):
    window = start(tkpage, "tk-temp")
    entry = window.locator(".pyroom-tk-tentry input")
    # entry.focus() in the program put the caret there.
    tkpage.wait_for_function("el => document.activeElement === el", arg=entry.element_handle())
    tkpage.keyboard.type("100")
    window.locator("button.pyroom-tk-tbutton", has_text="Convert").click()
    result_label = window.locator(".pyroom-tk-tlabel").nth(1)
    wait_text(result_label, "212.0 F")
    # <Return> bound on the entry converts too.
    entry.fill("-40")
    entry.press("Enter")
    wait_text(result_label, "-40.0 F")
    assert close(tkpage, "tk-temp")["status"] == "done"


def test_todo_list_add_select_delete(tkpage):
    window = start(tkpage, "tk-todo")
    entry = window.locator(".pyroom-tk-entry input")
    add = window.locator("button.pyroom-tk-button", has_text="Add")
    for item in ["milk", "eggs", "bread"]:
        entry.fill(item)
        add.click()
        tkpage.wait_for_function(
            "([el, n]) => el.querySelectorAll('.pyroom-tk-row').length === n",
            arg=[window.locator(".pyroom-tk-listbox").element_handle(), ["milk", "eggs", "bread"].index(item) + 1],
        )
    rows = window.locator(".pyroom-tk-listbox .pyroom-tk-row")
    assert rows.all_inner_texts() == ["milk", "eggs", "bread"]
    assert entry.input_value() == ""
    rows.nth(1).click()
    wait_output(tkpage, "tk-todo", "selected (1,)")
    assert rows.nth(1).get_attribute("aria-selected") == "true"
    window.locator("button.pyroom-tk-button", has_text="Delete").click()
    tkpage.wait_for_function(
        "el => [...el.querySelectorAll('.pyroom-tk-row')].map(r => r.textContent).join() === 'milk,bread'",
        arg=window.locator(".pyroom-tk-listbox").element_handle(),
    )
    res = close(tkpage, "tk-todo")
    assert res["stdout"].splitlines()[-1] == "left: ['milk', 'bread']"


def test_paint_with_b1_motion(tkpage):
    window = start(tkpage, "tk-paint")
    canvas = window.locator(".pyroom-tk-canvas")
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    x, y = box["x"] + 20, box["y"] + 20
    tkpage.mouse.move(x, y)
    tkpage.mouse.down()
    for step in range(1, 11):
        tkpage.mouse.move(x + step * 20, y + step * 12)
    tkpage.mouse.up()
    tkpage.wait_for_function(
        "el => el.querySelectorAll('[data-item]').length >= 8", arg=canvas.element_handle(), timeout=10_000
    )
    strokes = canvas.locator("[data-item] path, path[data-item]").evaluate_all("els => els.map(e => e.getAttribute('stroke'))")
    assert set(strokes) == {"#0000ff"}
    res = close(tkpage, "tk-paint")
    assert int(res["stdout"].split()[-1]) >= 8


def test_clock_ticks_with_after(tkpage):
    window = start(tkpage, "tk-clock")
    label = window.locator(".pyroom-tk-label")
    tkpage.wait_for_function("el => /#\\d+$/.test(el.textContent)", arg=label.element_handle())
    first = label.text_content()
    tkpage.wait_for_function(
        "([el, first]) => el.textContent !== first", arg=[label.element_handle(), first], timeout=5_000
    )
    n1 = int(first.split("#")[1])
    tkpage.wait_for_function(
        "([el, n]) => Number(el.textContent.split('#')[1]) >= n + 3", arg=[label.element_handle(), n1], timeout=5_000
    )
    # Stop tears the window down.
    tkpage.click("#tk-clock button[aria-label=Stop]")
    assert result(tkpage, "tk-clock")["status"] == "stopped"
    assert tkpage.locator("#tk-clock .pyroom-tk-window").count() == 0


def test_form_with_messagebox_and_filedialog(tkpage, tmp_path):
    window = start(tkpage, "tk-form")
    sample = tmp_path / "notes.txt"
    sample.write_text("hello file\n")
    with tkpage.expect_file_chooser() as chooser:
        window.locator("button.pyroom-tk-button", has_text="Load").click()
    chooser.value.set_files(str(sample))
    wait_output(tkpage, "tk-form", "file says hello file")
    wait_text(window.locator(".pyroom-tk-label"), "11 chars")
    window.locator(".pyroom-tk-entry input").fill("Ada")
    window.locator("button.pyroom-tk-button", has_text="Submit").click()
    dialog = tkpage.locator("#tk-form .pyroom-tk-dialog")
    assert dialog.locator(".pyroom-tk-dialog-message").inner_text() == "Send Ada?"
    dialog.locator("button[data-answer=yes]").click()
    wait_output(tkpage, "tk-form", "answer True")
    window.locator("button.pyroom-tk-button", has_text="Submit").click()
    tkpage.locator("#tk-form .pyroom-tk-dialog button[data-answer=no]").click()
    wait_output(tkpage, "tk-form", "answer False")
    assert close(tkpage, "tk-form")["status"] == "done"


def test_notebook_and_treeview(tkpage):
    window = start(tkpage, "tk-notebook")
    tabs = window.locator(".pyroom-tk-tab")
    assert tabs.all_inner_texts() == ["Info", "Data"]
    assert window.locator(".pyroom-tk-treeview").is_hidden()
    tabs.nth(1).click()
    wait_output(tkpage, "tk-notebook", "tab 1")
    tree = window.locator(".pyroom-tk-treeview")
    tree.wait_for(state="visible")
    assert tabs.nth(1).get_attribute("aria-selected") == "true"
    assert tree.locator(".pyroom-tk-tv-heading").all_inner_texts() == ["Name", "Size"]
    rows = tree.locator(".pyroom-tk-tv-row")
    assert rows.count() == 3
    rows.nth(1).click()
    wait_output(tkpage, "tk-notebook", "selection ('banana',)")
    assert rows.nth(1).get_attribute("aria-selected") == "true"
    assert close(tkpage, "tk-notebook")["status"] == "done"


def test_menu_command_check_entry_and_quit(tkpage):
    window = start(tkpage, "tk-menu")
    bar = window.locator(".pyroom-tk-menubar")
    bar.locator(".pyroom-tk-menubar-item", has_text="File").click()
    menu = tkpage.locator("#tk-menu .pyroom-tk-menu-popup")
    assert menu.locator(".pyroom-tk-menu-accel").first.inner_text() == "Ctrl+H"
    assert menu.locator(".pyroom-tk-menu-separator").count() == 1
    menu.locator(".pyroom-tk-menu-item", has_text="Hello").click()
    wait_output(tkpage, "tk-menu", "hello from the menu")
    assert menu.count() == 0
    bar.locator(".pyroom-tk-menubar-item", has_text="File").click()
    tkpage.locator("#tk-menu .pyroom-tk-menu-item", has_text="Wrap").click()
    wait_output(tkpage, "tk-menu", "wrap 1")
    bar.locator(".pyroom-tk-menubar-item", has_text="File").click()
    check = tkpage.locator("#tk-menu .pyroom-tk-menu-item", has_text="Wrap")
    tkpage.wait_for_function("el => el.getAttribute('aria-checked') === 'true'", arg=check.element_handle())
    tkpage.locator("#tk-menu .pyroom-tk-menu-item", has_text="Quit").click()
    res = result(tkpage, "tk-menu")
    assert res["status"] == "done", res
    assert res["stdout"].endswith("after mainloop\n")


COLOURS = """block => {
  const el = document.getElementById(block);
  const pane = el.querySelector('.pyroom-pane');
  const style = (sel, prop) => getComputedStyle(el.querySelector(sel))[prop];
  return {
    theme: pane.dataset.pyroomTheme,
    label: style('.pyroom-tk-label', 'backgroundColor'),
    labelText: style('.pyroom-tk-label', 'color'),
    button: style('.pyroom-tk-button', 'backgroundColor'),
    canvas: style('.pyroom-tk-canvas', 'backgroundColor'),
    line: style('.pyroom-tk-canvas path[data-item]', 'stroke'),
    rect: style('.pyroom-tk-canvas rect[data-item]', 'fill'),
    text: style('.pyroom-tk-canvas text[data-item]', 'fill'),
  };
}"""


DARK_THEME = """() => {
  if (!document.getElementById('test-dark')) {
    const style = document.createElement('style');
    style.id = 'test-dark';
    style.textContent = 'html.test-dark body, html.test-dark div.body { color: #e8e8e8; background: #15171a; }';
    document.head.append(style);
  }
  document.documentElement.classList.add('test-dark');
}"""


def _luma(css: str) -> float:
    r, g, b = (float(v) for v in css[css.index("(") + 1 : css.index(")")].split(",")[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_window_follows_light_and_dark_theme(tkpage):
    """Colours the program left at Tk's defaults follow the docs theme; colours it chose stay; the downloaded SVG
    keeps the program's own colours."""
    start(tkpage, "tk-theme")
    light = tkpage.evaluate(COLOURS, "tk-theme")
    assert light["theme"] == "light"
    assert light["label"] == "rgb(217, 217, 217)" and light["labelText"] == "rgb(0, 0, 0)"  # Tk's #d9d9d9
    assert light["line"] == "rgb(0, 0, 0)" and light["text"] == "rgb(0, 0, 0)"
    try:
        # a dark theme as a theme's switch makes it: a class on <html> that turns the text light on a dark page
        tkpage.evaluate(DARK_THEME)
        tkpage.wait_for_function("document.querySelector('#tk-theme .pyroom-pane').dataset.pyroomTheme === 'dark'")
        dark = tkpage.evaluate(COLOURS, "tk-theme")
        assert _luma(dark["label"]) < 80 and _luma(dark["labelText"]) > 180
        assert _luma(dark["canvas"]) < 80  # a canvas on its default background is themed paper
        assert _luma(dark["line"]) > 180 and _luma(dark["text"]) > 180  # default black ink turns light
        assert dark["button"] == "rgb(255, 255, 0)" and dark["rect"] == "rgb(255, 0, 0)"  # chosen colours stay
        with tkpage.expect_download() as info:
            tkpage.locator("#tk-theme .pyroom-tk-titlebar").get_by_role("button", name="Download SVG").click()
        svg = open(info.value.path(), encoding="utf-8").read()
        assert 'stroke="#000000"' in svg and 'fill="#d9d9d9"' in svg  # the drawing as the program made it
    finally:
        tkpage.evaluate("document.documentElement.classList.remove('test-dark')")
    tkpage.wait_for_function("document.querySelector('#tk-theme .pyroom-pane').dataset.pyroomTheme === 'light'")
    assert tkpage.evaluate(COLOURS, "tk-theme")["label"] == "rgb(217, 217, 217)"
    close(tkpage, "tk-theme")


def test_degraded_mode_runs_callbacks_when_idle(chromium, plain_server):
    """Without SharedArrayBuffer and without JSPI (forced with ?pyroom-mode=none, as this Chromium has JSPI),
    mainloop() cannot wait: it returns, the code after it runs at once, and the worker then dispatches the window's
    events and timers while idle; the block says so; closing the window ends the run; Stop ends a live one."""
    from .conftest import open_page

    page = open_page(chromium, plain_server + "/tkinter.html?pyroom-mode=none")
    try:
        page.evaluate("window.pyroom.boot()")
        assert page.evaluate("window.pyroom.mode") == "none"
        window = start(page, "tk-calc")
        assert "cannot pause Python" in page.locator("#tk-calc .pyroom-status").inner_text()
        assert output(page, "tk-calc").strip() == "bye"  # the line after mainloop() already ran
        for key in ["1", "2", "+", "3", "0", "="]:
            window.locator("button.pyroom-tk-button", has_text=key).first.click()
        entry = window.locator(".pyroom-tk-entry input")
        page.wait_for_function("el => el.value === '42'", arg=entry.element_handle())
        wait_output(page, "tk-calc", "result 42")
        res = close(page, "tk-calc")
        assert res["status"] == "done" and res["stdout"] == "bye\nresult 42\n", res
        assert page.locator("#tk-calc .pyroom-tk-window").count() == 0

        window = start(page, "tk-clock")  # after() timers fire between events
        label = window.locator(".pyroom-tk-label")
        page.wait_for_function(
            "el => Number((el.textContent.split('#')[1]) || 0) >= 4", arg=label.element_handle(), timeout=10_000
        )
        page.click("#tk-clock button[aria-label=Stop]")
        assert result(page, "tk-clock")["status"] == "stopped"
        assert page.locator("#tk-clock .pyroom-tk-window").count() == 0
        assert "restart" not in output(page, "tk-clock").lower()  # a live program stops without a restart
        assert page.errors == [], page.errors
    finally:
        page.context.close()
