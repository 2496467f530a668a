"""A partnership's strategy (its plan), and everything in it."""

from .parts import Action, DeliveryArea, Document, Milestone, PolicyLink, Risk, StrategicPriority
from .strategy import StrategicAssessment, Strategy, StrategyQuerySet, StrategyTransition
from .themes import Strand, Theme

__all__ = [
    "Action",
    "DeliveryArea",
    "Document",
    "Milestone",
    "PolicyLink",
    "Risk",
    "StrategicAssessment",
    "StrategicPriority",
    "Strand",
    "Strategy",
    "StrategyQuerySet",
    "StrategyTransition",
    "Theme",
]
