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
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.message import Message as HttpHeaders
from pathlib import Path
from typing import Any

import yaml

from desktop.core.files import atomic_write_bytes, atomic_write_text
from desktop.core.jsonfile import Damaged, read_json
from desktop.core.messages import Message, message_of
from desktop.core.playbook import decode_playbook, too_deep

# (status, body, headers) for a GET with optional validators; raises OSError when unreachable.
Fetch = Callable[[str, dict[str, str], float], tuple[int, bytes, HttpHeaders]]
TIMEOUT_S = 10.0


def _urllib_fetch(url: str, headers: dict[str, str], timeout: float) -> tuple[int, bytes, HttpHeaders]:
    request = urllib.request.Request(url, headers={"User-Agent": "QuickReply", **headers})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked
            return int(response.status), response.read(), response.headers
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return 304, b"", error.headers
        raise OSError(
            Message("the server answered {code} {reason}", code=error.code, reason=error.reason)
        ) from error
    except urllib.error.URLError as error:
        raise OSError(str(error.reason)) from error


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
        fetch: Fetch = _urllib_fetch,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.cache_dir = cache_dir
        self.allow_http_hosts = {host.lower() for host in allow_http_hosts}
        self._fetch = fetch
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
        """Fetch a source if it changed; on any failure keep the cached copies and say so."""
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
        for address in listed:
            target = urllib.parse.urljoin(url, address)
            previous = known.get(target, {})
            try:
                status, body, item_headers = self._checked_get(target, previous)
            except OSError as exc:
                problem: str = _not_fetched(exc)
            else:
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
        parts = urllib.parse.urlsplit(url)
        if parts.scheme == "https":
            return ""
        if parts.scheme == "http" and (parts.hostname or "").lower() in self.allow_http_hosts:
            return ""
        if parts.scheme == "http":
            return Message(
                "plain HTTP is refused: anyone on the network could change the replies; use https, "
                "or allow the host '{host}' in the settings (allow_http_hosts)",
                host=parts.hostname or "",
            )
        return Message("only https:// addresses (or a folder) can be team sources")

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
