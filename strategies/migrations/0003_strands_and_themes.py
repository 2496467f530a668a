"""The four statutory strands and the national community-safety themes that map to them.

The list of themes is fixed here but can be extended in the admin.
"""

import datetime

from django.db import migrations

STRANDS = [
    # code, name, source, in force from
    (
        "crime-and-disorder",
        "Crime and disorder, including anti-social behaviour",
        "Crime and Disorder Act 1998 s.6(1)(a)",
        None,
    ),
    (
        "substance-misuse",
        "Misuse of drugs, alcohol and other substances",
        "Crime and Disorder Act 1998 s.6(1)(b)",
        None,
    ),
    ("reoffending", "Reducing reoffending", "Crime and Disorder Act 1998 s.6(1)(c)", None),
    (
        "serious-violence",
        "Preventing and reducing serious violence",
        "Crime and Disorder Act 1998 s.6(1)(d), inserted by the Police, Crime, Sentencing and "
        "Courts Act 2022 s.20",
        datetime.date(2023, 1, 31),
    ),
]

THEMES = [
    # slug, name, strand codes
    ("anti-social-behaviour", "Anti-social behaviour", ["crime-and-disorder"]),
    ("domestic-abuse", "Domestic abuse", ["crime-and-disorder"]),
    (
        "violence-against-women-and-girls",
        "Violence against women and girls",
        ["crime-and-disorder", "serious-violence"],
    ),
    (
        "serious-violence",
        "Serious violence and knife crime",
        ["serious-violence", "crime-and-disorder"],
    ),
    (
        "exploitation",
        "Exploitation of children and vulnerable adults",
        ["crime-and-disorder", "serious-violence"],
    ),
    ("drugs-and-alcohol", "Drugs and alcohol", ["substance-misuse"]),
    ("reoffending", "Reoffending", ["reoffending"]),
    ("burglary-and-vehicle-crime", "Burglary and vehicle crime", ["crime-and-disorder"]),
    ("hate-crime", "Hate crime", ["crime-and-disorder"]),
    ("violent-extremism", "Violent extremism and Prevent", ["crime-and-disorder"]),
    (
        "serious-organised-crime",
        "Serious and organised crime",
        ["crime-and-disorder", "serious-violence"],
    ),
    ("fraud", "Fraud", ["crime-and-disorder"]),
    ("road-safety", "Road safety", ["crime-and-disorder"]),
    ("fear-of-crime", "Fear of crime and reassurance", ["crime-and-disorder"]),
]


def add(apps, schema_editor):
    Strand = apps.get_model("strategies", "Strand")
    Theme = apps.get_model("strategies", "Theme")
    strands = {}
    for order, (code, name, source, in_force) in enumerate(STRANDS):
        strands[code], _ = Strand.objects.update_or_create(
            code=code,
            defaults={"name": name, "source": source, "in_force_from": in_force, "order": order},
        )
    for slug, name, codes in THEMES:
        theme, _ = Theme.objects.update_or_create(slug=slug, defaults={"name": name})
        theme.strands.set([strands[c] for c in codes])


def remove(apps, schema_editor):
    apps.get_model("strategies", "Theme").objects.filter(slug__in=[t[0] for t in THEMES]).delete()
    apps.get_model("strategies", "Strand").objects.filter(code__in=[s[0] for s in STRANDS]).delete()


class Migration(migrations.Migration):
    dependencies = [("strategies", "0002_initial")]
    operations = [migrations.RunPython(add, remove)]
