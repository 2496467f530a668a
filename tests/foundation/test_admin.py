"""Every model can be listed, added and changed in the admin by a superuser."""

import pytest
from django.contrib import admin
from django.urls import reverse

pytestmark = pytest.mark.django_db

PROJECT_APPS = {
    "partnerships",
    "subgroups",
    "strategies",
    "consultations",
    "monitoring",
    "scrutiny",
}
MODELS = sorted(
    (model for model in admin.site._registry if model._meta.app_label in PROJECT_APPS),
    key=lambda m: m._meta.label,
)


def test_every_project_model_is_registered():
    from django.apps import apps

    project_models = {
        m
        for label in PROJECT_APPS
        for m in apps.get_app_config(label).get_models()
        if not m.__name__.startswith("Historical")  # django-simple-history's own records
    }
    assert project_models == set(MODELS)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.label)
def test_changelist_add_and_change_pages_load(admin_client, demo, model):
    opts = model._meta
    changelist = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert changelist.status_code == 200
    add = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
    # Records only the workflow, the public form or the database's own counting writes
    # cannot be added by hand.
    written_by_the_workflow = model._meta.label in {
        "strategies.StrategyTransition",
        "consultations.Response",
        "consultations.Answer",
        "consultations.Tally",
    }
    assert add.status_code == (403 if written_by_the_workflow else 200)
    obj = model.objects.first()
    if obj is not None:
        change = admin_client.get(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        )
        assert change.status_code == 200


def test_changelist_search_works(admin_client, demo):
    response = admin_client.get(reverse("admin:subgroups_subgroup_changelist"), {"q": "MARAC"})
    assert response.status_code == 200
    assert "MARAC" in response.content.decode()
