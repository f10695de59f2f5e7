"""Measures the form in headless Chromium: the time from opening the file to
a usable form, and from a change to the checked plan and its new preview.
Prints the figures for docs/performance.md; asserts nothing about time.

    target/browser-venv/bin/python tests/browser/measure.py
"""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import test_form  # noqa: E402

driver = test_form.browser()
try:
    opened = []
    for _ in range(5):
        driver.get("about:blank")
        driver.get(test_form.PAGE.as_uri())
        end = time.time() + 30
        while time.time() < end and driver.execute_script("return document.body.dataset.ready") != "true":
            time.sleep(0.02)
        opened.append(float(driver.execute_script("return document.body.dataset.readyAt")))
    driver.find_element("id", "open").send_keys(str(test_form.ROOT / "samples" / "full.ron"))
    time.sleep(1)
    updates = []
    for i in range(20):
        # What a keystroke in a field does, without the wait that gathers
        # several keystrokes into one check.
        driver.execute_script("set('meeting.place', arguments[0]); update();", f"Rum {i}")
        updates.append(float(driver.execute_script("return document.body.dataset.updated")))
    size = test_form.PAGE.stat().st_size
    print(f"page: {size} bytes")
    print(f"open to usable form: median {statistics.median(opened):.0f} ms, {min(opened):.0f}–{max(opened):.0f} ms over {len(opened)}")
    print(f"change to checked plan and new PDF (full sample): median {statistics.median(updates):.1f} ms, {min(updates):.1f}–{max(updates):.1f} ms over {len(updates)}")
finally:
    driver.quit()
