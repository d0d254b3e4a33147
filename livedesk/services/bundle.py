"""LiveDesk bundles: one LIVE with every table of the cache that belongs to it, as CSV files, plus its replay.

A bundle is a folder or a ``.zip`` holding ``manifest.json``, one CSV file per table under ``tables/`` and,
optionally, the replay video (the format is specified in ``docs/bundle-format.md``). Export and import are
generic over the SQLAlchemy tables of :mod:`livedesk.models.schema`, so a table added to the schema later is
carried without changes here:

- the LIVE's own row (``live_session``) and every table that refers to it, directly or through another such
  table (``metric_sample``, ``comment``, ``violation`` → ``appeal_history`` ...);
- the rows those refer to (the ``account``, the ``product`` rows of the LIVE's products);
- market data of the account's market (``benchmark``: the 15 days before the LIVE and the day after, which
  is what the LIVE's screens compare it with).

Files hold natural keys, never database ids: a foreign key to a table with a surrogate id is written as that
row's natural key (``session.account.platform``, ``session.account.handle``, ``session.external_id``) and
resolved to the id of the importing cache. Import writes everything in one transaction of idempotent upserts:
a bad file, a cancel or a database error keeps nothing, and importing the same bundle again changes nothing.

This module also defines what every file import returns (:class:`ImportResult`) and raises
(:class:`ImportFileError`, :class:`ImportCancelledError`), shared with the Seller Center import.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import IO, Any
from urllib.parse import unquote, urlparse
from urllib.request import url2pathname

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    Float,
    Integer,
    MetaData,
    Numeric,
    Table,
    UniqueConstraint,
    and_,
    func,
    or_,
    select,
)
from sqlalchemy.sql.elements import ColumnElement

from livedesk.models import schema
from livedesk.models.migrations import HEAD_REVISION
from livedesk.models.store import Store
from livedesk.services.export import ExportCancelledError

FORMAT_NAME = "livedesk-bundle"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
TABLES_FOLDER = "tables"
NULL_MARK = "\\N"
ROOT_TABLE = "live_session"
BENCHMARK_DAYS_BEFORE = 15
BENCHMARK_DAYS_AFTER = 1
_DAY_MS = 86_400_000
_CHUNK_ROWS = 1000
_COPY_CHUNK = 1 << 20

Progress = Callable[[int, int, str], None]
"""``progress(done, total, what)``: units done of ``total``, and what is being worked on."""
Cancelled = Callable[[], bool]
"""Returns True once the user has asked to stop."""


# --- what imports return and raise ---------------------------------------------------------------------

class ImportFileError(ValueError):
    """A file cannot be imported; the message names the file and, where known, the row and column.

    Attributes:
        file: the file (or the bundle member) at fault.
        problem: what is wrong, for the user.
        row: 1-based row of the file as a spreadsheet shows it (a CSV header is row 1).
        column: the column's header (and letter, for spreadsheets).
    """

    def __init__(self, file: str | os.PathLike[str], problem: str, *, row: int | None = None,
                 column: str | None = None) -> None:
        self.file, self.problem, self.row, self.column = str(file), problem, row, column
        where = [self.file]
        if row is not None:
            where.append(f"row {row}")
        if column is not None:
            where.append(f"column {column}")
        super().__init__(f"{', '.join(where)}: {problem}")


class BundleVersionError(ImportFileError):
    """The bundle was written in a newer format than this version of LiveDesk reads."""


class ImportCancelledError(Exception):
    """The user cancelled an import: nothing was kept."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import stored.

    Attributes:
        kind: ``bundle`` or ``seller_export``.
        path: the file or folder imported.
        session_ids: cache ids of the LIVEs written, in file order.
        rows: table (or record kind) → rows written.
        warnings: things the user should know (unknown columns, skipped rows ...); none is fatal.
        replay: the replay video the LIVE now points at, if the bundle carried one.
        titles: the titles of the LIVEs written, in the order of ``session_ids``.
    """

    kind: str
    path: str
    session_ids: tuple[int, ...]
    rows: Mapping[str, int]
    warnings: tuple[str, ...] = ()
    replay: str | None = None
    titles: tuple[str, ...] = ()

    def describe(self) -> str:
        """One line for a status bar or a terminal."""
        n = len(self.session_ids)
        lives = "1 LIVE" if n == 1 else f"{n} LIVEs"
        ids = ", ".join(str(i) for i in self.session_ids)
        what = "bundle" if self.kind == "bundle" else "Seller Center export"
        total = sum(self.rows.values())
        text = f"imported {lives} (id {ids}) from {what} {Path(self.path).name}: {total:,} rows" if n else \
            f"imported nothing from {what} {Path(self.path).name}"
        if self.replay:
            text += f", replay {Path(self.replay).name}"
        return text


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What a bundle export wrote.

    Attributes:
        path: the bundle (folder or .zip).
        rows: table → rows written.
        video: the replay file name inside the bundle, if included.
        warnings: e.g. a replay that could not be included.
    """

    path: str
    rows: Mapping[str, int]
    video: str | None = None
    warnings: tuple[str, ...] = ()


class BundleError(Exception):
    """A bundle cannot be exported (unknown or running LIVE, unwritable target)."""


# --- the schema seen as natural keys ---------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Spec:
    """How one table is written: its surrogate id (left out), natural key and id-valued foreign keys."""

    table: Table
    surrogate: str | None
    key: tuple[str, ...]
    refs: Mapping[str, Table]  # foreign-key column → table whose surrogate id it holds


def _prefix(column: str) -> str:
    return column[:-3] if column.endswith("_id") else column


class _Plan:
    """The tables of a schema, with the flattened natural keys their files use."""

    def __init__(self, metadata: MetaData) -> None:
        self.metadata = metadata
        self.order = tuple(metadata.sorted_tables)
        self.specs: dict[str, _Spec] = {}
        for table in self.order:
            self.specs[table.name] = self._spec(table)
        self._flat: dict[str, tuple[tuple[str, Column[Any]], ...]] = {}

    def _spec(self, table: Table) -> _Spec:
        pk = list(table.primary_key.columns)
        uniques = [c for c in table.constraints if isinstance(c, UniqueConstraint)]
        unique_cols = tuple(uniques[0].columns.keys()) if uniques else ()
        surrogate = None
        if (len(pk) == 1 and isinstance(pk[0].type, Integer) and not pk[0].foreign_keys and unique_cols
                and pk[0].name not in unique_cols):
            surrogate = pk[0].name
        key = unique_cols or tuple(c.name for c in pk)
        refs: dict[str, Table] = {}
        for col in table.columns:
            for fk in col.foreign_keys:
                target = self.specs.get(fk.column.table.name)
                if target is not None and target.surrogate == fk.column.name:
                    refs[col.name] = fk.column.table
        return _Spec(table, surrogate, key, MappingProxyType(refs))

    def flat_key(self, name: str) -> tuple[tuple[str, Column[Any]], ...]:
        """The natural key of a table as file columns: (name, column whose type it has), references expanded."""
        if name not in self._flat:
            spec = self.specs[name]
            out: list[tuple[str, Column[Any]]] = []
            for k in spec.key:
                target = spec.refs.get(k)
                if target is None:
                    out.append((k, spec.table.c[k]))
                else:
                    out.extend((f"{_prefix(k)}.{n}", c) for n, c in self.flat_key(target.name))
            self._flat[name] = tuple(out)
        return self._flat[name]

    def file_columns(self, name: str) -> tuple[tuple[str, Column[Any], Column[Any]], ...]:
        """A table's CSV header: every column but the surrogate id, references as natural keys.

        Each entry is (file column, column whose type it has, the table's own column it stands for).
        """
        spec = self.specs[name]
        out: list[tuple[str, Column[Any], Column[Any]]] = []
        for col in spec.table.columns:
            if col.name == spec.surrogate:
                continue
            target = spec.refs.get(col.name)
            if target is None:
                out.append((col.name, col, col))
            else:
                out.extend((f"{_prefix(col.name)}.{n}", c, col) for n, c in self.flat_key(target.name))
        return tuple(out)


def _scopes(plan: _Plan, session_id: int, market: str | None, started_at: int) -> dict[str, ColumnElement[bool]]:
    """For every table carried by a bundle, the WHERE clause selecting the LIVE's rows, in dependency order."""
    root = plan.metadata.tables[ROOT_TABLE]
    root_id = plan.specs[ROOT_TABLE].surrogate or "id"
    where: dict[str, ColumnElement[bool]] = {ROOT_TABLE: root.c[root_id] == session_id}
    owned = {ROOT_TABLE}
    for table in plan.order:  # tables that hang off the LIVE, directly or through another
        spec = plan.specs[table.name]
        if table.name == ROOT_TABLE:
            continue
        for col, target in spec.refs.items():
            if target.name in owned:
                parent = plan.specs[target.name]
                where[table.name] = table.c[col].in_(
                    select(target.c[parent.surrogate or "id"]).where(where[target.name]))
                owned.add(table.name)
                break
    for table in reversed(plan.order):  # the rows those refer to (account, product ...)
        spec = plan.specs[table.name]
        if table.name in where or spec.surrogate is None:
            continue
        users = [table.c[spec.surrogate].in_(select(child.c[col]).where(where[child.name]))
                 for child in plan.order if child.name in where
                 for col, target in plan.specs[child.name].refs.items() if target.name == table.name]
        if users:
            where[table.name] = or_(*users)
    for table in plan.order:  # market data of the account's market
        if table.name in where or table.foreign_keys or "market" not in table.c or market is None:
            continue
        cond = table.c.market == market
        if "as_of" in table.c:
            cond = and_(cond, table.c.as_of >= started_at - BENCHMARK_DAYS_BEFORE * _DAY_MS,
                        table.c.as_of < started_at + BENCHMARK_DAYS_AFTER * _DAY_MS)
        where[table.name] = cond
    return {t.name: where[t.name] for t in plan.order if t.name in where}


# --- values in CSV --------------------------------------------------------------------------------------------

def _encode(value: object) -> str:
    if value is None:
        return NULL_MARK
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    text = str(value)
    return "\\" + text if text.startswith("\\") else text


_INT = re.compile(r"^[+-]?\d+$")


def _decoder(col: Column[Any]) -> Callable[[str], object]:
    """Reads one CSV field into the column's Python type; raises ValueError with the reason."""
    kind = col.type

    def read_bool(text: str) -> object:
        low = text.strip().lower()
        if low in ("true", "1"):
            return True
        if low in ("false", "0"):
            return False
        raise ValueError(f"expected true or false, found {text!r}")

    def read_int(text: str) -> object:
        if not _INT.match(text.strip()):
            raise ValueError(f"expected a whole number, found {text!r}")
        return int(text)

    def read_float(text: str) -> object:
        try:
            return float(text)
        except ValueError:
            raise ValueError(f"expected a number, found {text!r}") from None

    def read_text(text: str) -> object:
        return text[1:] if text.startswith("\\\\") else text

    if isinstance(kind, Boolean):
        reader = read_bool
    elif isinstance(kind, Integer):
        reader = read_int
    elif isinstance(kind, Float | Numeric):
        reader = read_float
    else:
        return lambda text: None if text == NULL_MARK else read_text(text)
    return lambda text: None if text in (NULL_MARK, "") else reader(text)


# --- export -------------------------------------------------------------------------------------------------

def app_version() -> str:
    """The installed version of LiveDesk (written into manifests)."""
    try:
        return version("livedesk")
    except PackageNotFoundError:
        return "0+unknown"


def local_replay(uri: str | None) -> Path | None:
    """The replay as a local file path if ``uri`` is one (a path or a file:// URI), else None."""
    if not uri:
        return None
    parsed = urlparse(uri)
    if parsed.scheme == "file":
        return Path(url2pathname(unquote(parsed.path)))
    if parsed.scheme and len(parsed.scheme) > 1:  # a URL (http, rtmp ...); "C:" is a drive letter
        return None
    return Path(uri)


class _Target:
    """Where an export writes: a temporary folder or zip, moved into place when complete."""

    def __init__(self, out: Path, as_zip: bool) -> None:
        self.out = out
        self.as_zip = as_zip
        self.tmp = out.with_name(f".{out.name}.{os.getpid()}.partial")
        self._zip: zipfile.ZipFile | None = None
        if self.tmp.exists():
            _remove(self.tmp)
        if as_zip:
            self._zip = zipfile.ZipFile(self.tmp, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        else:
            self.tmp.mkdir(parents=True)

    def open_text(self, name: str) -> IO[str]:
        if self._zip is not None:
            return io.TextIOWrapper(self._zip.open(name, "w", force_zip64=True), encoding="utf-8", newline="")
        path = self.tmp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open("w", encoding="utf-8", newline="")

    def open_binary(self, name: str) -> IO[bytes]:
        if self._zip is not None:
            info = zipfile.ZipInfo(name, date_time=datetime.now().timetuple()[:6])
            info.compress_type = zipfile.ZIP_STORED  # video is compressed already
            return self._zip.open(info, "w", force_zip64=True)
        return (self.tmp / name).open("wb")

    def commit(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None
            os.replace(self.tmp, self.out)
            return
        if self.out.exists():
            if not (self.out / MANIFEST_NAME).is_file():
                raise BundleError(f"{self.out} exists and is not a LiveDesk bundle; choose another name")
            shutil.rmtree(self.out)
        os.replace(self.tmp, self.out)

    def discard(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None
        _remove(self.tmp)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def export_bundle(engine: Engine, session_id: int, out_path: str | os.PathLike[str], *, zip: bool,
                  include_video: bool = True, progress: Progress | None = None, cancelled: Cancelled | None = None,
                  metadata: MetaData | None = None) -> ExportResult:
    """Write one ended LIVE as a bundle (a folder, or a .zip with ``zip=True``).

    The bundle is built under a temporary name and moved into place when complete, so a cancel or an error
    leaves nothing behind. An existing bundle folder or zip at ``out_path`` is replaced.

    Args:
        engine: the cache.
        session_id: the LIVE's id in this cache.
        out_path: the folder or .zip to write.
        zip: write a .zip instead of a folder.
        include_video: copy the replay video into the bundle when it is a local file.
        progress: called with (done, total, what) as rows and video bytes are written.
        cancelled: polled between chunks; True stops the export (``ExportCancelledError``).
        metadata: the schema to export (default: the app's; tests pass an extended one).

    Raises:
        BundleError: unknown or still running LIVE, or a target that is not a bundle.
        ExportCancelledError: cancelled; nothing was written.
        OSError: the target cannot be written.
    """
    plan = _Plan(metadata or schema.metadata)
    out = Path(out_path)
    root = plan.metadata.tables[ROOT_TABLE]
    account_t = plan.metadata.tables["account"]
    warnings: list[str] = []
    with engine.connect() as conn:
        srow = conn.execute(select(root).where(root.c.id == session_id)).mappings().first()
        if srow is None:
            raise BundleError(f"there is no LIVE with id {session_id} in the cache")
        if srow["status"] == "live":
            raise BundleError(f"LIVE {session_id} is still running; export it once it has ended")
        arow = conn.execute(select(account_t).where(account_t.c.id == srow["account_id"])).mappings().one()
        scopes = _scopes(plan, session_id, arow["market"], srow["started_at"])
        counts = {name: int(conn.execute(select(func.count()).select_from(plan.metadata.tables[name])
                                         .where(where)).scalar_one()) for name, where in scopes.items()}
        video = local_replay(srow["replay_uri"]) if include_video else None
        if video is not None and not video.is_file():
            warnings.append(f"the replay video {video} was not found; the bundle has no video")
            video = None
        if include_video and srow["replay_uri"] and video is None and local_replay(srow["replay_uri"]) is None:
            warnings.append(f"the replay is not a local file ({srow['replay_uri']}); the bundle refers to it")
        video_units = -(-video.stat().st_size // _COPY_CHUNK) if video is not None else 0
        total = sum(counts.values()) + video_units
        done = 0

        def tick(what: str, n: int) -> None:
            nonlocal done
            done += n
            if cancelled is not None and cancelled():
                raise ExportCancelledError
            if progress is not None:
                progress(done, total, what)

        out.parent.mkdir(parents=True, exist_ok=True)
        target = _Target(out, zip)
        try:
            keymaps: dict[str, dict[object, tuple[object, ...]]] = {}
            tables = []
            for name in scopes:
                file_name = f"{TABLES_FOLDER}/{name}.csv"
                written = _export_table(conn, plan, name, scopes[name], target, file_name, keymaps, tick)
                tables.append({"name": name, "file": file_name, "rows": written,
                               "columns": [c[0] for c in plan.file_columns(name)]})
            replay = None
            if video is not None:
                replay_name = "replay" + video.suffix.lower()
                with video.open("rb") as src, target.open_binary(replay_name) as dst:
                    while chunk := src.read(_COPY_CHUNK):
                        dst.write(chunk)
                        tick("replay video", 1)
                replay = {"file": replay_name, "offset_ms": srow["replay_offset_ms"], "bytes": video.stat().st_size}
            manifest = {
                "format": FORMAT_NAME,
                "format_version": FORMAT_VERSION,
                "app_version": app_version(),
                "schema_revision": HEAD_REVISION,
                "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "account": {"platform": arow["platform"], "handle": arow["handle"],
                            "display_name": arow["display_name"], "market": arow["market"]},
                "session": {"external_id": srow["external_id"], "title": srow["title"], "host": srow["host"],
                            "started_at": srow["started_at"], "ended_at": srow["ended_at"],
                            "source": srow["source"]},
                "timezone": arow["timezone"],
                "currency": srow["currency"],
                "replay": replay,
                "tables": tables,
            }
            with target.open_text(MANIFEST_NAME) as fh:
                json.dump(manifest, fh, indent=2, ensure_ascii=False)
                fh.write("\n")
            target.commit()
        except BaseException:
            target.discard()
            raise
    return ExportResult(str(out), MappingProxyType({t["name"]: t["rows"] for t in tables}),
                        replay["file"] if replay else None, tuple(warnings))


def _export_table(conn: Any, plan: _Plan, name: str, where: ColumnElement[bool], target: _Target, file_name: str,
                  keymaps: dict[str, dict[object, tuple[object, ...]]], tick: Callable[[str, int], None]) -> int:
    """Write one table's rows of the LIVE as CSV; remember each row's natural key for the tables after it."""
    spec = plan.specs[name]
    table = spec.table
    header = plan.file_columns(name)
    keymap = keymaps.setdefault(name, {})
    sizes = {col: len(plan.flat_key(target_t.name)) for col, target_t in spec.refs.items()}

    def ref_key(col: str, value: object) -> tuple[object, ...]:
        if value is None:
            return (None,) * sizes[col]
        return keymaps[spec.refs[col].name][value]

    n = 0
    q = select(table).where(where).order_by(*(table.c[k] for k in spec.key))
    with target.open_text(file_name) as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow([c[0] for c in header])
        for row in conn.execute(q).mappings():
            values: list[object] = []
            for col in table.columns:
                if col.name == spec.surrogate:
                    continue
                if col.name in spec.refs:
                    values.extend(ref_key(col.name, row[col.name]))
                else:
                    values.append(row[col.name])
            writer.writerow([_encode(v) for v in values])
            if spec.surrogate is not None:
                key: list[object] = []
                for k in spec.key:
                    key.extend(ref_key(k, row[k]) if k in spec.refs else (row[k],))
                keymap[row[spec.surrogate]] = tuple(key)
            n += 1
            if n % 500 == 0:
                tick(name, 500)
    tick(name, n % 500)
    return n


# --- import -------------------------------------------------------------------------------------------------

class _Reader:
    """Reads members of a bundle folder or zip (a zip may hold the bundle in one top-level folder)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        self._prefix = ""
        if path.is_dir():
            if not (path / MANIFEST_NAME).is_file():
                raise ImportFileError(path, f"not a LiveDesk bundle: the folder has no {MANIFEST_NAME}")
            return
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise ImportFileError(path, f"not a readable .zip file ({exc})") from None
        names = set(self._zip.namelist())
        if MANIFEST_NAME not in names:
            tops = [n for n in names if n.endswith("/" + MANIFEST_NAME) and n.count("/") == 1]
            if len(tops) != 1:
                self.close()
                raise ImportFileError(path, f"not a LiveDesk bundle: the zip has no {MANIFEST_NAME}")
            self._prefix = tops[0][: -len(MANIFEST_NAME)]

    def _member(self, name: str) -> str:
        pure = PurePosixPath(name)
        if pure.is_absolute() or ".." in pure.parts or "\\" in name or not name:
            raise ImportFileError(self.path, f"the manifest names an unsafe file path {name!r}")
        return self._prefix + name

    def label(self, name: str) -> str:
        return f"{self.path}{'!' if self._zip else os.sep}{name}"

    def exists(self, name: str) -> bool:
        member = self._member(name)
        if self._zip is not None:
            try:
                self._zip.getinfo(member)
            except KeyError:
                return False
            return True
        return (self.path / member).is_file()

    def open_text(self, name: str) -> IO[str]:
        if not self.exists(name):
            raise ImportFileError(self.label(name), "the file named in the manifest is missing from the bundle")
        member = self._member(name)
        if self._zip is not None:
            return io.TextIOWrapper(self._zip.open(member), encoding="utf-8-sig", newline="")
        return (self.path / member).open(encoding="utf-8-sig", newline="")

    def open_binary(self, name: str) -> IO[bytes]:
        member = self._member(name)
        if self._zip is not None:
            return self._zip.open(member)
        return (self.path / member).open("rb")

    def size(self, name: str) -> int:
        member = self._member(name)
        if self._zip is not None:
            return self._zip.getinfo(member).file_size
        return (self.path / member).stat().st_size

    def local_file(self, name: str) -> Path | None:
        """The member as a file on disk (folder bundles only)."""
        return None if self._zip is not None else (self.path / self._member(name)).resolve()

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None


@dataclass(slots=True)
class _TableData:
    name: str
    file: str
    rows: list[dict[str, object]] = field(default_factory=list)


def read_manifest(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The manifest of a bundle, checked (format name and version).

    Raises:
        ImportFileError: not a bundle, or an unreadable manifest.
        BundleVersionError: a newer format than this version of LiveDesk reads.
    """
    reader = _Reader(Path(path))
    try:
        return _manifest(reader)
    finally:
        reader.close()


def _manifest(reader: _Reader) -> dict[str, Any]:
    label = reader.label(MANIFEST_NAME)
    try:
        with reader.open_text(MANIFEST_NAME) as fh:
            manifest = json.load(fh)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ImportFileError(label, f"the manifest is not valid JSON ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise ImportFileError(label, f"not a LiveDesk bundle manifest (format is not {FORMAT_NAME!r})")
    ver = manifest.get("format_version")
    if not isinstance(ver, int) or isinstance(ver, bool) or ver < 1:
        raise ImportFileError(label, f"format_version must be a positive whole number, not {ver!r}")
    if ver > FORMAT_VERSION:
        raise BundleVersionError(label, f"the bundle uses format version {ver}, newer than version "
                                        f"{FORMAT_VERSION} that this LiveDesk ({app_version()}) reads; "
                                        "update LiveDesk to import it")
    tables = manifest.get("tables")
    if not isinstance(tables, list) or not all(isinstance(t, dict) and isinstance(t.get("name"), str)
                                              and isinstance(t.get("file"), str) for t in tables):
        raise ImportFileError(label, "the manifest's table list is missing or malformed")
    return manifest


def _read_table(reader: _Reader, plan: _Plan, entry: Mapping[str, Any], warnings: list[str],
                cancelled: Cancelled | None) -> _TableData:
    name, file_name = entry["name"], entry["file"]
    label = reader.label(file_name)
    columns = plan.file_columns(name)
    data = _TableData(name, file_name)
    with reader.open_text(file_name) as fh:
        rows = csv.reader(fh)
        try:
            header = next(rows)
        except StopIteration:
            raise ImportFileError(label, "the file is empty (no header row)") from None
        except (csv.Error, UnicodeDecodeError) as exc:
            raise ImportFileError(label, f"unreadable CSV ({exc})", row=1) from None
        position = {h: i for i, h in enumerate(header)}
        known = {c[0] for c in columns}
        for extra in [h for h in header if h not in known]:
            warnings.append(f"{label}: column {extra!r} is not known to this LiveDesk; ignored")
        readers: list[tuple[str, int | None, Callable[[str], object], Column[Any]]] = []
        for fname, leaf, base in columns:
            idx = position.get(fname)
            if idx is None and not (base.nullable or base.default is not None):
                raise ImportFileError(label, f"the required column {fname!r} is missing", row=1)
            readers.append((fname, idx, _decoder(leaf), base))
        try:
            for line_no, raw in enumerate(rows, start=2):
                if not raw:
                    continue
                if cancelled is not None and line_no % 2000 == 0 and cancelled():
                    raise ImportCancelledError
                if len(raw) != len(header):
                    raise ImportFileError(label, f"the row has {len(raw)} fields, the header {len(header)}",
                                          row=line_no)
                row: dict[str, object] = {}
                for fname, idx, decode, base in readers:
                    if idx is None:  # a column newer than the bundle: its default, or NULL
                        default = base.default
                        row[fname] = getattr(default, "arg", None) if base.name == fname else None
                        continue
                    try:
                        value = decode(raw[idx])
                    except ValueError as exc:
                        raise ImportFileError(label, str(exc), row=line_no, column=fname) from None
                    if value is None and not base.nullable:
                        raise ImportFileError(label, "a value is required here", row=line_no, column=fname)
                    row[fname] = value
                data.rows.append(row)
        except csv.Error as exc:
            raise ImportFileError(label, f"unreadable CSV ({exc})", row=rows.line_num) from None
        except UnicodeDecodeError as exc:
            raise ImportFileError(label, f"the file is not UTF-8 text ({exc.reason})") from None
    expected = entry.get("rows")
    if isinstance(expected, int) and expected != len(data.rows):
        raise ImportFileError(label, f"the file has {len(data.rows)} rows but the manifest says {expected} "
                                     "(a truncated or edited file?)")
    return data


class _Resolver:
    """Maps natural keys of the files to ids of the importing cache (looked up in the open transaction)."""

    def __init__(self, plan: _Plan, conn: Any) -> None:
        self.plan = plan
        self.conn = conn
        self._ids: dict[tuple[str, tuple[object, ...]], int] = {}

    def id_of(self, table_name: str, flat: tuple[object, ...]) -> int | None:
        if all(v is None for v in flat):
            return None
        found = self._ids.get((table_name, flat))
        if found is not None:
            return found
        spec = self.plan.specs[table_name]
        conds = []
        i = 0
        for k in spec.key:
            target = spec.refs.get(k)
            if target is None:
                conds.append(spec.table.c[k] == flat[i])
                i += 1
            else:
                n = len(self.plan.flat_key(target.name))
                conds.append(spec.table.c[k] == self.id_of(target.name, flat[i:i + n]))
                i += n
        value = self.conn.execute(select(spec.table.c[spec.surrogate or "id"]).where(and_(*conds))).scalar()
        if value is None:
            keys = ", ".join(f"{c[0]}={v!r}" for c, v in zip(self.plan.flat_key(table_name), flat, strict=True))
            raise LookupError(f"refers to a {table_name} ({keys}) that is neither in the bundle nor in the cache")
        self._ids[(table_name, flat)] = int(value)
        return int(value)


def _as_store(store_or_engine: Store | Engine) -> Store:
    return store_or_engine if isinstance(store_or_engine, Store) else Store(store_or_engine)


def default_media_dir() -> Path:
    """Where replays extracted from zipped bundles are kept: ``replays`` in the user data directory."""
    from livedesk import paths

    return paths.data_dir() / "replays"


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._") or "live"


def import_bundle(store_or_engine: Store | Engine, path: str | os.PathLike[str], progress: Progress | None = None,
                  cancelled: Cancelled | None = None, *, media_dir: str | os.PathLike[str] | None = None,
                  metadata: MetaData | None = None) -> ImportResult:
    """Import a bundle (folder or .zip) into the cache, all or nothing, idempotently.

    Rows are upserted on their natural keys in one transaction; a NULL in the bundle never erases a value the
    cache already has. The replay video of a folder bundle is used where it is; one in a zip is extracted to
    ``media_dir`` (default :func:`default_media_dir`) first, and removed again if the import fails.

    Raises:
        ImportFileError: the bundle or one of its files is malformed (the message names file, row, column).
        BundleVersionError: the bundle's format is newer than this version reads.
        ImportCancelledError: cancelled; the cache is unchanged.
        StoreError: the database refused the rows; the cache is unchanged.
    """
    store = _as_store(store_or_engine)
    plan = _Plan(metadata or schema.metadata)
    bundle = Path(path)
    if not bundle.exists():
        raise ImportFileError(bundle, "no such file or folder")
    reader = _Reader(bundle)
    created_video: Path | None = None
    try:
        manifest = _manifest(reader)
        warnings: list[str] = []
        entries = {}
        for entry in manifest["tables"]:
            if entry["name"] not in plan.specs:
                warnings.append(f"table {entry['name']!r} is not known to this LiveDesk; skipped")
            else:
                entries[entry["name"]] = entry
        datas = [_read_table(reader, plan, entries[t.name], warnings, cancelled)
                 for t in plan.order if t.name in entries]
        if not any(d.name == ROOT_TABLE and d.rows for d in datas):
            raise ImportFileError(reader.label(MANIFEST_NAME), f"the bundle has no {ROOT_TABLE} row")
        rows_total = sum(len(d.rows) for d in datas)
        replay_path, created_video, video_units = _replay(reader, manifest, media_dir, cancelled, progress,
                                                          rows_total)
        total = rows_total + video_units
        done = video_units
        session_ids: list[int] = []
        titles: list[str] = []
        counts: dict[str, int] = {}
        replay_key = _manifest_session_key(manifest)
        with store.transaction() as tx:
            resolver = _Resolver(plan, tx.connection)
            for data in datas:
                spec = plan.specs[data.name]
                rows = []
                label = reader.label(data.file)
                for i, frow in enumerate(data.rows):
                    try:
                        row = _db_row(plan, spec, frow, resolver)
                    except LookupError as exc:
                        raise ImportFileError(label, str(exc), row=i + 2) from None
                    if data.name == ROOT_TABLE:
                        if replay_path is not None and replay_key == (
                                frow.get("account.platform"), frow.get("account.handle"), frow.get("external_id")):
                            row["replay_uri"] = str(replay_path)
                            row["replay_offset_ms"] = int(manifest["replay"].get("offset_ms") or 0)
                        elif row.get("replay_uri") is None and _has_replay(tx.connection, spec, row):
                            # no replay: keep the one the cache has, with its offset (they go together)
                            row.pop("replay_uri", None)
                            row.pop("replay_offset_ms", None)
                    rows.append(row)
                for lo in range(0, len(rows), _CHUNK_ROWS):
                    if cancelled is not None and cancelled():
                        raise ImportCancelledError
                    chunk = rows[lo:lo + _CHUNK_ROWS]
                    for same in _by_columns(chunk):
                        tx.upsert(spec.table, same, spec.key, keep_existing_on_null=True)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total, data.name)
                counts[data.name] = len(rows)
                if data.name == ROOT_TABLE:
                    for frow in data.rows:
                        flat = tuple(frow[c] for c, _ in plan.flat_key(ROOT_TABLE))
                        sid = resolver.id_of(ROOT_TABLE, flat)
                        assert sid is not None
                        session_ids.append(sid)
                        titles.append(str(frow.get("title", "")))
            if cancelled is not None and cancelled():
                raise ImportCancelledError
    except BaseException:
        if created_video is not None:
            created_video.unlink(missing_ok=True)
        raise
    finally:
        reader.close()
    return ImportResult("bundle", str(bundle), tuple(session_ids), MappingProxyType(counts), tuple(warnings),
                        str(replay_path) if replay_path else None, tuple(titles))


def _has_replay(conn: Any, spec: _Spec, row: Mapping[str, object]) -> bool:
    """True when the cache already has this LIVE with a replay."""
    if row.get(spec.key[0]) is None:
        return False
    table = spec.table
    found = conn.execute(select(table.c.replay_uri).where(and_(*(table.c[k] == row[k] for k in spec.key)))).first()
    return found is not None and found[0] is not None


def _by_columns(rows: Sequence[dict[str, object]]) -> list[list[dict[str, object]]]:
    """Rows grouped by their column sets (an upsert statement needs the same columns in every row)."""
    groups: dict[tuple[str, ...], list[dict[str, object]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    return list(groups.values())


def _db_row(plan: _Plan, spec: _Spec, frow: Mapping[str, object], resolver: _Resolver) -> dict[str, object]:
    row: dict[str, object] = {}
    for col in spec.table.columns:
        if col.name == spec.surrogate:
            continue
        target = spec.refs.get(col.name)
        if target is None:
            row[col.name] = frow[col.name]
        else:
            p = _prefix(col.name)
            flat = tuple(frow[f"{p}.{n}"] for n, _ in plan.flat_key(target.name))
            row[col.name] = resolver.id_of(target.name, flat)
    return row


def _manifest_session_key(manifest: Mapping[str, Any]) -> tuple[object, object, object] | None:
    account, session = manifest.get("account") or {}, manifest.get("session") or {}
    if not isinstance(account, dict) or not isinstance(session, dict):
        return None
    return account.get("platform"), account.get("handle"), session.get("external_id")


def _replay(reader: _Reader, manifest: Mapping[str, Any], media_dir: str | os.PathLike[str] | None,
            cancelled: Cancelled | None, progress: Progress | None = None,
            rows_total: int = 0) -> tuple[Path | None, Path | None, int]:
    """The replay file the LIVE will point at, the file this import created (to remove on failure), and the
    progress units of the video (1 MiB each; reported before the ``rows_total`` rows)."""
    replay = manifest.get("replay")
    if not replay:
        return None, None, 0
    label = reader.label(MANIFEST_NAME)
    name = replay.get("file") if isinstance(replay, dict) else None
    if not isinstance(name, str) or not name:
        raise ImportFileError(label, "the manifest's replay entry has no file name")
    offset = replay.get("offset_ms", 0)
    if not isinstance(offset, int) or isinstance(offset, bool):
        raise ImportFileError(label, f"the replay offset_ms must be a whole number of milliseconds, not {offset!r}")
    if not reader.exists(name):
        raise ImportFileError(reader.label(name), "the replay video named in the manifest is missing")
    local = reader.local_file(name)
    if local is not None:
        return local, None, 0
    account, session = manifest.get("account") or {}, manifest.get("session") or {}
    stem = _safe_name(f"{account.get('handle', '')}-{session.get('external_id', '')}")
    folder = Path(media_dir) if media_dir is not None else default_media_dir()
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / (stem + PurePosixPath(name).suffix.lower())
    size = reader.size(name)
    units = -(-size // _COPY_CHUNK)
    if dest.is_file() and dest.stat().st_size == size:
        return dest, None, units  # imported before: the same file
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
    copied = 0
    try:
        with reader.open_binary(name) as src, tmp.open("wb") as dst:
            while chunk := src.read(_COPY_CHUNK):
                if cancelled is not None and cancelled():
                    raise ImportCancelledError
                dst.write(chunk)
                copied += 1
                if progress is not None:
                    progress(copied, units + rows_total, "replay video")
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest, dest, units
