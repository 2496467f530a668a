"""The statutory strands a strategy must cover, and the national themes that map onto them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Strand(models.Model):
    """One of the statutory strands a strategy must cover (Crime and Disorder Act 1998 s.6)."""

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=100)
    source = models.CharField(max_length=300, help_text=_("The legislation that asks for it."))
    in_force_from = models.DateField(null=True, blank=True)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["order"]

    def __str__(self):
        return self.name


class Theme(models.Model):
    """A national community-safety theme, tagged on priorities and delivery areas."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    strands = models.ManyToManyField(Strand, related_name="themes")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name
