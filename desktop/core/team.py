"""Team playbooks published at an HTTPS address, kept on disk for offline starts.

A team lead publishes one playbook file, or an index listing several
(``playbooks: [shipping.yaml, https://…/returns.yaml]``, relative addresses
resolved against the index). Each agent's widget refreshes them at start and
every few minutes with conditional requests (ETag / Last-Modified), so an
unchanged file costs a 304 and no parsing. The last good copy lives in the
cache folder: the widget starts offline with it, and a failed or invalid
download keeps it and says so. Plain HTTP is refused unless the shop allowed
that host (a server on the shop's own network).
"""

from __future__ import annotations

import hashlib
import http.client
import json
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from email.message import Message as HttpHeaders
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from desktop.core.files import atomic_write_bytes, atomic_write_text
from desktop.core.jsonfile import Damaged, read_json
from desktop.core.messages import Message, message_of
from desktop.core.playbook import decode_playbook, too_deep

# (status, body, headers) for a GET with optional validators; raises OSError when unreachable.
Fetch = Callable[[str, dict[str, str], float], tuple[int, bytes, HttpHeaders]]
TIMEOUT_S = 10.0  # for each read from the server
DOWNLOAD_DEADLINE_S = 30.0  # for a whole file: a server sending a byte now and then is cut off
MAX_DOWNLOAD_BYTES = 8 * 1024 * 1024  # hundreds of replies are a few hundred KB
PARALLEL_FETCHES = 4
_CHUNK = 64 * 1024


def urllib_fetch(
    url: str,
    headers: dict[str, str],
    timeout: float,
    *,
    refuse: Callable[[str], str] = lambda url: _scheme_refusal(url, frozenset()),
    context: ssl.SSLContext | None = None,
) -> tuple[int, bytes, HttpHeaders]:
    """GET ``url`` over the network: redirects checked by ``refuse``, size and time bounded.

    Every way a download can fail (refused, unreachable, cut off, too big, too
    slow, a broken TLS handshake, a redirect leaving https) is an OSError whose
    message says which, so the caller keeps its cached copy.
    """
    request = urllib.request.Request(url, headers={"User-Agent": "QuickReply", **headers})  # noqa: S310
    opener = urllib.request.build_opener(
        urllib.request.HTTPSHandler(context=context or ssl.create_default_context()),
        _CheckedRedirects(refuse),
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            return int(response.status), _read_bounded(response), response.headers
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return 304, b"", error.headers
        raise OSError(
            Message("the server answered {code} {reason}", code=error.code, reason=error.reason)
        ) from error
    except urllib.error.URLError as error:
        reason = error.reason
        raise OSError(reason if isinstance(reason, str) else str(reason)) from error
    except http.client.HTTPException as error:  # IncompleteRead, a broken status line, …
        raise OSError(Message("the download broke off ({error})", error=type(error).__name__)) from error
    except ValueError as error:  # an address urllib cannot even parse
        raise OSError(Message("not a usable address ({error})", error=str(error))) from error


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only where a first request could go (https, or an allowed http host)."""

    def __init__(self, refuse: Callable[[str], str]) -> None:
        super().__init__()
        self._refuse = refuse

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        refusal = self._refuse(newurl)
        if refusal:
            raise OSError(
                Message("was redirected to {url}, which is refused: {why}", url=newurl, why=refusal)
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _read_bounded(response: Any) -> bytes:
    """The body, refused once it passes MAX_DOWNLOAD_BYTES or DOWNLOAD_DEADLINE_S."""
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > MAX_DOWNLOAD_BYTES:
        raise OSError(_too_big())
    deadline = time.monotonic() + DOWNLOAD_DEADLINE_S
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = response.read1(_CHUNK)
        if not chunk:
            if declared and declared.isdigit() and size != int(declared):  # the server hung up early
                raise OSError(
                    Message("the download broke off ({got} of {declared} bytes)", got=size, declared=declared)
                )
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_DOWNLOAD_BYTES:
            raise OSError(_too_big())
        if time.monotonic() > deadline:
            raise OSError(
                Message("took longer than {seconds} s to download; cut off", seconds=int(DOWNLOAD_DEADLINE_S))
            )
        chunks.append(chunk)


def _too_big() -> Message:
    return Message(
        "is larger than {megabytes} MB, far more than a playbook; not downloaded",
        megabytes=MAX_DOWNLOAD_BYTES // (1024 * 1024),
    )


def _scheme_refusal(url: str, allow_http_hosts: frozenset[str]) -> str:
    """Why ``url`` may not be fetched ("" when it may): https only, plain http to allowed hosts."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "https":
        return ""
    if parts.scheme == "http" and (parts.hostname or "").lower() in allow_http_hosts:
        return ""
    if parts.scheme == "http":
        return Message(
            "plain HTTP is refused: anyone on the network could change the replies; use https, "
            "or allow the host '{host}' in the settings (allow_http_hosts)",
            host=parts.hostname or "",
        )
    return Message("only https:// addresses (or a folder) can be team sources")


@dataclass
class TeamRefresh:
    """What a refresh found: the local copies to load, and what the agent should know."""

    files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    changed: bool = False


class TeamCache:
    """Downloads team playbooks into ``cache_dir`` and hands out the local copies."""

    def __init__(
        self,
        cache_dir: Path,
        allow_http_hosts: Iterable[str] = (),
        fetch: Fetch | None = None,
        clock: Callable[[], float] = time.time,
        *,
        context: ssl.SSLContext | None = None,
    ) -> None:
        self.cache_dir = cache_dir
        self.allow_http_hosts = frozenset(host.lower() for host in allow_http_hosts)
        # ``context``: whom to trust over TLS (the system's authorities unless a test passes its own).
        self._fetch = fetch or partial(urllib_fetch, refuse=self._refusal, context=context)
        self._clock = clock

    def folder_for(self, url: str) -> Path:
        """Where the copies of one source live (stable per address)."""
        return self.cache_dir / hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]

    def display_name(self, path: Path) -> str:
        """A copy's name as the agent knows it: the published file's stem, without our suffix."""
        if path.parent.parent == self.cache_dir:
            stem, _, digest = path.stem.rpartition("-")
            if stem and len(digest) == 8:
                return stem
        return path.stem

    def cached_files(self, url: str) -> list[Path]:
        """The last good copies of a source, without touching the network."""
        meta = self._meta(url)
        folder = self.folder_for(url)
        return [folder / item["file"] for item in meta.get("items", []) if (folder / item["file"]).is_file()]

    def refresh(self, url: str) -> TeamRefresh:
        """Fetch a source if it changed; on any failure keep the cached copies and say so. Never raises."""
        try:
            return self._refresh(url)
        except Exception as exc:  # noqa: BLE001 - a full disk, a bug: the copies in use stay, the start goes on
            return self._keep(
                url, self._meta(url), Message("could not be refreshed ({error})", error=str(exc))
            )

    def _refresh(self, url: str) -> TeamRefresh:
        meta = self._meta(url)
        try:
            status, body, headers = self._checked_get(url, meta)
        except OSError as exc:
            return self._keep(url, meta, _not_fetched(exc))
        if status == 304:
            if "index" in meta:  # the list is unchanged, the playbooks it names may not be
                return self._refresh_index(url, meta, meta["index"], _validators(meta))
            return TeamRefresh(self.cached_files(url))
        document = _yaml_mapping(body)
        if document is not None and "playbooks" in document and "entries" not in document:
            return self._refresh_index(url, meta, document["playbooks"], _validators(headers))
        problem = _playbook_problem(body, url)
        if problem:
            return self._keep(url, meta, problem)
        item = {"url": url, "file": _file_name(url), **_validators(headers)}
        self._store(url, {**_validators(headers), "items": [item]}, {item["file"]: body})
        return TeamRefresh(self.cached_files(url), changed=True)

    def _keep(self, url: str, meta: dict[str, Any], why: str) -> TeamRefresh:
        return TeamRefresh(self.cached_files(url), [self._kept(url, meta, why)])

    def _refresh_index(
        self, url: str, meta: dict[str, Any], listed: object, validators: dict[str, str]
    ) -> TeamRefresh:
        if not isinstance(listed, list) or not all(isinstance(item, str) for item in listed):
            return self._keep(url, meta, Message("is an index whose 'playbooks' is not a list of addresses"))
        known = {item["url"]: item for item in meta.get("items", [])}
        items: list[dict[str, Any]] = []
        bodies: dict[str, bytes] = {}
        notes: list[str] = []
        targets = [urllib.parse.urljoin(url, address) for address in listed]
        # Fetched side by side: five slow files cost the time of one, not of five.
        with ThreadPoolExecutor(max_workers=max(1, min(PARALLEL_FETCHES, len(targets)))) as pool:
            answers = list(pool.map(lambda target: self._try_get(target, known.get(target, {})), targets))
        for target, answer in zip(targets, answers, strict=True):
            previous = known.get(target, {})
            if isinstance(answer, OSError):
                problem: str = _not_fetched(answer)
            else:
                status, body, item_headers = answer
                if status == 304:
                    items.append(previous)
                    continue
                problem = _playbook_problem(body, target)
                if not problem:
                    item = {"url": target, "file": _file_name(target), **_validators(item_headers)}
                    items.append(item)
                    bodies[item["file"]] = body
                    continue
            if previous:
                items.append(previous)
            notes.append(self._kept(target, meta if previous else {}, problem))
        changed = bool(bodies) or [i["url"] for i in items] != [i["url"] for i in meta.get("items", [])]
        self._store(url, {**validators, "index": listed, "items": items}, bodies)
        return TeamRefresh(self.cached_files(url), notes, changed)

    def _try_get(self, url: str, meta: dict[str, Any]) -> tuple[int, bytes, HttpHeaders] | OSError:
        try:
            return self._checked_get(url, meta)
        except OSError as exc:
            return exc

    def _checked_get(self, url: str, meta: dict[str, Any]) -> tuple[int, bytes, HttpHeaders]:
        refusal = self._refusal(url)
        if refusal:
            raise OSError(refusal)
        return self._get(url, meta)

    def _get(self, url: str, meta: dict[str, Any]) -> tuple[int, bytes, HttpHeaders]:
        headers = {}
        if meta.get("etag"):
            headers["If-None-Match"] = meta["etag"]
        if meta.get("last_modified"):
            headers["If-Modified-Since"] = meta["last_modified"]
        return self._fetch(url, headers, TIMEOUT_S)

    def _refusal(self, url: str) -> str:
        return _scheme_refusal(url, self.allow_http_hosts)

    def _kept(self, url: str, meta: dict[str, Any], why: str) -> str:
        fetched = meta.get("fetched_at")
        if fetched:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(fetched))
            return Message("{url} {why}; using the copy from {when}", url=url, why=why, when=when)
        return Message("{url} {why}; no copy of it yet", url=url, why=why)

    def _meta(self, url: str) -> dict[str, Any]:
        try:
            loaded = read_json(self.folder_for(url) / "meta.json")
        except (OSError, Damaged):
            return {}  # no copy yet, or notes we cannot read: fetched afresh
        return loaded if isinstance(loaded, dict) else {}

    def _store(self, url: str, meta: dict[str, Any], bodies: dict[str, bytes]) -> None:
        folder = self.folder_for(url)
        for name, body in bodies.items():
            atomic_write_bytes(folder / name, body)
        keep = {item["file"] for item in meta["items"]}
        for stale in folder.glob("*.yaml"):
            if stale.name not in keep:
                stale.unlink()
        meta = {**meta, "source": url, "fetched_at": self._clock()}
        atomic_write_text(folder / "meta.json", json.dumps(meta, ensure_ascii=False, indent=2))


def _validators(headers: HttpHeaders | dict[str, Any]) -> dict[str, str]:
    """ETag and Last-Modified from response headers, or from what the cache noted of them."""
    if isinstance(headers, dict):
        return {key: str(headers[key]) for key in ("etag", "last_modified") if headers.get(key)}
    found = {}
    if headers.get("ETag"):
        found["etag"] = str(headers["ETag"])
    if headers.get("Last-Modified"):
        found["last_modified"] = str(headers["Last-Modified"])
    return found


def _file_name(url: str) -> str:
    stem = Path(urllib.parse.urlsplit(url).path).stem or "playbook"
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:8]
    return f"{stem}-{digest}.yaml"


def _yaml_mapping(body: bytes) -> dict[str, Any] | None:
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if too_deep(text, Path("download")) is not None:
        return None  # not an index; the playbook check then says why
    try:
        loaded = yaml.load(text, Loader=yaml.CSafeLoader)  # the C *safe* loader: no tags constructed
    except yaml.YAMLError:
        return None
    return loaded if isinstance(loaded, dict) else None


def _playbook_problem(body: bytes, url: str) -> str:
    """Why a download is not a usable playbook, or "" when it is."""
    playbook, problems = decode_playbook(body, Path(url))
    errors = [p for p in problems if p.is_error]
    if playbook is None or errors:
        if not errors:
            return Message("is not a valid playbook")
        first = errors[0]
        return Message(
            "is not a valid playbook (line {line}: {problem})",
            line=first.location.line,
            problem=first.message,
        )
    return ""


def _not_fetched(error: OSError) -> Message:
    return Message("could not be fetched ({error})", error=message_of(error))
