"""Running blocks in one booted, cross-origin isolated page: output, sessions, input, tracebacks, Stop, packages."""

from __future__ import annotations

import time

import pytest

from .conftest import run_block, state_of, wait_state

pytestmark = pytest.mark.browser


def test_worker_uses_shared_array_buffer_when_isolated(booted):
    assert booted.evaluate("crossOriginIsolated") is True
    assert booted.evaluate("window.pyroom.mode") == "sab"


def test_run_prints_and_ends_done(booted):
    result = run_block(booted, "hello")
    assert result == {"status": "done", "stdout": "hello from pyroom\n", "stderr": "", "error": None}
    assert state_of(booted, "hello") == "done"
    assert booted.text_content("#hello .pyroom-output") == "hello from pyroom\n"


def test_blocks_share_one_worker(booted):
    run_block(booted, "hello")
    run_block(booted, "stderr")
    assert run_block(booted, "isolated")["status"] == "done"
    assert len(booted.workers) == 1


def test_session_blocks_share_a_namespace_and_others_do_not(booted):
    assert run_block(booted, "session-a")["status"] == "done"
    assert run_block(booted, "session-b")["stdout"] == "42\n"
    assert run_block(booted, "isolated")["stdout"] == "False\n"


def test_setup_block_runs_once_before_its_session(booted):
    first = run_block(booted, "uses-setup")
    assert first["stdout"] == "setup ran\n101\n"
    second = run_block(booted, "uses-setup")
    assert second["stdout"] == "102\n"


def test_stdout_streams_while_the_program_runs(booted):
    booted.evaluate("window.pyroom.get('stream').run(), 0")
    booted.wait_for_function("document.querySelector('#stream .pyroom-output').textContent.includes('tick 0')")
    # The first line is on screen while the program still sleeps before the next one.
    assert state_of(booted, "stream") == "running"
    assert "tick 1" not in booted.text_content("#stream .pyroom-output")
    wait_state(booted, "stream", "done")
    assert booted.text_content("#stream .pyroom-output") == "tick 0\ntick 1\ntick 2\n"


def test_stdout_and_stderr_are_told_apart(booted):
    result = run_block(booted, "stderr")
    assert result["stdout"] == "to out\nout again\n" and result["stderr"] == "to err\n"
    spans = booted.eval_on_selector_all(
        "#stderr .pyroom-output > span", "els => els.map(e => [e.className, e.textContent])"
    )
    assert spans == [["pyroom-stdout", "to out\n"], ["pyroom-stderr", "to err\n"], ["pyroom-stdout", "out again\n"]]


def test_input_round_trip_through_the_output_field(booted):
    booted.evaluate("window.__ask = window.pyroom.get('ask').run(), 0")
    wait_state(booted, "ask", "waiting")
    field = booted.locator("#ask .pyroom-input")
    assert field.evaluate("el => el === document.activeElement")
    field.fill("Grace")
    field.press("Enter")
    result = booted.evaluate("window.__ask")
    assert result["status"] == "done"
    assert result["stdout"] == "Name? Grace\nHello, Grace\n"


def test_stdin_option_answers_input_first(booted):
    result = run_block(booted, "stdin")
    assert result["stdout"] == "Who? Ada\nAge? 36\nAda 37\n"


def test_traceback_shows_user_lines_and_marks_the_failing_line(booted):
    result = run_block(booted, "traceback")
    assert result["status"] == "error"
    assert state_of(booted, "traceback") == "error"
    trace = result["stderr"]
    assert trace.startswith("Traceback (most recent call last):\n")
    assert 'line 5, in <module>' in trace and 'line 2, in divide' in trace
    assert trace.rstrip().endswith("ZeroDivisionError: division by zero")
    assert "pyroom_runtime" not in trace and "_pyodide" not in trace
    marked = booted.locator("#traceback .pyroom-error-line")
    marked.wait_for()
    assert marked.get_attribute("data-line") == "2"
    assert "return a / b" in marked.inner_text()


def test_syntax_error_marks_its_line(booted):
    result = run_block(booted, "syntax")
    assert "SyntaxError" in result["stderr"] and "before" not in result["stdout"]
    booted.locator("#syntax .pyroom-error-line").wait_for()
    assert booted.get_attribute("#syntax .pyroom-error-line", "data-line") == "2"


def test_stop_interrupts_an_endless_loop_and_the_session_survives(booted):
    booted.evaluate("window.__loop = window.pyroom.get('endless').run(), 0")
    wait_state(booted, "endless", "running")
    time.sleep(0.3)  # let the loop spin: Stop must interrupt running bytecode, not a pending start
    started = time.monotonic()
    booted.click("#endless button[aria-label=Stop]")
    result = booted.evaluate("window.__loop")
    elapsed = time.monotonic() - started
    assert result["status"] == "stopped"
    assert "KeyboardInterrupt" in result["stderr"]
    assert elapsed < 2.0
    assert state_of(booted, "endless") == "done"
    assert run_block(booted, "after-endless")["stdout"] == "count survived: True\n"


def test_stop_wakes_a_blocked_input(booted):
    booted.evaluate("window.__ask2 = window.pyroom.get('ask').run(), 0")
    wait_state(booted, "ask", "waiting")
    booted.click("#ask button[aria-label=Stop]")
    assert booted.evaluate("window.__ask2")["status"] == "stopped"
    assert booted.locator("#ask .pyroom-input").count() == 0


def test_sleep_really_waits(booted):
    started = time.monotonic()
    result = run_block(booted, "sleepy")
    assert result["stdout"] == "0.6\n"
    assert time.monotonic() - started >= 0.6


def test_output_is_text_never_html(booted):
    result = run_block(booted, "html-output")
    assert result["stdout"].startswith("<img src=x")
    output = booted.locator("#html-output .pyroom-output")
    assert output.locator("img, b").count() == 0
    assert output.inner_text().startswith('<img src=x onerror="window.__pyroomXss = 1">')
    assert booted.evaluate("window.__pyroomXss") is None


def test_block_runs_as_a_script_in_a_per_page_folder(booted):
    result = run_block(booted, "script-like")
    lines = result["stdout"].splitlines()
    assert lines[0] == "__main__ ['main.py']"
    assert lines[1] == "/home/pyodide/pages/index-html kept"


def test_file_argument_runs_the_file_under_its_name(booted):
    assert run_block(booted, "file-arg")["stdout"] == "file block __main__ greet.py\n"


def test_import_of_a_pyodide_package_loads_it(booted):
    result = run_block(booted, "auto-import")
    assert result["status"] == "done", result
    assert result["stdout"] == "six 1.17.0\n"


def test_packages_option_installs_a_requirement_with_micropip(booted):
    result = run_block(booted, "pypi-requirement")
    assert result["status"] == "done", result
    assert result["stdout"] == "demo 42\n"


def test_a_package_that_cannot_be_found_is_a_clear_error(booted):
    result = run_block(booted, "bad-package")
    assert result["status"] == "error"
    assert "Could not load the packages" in result["stderr"]
    assert "no-such-package" in result["stderr"]


def test_sys_exit_with_a_status_is_an_error(booted):
    result = run_block(booted, "sys-exit")
    assert result["stdout"] == "bye\n"
    assert result["status"] == "error"
    assert "exit status 3" in result["error"]


def test_state_events_fire_in_order(booted):
    states = booted.evaluate(
        """async () => {
            const block = window.pyroom.get('hello');
            const seen = [];
            const listener = (e) => seen.push(e.detail.state);
            block.element.addEventListener('pyroom:state', listener);
            await block.run();
            block.element.removeEventListener('pyroom:state', listener);
            return seen;
        }"""
    )
    assert states == ["booting", "running", "done"]


def test_a_program_printing_forever_keeps_the_page_responsive(booted):
    booted.evaluate("window.__flood = window.pyroom.get('flood').run(), 0")
    booted.wait_for_function("document.querySelector('#flood .pyroom-output').textContent.includes('line 1000')")
    # The page still answers while the worker prints as fast as it can, and Stop ends it.
    assert booted.evaluate("document.querySelector('#flood').dataset.pyroomState") == "running"
    booted.click("#flood button[aria-label=Stop]")
    result = booted.evaluate("window.__flood")
    assert result["status"] == "stopped"
    shown = booted.evaluate("document.querySelector('#flood .pyroom-output').textContent.length")
    assert shown <= 200_000
    assert booted.locator("#flood .pyroom-note").count() == 1


def test_a_second_block_waits_for_the_running_one_and_can_be_cancelled(booted):
    booted.evaluate("window.__ask3 = window.pyroom.get('ask').run(), 0")
    wait_state(booted, "ask", "waiting")
    booted.evaluate("window.__queued = window.pyroom.get('hello').run(), 0")
    booted.wait_for_function("document.querySelector('#hello .pyroom-status').textContent.includes('another block')")
    # Stopping the queued block leaves the running program alone.
    booted.click("#hello button[aria-label=Stop]")
    assert booted.evaluate("window.__queued")["status"] == "stopped"
    assert state_of(booted, "ask") == "waiting"
    booted.fill("#ask .pyroom-input", "Queued")
    booted.press("#ask .pyroom-input", "Enter")
    assert booted.evaluate("window.__ask3")["stdout"] == "Name? Queued\nHello, Queued\n"
    assert run_block(booted, "hello")["stdout"] == "hello from pyroom\n"
