"""Maintains the Qt translation sources in ``translations/``.

Commands (run from the project folder, e.g. ``uv run python scripts/translations.py check``):

- ``update``: re-extract every visible text from the code into each ``livedesk_<lang>.ts`` (pyside6-lupdate);
  texts no longer in the code are dropped, new ones are added as unfinished.
- ``check``: fails (exit 1) when a ``.ts`` is stale against the code, a translated language has unfinished
  entries, or a translation lost a placeholder (``{name}``, ``%n``, ``%1``) of its source text.
- ``todo LANG [--out FILE]``: the unfinished entries of one language as JSON (context, source, comment,
  numerus) for a translator.
- ``fill LANG FILE``: writes translations from such a JSON file (each entry with ``translation``, or
  ``forms`` for numerus entries) into the ``.ts`` and marks them finished.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
SOURCE_LANG = "en"
LANGUAGES = ("en", "zh_CN", "id", "th", "vi", "es")  # English is the source language
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n|%L?\d")


def ts_path(lang: str) -> Path:
    return TS_DIR / f"livedesk_{lang}.ts"


def code_files() -> list[str]:
    """Every Python file of the package, as git lists it (or all on disk outside a checkout)."""
    try:
        out = subprocess.run(["git", "ls-files", "livedesk/*.py"], cwd=ROOT, check=True, capture_output=True,
                             text=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        out = []
    on_disk = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "livedesk").rglob("*.py"))
    return sorted(set(out) | set(on_disk))


def lupdate(ts: Path) -> None:
    """Extract the code's texts into ``ts`` (created when missing), dropping obsolete entries."""
    tool = shutil.which("pyside6-lupdate")
    if tool is None:
        raise SystemExit("pyside6-lupdate not found: run this through `uv run`")
    subprocess.run([tool, *code_files(), "-no-obsolete", "-locations", "none", "-ts", str(ts)], cwd=ROOT,
                   check=True, capture_output=True)
    tree = ET.parse(ts)
    lang = ts.stem.removeprefix("livedesk_")
    root = tree.getroot()
    root.set("language", lang)
    root.set("sourcelanguage", SOURCE_LANG)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def _key(ctx: str, msg: ET.Element) -> tuple[str, str, str]:
    comment = msg.findtext("comment") or ""
    return ctx, msg.findtext("source") or "", comment


def entries(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        ctx = context.findtext("name") or ""
        for msg in context.iter("message"):
            out[_key(ctx, msg)] = msg
    return out


def _texts(msg: ET.Element) -> list[str]:
    tr = msg.find("translation")
    if tr is None:
        return []
    forms = [f.text or "" for f in tr.findall("numerusform")]
    return forms if msg.get("numerus") == "yes" else [tr.text or ""]


def problems(lang: str) -> list[str]:
    """What is wrong with one language's ``.ts`` (empty: nothing)."""
    ts = ts_path(lang)
    if not ts.exists():
        return [f"{ts.name}: missing (run: uv run python scripts/translations.py update)"]
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        shutil.copy(ts, fresh)
        lupdate(fresh)
        before, after = set(entries(ts)), set(entries(fresh))
    if before != after:
        new, gone = sorted(after - before), sorted(before - after)
        found.append(f"{ts.name}: stale against the code ({len(new)} new, {len(gone)} obsolete texts), e.g. "
                     + "; ".join(f"{c}: {s!r}" for c, s, _ in (new + gone)[:5])
                     + " (run: uv run python scripts/translations.py update)")
    if lang == SOURCE_LANG:
        return found
    for (ctx, src, _), msg in entries(ts).items():
        tr = msg.find("translation")
        texts = _texts(msg)
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
            found.append(f"{ts.name}: unfinished: {ctx}: {src!r}")
            continue
        want = sorted(set(PLACEHOLDER.findall(src)) - {"%n"})
        for t in texts:
            if sorted(set(PLACEHOLDER.findall(t)) - {"%n"}) != want:
                found.append(f"{ts.name}: placeholders differ: {ctx}: {src!r} -> {t!r}")
    return found


def todo(lang: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for (ctx, src, comment), msg in entries(ts_path(lang)).items():
        tr = msg.find("translation")
        if tr is not None and tr.get("type") not in ("unfinished",) and all(t.strip() for t in _texts(msg)):
            continue
        item: dict[str, object] = {"context": ctx, "source": src}
        if comment:
            item["comment"] = comment
        if msg.get("numerus") == "yes":
            item["numerus"] = True
        out.append(item)
    return out


def fill(lang: str, items: list[dict[str, object]]) -> int:
    ts = ts_path(lang)
    tree = ET.parse(ts)
    index = {}
    for context in tree.getroot().iter("context"):
        ctx = context.findtext("name") or ""
        for msg in context.iter("message"):
            index[_key(ctx, msg)] = msg
    done = 0
    for item in items:
        key = (str(item["context"]), str(item["source"]), str(item.get("comment", "")))
        msg = index.get(key)
        if msg is None:
            print(f"not in {ts.name}: {key[0]}: {key[1]!r}", file=sys.stderr)
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        for child in list(tr):
            tr.remove(child)
        if msg.get("numerus") == "yes":
            forms = item.get("forms") or [item.get("translation")]
            tr.text = None
            for f in forms:  # type: ignore[union-attr]
                ET.SubElement(tr, "numerusform").text = str(f)
        else:
            tr.text = str(item["translation"])
        tr.attrib.pop("type", None)
        done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    sub.add_parser("check")
    p_todo = sub.add_parser("todo")
    p_todo.add_argument("lang")
    p_todo.add_argument("--out")
    p_fill = sub.add_parser("fill")
    p_fill.add_argument("lang")
    p_fill.add_argument("file")
    ns = parser.parse_args(argv)
    if ns.command == "update":
        TS_DIR.mkdir(exist_ok=True)
        for lang in LANGUAGES:
            lupdate(ts_path(lang))
            print(f"{ts_path(lang).name}: {len(todo(lang)) if lang != SOURCE_LANG else 0} to translate")
        return 0
    if ns.command == "check":
        found = [p for lang in LANGUAGES for p in problems(lang)]
        for p in found:
            print(p)
        print(f"{len(found)} problem(s) in {len(LANGUAGES)} languages")
        return 1 if found else 0
    if ns.command == "todo":
        text = json.dumps(todo(ns.lang), ensure_ascii=False, indent=1)
        if ns.out:
            Path(ns.out).write_text(text, encoding="utf-8")
        else:
            print(text)
        return 0
    items = json.loads(Path(ns.file).read_text(encoding="utf-8"))
    print(f"{fill(ns.lang, items)} entries written to {ts_path(ns.lang).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
