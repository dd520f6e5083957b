"""A real Keycloak for the test suite: the server distribution from Maven Central (cached), started once in dev
mode on 127.0.0.1 with an in-memory database, a test realm imported through the admin API, and a scripted
"browser" (requests) that logs in and consents on Keycloak's real pages."""

from __future__ import annotations

import html.parser
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

import requests

VERSION = os.environ.get("GRANTSCOPE_KEYCLOAK_VERSION", "26.5.6")
MAVEN_URL = ("https://repo1.maven.org/maven2/org/keycloak/keycloak-quarkus-dist/{v}/"
             "keycloak-quarkus-dist-{v}.zip")
CACHE = Path(os.environ.get("GRANTSCOPE_KEYCLOAK_CACHE") or Path.home() / ".cache" / "grantscope-test" / "keycloak")
REALM_FILE = Path(__file__).with_name("realm.json")
REALM = "grantscope-test"
CLIENT_ID = "grantscope-desktop"
THIRD_PARTY = ("example-notes", "urn:example:calendar", "example-photos")
ADMIN_USER, ADMIN_PASSWORD = "admin", "admin-test-password"
START_TIMEOUT_S = 300.0
#: Keycloak 26 runs on Java 17 or newer.
MIN_JAVA = 17


@dataclass(frozen=True)
class User:
    username: str
    password: str


ROBIN = User("robin", "robin-test-password")  # has view-applications and manage-consent
CASEY = User("casey", "casey-test-password")  # lacks view-applications (and manage-account)


def _java_version(java: Path) -> int:
    try:
        out = subprocess.run([str(java), "-version"], capture_output=True, text=True, timeout=30).stderr
    except (OSError, subprocess.TimeoutExpired):
        return 0
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not m:
        return 0
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major


def find_java_home() -> Path | None:
    """JAVA_HOME when set and new enough, else `java` on PATH (the system's default JDK), else one under
    /usr/lib/jvm (oldest suitable first: Keycloak supports 17 and 21 best)."""
    candidates: list[Path] = []
    if os.environ.get("JAVA_HOME"):
        candidates.append(Path(os.environ["JAVA_HOME"]))
    on_path = shutil.which("java")
    if on_path:
        candidates.append(Path(os.path.realpath(on_path)).parent.parent)
    jvm = Path("/usr/lib/jvm")
    if jvm.is_dir():
        candidates += sorted(p for p in jvm.iterdir() if (p / "bin" / "java").is_file())
    for home in candidates:
        if (home / "bin" / "java").is_file() and _java_version(home / "bin" / "java") >= MIN_JAVA:
            return home
    return None


def ensure_distribution(version: str = VERSION) -> Path:
    """The unpacked server distribution, downloaded from Maven Central on first use and kept in the cache."""
    home = CACHE / f"keycloak-{version}"
    if (home / "bin" / "kc.sh").is_file() and (home / "lib").is_dir():
        return home
    CACHE.mkdir(parents=True, exist_ok=True)
    archive = CACHE / f"keycloak-quarkus-dist-{version}.zip"
    if not archive.is_file():
        part = archive.with_suffix(".zip.part")
        with requests.get(MAVEN_URL.format(v=version), stream=True, timeout=(20, 120)) as resp:
            resp.raise_for_status()
            with open(part, "wb") as f:
                for chunk in resp.iter_content(1 << 20):
                    f.write(chunk)
        part.replace(archive)
    unpack = Path(tempfile.mkdtemp(prefix="kc-unpack-", dir=CACHE))
    with zipfile.ZipFile(archive) as z:
        z.extractall(unpack)
    (unpack / f"keycloak-{version}").replace(home)
    shutil.rmtree(unpack, ignore_errors=True)
    return home


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class KeycloakServer:
    """One Keycloak process in dev mode (embedded in-memory database) on 127.0.0.1."""

    def __init__(self, home: Path, java_home: Path) -> None:
        self.home = home
        self.java_home = java_home
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log_path = Path(tempfile.mkdtemp(prefix="grantscope-kc-")) / "keycloak.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.start_seconds = 0.0

    @property
    def issuer(self) -> str:
        return f"{self.base_url}/realms/{REALM}"

    def start(self) -> KeycloakServer:
        env = {**os.environ, "JAVA_HOME": str(self.java_home), "KC_BOOTSTRAP_ADMIN_USERNAME": ADMIN_USER,
               "KC_BOOTSTRAP_ADMIN_PASSWORD": ADMIN_PASSWORD, "KC_LOG_LEVEL": "warn,io.quarkus:info"}
        env.pop("JAVA_OPTS", None)
        cmd = ["bash", str(self.home / "bin" / "kc.sh"), "start-dev", "--http-host=127.0.0.1",
               f"--http-port={self.port}", f"--http-management-port={free_port()}", "--db=dev-mem",
               "--cache=local"]
        t0 = time.monotonic()
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(cmd, cwd=self.home, env=env, stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, start_new_session=True)
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"Keycloak exited with {self.proc.returncode}; see {self.log_path}:\n"
                                   + self.log_path.read_text(errors="replace")[-3000:])
            try:
                r = requests.get(f"{self.base_url}/realms/master/.well-known/openid-configuration", timeout=2)
                if r.status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() - t0 > START_TIMEOUT_S:
                self.stop()
                raise RuntimeError(f"Keycloak did not start within {START_TIMEOUT_S:.0f} s; see {self.log_path}")
            time.sleep(0.5)
        self.start_seconds = time.monotonic() - t0
        return self

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, signal.SIGTERM)  # the process group we started (bash + java)
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
        except ProcessLookupError:
            pass

    # -- admin API ------------------------------------------------------------------------------------------

    def admin_token(self) -> str:
        r = requests.post(f"{self.base_url}/realms/master/protocol/openid-connect/token", timeout=30, data={
            "grant_type": "password", "client_id": "admin-cli", "username": ADMIN_USER, "password": ADMIN_PASSWORD})
        r.raise_for_status()
        return str(r.json()["access_token"])

    def admin(self, method: str, path: str, **kw: Any) -> requests.Response:
        headers = {"Authorization": f"Bearer {self.admin_token()}", **kw.pop("headers", {})}
        r = requests.request(method, f"{self.base_url}/admin/realms{path}", headers=headers, timeout=30, **kw)
        r.raise_for_status()
        return r

    def import_realm(self, path: Path = REALM_FILE) -> None:
        self.admin("POST", "", json=json.loads(path.read_text(encoding="utf-8")))
        self.restrict_default_roles()

    def restrict_default_roles(self) -> None:
        """Keycloak adds manage-account to every realm's default roles on import; take it out so that a user
        without explicit account roles (casey) really lacks view-applications."""
        path = f"/{REALM}/roles/default-roles-{REALM}/composites"
        extra = [r for r in self.admin("GET", path).json() if r["name"] in ("manage-account", "uma_authorization")]
        if extra:
            self.admin("DELETE", path, json=extra)

    def user_id(self, username: str) -> str:
        users = self.admin("GET", f"/{REALM}/users", params={"username": username, "exact": "true"}).json()
        return str(users[0]["id"])

    def consents(self, username: str) -> set[str]:
        """Client ids the user has consented to or holds offline tokens for, as the admin API sees them."""
        rows = self.admin("GET", f"/{REALM}/users/{self.user_id(username)}/consents").json()
        return {str(r["clientId"]) for r in rows}

    def client_uuid(self, client_id: str) -> str:
        rows = self.admin("GET", f"/{REALM}/clients", params={"clientId": client_id}).json()
        return str(rows[0]["id"])

    def offline_sessions(self, username: str, client_id: str) -> list[Any]:
        uid, cid = self.user_id(username), self.client_uuid(client_id)
        return list(self.admin("GET", f"/{REALM}/users/{uid}/offline-sessions/{cid}").json())

    def token_endpoint(self) -> str:
        return f"{self.issuer}/protocol/openid-connect/token"

    def refresh_works(self, refresh_token: str, client_id: str = CLIENT_ID) -> bool:
        r = requests.post(self.token_endpoint(), timeout=30, data={
            "grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": client_id})
        return r.status_code == 200

    def consent_as(self, user: User, client_id: str, scope: str = "openid") -> None:
        """Do a real consent flow for a third-party client (log in, accept); the code is never redeemed."""
        browser = KeycloakBrowser(user)
        url = (f"{self.issuer}/protocol/openid-connect/auth?" + requests.compat.urlencode({
            "client_id": client_id, "response_type": "code", "redirect_uri": "http://127.0.0.1:9/cb",
            "scope": scope, "state": "s" * 16, "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            "code_challenge_method": "S256"}))
        final = browser.run(url, follow_loopback=False)
        assert "code=" in final, f"consent for {client_id} did not finish: {final[:200]}"


# --- a scripted browser -------------------------------------------------------------------------------------


class _Forms(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, Any]] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.forms.append({"action": a.get("action", ""), "id": a.get("id", ""), "inputs": [], "buttons": []})
        elif tag in ("input", "button") and self.forms:
            kind = a.get("type", "submit" if tag == "button" else "text")
            entry = (a.get("name", ""), a.get("value", ""), a.get("id", ""))
            self.forms[-1]["buttons" if kind == "submit" else "inputs"].append(entry)
        elif tag == "title":
            self._in_title = True

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False


@dataclass
class KeycloakBrowser:
    """Logs in and answers the consent page like a person in a browser would; callable as `open_browser`.

    `consent` is "accept" or "deny". Every URL it was asked to open is kept in `opened`, every page title
    seen in `titles`; the final redirect to the loopback receiver is followed (that is the browser's job).
    """

    user: User
    consent: str = "accept"
    opened: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)
    #: the redirects back to the app (they carry the authorization code and the state)
    callbacks: list[str] = field(default_factory=list)
    session: requests.Session = field(default_factory=requests.Session)

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        try:
            self.run(url)
        except Exception as exc:  # noqa: BLE001 - a browser shows an error page; the app must time out itself
            self.errors.append(exc)
        return True

    def _get(self, url: str, follow_loopback: bool) -> requests.Response:
        r = self.session.get(url, allow_redirects=False, timeout=30)
        return self._follow(r, follow_loopback)

    def _loopback_is_secure(self) -> None:
        # Browsers treat http://127.0.0.1 as a secure context and send Keycloak's `Secure` cookies there;
        # requests does not, so the cookies are marked the way a browser would use them.
        for c in self.session.cookies:
            c.secure = False

    def _follow(self, r: requests.Response, follow_loopback: bool) -> requests.Response:
        for _ in range(10):
            self._loopback_is_secure()
            if not r.is_redirect:
                return r
            target = urljoin(r.url, r.headers["location"])
            if target.startswith("http://127.0.0.1:") and "/realms/" not in target and not follow_loopback:
                r.headers["x-final"] = target
                return r
            r = self.session.get(target, allow_redirects=False, timeout=30)
        return r

    def run(self, url: str, *, follow_loopback: bool = True) -> str:
        """Drive the pages until the redirect back to the app; returns that final URL (or the last page's)."""
        r = self._get(url, follow_loopback)
        for _ in range(6):
            if "x-final" in r.headers:
                return r.headers["x-final"]
            if "/realms/" not in r.url:
                self.callbacks.append(r.url)
                return r.url  # the loopback receiver answered: the sign-in reached the app
            page = _Forms()
            page.feed(r.text)
            self.titles.append(page.title.strip())
            form = next((f for f in page.forms if f["action"]), None)
            if form is None:
                return r.url  # an error page (unknown client, bad redirect): a person would stop here
            data = {name: value for name, value, _id in form["inputs"] if name}
            names = {name for name, _v, _i in form["buttons"]}
            if "username" in data or any(n == "username" for n, _v, _i in form["inputs"]):
                data.update(username=self.user.username, password=self.user.password)
            elif "accept" in names or "cancel" in names:
                data["accept" if self.consent == "accept" else "cancel"] = (
                    "Yes" if self.consent == "accept" else "No")
            else:
                return r.url
            action = urljoin(r.url, form["action"])
            r = self._follow(self.session.post(action, data=data, allow_redirects=False, timeout=30),
                             follow_loopback)
        return r.url


def query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def start_for_tests(say: Any = print) -> KeycloakServer:
    """Start Keycloak for a test session with the realm and the third-party consents; skip without a JDK unless
    CI=true (there a missing JDK or a failed start is a failure, never a skip)."""
    import pytest

    ci = os.environ.get("CI", "").lower() == "true"
    running = os.environ.get("GRANTSCOPE_KEYCLOAK_URL")
    if running and not ci:  # a developer's already running server (started by this module): reuse it
        server = KeycloakServer(CACHE, CACHE)
        server.base_url = running.rstrip("/")
        say(f"Keycloak: reusing {server.base_url}")
        server.restrict_default_roles()
        for client_id in THIRD_PARTY:
            server.consent_as(ROBIN, client_id)
        return server
    java_home = find_java_home()
    if java_home is None:
        if ci:
            pytest.fail(f"CI=true but no Java {MIN_JAVA}+ runtime was found (set JAVA_HOME): Keycloak tests cannot run")
        pytest.skip(f"no Java {MIN_JAVA}+ runtime found (set JAVA_HOME): the real-Keycloak tests need one")
    t0 = time.monotonic()
    home = ensure_distribution()
    fetched = time.monotonic() - t0
    server = KeycloakServer(home, java_home).start()
    say(f"Keycloak {VERSION} (Java at {java_home}) started in {server.start_seconds:.1f} s "
        f"(distribution ready in {fetched:.1f} s) on {server.base_url}")
    try:
        server.import_realm()
        for client_id in THIRD_PARTY:
            server.consent_as(ROBIN, client_id)
    except BaseException:
        server.stop()
        raise
    return server
