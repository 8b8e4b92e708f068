"""tkinter programs in the preview pane (site page tkinter.rst): driven by clicks, typing and drags, checked on
screen and in their output."""

from __future__ import annotations

import pytest

from .conftest import luma as _luma
from .conftest import set_dark_theme, state_of, wait_state

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
    strokes = canvas.locator("[data-item] polyline, polyline[data-item]").evaluate_all(
        "els => els.map(e => e.getAttribute('stroke'))"
    )
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


def test_askdirectory_copies_the_picked_folder_into_the_file_system(tkpage, tmp_path):
    window = start(tkpage, "tk-folder")
    folder = tmp_path / "photos"
    (folder / "2024").mkdir(parents=True)
    (folder / "a.txt").write_text("alpha\n")
    (folder / "2024" / "b.txt").write_text("beta\n")
    button = window.locator("button.pyroom-tk-button", has_text="Folder")
    with tkpage.expect_file_chooser() as chooser:
        button.click()
    chooser.value.set_files(str(folder))
    wait_output(tkpage, "tk-folder", "listed 2")
    assert "folder 'photos' True" in output(tkpage, "tk-folder")
    items = window.locator(".pyroom-tk-listbox").inner_text().split("\n")
    assert [i for i in items if i] == ["a.txt: alpha", "2024/b.txt: beta"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with tkpage.expect_file_chooser() as chooser:  # no files: "", as a cancelled dialog in Tk
        button.click()
    chooser.value.set_files(str(empty))
    wait_output(tkpage, "tk-folder", "folder '' False")
    assert close(tkpage, "tk-folder")["status"] == "done"


def test_text_embedded_window_and_image_sit_in_the_text(tkpage):
    window = start(tkpage, "tk-text-embeds")
    area = window.locator(".pyroom-tk-textarea")
    embeds = area.locator(".pyroom-tk-text-embed")
    embeds.nth(1).locator(".pyroom-tk-checkbutton").wait_for()
    assert embeds.count() == 2
    image = embeds.nth(0).locator("img")
    assert image.get_attribute("src").startswith("data:image/") and image.get_attribute("width") == "10"
    # the window is drawn in the text's flow: on the second line, after the image's line
    check = embeds.nth(1).locator(".pyroom-tk-checkbutton")
    box, img_box, area_box = check.bounding_box(), image.bounding_box(), area.bounding_box()
    assert box["y"] >= img_box["y"] + img_box["height"] - 1 and area_box["x"] <= box["x"] < area_box["x"] + 10
    check.click()
    wait_output(tkpage, "tk-text-embeds", "done 1")
    # typing before the window moves it, as in Tk: the reader's edit keeps the embeds' indices
    area.click(position={"x": 3, "y": 3})
    tkpage.keyboard.press("Home")
    tkpage.keyboard.type("my ")
    window.locator("button.pyroom-tk-button", has_text="Report").click()
    wait_output(tkpage, "tk-text-embeds", "where 2.0 'my todo \\n end'")
    assert embeds.count() == 2 and embeds.nth(1).locator(".pyroom-tk-checkbutton").count() == 1
    assert close(tkpage, "tk-text-embeds")["status"] == "done"


def test_drag_and_drop_with_tkinter_dnd(tkpage):
    window = start(tkpage, "tk-dnd")
    card = window.locator(".pyroom-tk-label[data-path='.!box.!card']")
    card.wait_for()
    boxes = window.locator(".pyroom-tk-frame")
    window.scroll_into_view_if_needed()
    start_box, target = card.bounding_box(), boxes.nth(1).bounding_box()
    tkpage.mouse.move(start_box["x"] + 5, start_box["y"] + 5)
    tkpage.mouse.down()
    for step in range(1, 6):  # the pointer leaves the card: the pressed widget keeps its events (Tk's grab)
        tkpage.mouse.move(start_box["x"] + 5 + step * (target["x"] + 40 - start_box["x"]) / 5, target["y"] + 40)
    tkpage.mouse.up()
    wait_output(tkpage, "tk-dnd", "dropped on right")
    assert output(tkpage, "tk-dnd").startswith("enter left\nleave left\nenter right\n")
    moved = boxes.nth(1).locator(".pyroom-tk-label", has_text="apple")
    moved.wait_for()
    assert card.is_hidden()
    assert close(tkpage, "tk-dnd")["status"] == "done"


def test_wrapped_text_follows_the_end(tkpage):
    """Long lines wrap: see("end") scrolls by display lines, so the last line is in view in the page too."""
    window = start(tkpage, "tk-chat")
    area = window.locator(".pyroom-tk-textarea")
    entry = window.locator(".pyroom-tk-entry input")
    entry.fill("hello there")
    entry.press("Enter")
    wait_output(tkpage, "tk-chat", "view")
    top, bottom = (float(x) for x in output(tkpage, "tk-chat").split("view (")[1].split(")")[0].split(", "))
    assert bottom == 1.0 and top > 0.6  # 13 display lines (4 messages of 3, one of 1), 5 shown
    tkpage.wait_for_function(
        "el => Math.abs(el.scrollTop + el.clientHeight - el.scrollHeight) <= 2", arg=area.element_handle()
    )
    last = area.evaluate(
        """el => { const r = document.createRange(); r.selectNodeContents(el);
                   const rects = [...r.getClientRects()]; const box = el.getBoundingClientRect();
                   const end = rects.filter((q) => q.height > 0).pop();
                   return end.bottom <= box.bottom + 1 && end.top >= box.top - 1; }"""
    )
    assert last and "me: hello there" in area.inner_text()
    assert close(tkpage, "tk-chat")["status"] == "done"


def test_canvas_text_wraps_and_justifies_as_tk_lays_it_out(tkpage):
    window = start(tkpage, "tk-canvas-text")
    wait_output(tkpage, "tk-canvas-text", "bbox")
    x1, y1, x2, y2 = (int(v) for v in output(tkpage, "tk-canvas-text").split("bbox (")[1].split(")")[0].split(", "))
    text = window.locator(".pyroom-tk-canvas svg text")
    spans = text.locator("tspan")
    assert spans.count() >= 3  # wrapped at width=140 by the shim's layout, not one long line
    svg = window.locator(".pyroom-tk-canvas svg").bounding_box()
    drawn = text.bounding_box()
    # the drawn text sits in the box Tk's layout gives (a few pixels of font difference allowed)
    assert abs(drawn["x"] - svg["x"] - x1) <= 6 and abs(drawn["x"] + drawn["width"] - svg["x"] - x2) <= 6
    assert abs(drawn["height"] - (y2 - y1)) <= 8
    # centred lines: each line's middle is the block's middle
    middles = spans.evaluate_all("els => els.map((e) => { const b = e.getBBox(); return b.x + b.width / 2; })")
    assert max(middles) - min(middles) <= 4
    assert close(tkpage, "tk-canvas-text")["status"] == "done"


def test_windows_left_open_without_an_event_loop_are_laid_out(tkpage):
    """A program that builds a window and ends (no mainloop, no update): the page shows it laid out, as Tk would at
    its next idle time, instead of an empty window."""
    tkpage.evaluate("window.__noloop = window.pyroom.get('tk-no-loop').run()")
    assert tkpage.evaluate("window.__noloop")["status"] == "done"
    label = tkpage.locator("#tk-no-loop .pyroom-tk-label", has_text="Left open without mainloop")
    label.wait_for()
    box = label.bounding_box()
    assert box["width"] > 100 and box["height"] > 15
    assert tkpage.locator("#tk-no-loop button.pyroom-tk-button", has_text="OK").is_visible()


def test_press_bindings_see_the_selection_before_the_click_changes_it(tkpage):
    """As in Tk, a <Button-1> binding on a Listbox or Treeview runs before the class binding selects the row: it
    sees the old selection; <<ListboxSelect>> and <<TreeviewSelect>> see the new one."""
    window = start(tkpage, "tk-press-order")
    rows = window.locator(".pyroom-tk-listbox [data-index]")
    rows.nth(1).click()
    wait_output(tkpage, "tk-press-order", "select (1,)")
    rows.nth(2).click()
    wait_output(tkpage, "tk-press-order", "select (2,)")
    tree_rows = window.locator(".pyroom-tk-tv-row")
    tree_rows.nth(0).click()
    wait_output(tkpage, "tk-press-order", "tree select ('one',)")
    tree_rows.nth(1).click()
    wait_output(tkpage, "tk-press-order", "tree select ('two',)")
    assert output(tkpage, "tk-press-order").splitlines() == [
        "press ()", "select (1,)", "press (1,)", "select (2,)",
        "tree press ()", "tree select ('one',)", "tree press ('one',)", "tree select ('two',)",
    ]
    assert close(tkpage, "tk-press-order")["status"] == "done"


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
    buttonText: style('.pyroom-tk-button', 'color'),
    canvas: style('.pyroom-tk-canvas', 'backgroundColor'),
    line: style('.pyroom-tk-canvas polyline[data-item]', 'stroke'),
    rect: style('.pyroom-tk-canvas polygon[data-item]', 'fill'),
    text: style('.pyroom-tk-canvas text[data-item]', 'fill'),
  };
}"""


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
        set_dark_theme(tkpage, True)
        tkpage.wait_for_function("document.querySelector('#tk-theme .pyroom-pane').dataset.pyroomTheme === 'dark'")
        dark = tkpage.evaluate(COLOURS, "tk-theme")
        assert _luma(dark["label"]) < 80 and _luma(dark["labelText"]) > 180
        assert _luma(dark["canvas"]) < 80  # a canvas on its default background is themed paper
        assert _luma(dark["line"]) > 180 and _luma(dark["text"]) > 180  # default black ink turns light
        assert dark["button"] == "rgb(255, 255, 0)" and dark["rect"] == "rgb(255, 0, 0)"  # chosen colours stay
        assert dark["buttonText"] == "rgb(0, 0, 0)"  # default text on a light colour the program chose stays dark
        with tkpage.expect_download() as info:
            tkpage.locator("#tk-theme .pyroom-tk-titlebar").get_by_role("button", name="Download SVG").click()
        svg = open(info.value.path(), encoding="utf-8").read()
        assert 'stroke="#000000"' in svg and 'fill="#d9d9d9"' in svg  # the drawing as the program made it
    finally:
        set_dark_theme(tkpage, False)
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


def test_selectmode_of_listboxes_and_treeviews(tkpage):
    """Clicks, ctrl/shift-clicks and drags select as Tk's bindings do for each selectmode, and each of them fires
    <<ListboxSelect>> / <<TreeviewSelect>> as in Tk."""
    window = start(tkpage, "tk-selectmode")
    rows = lambda name: window.locator(f".pyroom-tk-listbox[data-path='.{name}'] .pyroom-tk-row")  # noqa: E731
    # browse: a drag moves the selection along; ctrl- and shift-clicks do nothing
    rows("browse").nth(0).scroll_into_view_if_needed()
    first, third = rows("browse").nth(0).bounding_box(), rows("browse").nth(2).bounding_box()
    tkpage.mouse.move(first["x"] + 5, first["y"] + 3)
    tkpage.mouse.down()
    tkpage.mouse.move(third["x"] + 5, third["y"] + 3, steps=6)
    tkpage.mouse.up()
    rows("browse").nth(4).click(modifiers=["Control"])
    rows("browse").nth(0).click(modifiers=["Shift"])
    # extended: click, shift-click stretches from the anchor, ctrl-click toggles one more row
    rows("extended").nth(0).click()
    rows("extended").nth(2).click(modifiers=["Shift"])
    rows("extended").nth(4).click(modifiers=["Control"])
    # multiple: each click toggles its row
    for i in (1, 3, 1):
        rows("multiple").nth(i).click()
    rows("multiple").nth(0).dblclick()  # the second press is <Double-1>: it selects nothing
    tree = window.locator(".pyroom-tk-treeview[data-path='.tree'] .pyroom-tk-tv-row")
    tree.nth(0).click()
    tree.nth(2).click(modifiers=["Shift"])
    tree.nth(4).click(modifiers=["Control"])
    still = window.locator(".pyroom-tk-treeview[data-path='.still'] .pyroom-tk-tv-row")
    still.nth(1).click()
    window.locator("button.pyroom-tk-button", has_text="Report").click()
    wait_output(tkpage, "tk-selectmode", "still focus")
    assert output(tkpage, "tk-selectmode").splitlines() == [
        "browse (0,)", "browse (1,)", "browse (2,)",
        "extended (0,)", "extended (0, 1, 2)", "extended (0, 1, 2, 4)",
        "multiple (1,)", "multiple (1, 3)", "multiple (3,)", "multiple (0, 3)",
        "tree ('p',) p", "tree ('p', 'q', 'r') p", "tree ('p', 'q', 'r', 't') p",
        "still focus y",  # selectmode none: the focus moves, nothing is selected
    ]
    assert still.nth(1).get_attribute("aria-selected") == "false"
    assert rows("browse").evaluate_all("rs => rs.map(r => r.getAttribute('aria-selected'))") == [
        "false", "false", "true", "false", "false"]
    assert rows("extended").evaluate_all("rs => rs.map(r => r.getAttribute('aria-selected'))") == [
        "true", "true", "true", "false", "true"]
    assert close(tkpage, "tk-selectmode")["status"] == "done"


CANVAS_WINDOWS = """block => {
  const q = (p) => document.querySelector(`#${block} [data-path="${p}"]`);
  const r = (el) => { const b = el.getBoundingClientRect(); return [b.x, b.y, b.width, b.height]; };
  const outside = q('.outside');
  const [x, y] = r(outside);
  return {canvas: r(q('.canvas')), inner: r(q('.canvas.inner')), outside: r(outside),
          outsideIn: outside.parentElement.dataset.path, hit: document.elementFromPoint(x + 4, y + 4) === outside};
}"""


def test_canvas_window_items_sit_in_the_canvas(tkpage):
    """A canvas window item shows inside the canvas, scrolls with its view and is clipped by it, also when its
    widget is a child of the canvas's parent (created before the canvas)."""
    window = start(tkpage, "tk-canvas-window")
    window.locator("button", has_text="inside").wait_for(state="visible")
    window.locator(".pyroom-tk-canvas").scroll_into_view_if_needed()
    before = tkpage.evaluate(CANVAS_WINDOWS, "tk-canvas-window")
    assert before["outsideIn"] == ".canvas" and before["hit"]  # drawn over the canvas, not under it
    cx, cy = before["canvas"][:2]
    assert before["outside"][:2] == [cx + 120, cy + 70] and before["inner"][:2] == [cx + 30, cy + 30]
    window.locator("button.pyroom-tk-button", has_text="Scroll").click()
    tkpage.wait_for_function(
        "([block, x]) => document.querySelector(`#${block} [data-path='.outside']`).getBoundingClientRect().x < x",
        arg=["tk-canvas-window", before["outside"][0]],
    )
    after = tkpage.evaluate(CANVAS_WINDOWS, "tk-canvas-window")
    dx, dy = before["outside"][0] - after["outside"][0], before["outside"][1] - after["outside"][1]
    assert dx > 0 and dy > 0 and after["inner"][:2] == [before["inner"][0] - dx, before["inner"][1] - dy]
    assert after["inner"][0] < cx  # partly scrolled out: the canvas clips it
    hidden = tkpage.evaluate(
        "([x, y]) => document.elementFromPoint(x, y)?.closest('[data-path]')?.dataset.path",
        [after["inner"][0] + 2, after["inner"][1] + 10],
    )
    assert hidden != ".canvas.inner"
    assert close(tkpage, "tk-canvas-window")["status"] == "done"


def test_ttk_style_colours_and_font(tkpage):
    window = start(tkpage, "tk-style")
    buttons = window.locator("button.pyroom-tk-tbutton")
    buttons.first.wait_for(state="visible")
    look = buttons.evaluate_all(
        "bs => bs.map(b => { const s = getComputedStyle(b); return [s.backgroundColor, s.color, s.fontWeight, "
        "s.fontFamily]; })"
    )
    assert look[0][:3] == ["rgb(0, 96, 192)", "rgb(255, 255, 255)", "700"] and "mono" in look[0][3]
    assert look[1][0] == "rgb(217, 217, 217)" and look[1][2] != "700"  # the class's look stays Tk's
    assert close(tkpage, "tk-style")["status"] == "done"


def _drag(page, locator, dx, dy):
    locator.scroll_into_view_if_needed()
    box = locator.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + dx, y + dy, steps=5)
    page.mouse.up()


def test_panedwindow_sashes_drag(tkpage):
    window = start(tkpage, "tk-paned")
    sash = window.locator(".pyroom-tk-panedwindow[data-path='.pw'] > .pyroom-tk-sash")
    sash.wait_for(state="visible")
    x0 = int(sash.evaluate("s => parseFloat(s.style.left)"))
    _drag(tkpage, sash, -30, 0)
    tkpage.wait_for_function("([s, x]) => parseFloat(s.style.left) === x", arg=[sash.element_handle(), x0 - 30])
    tsash = window.locator(".pyroom-tk-tpanedwindow > .pyroom-tk-sash")
    y0 = int(tsash.evaluate("s => parseFloat(s.style.top)"))
    _drag(tkpage, tsash, 0, 12)
    tkpage.wait_for_function("([s, y]) => parseFloat(s.style.top) === y", arg=[tsash.element_handle(), y0 + 12])
    left = window.locator("[data-path='.pw.left']")
    assert round(left.bounding_box()["width"]) == x0 - 30 - 1  # the pane followed (inside the 1 px border)
    window.locator("button.pyroom-tk-button", has_text="Where").click()
    wait_output(tkpage, "tk-paned", f"sash {x0 - 30} {x0 - 31} ttk {y0 + 12} {y0 + 12}")
    assert close(tkpage, "tk-paned")["status"] == "done"


def test_save_dialogs_download_the_written_file(tkpage):
    window = start(tkpage, "tk-save")
    with tkpage.expect_download() as info:
        window.locator("button.pyroom-tk-button", has_text="Save").click()
        dialog = tkpage.locator("#tk-save .pyroom-tk-dialog")
        assert dialog.locator("input").input_value() == "notes.txt"
        dialog.locator("button[data-answer=ok]").click()
    assert info.value.suggested_filename == "notes.txt"
    assert open(info.value.path(), encoding="utf-8").read() == "some notes\n"
    wait_output(tkpage, "tk-save", "saved notes.txt")
    with tkpage.expect_download() as info:
        window.locator("button.pyroom-tk-button", has_text="Export").click()
        tkpage.locator("#tk-save .pyroom-tk-dialog button[data-answer=ok]").click()
    assert info.value.suggested_filename == "data.csv"
    assert open(info.value.path(), encoding="utf-8").read() == "a,b\n1,2\n"
    assert close(tkpage, "tk-save")["status"] == "done"


def test_entry_show_masks_what_the_reader_types(tkpage):
    window = start(tkpage, "tk-password")
    field = window.locator(".pyroom-tk-entry input")
    field.click()
    tkpage.keyboard.type("abd")
    tkpage.keyboard.press("ArrowLeft")
    tkpage.keyboard.type("c")
    tkpage.keyboard.press("End")
    tkpage.keyboard.type("ee")
    tkpage.keyboard.press("Backspace")
    assert field.input_value() == "*****"  # what Tk draws; the text stays in the program
    window.locator("button.pyroom-tk-button", has_text="Login").click()
    wait_output(tkpage, "tk-password", "password 'abcde'")
    assert close(tkpage, "tk-password")["status"] == "done"


def test_save_dialog_in_a_script_without_event_loop_downloads_at_the_end(tkpage):
    """A program that asks where to save, writes the file and ends (no mainloop, window left open): the reader
    still gets the file, when the run ends."""
    tkpage.evaluate("id => { window.__runs = window.__runs || {}; window.__runs[id] = window.pyroom.get(id).run(); }",
                    "tk-save-script")
    dialog = tkpage.locator("#tk-save-script .pyroom-tk-dialog")
    with tkpage.expect_download() as info:
        dialog.locator("button[data-answer=ok]").click()
    assert info.value.suggested_filename == "report.txt"
    assert open(info.value.path(), encoding="utf-8").read() == "written after the dialog, no event loop\n"
    assert result(tkpage, "tk-save-script")["status"] == "done"


def test_listbox_scrolls_sideways_with_its_scrollbar(tkpage):
    """A click in a horizontal scrollbar's trough pages the listbox's view; the rows' text shifts by as much."""
    window = start(tkpage, "tk-hscroll")
    rows = window.locator(".pyroom-tk-rows")
    assert rows.evaluate("e => e.style.textIndent") in ("", "0px")
    bar = window.locator(".pyroom-tk-scrollbar")
    bar.scroll_into_view_if_needed()
    box = bar.bounding_box()
    tkpage.mouse.click(box["x"] + box["width"] - 20, box["y"] + box["height"] / 2)  # the trough, right of the slider
    tkpage.wait_for_function("e => parseFloat(e.style.textIndent) < 0", arg=rows.element_handle(), timeout=10_000)
    shift = -float(rows.evaluate("e => e.style.textIndent").removesuffix("px"))
    # The same view Python reports, in pixels: the rows' widest line times the first fraction.
    window.locator(".pyroom-tk-listbox").click(position={"x": 5, "y": 5})
    wait_output(tkpage, "tk-hscroll", "view ")
    words = output(tkpage, "tk-hscroll").split("view ")[-1].split()
    first, widest = float(words[0]), float(words[2])
    assert first > 0 and abs(shift - first * widest) <= 1, (shift, first, widest)
    res = close(tkpage, "tk-hscroll")
    assert res["status"] == "done"


def test_a_second_tk_is_a_window_of_its_own(tkpage):
    windows = start(tkpage, "tk-two-roots")
    assert windows.count() == 2
    main, second = windows.nth(0), windows.nth(1)
    assert main.locator(".pyroom-tk-title").inner_text() == "Main"
    assert second.locator(".pyroom-tk-title").inner_text() == "Second"
    assert "pyroom-tk-toplevel" in second.get_attribute("class")
    button = second.locator("button.pyroom-tk-button", has_text="Add one")
    button.click()
    button.click()
    wait_text(main.locator(".pyroom-tk-label"), "2")
    # closing the first window leaves the second one (and the program's mainloop) running
    main.locator("button[aria-label='Close window']").click()
    tkpage.wait_for_function("() => document.querySelectorAll('#tk-two-roots .pyroom-tk-window').length === 1")
    assert state_of(tkpage, "tk-two-roots") == "live"
    res = close(tkpage, "tk-two-roots")
    assert res["status"] == "done" and res["stdout"] == "count 2\n", res
