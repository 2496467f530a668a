"""What strategies tell the apps above them, which it cannot import (docs/architecture.md).

`strategy_published` is sent once the transaction that published a strategy has committed,
with `strategy_pk`. The reports app stores the PDF of record on it."""

from django.dispatch import Signal

strategy_published = Signal()
