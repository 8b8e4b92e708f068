"""How the preview draws tkinter widgets, against what X11 Tk 8.6 draws (site page tk_look.rst; the numbers are
read off real Tk windows on Xvfb with scripts/compare_tk_look.py): font metrics, 3D borders, the classic scrollbar,
the menubar, ttk's default theme."""

from __future__ import annotations

import pytest

from .conftest import luma, set_dark_theme, wait_state

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def look(chromium, server):
    """The page with its one program running (a window of every widget these tests look at)."""
    from .conftest import open_page

    page = open_page(chromium, server + "/tk_look.html")
    page.evaluate("window.pyroom.boot()")
    page.evaluate("() => { window.__run = window.pyroom.get('tk-look').run(); }")
    wait_state(page, "tk-look", "live")
    yield page
    assert page.errors == [], page.errors
    page.context.close()


def widget(page, path: str):
    return page.locator(f"#tk-look [data-path='{path}']")


def shadow(page, path: str) -> str:
    return widget(page, path).evaluate("el => getComputedStyle(el).boxShadow")


def test_font_metrics_are_rounded_up_as_xft_does(look):
    """Tk on X11 rounds a font's ascent and descent up and each glyph's advance to whole pixels (DejaVu Sans 10 pt:
    13 + 4, "Hello World" 76 px); the canvas API rounds ascent and descent to the nearest pixel (12 + 3)."""
    printed = look.locator("#tk-look [role=log]").inner_text()
    ascent, descent, width = (int(v) for v in printed.split("font", 1)[1].split()[:3])
    expected = look.evaluate(
        """() => {
          const c = document.createElement('canvas').getContext('2d');
          c.font = '1000px sans-serif';
          const big = c.measureText('Hg');
          c.font = '13.333px sans-serif';
          const width = [...'Hello World'].reduce((s, ch) => s + Math.round(c.measureText(ch).width), 0);
          return [Math.ceil(big.fontBoundingBoxAscent * 13.333 / 1000),
                  Math.ceil(big.fontBoundingBoxDescent * 13.333 / 1000), width];
        }"""
    )
    assert [ascent, descent, width] == expected
    # widgets without a font of their own draw in TkDefaultFont, the font the shim measured their text in
    assert widget(look, ".tbutton").evaluate("el => getComputedStyle(el).fontSize") == "13.333px"


def test_borders_take_tk_shadows_of_the_widget_background(look):
    # raised on #ff0000: light (255,127,127), dark (153,0,0), as X11 Tk computes them
    red = shadow(look, ".red")
    assert "rgb(255, 127, 127)" in red and "rgb(153, 0, 0)" in red
    # a Button on Tk's #d9d9d9: white and #828282
    button = shadow(look, ".button")
    assert "rgb(255, 255, 255)" in button and "rgb(130, 130, 130)" in button
    # an Entry's sunken border in the shadows of its white field: #999999 above, #e6e6e6 below
    entry = shadow(look, ".entry")
    assert entry.index("rgb(153, 153, 153)") < entry.index("rgb(230, 230, 230)")


def test_classic_scrollbar_draws_3d_triangles_in_its_trough(look):
    bar = widget(look, ".vbar")
    assert bar.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(179, 179, 179)"  # Tk's #b3b3b3
    up = bar.locator(".pyroom-tk-sb-up")
    # width 11: an 11 x 11 triangle in a box one pixel longer, light edge to the left, dark ones right and below
    assert up.evaluate("el => el.getBoundingClientRect().height") == 12
    assert up.locator("svg").get_attribute("width") == "11"
    assert up.locator("polygon").count() == 1
    strokes = up.locator("line").evaluate_all("els => els.map(e => getComputedStyle(e).stroke)")
    assert sorted(strokes) == ["rgb(130, 130, 130)", "rgb(130, 130, 130)", "rgb(255, 255, 255)"]


def test_menubar_is_a_raised_bar_of_tk_height(look):
    bar = look.locator("#tk-look .pyroom-tk-menubar")
    linespace = look.locator("#tk-look [role=log]").inner_text().split("font", 1)[1].split()[:2]
    height = sum(int(v) for v in linespace) + 15  # X11 Tk: 32 px for a 17 px font
    assert bar.evaluate("el => el.getBoundingClientRect().height") == height
    item = bar.locator(".pyroom-tk-menubar-item").first
    assert item.evaluate("el => [getComputedStyle(el).paddingLeft, getComputedStyle(el).paddingRight]") == [
        "7px",
        "6px",
    ]
    assert "rgb(130, 130, 130)" in bar.evaluate("el => getComputedStyle(el).boxShadow")


def test_notebook_tabs_of_ttk_default_theme(look):
    tabs = widget(look, ".book").locator(".pyroom-tk-tab")
    info, data = tabs.nth(0), tabs.nth(1)
    box = info.evaluate("el => { const r = el.getBoundingClientRect(); return [r.width, r.height]; }")
    text = info.evaluate(
        "el => { const c = document.createElement('canvas').getContext('2d'); c.font = getComputedStyle(el).font;"
        " return c.measureText(el.textContent).width; }"
    )
    assert abs(box[0] - (text + 12)) < 1  # Tk: the label, padding 4 and a border of 2 on each side
    assert info.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(217, 217, 217)"
    assert data.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(195, 195, 195)"
    # the selected tab covers the client area's top edge below it
    assert box[1] == data.evaluate("el => el.getBoundingClientRect().height") + 1
    client = widget(look, ".book").locator(".pyroom-tk-nb-client")
    assert "rgb(255, 255, 255)" in client.evaluate("el => getComputedStyle(el).boxShadow")


def test_ttk_button_and_entry_borders_of_default_theme(look):
    button = shadow(look, ".tbutton")
    assert button.index("rgb(255, 255, 255)") < button.index("rgb(130, 130, 130)")  # raised by one pixel
    assert "rgb(255, 255, 255) 1px 1px 0px 0px inset" in button
    entry = shadow(look, ".tentry")
    assert entry.index("rgb(153, 153, 153)") < entry.index("rgb(230, 230, 230)")  # sunken field


def test_readonly_fields_are_grey_and_combobox_arrow_raised(look):
    # Tk's readonlybackground and ttk's fieldbackground map for readonly: the frame's #d9d9d9
    for path in (".combo", ".fixed"):
        assert widget(look, path).evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(217, 217, 217)"
    assert widget(look, ".tentry").evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(255, 255, 255)"
    combo = shadow(look, ".combo")
    assert combo.index("rgb(130, 130, 130)") < combo.index("rgb(255, 255, 255)")  # sunken in the frame's shadows
    arrow = widget(look, ".combo").locator(".pyroom-tk-combo-arrow")
    assert arrow.evaluate("el => el.getBoundingClientRect().width") == 13
    assert arrow.evaluate("el => getComputedStyle(el).boxShadow").index("rgb(255, 255, 255)") == 0  # raised


def test_horizontal_scale_layout_of_x11_tk(look):
    scale = widget(look, ".scale")
    box = scale.evaluate("el => el.getBoundingClientRect().toJSON()")
    part = {
        name: scale.locator(f".pyroom-tk-scale-{name}").evaluate("el => el.getBoundingClientRect().toJSON()")
        for name in ("label", "value", "trough", "slider")
    }
    # highlight ring 1, bd 1: the label 3 px from the top and 8 from the left, the trough 2 px above the bottom and
    # 2 px in from the sides, the value's line ending 2 px above the trough and centred over the slider
    assert (part["label"]["top"] - box["top"], part["label"]["left"] - box["left"]) == (3, 8)
    assert box["bottom"] - part["trough"]["bottom"] == 2
    assert (part["trough"]["left"] - box["left"], box["right"] - part["trough"]["right"]) == (2, 2)
    assert part["trough"]["top"] - part["value"]["bottom"] == 2
    slider_mid = part["slider"]["left"] + part["slider"]["width"] / 2
    assert abs(part["value"]["left"] + part["value"]["width"] / 2 - slider_mid) <= 1.5
    trough = scale.locator(".pyroom-tk-scale-trough").evaluate("el => getComputedStyle(el).backgroundColor")
    assert trough == "rgb(179, 179, 179)"


def test_check_indicators(look):
    # ttk's default theme: a 10 px sunken box, filled with #4a6984 when selected, no check mark
    mark = widget(look, ".tcheck").locator(".pyroom-tk-indicator")
    assert mark.evaluate("el => [el.offsetWidth, el.offsetHeight]") == [10, 10]
    assert mark.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(74, 105, 132)"
    assert mark.evaluate("el => getComputedStyle(el, '::after').content") == "none"
    # classic: an 11 px box sunken by 1 px in the background's shadows, 4 px of space on either side
    classic = widget(look, ".check").locator(".pyroom-tk-indicator")
    size = classic.evaluate("el => [el.offsetWidth, getComputedStyle(el).marginLeft, getComputedStyle(el).marginRight]")
    assert size == [11, "4px", "4px"]
    assert classic.evaluate("el => getComputedStyle(el).boxShadow") == (
        "rgb(130, 130, 130) 1px 1px 0px 0px inset, rgb(255, 255, 255) -1px -1px 0px 0px inset"
    )


def test_smooth_lines_reach_their_last_point(look):
    """Tk draws a smooth line through its first and last points; three points make one parabola."""
    canvas = widget(look, ".canvas")
    for tag, end in (("wave", (110, 10)), ("arch", (110, 50))):
        item = canvas.locator("path[data-item]").nth(0 if tag == "wave" else 1)
        d = item.get_attribute("d")
        assert d.startswith("M10,50") and d.endswith(f"{end[0]},{end[1]}"), d
        length = item.evaluate("el => el.getTotalLength()")
        assert length > 100, (tag, length)


def test_level_lines_and_rectangles_on_whole_pixels(look):
    """Tk's lines are not antialiased: a level or upright 1 px line is one row of pixels, not two grey ones."""
    canvas = widget(look, ".canvas")
    rendering = canvas.locator("[data-item]").evaluate_all(
        "els => els.map(e => [e.localName, getComputedStyle(e).shapeRendering])"
    )
    # the two smooth lines, the level-and-upright line, the rectangle
    assert rendering == [["path", "auto"], ["path", "auto"], ["polyline", "crispedges"], ["polygon", "crispedges"]]


def test_treeview_row_stays_selected_while_detached(look):
    """Tk keeps a detached item in the selection: reattached, it shows selected again."""
    rows = widget(look, ".tree").locator(".pyroom-tk-tv-row")
    assert rows.evaluate_all("els => els.map(e => [e.dataset.iid, e.getAttribute('aria-selected')])") == [
        ["readme", "true"],
        ["docs", "false"],
    ]


def test_treeview_headings_bold_and_anchored(look):
    headings = widget(look, ".tree").locator(".pyroom-tk-tv-heading")
    name, size = headings.nth(0), headings.nth(1)
    assert name.evaluate("el => getComputedStyle(el).justifyContent") == "flex-start"  # anchor="w"
    assert size.evaluate("el => getComputedStyle(el).justifyContent") == "center"
    assert name.evaluate("el => getComputedStyle(el).fontWeight") == "700"  # TkHeadingFont


def test_dark_theme_keeps_dark_field_borders(look):
    set_dark_theme(look, True)
    try:
        entry_el = widget(look, ".entry").element_handle()
        look.wait_for_function("el => el.closest('.pyroom-pane').dataset.pyroomTheme === 'dark'", arg=entry_el)
        entry = shadow(look, ".entry")
        colours = [c.split(")")[0] for c in entry.split("rgb")[1:]]
        assert colours and all(luma(f"rgb{c})") < 90 for c in colours)
        bar = widget(look, ".vbar").evaluate("el => getComputedStyle(el).backgroundColor")
        assert luma(bar) < 60
    finally:
        set_dark_theme(look, False)
