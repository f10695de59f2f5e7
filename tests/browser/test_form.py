"""The offline form (dist/sipplan.html) in a real headless Chromium.

Run by tests/browser/run.sh, which builds the page and the CLI first. Each
test opens the page from file://, as a caseworker opens it from disk.
"""

import base64
import json
import os
import subprocess
import tempfile
import time
import unittest
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "target" / "browser-npm" / "node_modules" / "axe-core" / "axe.min.js"
PAGE = ROOT / "dist" / "sipplan.html"
CLI = ROOT / "target" / "debug" / "sipplan"
SHOTS = Path(os.environ.get("SIPPLAN_SCREENSHOTS", tempfile.gettempdir()))
# The CLI judges follow-ups by this day; the page by the browser's clock.
# Neither changes the PDF.
ENV = dict(os.environ, LANG="sv_SE.UTF-8")


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1400,1000",
    ]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    # Debian's driver: Selenium Manager downloads nothing.
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def diagnostics_of(said):
    """(code, field, words) of each diagnostic in `check --format json`."""
    if isinstance(said, dict):
        if "code" in said and "message" in said:
            yield (said["code"], said.get("path", ""), said["message"])
            return
        for value in said.values():
            yield from diagnostics_of(value)
    elif isinstance(said, list):
        for value in said:
            yield from diagnostics_of(value)


class Form(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.driver = browser()

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()

    def setUp(self):
        self.driver.get(PAGE.as_uri())
        self.wait_ready()

    def tearDown(self):
        # The page asks "leave with unsaved changes?" on navigation; the next
        # test's get() must not meet that dialog (Chromium shows it only
        # sometimes, which made CI fail at random).
        try:
            self.js("state.dirty = false")
        except WebDriverException:
            pass

    # --- helpers -------------------------------------------------------

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def wait(self, condition, what, timeout=20):
        end = time.time() + timeout
        while time.time() < end:
            value = condition()
            if value:
                return value
            time.sleep(0.05)
        self.fail(f"timed out waiting for {what}")

    def wait_ready(self):
        self.wait(lambda: self.js("return document.body.dataset.ready === 'true'"), "the page")

    def settle(self):
        """Runs the pending check and print at once (the page waits 40 ms)."""
        self.js("update()")

    def by_id(self, id_):
        return self.driver.find_element(By.ID, id_)

    def type(self, id_, text):
        element = self.by_id(id_)
        self.js("arguments[0].scrollIntoView({block: 'center'})", element)
        element.clear()
        element.send_keys(text)

    def set_value(self, id_, value):
        """A date input: the value as the date picker gives it."""
        self.js(
            "const e = document.getElementById(arguments[0]);"
            "e.value = arguments[1]; e.dispatchEvent(new Event('input'));",
            id_,
            value,
        )

    def choose(self, id_, value):
        self.js(
            "const e = document.getElementById(arguments[0]);"
            "e.value = arguments[1]; e.dispatchEvent(new Event('change'));",
            id_,
            value,
        )

    def download(self, id_):
        """The bytes behind a download link (a blob: URL). The page's own
        policy forbids fetching it, so the blob is read as the link has it."""
        href = self.by_id(id_).get_attribute("href")
        self.assertTrue(href.startswith("blob:"), f"{id_}: {href}")
        encoded = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "const reader = new FileReader();"
            "reader.onload = () => done(reader.result.split(',')[1] || '');"
            "reader.readAsDataURL(state.blobs[arguments[0]]);",
            id_,
        )
        return base64.b64decode(encoded)

    def click(self, target):
        """Clicks an element (or the one with this id) as a user would,
        scrolled out from under the page's fixed header."""
        element = self.by_id(target) if isinstance(target, str) else target
        self.js("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()

    def problems(self):
        return [li.text for li in self.driver.find_elements(By.CSS_SELECTOR, "#problems li")]

    def open_plan(self, path):
        self.by_id("open").send_keys(str(path))
        self.wait(lambda: self.js("return state.plan.child.name !== ''"), "the plan to open")
        self.settle()

    def cli(self, *args):
        return subprocess.run([str(CLI), *args], capture_output=True, env=ENV, cwd=ROOT)

    def cli_pdf(self, plan, *options):
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "plan.pdf"
            run = self.cli("render", str(plan), *options, "-o", str(target))
            self.assertEqual(run.returncode, 0, run.stderr.decode())
            return target.read_bytes()

    def fill_new_plan(self):
        """A plan from empty, through the form's inputs and buttons alone."""
        self.click("new")
        self.type("f-child-name", "Vera Provsson")
        self.type("f-child-id", "20160903-9845")
        self.click("f-guardians-add")
        self.type("f-guardians-0-name", "Lena Provsson")
        self.type("f-guardians-0-relation", "mamma")
        self.click("f-consent-given_by-add")
        self.type("f-consent-given_by-0", "Lena Provsson")
        self.set_value("f-consent-date", "2026-09-29")
        self.set_value("f-meeting-date", "2026-10-06")
        self.type("f-meeting-place", "Socialkontoret, Exempelstad")
        self.type("f-meeting-chair", "Mats Ek")
        self.choose("f-meeting-child_participation-how", "WholeMeeting")
        self.click("f-actions-add")
        self.type("f-actions-0-what", "Kontaktperson två gånger i månaden")
        self.type("f-actions-0-unit", "Socialtjänsten Exempelstad")
        self.click("f-actions-add")
        self.type("f-actions-1-what", "Samtalskontakt")
        self.choose("f-actions-1-responsible", "Region")
        self.type("f-actions-1-unit", "BUP Exempelstad")
        self.click("f-no_measures_by_others")
        self.type("f-responsibility-unit", "Socialtjänsten Exempelstad")
        self.type("f-responsibility-coordinator-name", "Mats Ek")
        self.set_value("f-follow_up-date", "2027-01-12")
        self.set_value("f-document-date", "2026-10-06")
        self.settle()

    def cli_said(self, plan):
        """What `sipplan check` says of a file: (code, field, words), sorted."""
        run = self.cli("check", "--format", "json", str(plan))
        said = json.loads(run.stdout.decode())
        return sorted(diagnostics_of(said))

    def form_said(self):
        return sorted((d["code"], d["path"], d["message"]) for d in self.js("return state.problems"))

    def shown_values(self):
        return self.js("return [...document.querySelectorAll('#form input, #form textarea')].map(e => e.value)")

    # --- tests ---------------------------------------------------------

    def test_a_sample_plan_opens_and_prints_the_same_bytes_as_the_cli(self):
        sample = ROOT / "samples" / "full.ron"
        self.open_plan(sample)
        self.assertEqual(self.by_id("status").get_attribute("class"), "valid", self.problems())
        self.assertEqual(self.download("save-pdf"), self.cli_pdf(sample))
        self.driver.save_screenshot(str(SHOTS / "form-full.png"))

    def test_a_new_plan_is_filled_in_through_the_form_until_it_is_valid(self):
        self.fill_new_plan()
        self.assertEqual(self.problems(), ["Planen är giltig."])
        self.assertEqual(self.by_id("status").get_attribute("class"), "valid")

    def test_a_problem_appears_at_its_field_and_goes_when_fixed(self):
        self.fill_new_plan()
        self.set_value("f-consent-date", "2026-10-07")
        self.settle()
        at_field = self.by_id("p-f-consent-date").text
        self.assertIn("samtycket är daterat 2026-10-07, efter mötet 2026-10-06", at_field)
        self.assertEqual(self.by_id("f-consent-date").get_attribute("aria-invalid"), "true")
        self.assertTrue(any(p.startswith("[SIP011]") for p in self.problems()), self.problems())
        self.js("document.getElementById('s-consent').scrollIntoView()")
        self.driver.save_screenshot(str(SHOTS / "form-problem.png"))
        # The list jumps to the field.
        self.click(self.driver.find_element(By.CSS_SELECTOR, "#problems a"))
        self.assertEqual(self.js("return document.activeElement.id"), "f-consent-date")
        self.set_value("f-consent-date", "2026-09-29")
        self.settle()
        self.assertEqual(self.by_id("p-f-consent-date").text, "")
        self.assertIsNone(self.by_id("f-consent-date").get_attribute("aria-invalid"))

    def test_a_saved_plan_passes_check_and_prints_the_same_bytes_with_the_cli(self):
        self.fill_new_plan()
        ron = self.download("save-plan")
        page_pdf = self.download("save-pdf")
        with tempfile.TemporaryDirectory() as folder:
            plan = Path(folder) / "vera.ron"
            plan.write_bytes(ron)
            run = self.cli("check", str(plan))
            self.assertEqual(run.returncode, 0, run.stdout.decode())
            self.assertEqual(self.cli_pdf(plan), page_pdf)
            # And the JSON the page saves is the same plan.
            plan_json = Path(folder) / "vera.json"
            plan_json.write_bytes(self.download("save-json"))
            self.assertEqual(self.cli_pdf(plan_json), page_pdf)

    def test_an_unfinished_plan_prints_as_a_draft(self):
        self.click("new")
        self.type("f-child-name", "Vera Provsson")
        self.settle()
        self.assertEqual(self.by_id("status").get_attribute("class"), "draft")
        pdf = self.download("save-pdf")
        self.assertTrue(pdf.startswith(b"%PDF-"))
        self.assertEqual(self.by_id("save-plan").get_attribute("aria-disabled"), "true")
        plan = self.download("save-json")
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "utkast.json"
            path.write_bytes(plan)
            target = Path(folder) / "utkast.pdf"
            run = self.cli("render", "--draft", str(path), "-o", str(target))
            self.assertEqual(run.returncode, 0, run.stderr.decode())
            self.assertEqual(target.read_bytes(), pdf)

    def test_the_child_s_number_is_masked_when_not_in_use(self):
        self.fill_new_plan()
        self.click("f-meeting-place")
        self.assertEqual(self.by_id("f-child-id").get_attribute("value"), "20160903-XXXX")
        self.click("f-child-id")
        self.assertEqual(self.by_id("f-child-id").get_attribute("value"), "20160903-9845")

    def test_rows_can_be_added_moved_and_removed(self):
        self.fill_new_plan()
        self.click(self.driver.find_elements(By.CSS_SELECTOR, "#f-actions-0 .tools button")[1])
        self.assertEqual(self.js("return state.plan.actions[0].what"), "Samtalskontakt")
        self.click(self.driver.find_elements(By.CSS_SELECTOR, "#f-actions-1 .tools button")[2])
        self.assertEqual(len(self.js("return state.plan.actions")), 1)

    def test_follow_up_starts_the_next_revision_and_says_what_changed(self):
        self.open_plan(ROOT / "samples" / "followed-up.ron")
        self.click("diff")
        self.assertIn("→", self.by_id("diff-text").text)
        revision = self.js("return state.plan.document.revision")
        self.click("followup")
        self.assertEqual(self.js("return state.plan.document.revision"), revision + 1)

    def test_a_municipality_s_template_with_its_logo_prints_as_the_cli(self):
        templates = ROOT / "samples" / "templates"
        files = [templates / "exempelkommun.ron", templates / "exempelkommun-logo.png"]
        self.by_id("open-template").send_keys("\n".join(str(f) for f in files))
        self.wait(lambda: self.js("return state.template") == "exempelkommun.ron", "the template")
        sample = ROOT / "samples" / "exempelkommun.ron"
        self.open_plan(sample)
        self.assertEqual(self.by_id("status").get_attribute("class"), "valid", self.problems())
        headings = [h.text for h in self.driver.find_elements(By.CSS_SELECTOR, "#form h2")]
        self.assertIn("Skolans stöd", headings)
        self.assertEqual(self.download("save-pdf"), self.cli_pdf(sample))

    def test_the_starter_plan_of_sipplan_new_opens_with_its_placeholders_empty(self):
        with tempfile.TemporaryDirectory() as folder:
            starter = Path(folder) / "ny.ron"
            run = self.cli("new", "-o", str(starter))
            self.assertEqual(run.returncode, 0, run.stderr.decode())
            self.by_id("open").send_keys(str(starter))
            self.wait(lambda: self.js("return state.plan.meeting.date === null"), "the starter plan")
        self.settle()
        self.assertEqual(self.by_id("f-child-name").get_attribute("value"), "")
        self.assertEqual(self.by_id("status").get_attribute("class"), "draft")
        self.assertTrue(self.download("save-pdf").startswith(b"%PDF-"))

    def test_the_english_template_gives_an_english_form(self):
        self.choose("template", "en")
        self.settle()
        self.assertEqual(self.js("return document.documentElement.lang"), "en")
        self.assertEqual(self.by_id("new").text, "New plan")

    def test_an_arabic_template_gives_a_right_to_left_form_and_print(self):
        self.open_plan(ROOT / "samples" / "arabic-names.ron")
        self.choose("template", "ar")
        self.settle()
        self.assertEqual(self.js("return document.documentElement.lang"), "ar")
        self.assertEqual(self.js("return document.getElementById('form').dir"), "rtl")
        labels = self.js("return [...document.querySelectorAll('#form label')].map(l => l.textContent)")
        self.assertIn("الاسم *", labels)
        # A phone number keeps its order inside the right-to-left form.
        phone = self.js("return getComputedStyle(document.querySelector('#form input[type=text]')).unicodeBidi")
        self.assertEqual(phone, "plaintext")
        self.driver.save_screenshot(str(SHOTS / "form-ar.png"))
        sample = ROOT / "samples" / "arabic-names.ron"
        self.assertEqual(self.download("save-pdf"), self.cli_pdf(sample, "--template", "ar"))

    def test_a_family_copy_in_persian_prints_as_the_cli_prints_it(self):
        sample = ROOT / "samples" / "arabic-names.ron"
        self.open_plan(sample)
        self.choose("family", "fa")
        self.settle()
        self.assertEqual(
            self.download("save-pdf"), self.cli_pdf(sample, "--family-language", "fa")
        )

    def test_each_insats_has_its_words_for_the_child_and_min_plan_prints_as_the_cli(self):
        sample = ROOT / "samples" / "full.ron"
        self.open_plan(sample)
        self.assertEqual(
            self.by_id("f-actions-0-child_text").get_attribute("value"),
            "Du träffar Karin på BUP några gånger. Ni tar reda på varför du blir så trött i skolan.",
        )
        self.click("child-page")
        self.settle()
        self.assertEqual(self.download("save-pdf"), self.cli_pdf(sample, "--child-page"))
        self.driver.save_screenshot(str(SHOTS / "form-child-page.png"))

    def start_follow_up(self):
        self.open_plan(ROOT / "samples" / "full.ron")
        self.assertEqual(self.js("return state.dirty"), False)
        self.click("followup")
        self.wait(lambda: self.js("return state.plan.document.revision") == 2, "the next revision")
        self.settle()

    def assert_no_placeholder_shown(self):
        self.assertFalse([v for v in self.shown_values() if "1000-01-01" in v or "<" in v])
        self.assertFalse([p for p in self.problems() if "1000-01-01" in p])

    def test_a_follow_up_leaves_its_new_dates_empty_and_the_page_changed(self):
        self.start_follow_up()
        self.assert_no_placeholder_shown()
        self.assertEqual(self.js("return state.dirty"), True)
        for id_ in ["f-document-date", "f-meeting-date", "f-follow_up-date",
                    "f-actions-0-status_date", "f-actions-0-status_comment"]:
            self.assertEqual(self.by_id(id_).get_attribute("value"), "", id_)
        self.assertEqual(self.by_id("status").get_attribute("class"), "draft")
        # The form says what `check` says of the file it saves.
        with tempfile.TemporaryDirectory() as folder:
            saved = Path(folder) / "elsa.json"
            saved.write_bytes(self.download("save-json"))
            self.assertEqual(self.form_said(), self.cli_said(saved))

    def test_a_follow_up_is_finished_in_the_form_and_saved_as_the_cli_prints_it(self):
        self.start_follow_up()
        day = self.js("return today()")
        self.set_value("f-document-date", day)
        self.set_value("f-meeting-date", day)
        self.set_value("f-follow_up-date", "2099-03-01")
        for i in range(len(self.js("return state.plan.actions"))):
            self.set_value(f"f-actions-{i}-status_date", day)
            self.type(f"f-actions-{i}-status_comment", "Gick igenom insatsen på mötet.")
        # Who came and how the child took part are asked anew.
        self.choose("f-meeting-child_participation-how", "WholeMeeting")
        self.type("f-meeting-child_participation-note", "Elsa var med hela mötet.")
        for i in range(len(self.js("return state.plan.meeting.participants"))):
            self.click(f"f-meeting-participants-{i}-present")
        self.settle()
        self.assert_no_placeholder_shown()
        self.assertEqual(self.by_id("status").get_attribute("class"), "valid", self.problems())
        self.driver.save_screenshot(str(SHOTS / "form-followed-up.png"))
        ron = self.download("save-plan")
        self.assertTrue(ron.decode().startswith("// Samordnad individuell plan (SIP), version 2."), ron[:200])
        with tempfile.TemporaryDirectory() as folder:
            saved_ron = Path(folder) / "elsa.ron"
            saved_ron.write_bytes(ron)
            saved_json = Path(folder) / "elsa.json"
            saved_json.write_bytes(self.download("save-json"))
            for saved in [saved_ron, saved_json]:
                run = self.cli("check", str(saved))
                self.assertEqual(run.returncode, 0, run.stdout.decode())
                self.assertEqual(self.form_said(), self.cli_said(saved), saved.name)
            self.assertEqual(self.cli_pdf(saved_ron), self.download("save-pdf"))

    def test_an_impossible_date_gets_a_located_message_and_is_kept(self):
        self.fill_new_plan()
        self.type("f-consent-valid_until", "2027-02-30")
        self.type("f-meeting-date", "2026-02-30")
        self.settle()
        self.assertEqual(self.by_id("status").get_attribute("class"), "draft")
        for id_ in ["f-consent-valid_until", "f-meeting-date"]:
            self.assertIn("SIP105", self.by_id("p-" + id_).text + " ".join(self.problems()))
            self.assertNotEqual(self.by_id("p-" + id_).text, "", id_)
            self.assertEqual(self.by_id(id_).get_attribute("aria-invalid"), "true", id_)
        self.assertFalse([p for p in self.problems() if "saknas" in p and "date" in p], self.problems())
        saved = json.loads(self.download("save-json"))
        self.assertEqual(saved["consent"]["valid_until"], "2027-02-30")
        self.assertEqual(saved["meeting"]["date"], "2026-02-30")
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "vera.json"
            path.write_bytes(self.download("save-json"))
            self.assertEqual(self.form_said(), self.cli_said(path))

    def test_a_failed_open_leaves_the_plan_and_its_status_and_names_the_file(self):
        sample = ROOT / "samples" / "full.ron"
        self.open_plan(sample)
        before = (self.js("return planJson()"), self.by_id("status").text, self.problems(),
                  self.download("save-pdf"))
        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / "elsa.pdf"
            pdf.write_bytes(before[3])
            word = Path(folder) / "anteckningar.docx"
            word.write_bytes(b"PK\x03\x04\x14\x00\x06\x00word/document.xml" + bytes(range(256)))
            # A plan whose template (samples/templates/exempelkommun.ron) was not opened.
            for failing in [pdf, word, ROOT / "samples" / "exempelkommun.ron"]:
                self.js("document.getElementById('notice').hidden = true")
                self.by_id("open").send_keys(str(failing))
                self.wait(lambda: self.js("return !document.getElementById('notice').hidden"), failing.name)
                self.settle()
                notice = self.by_id("notice").text
                self.assertIn(failing.name, notice)
                after = (self.js("return planJson()"), self.by_id("status").text, self.problems(),
                         self.download("save-pdf"))
                self.assertEqual(after, before, failing.name)
                self.assertNotIn(failing.name, " ".join(self.problems()))
        self.driver.save_screenshot(str(SHOTS / "form-failed-open.png"))

    def test_every_input_has_a_label(self):
        self.fill_new_plan()
        unlabelled = self.js(
            "return [...document.querySelectorAll('input, select, textarea')]"
            ".filter(e => e.type !== 'hidden' && !e.hidden && e.labels.length === 0"
            " && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))"
            ".map(e => e.id)"
        )
        self.assertEqual(unlabelled, [])

    def test_axe_core_finds_no_wcag_a_or_aa_violation(self):
        """An empty form, the full sample, a plan with its error shown:
        axe-core, WCAG 2.0 and 2.1, levels A and AA."""
        self.assertTrue(AXE.is_file(), "tests/browser/run.sh installs axe-core")
        script = AXE.read_text()
        found = {}
        for state in ["empty", "full", "broken"]:
            if state == "full":
                self.open_plan(ROOT / "samples" / "full.ron")
            if state == "broken":
                self.open_plan(ROOT / "tests" / "bad" / "plans" / "sip001-no-actions.ron")
            self.driver.execute_script(script)
            result = self.driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "axe.run(document, {runOnly: {type: 'tag', values:"
                " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                ".then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.length)))"
                ".catch(e => done(['axe failed: ' + e]));"
            )
            found[state] = result
        self.assertEqual(found, {"empty": [], "full": [], "broken": []})

    def test_the_page_makes_no_network_request(self):
        self.open_plan(ROOT / "samples" / "full.ron")
        self.fill_new_plan()
        requests = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                requests.append(message["params"]["request"]["url"])
        outside = [u for u in requests if not u.startswith(("file:", "blob:", "data:"))]
        self.assertEqual(outside, [])
        self.assertTrue(any(u.startswith("file:") for u in requests), requests)


if __name__ == "__main__":
    unittest.main(verbosity=2)
