"""Where QuickReply keeps things: bundled data, and the agent's own folders."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "QuickReply"


def bundled_path(name: str) -> Path:
    """A folder shipped with the app (``playbooks`` or ``resources``).

    Looks in a PyInstaller bundle, then in an installed wheel, then in the
    source checkout, so the same code runs packaged and from ``uv run``.
    """
    package = Path(__file__).resolve().parent.parent
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / name] if frozen else []
    candidates += [package / "_bundled" / name, package.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


@dataclass(frozen=True)
class AppPaths:
    """The agent's folders; one ``--config-dir`` puts them all in one place."""

    config: Path
    data: Path
    cache: Path
    # The --config-dir they came from (a portable install): what start at login must pass on.
    chosen: Path | None = None

    @classmethod
    def for_user(cls, config_dir: Path | None = None) -> AppPaths:
        """The platform's folders, or everything under ``config_dir``."""
        if config_dir is not None:
            root = config_dir.expanduser().resolve()
            return cls(root, root / "data", root / "cache", chosen=root)
        return cls(
            platformdirs.user_config_path(APP_NAME, appauthor=False),
            platformdirs.user_data_path(APP_NAME, appauthor=False),
            platformdirs.user_cache_path(APP_NAME, appauthor=False),
        )

    @property
    def playbooks(self) -> Path:
        """The agent's personal playbooks."""
        return self.data / "playbooks"

    @property
    def personal_playbook(self) -> Path:
        """Where the agent's own and changed replies are saved (the personal layer)."""
        return self.playbooks / "personal.yaml"

    @property
    def usage(self) -> Path:
        """Frecency records."""
        return self.data / "usage.json"

    @property
    def stats(self) -> Path:
        """The shift record: countdowns, pastes and missed searches (``quickreply stats``)."""
        return self.data / "stats.sqlite3"

    @property
    def settings(self) -> Path:
        """The agent's settings file."""
        return self.config / "settings.json"

    @property
    def shop_facts(self) -> Path:
        """The shop's name, policies and courier that fill in the bundled replies ("Your shop")."""
        return self.config / "shop.json"

    @property
    def wording(self) -> Path:
        """The shop's additions to the bundled wording lists."""
        return self.config / "wording"

    @property
    def synonyms(self) -> Path:
        """The shop's additions to the bundled synonym lists."""
        return self.config / "synonyms"

    @property
    def synonym_folders(self) -> list[Path]:
        """Where synonym lists are read from, bundled first so the shop's add to them."""
        return [bundled_path("resources") / "synonyms", self.synonyms]

    @property
    def wording_folders(self) -> list[Path]:
        """Where wording lists are read from, bundled first so the shop's extend them."""
        return [bundled_path("resources") / "wording", self.wording]

    @property
    def team_cache(self) -> Path:
        """Last good copies of team playbooks published at an address."""
        return self.cache / "team"

    @property
    def index_cache(self) -> Path:
        """Parsed and indexed playbooks, keyed by file content."""
        return self.cache / "index"
