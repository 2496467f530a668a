"""Sign-in accounts for trying the portal locally: a manager (approver) of each demo
partnership, an editor and a scrutiny viewer of Wokingham, and a portal administrator (who
adds partnerships to the portal and invites their managers).

Refuses to run with DEBUG off. Passwords are random, made once, and kept in `.demo-accounts`
beside manage.py (git ignores it); later runs print them again without changing anything.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from partnerships.models import Partnership, PartnershipRole
from partnerships.permissions import PORTAL_ADMINISTRATORS

Role = PartnershipRole.Role
ACCOUNTS_FILE = settings.BASE_DIR / ".demo-accounts"


def wanted_accounts() -> list[tuple[str, str | None, str | None]]:
    """(username, partnership slug, role) for each demo account; the portal administrator
    has no partnership."""
    accounts = [("portal.admin", None, None)]
    accounts += [
        (f"{slug}.manager", slug, Role.APPROVER)
        for slug in Partnership.objects.order_by("slug").values_list("slug", flat=True)
    ]
    if Partnership.objects.filter(slug="wokingham").exists():
        accounts += [
            ("wokingham.editor", "wokingham", Role.EDITOR),
            ("wokingham.scrutiny", "wokingham", Role.VIEWER),
        ]
    return accounts


class Command(BaseCommand):
    help = "Create demo sign-in accounts (development only) and print their passwords."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo accounts are for development only (DEBUG is off).")
        User = get_user_model()
        known = {}
        if ACCOUNTS_FILE.exists():
            for line in ACCOUNTS_FILE.read_text().splitlines():
                username, _, password = line.partition(" ")
                known[username] = password
        lines = []
        for username, slug, role in wanted_accounts():
            user = User.objects.filter(username=username).first()
            password = known.get(username)
            if user is None or password is None:
                password = secrets.token_urlsafe(12)
                user = user or User(username=username, email=f"{username}@example.org")
                user.set_password(password)
                user.save()
            if slug is None:
                user.groups.add(Group.objects.get_or_create(name=PORTAL_ADMINISTRATORS)[0])
            else:
                PartnershipRole.objects.get_or_create(
                    user=user,
                    partnership=Partnership.objects.get(slug=slug),
                    defaults={"role": role},
                )
            lines.append(f"{username} {password}")
        ACCOUNTS_FILE.write_text("\n".join(lines) + "\n")
        ACCOUNTS_FILE.chmod(0o600)
        self.stdout.write("Demo sign-in accounts (username password), also in .demo-accounts:")
        for line in lines:
            self.stdout.write(f"  {line}")
