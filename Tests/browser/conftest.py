"""A real `leadline serve` on a free loopback port and a real headless Chromium, for the
browser tests of the web admin. The server is the debug build `swift build` made."""

import os
import pathlib
import re
import shutil
import socket
import subprocess
import tempfile
import time

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCREENSHOTS = pathlib.Path(os.environ.get("LEADLINE_BROWSER_OUTPUT", ROOT / ".build" / "browser-tests"))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """The server and the first administrator it printed at its first start."""

    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="leadline-browser-")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(os.path.join(self.folder, "serve.log"), "w+")
        binary = os.environ.get("LEADLINE_BINARY", str(ROOT / ".build" / "debug" / "leadline"))
        env = dict(os.environ, LEADLINE_ADMIN_EMAIL="admin@example.com")
        self.process = subprocess.Popen(
            [binary, "serve", "--host", "127.0.0.1", "--port", str(self.port),
             "--db", os.path.join(self.folder, "leadline.sqlite"), "--data-dir", os.path.join(self.folder, "data")],
            stdout=self.log, stderr=subprocess.STDOUT, env=env)
        self.admin_email, self.admin_password = self._first_administrator()

    def _first_administrator(self):
        deadline = time.time() + 60
        while time.time() < deadline:
            self.log.seek(0)
            text = self.log.read()
            password = re.search(r"password\s+(\S+)\s+\(shown only this once\)", text)
            if password and "listening on" in text:
                return "admin@example.com", password.group(1)
            if self.process.poll() is not None:
                raise RuntimeError("leadline serve ended:\n" + text)
            time.sleep(0.2)
        raise RuntimeError("leadline serve printed no administrator within 60 s")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def server():
    running = Server()
    yield running
    running.stop()


class Browser:
    """Chromium driven by chromedriver; every page visited is checked for script errors and
    photographed under the test output folder."""

    def __init__(self, server):
        options = webdriver.ChromeOptions()
        for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--disable-gpu"):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium:
            options.binary_location = chromium
        service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
        self.driver = webdriver.Chrome(service=service, options=options)
        self.driver.implicitly_wait(0)
        self.server = server

    def open(self, path):
        self.driver.get(self.server.url + path)

    def script_errors(self):
        """Errors a script raised or logged, and any asset that failed to load. A page that answers
        4xx on purpose (a wrong password, a refused form) is no error of the page's."""
        return [
            entry for entry in self.driver.get_log("browser")
            if entry["level"] == "SEVERE" and (entry.get("source") != "network" or "/admin/assets/" in entry["message"] or "favicon" in entry["message"])
        ]

    shots = 0

    def snap(self, name):
        """Numbered across the whole run, so the folder reads in the order of the day."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        Browser.shots += 1
        self.driver.save_screenshot(str(SCREENSHOTS / f"{Browser.shots:02d}-{name}.png"))

    def quit(self):
        self.driver.quit()


@pytest.fixture
def browser(server):
    opened = Browser(server)
    yield opened
    opened.quit()
