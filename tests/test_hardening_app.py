"""The app rows of issue #15 against a real gradio server on loopback, over HTTP:
login never fails open (S1), exports and sessions stay with their user (S2, S3), downloads do
not pile up (S4), failed logins are throttled and framing is refused (S5), and IPv6 (D20)."""

from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest

from assistant.config import Settings
from assistant.errors import InputError
from tests.cli_inprocess import assert_clean_error, run_cli
from tests.plans import TODAY, good_plan

USERS = "alice:pw-alice,bob:pw-bob"
pytestmark = [  # gradio's queue with pandas 3 (DESIGN.md section 10)
    pytest.mark.filterwarnings("ignore:.*no_silent_downcasting"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated"),
]


def _serve(home: Path, auth: str | None, host: str = "127.0.0.1") -> SimpleNamespace:
    from ui.server import launch
    from ui.workspace import Workspace

    settings = Settings(_env_file=None, home=home, offline=True, auth=auth)
    ws = Workspace(settings, today=lambda: TODAY)
    demo, url = launch(settings, host, 0, block=False, quiet=True, workspace=ws)
    return SimpleNamespace(demo=demo, url=url, ws=ws)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    server = _serve(tmp_path_factory.mktemp("app"), USERS)
    server.ws.store.save_plan(good_plan().model_copy(update={"id": "p-alice"}), "alice")
    yield server
    server.demo.close()


def _client(server, user: str, password: str):
    from gradio_client import Client

    return Client(server.url, auth=(user, password), download_files=False, verbose=False)


def _login(server, user: str, password: str) -> httpx.Client:
    http = httpx.Client(base_url=server.url, timeout=30)
    response = http.post("/login", data={"username": user, "password": password})
    assert response.status_code == 200, response.text
    return http


def _download_urls(outputs) -> list[str]:
    return [
        o["value"]["url"]
        for o in outputs
        if isinstance(o, dict) and isinstance(o.get("value"), dict) and o["value"].get("url")
    ]


@pytest.mark.parametrize("content", ["", "\n\n", "# alice:pw is commented out\n"])
def test_s1_an_auth_setting_with_no_users_refuses_to_start(tmp_path, monkeypatch, content):
    users = tmp_path / "users.txt"
    users.write_text(content)
    with pytest.raises(InputError, match="names no users"):
        _serve(tmp_path, str(users))
    monkeypatch.setenv("GOALSMITH_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("GOALSMITH_AUTH", str(users))
    assert "names no users" in assert_clean_error(run_cli("ui", "--port", "0"))


def test_s1_a_users_file_that_never_ends_is_refused_in_time():
    from ui.auth import parse_auth

    started = time.perf_counter()
    with pytest.raises(InputError, match="too large for a users file"):
        parse_auth("/dev/zero")
    assert time.perf_counter() - started < 5


def test_s2_bob_cannot_fetch_alices_export_by_its_url(server):
    alice = _client(server, "alice", "pw-alice")
    alice.predict(api_name="/on_load")
    urls = _download_urls(alice.predict("p-alice", api_name="/show"))
    assert len(urls) == 4 and all("/file=" in u for u in urls)
    as_alice, as_bob = _login(server, "alice", "pw-alice"), _login(server, "bob", "pw-bob")
    for url in urls:
        assert as_alice.get(url).status_code == 200
        refused = as_bob.get(url)
        assert refused.status_code == 404 and "Riverside" not in refused.text
        assert httpx.get(url).status_code in (401, 403, 404)  # nobody logged in
    assert "Riverside half marathon" in as_alice.get(urls[0]).text


def test_s2_export_files_are_private_and_go_with_the_app(server, tmp_path):
    root = server.ws.exports.root
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    from ui.exports import ExportFolder

    folder = ExportFolder(tmp_path / "exports")
    path = Path(folder.write("carol", "p-x-v1", {"md": "# plan"})["md"])
    assert folder.owner_of(path.name) == "carol" and folder.owner_of("p-x-v1.md") is None
    old = time.time() - 2 * 3600
    os.utime(path, (old, old))
    folder.prune()
    assert not path.exists()  # the time limit
    folder.remove()
    assert not (tmp_path / "exports").exists()  # what runs at exit


def test_s3_bob_cannot_resume_alices_chat_with_her_session_hash(server):
    alice = _client(server, "alice", "pw-alice")
    alice.predict("Run the Lisbon marathon in under 4 hours", None, api_name="/on_send")
    bob = _client(server, "bob", "pw-bob")
    bob.session_hash = alice.session_hash
    _, history, *_ = bob.predict("hello", None, api_name="/on_send")
    shown = str(history)
    assert "Lisbon" not in shown and "hello" in shown


def test_s4_temp_files_do_not_grow_over_50_plan_views(server):
    client = _client(server, "alice", "pw-alice")
    client.predict(api_name="/on_load")
    client.predict("p-alice", api_name="/show")
    before_tmp = set(os.listdir(tempfile.gettempdir()))
    before = sorted(p for p in server.ws.exports.root.rglob("*") if p.is_file())
    for _ in range(50):
        client.predict("p-alice", api_name="/show")
    after = sorted(p for p in server.ws.exports.root.rglob("*") if p.is_file())
    assert after == before and len(after) == 8  # 4 formats, and gradio's copy of each
    # this process's folders only: other test runs on the machine make their own
    mine = f"goalsmith-app-{os.getpid()}-"
    grown = {n for n in set(os.listdir(tempfile.gettempdir())) - before_tmp if n.startswith(mine)}
    assert not grown


def test_s5_failed_logins_are_throttled_and_the_right_password_waits_out_the_lock(server):
    started = time.perf_counter()
    codes = [
        httpx.post(f"{server.url}login", data={"username": "bob", "password": f"guess{i}"})
        for i in range(8)
    ]
    assert {c.status_code for c in codes} == {400}
    assert time.perf_counter() - started >= 8 * 0.2  # every failure costs time
    locked = httpx.post(f"{server.url}login", data={"username": "bob", "password": "pw-bob"})
    assert locked.status_code == 400  # locked out, even with the right password
    other = httpx.post(f"{server.url}login", data={"username": "alice", "password": "pw-alice"})
    assert other.status_code == 200  # the lock is per name


def test_s5_login_lock_counts_a_window_and_expires():
    from ui.login import LOCK_S, MAX_FAILURES, Login

    now = [0.0]
    login = Login([("ann", "secret")], clock=lambda: now[0])
    assert login.check("ann", "secret")
    for _ in range(MAX_FAILURES):
        assert not login.check("ann", "nope")
    assert not login.check("ann", "secret")
    now[0] += LOCK_S + 1
    assert login.check("ann", "secret")
    assert not login.check("nobody", "secret") and not login.check("ann", "")


def test_s5_every_response_forbids_framing(server):
    for path in ("", "config", "gradio_api/info"):
        response = httpx.get(f"{server.url}{path}")
        assert response.headers["x-frame-options"] == "DENY"
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_d20_the_app_serves_on_the_ipv6_any_address(tmp_path):
    server = _serve(tmp_path, None, host="::")
    try:
        assert server.url.startswith("http://[::]:")
        port = server.url.rstrip("/").rsplit(":", 1)[1]
        response = httpx.get(f"http://[::1]:{port}/", timeout=30)
        assert response.status_code == 200 and "Goalsmith" in response.text
    finally:
        server.demo.close()


# --- the same rows where the app meets them first: the chat and the review form -------------


@pytest.fixture
def conversation():
    from assistant.conversation import Conversation
    from assistant.engines.offline.engine import OfflineEngine

    config = Settings(_env_file=None, offline=True)
    return Conversation(OfflineEngine(config), config, today=TODAY)


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        ("deadline: 2027-02-30", "is not a date on the calendar"),
        ("by 31 December 9999", "the year 9999"),
        ("capacity: -5 hours a week", "cannot be negative"),
        ("capacity: 500 hours a week", "more than 100 hours"),
    ],
)
def test_d18_a_bad_answer_in_the_chat_is_refused_and_asked_again(conversation, answer, says):
    asked = conversation.send("Run a half marathon")
    keys = {q.key for q in asked.questions}
    refused = conversation.send(answer)
    assert says in refused.message and refused.plan is None
    assert keys <= {q.key for q in refused.questions}  # still open: nothing was reread
    assert "deadline" not in conversation.answers and "capacity" not in conversation.answers


def test_d11_a_goal_with_a_giant_word_is_one_clear_message_in_the_chat(conversation):
    turn = conversation.send("Learn https://example.com/" + "a" * 470 + " by June 2027")
    if turn.questions:  # answered questions lead to the plan, where the word is refused
        turn = conversation.send("just plan it")
    assert "-character word" in turn.message and turn.plan is None


@pytest.mark.parametrize("value", ["nan", "inf", "-Infinity", "1e400"])
def test_d1_a_non_finite_reading_in_the_review_form_is_refused(tmp_path, value):
    from assistant.store import Store
    from ui import reviewing
    from ui.workspace import Workspace

    ws = Workspace(Settings(_env_file=None, home=tmp_path, offline=True), today=lambda: TODAY)
    plan = Store(ws.settings.db_path).save_plan(good_plan())
    with pytest.raises(InputError, match="finite number"):
        reviewing.save_review(
            ws, plan.id, "local", week_of="", done=[], slipped=[], changed="",
            remove="", readings=f"weekly distance = {value}", confidence=5, notes="",
        )  # fmt: skip
    assert ws.store.reviews(plan.id) == []
