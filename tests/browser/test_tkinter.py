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
    strokes = canvas.locator("[data-item] path").evaluate_all("els => els.map(e => e.getAttribute('stroke'))")
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
