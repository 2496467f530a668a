"""Every string the code and templates mark for translation has its Welsh in the catalogue:
makemessages, run over the tree into a copy of the catalogue, leaves none untranslated and
none fuzzy (a guess msgmerge made from a like string, which Django would not show)."""

import re
import shutil
import subprocess

from django.conf import settings
from django.core.management import call_command

ROOT = settings.BASE_DIR
SKIPPED = {"locale", ".venv", ".git", "node_modules", "bench", "static", "staticfiles"}


def entries(po, *flags: str) -> list[str]:
    """The msgids of the catalogue's entries that msgattrib keeps with `flags` (the
    header, the entry of the empty msgid, aside)."""
    found = subprocess.run(
        ["msgattrib", *flags, "--no-location", "--no-wrap", str(po)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [m for m in re.findall(r'^msgid "(.*)"$', found, re.M) if m]


def test_every_marked_string_has_its_welsh(tmp_path, settings, monkeypatch):
    """makemessages writes beside the tree it reads: here, a tree of links to the project's
    own folders beside a copy of its catalogue, so the project's catalogue is not touched."""
    for source in ROOT.iterdir():
        if source.is_dir() and source.name not in SKIPPED:
            (tmp_path / source.name).symlink_to(source)
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    settings.LOCALE_PATHS = []
    monkeypatch.chdir(tmp_path)
    call_command("makemessages", locale=["cy"], symlinks=True, no_obsolete=True, verbosity=0)
    po = tmp_path / "locale" / "cy" / "LC_MESSAGES" / "django.po"
    assert len(entries(po, "--translated")) > 400  # the public pages' and the form's
    assert entries(po, "--untranslated") == []
    assert entries(po, "--only-fuzzy") == []
