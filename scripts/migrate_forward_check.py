"""Proves that a database made by an earlier version migrates forward with every row intact.

A scratch PostgreSQL database is migrated and loaded with the demo data by the code of an
earlier commit (checked out beside this one with `git worktree`); a snapshot is taken of
every table's row count and of every public page's bytes; then this checkout migrates the
same database and takes the snapshot again. The two must match: every table, every row,
every page byte for byte (pages can differ only where the change meant them to, so the
page comparison can be switched off with --rows-only). New models may add content types
and permissions; none may go but by moving to another app.

    .venv/bin/python scripts/migrate_forward_check.py --from bb81220 [--rows-only]

Needs PostgreSQL on 127.0.0.1 (user postgres, trust) and git.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATABASE = "csp_portal_migrate_check"
# Tables that migrations fill for new models and roles (a permission and a content type for
# each new model, the portal administrators' group): they may gain rows, never lose one.
GROWING = {"auth_permission", "django_content_type", "auth_group"}


def snapshot(out: Path) -> None:
    """Row counts by table, content types, and the public pages, of the code in the current
    directory. Only what every version has is used: the app registry, the test client and
    the models' own public addresses."""
    sys.path.insert(0, os.getcwd())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csp_portal.settings")
    import django

    django.setup()
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache
    from django.test import Client

    tables = {}
    for model in apps.get_models(include_auto_created=True):
        table = model._meta.db_table
        if not model._meta.managed and not model._meta.auto_created:
            continue
        tables[table] = model._base_manager.count()
    Strategy = apps.get_model("strategies", "Strategy")
    urls = ["/", "/search/?q=burglary", "/search/?q=domestic+abuse", "/accessibility/"]
    urls += [
        p.get_absolute_url() for p in apps.get_model("partnerships", "Partnership").objects.all()
    ]
    urls += [s.get_absolute_url() for s in Strategy.objects.published()]
    urls += [s.get_absolute_url() for s in apps.get_model("subgroups", "Subgroup").objects.all()]
    client = Client(HTTP_HOST="127.0.0.1")
    pages = {}
    for url in sorted(set(urls)):
        cache.clear()
        response = client.get(url)
        pages[url] = [response.status_code, response.content.decode()]
    types = sorted(f"{t.app_label}.{t.model}" for t in ContentType.objects.all())
    out.write_text(json.dumps({"tables": tables, "pages": pages, "content_types": types}))


def run(args, cwd, env):
    subprocess.run(args, cwd=cwd, env=env, check=True)


def old_packages(old: Path, target: Path, env: dict) -> dict:
    """The environment the earlier code runs in: this virtualenv, and before it on the
    path what the earlier commit pinned that this one does not have (a library since
    replaced, an older release), installed into `target`."""
    from importlib.metadata import PackageNotFoundError, version

    lock = old / "requirements.lock"
    wanted = []
    for line in lock.read_text().splitlines() if lock.exists() else []:
        name, _, pinned = line.partition("==")
        if not pinned or line.startswith("#"):
            continue
        try:
            if version(name) == pinned:
                continue
        except PackageNotFoundError:
            pass
        wanted.append(line.strip())
    if wanted:
        print(f"The earlier commit's own packages: {', '.join(wanted)}")
        pip = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target"]
        run([*pip, str(target), *wanted], ROOT, env)
    return {**env, "PYTHONPATH": str(target)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--from", dest="rev", required=True, help="the earlier commit")
    parser.add_argument("--rows-only", action="store_true", help="do not compare the pages")
    parser.add_argument("--snapshot", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.snapshot:
        return snapshot(args.snapshot)

    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
        "DEBUG": "true",
        "CACHE_URL": "locmemcache://migrate-check",
    }
    python = sys.executable
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        old = scratch / "old"
        run(["git", "worktree", "add", "--detach", "-q", str(old), args.rev], ROOT, env)
        try:
            psql = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc"]
            run([*psql, f"DROP DATABASE IF EXISTS {DATABASE}"], ROOT, env)
            run([*psql, f"CREATE DATABASE {DATABASE}"], ROOT, env)
            old_env = old_packages(old, scratch / "old-packages", env)
            run([python, "manage.py", "migrate", "-v0"], old, old_env)
            run([python, "manage.py", "load_demo"], old, old_env)
            before, after = scratch / "before.json", scratch / "after.json"
            me = str(Path(__file__).resolve())
            run([python, me, "--from", args.rev, "--snapshot", str(before)], old, old_env)
            run([python, "manage.py", "migrate", "-v0"], ROOT, env)
            run([python, me, "--from", args.rev, "--snapshot", str(after)], ROOT, env)
            return compare(json.loads(before.read_text()), json.loads(after.read_text()), args)
        finally:
            run(["git", "worktree", "remove", "--force", str(old)], ROOT, env)
            run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc",
                 f"DROP DATABASE IF EXISTS {DATABASE}"], ROOT, env)  # fmt: skip


def compare(before: dict, after: dict, args) -> int:
    problems = []
    for table, rows in sorted(before["tables"].items()):
        now = after["tables"].get(table)
        if now != rows and not (table in GROWING and now is not None and now > rows):
            problems.append(f"table {table}: {rows} rows before, {now} after")
    new_tables = sorted(set(after["tables"]) - set(before["tables"]))
    moved = sorted(set(after["content_types"]) - set(before["content_types"]))
    gone = sorted(set(before["content_types"]) - set(after["content_types"]))
    by_model = {name.split(".")[1]: name for name in moved}
    lost = [name for name in gone if name.split(".")[1] not in by_model]
    if lost:
        problems.append(f"content types gone, not moved: {', '.join(lost)}")
    same_pages = 0
    if not args.rows_only:
        for url, page in sorted(before["pages"].items()):
            if after["pages"].get(url) == page:
                same_pages += 1
            else:
                problems.append(f"page {url} differs")
    rows = sum(before["tables"].values())
    print(f"Tables compared: {len(before['tables'])}, rows {rows:,}; new tables: {new_tables}")
    pairs = [f"{name} -> {by_model.get(name.split('.')[1], '?')}" for name in gone]
    print(f"Content types moved: {', '.join(pairs) or 'none'}")
    if not args.rows_only:
        print(f"Public pages identical byte for byte: {same_pages} of {len(before['pages'])}")
    for problem in problems:
        print("PROBLEM:", problem)
    print("OK: every row intact" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
