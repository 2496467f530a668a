"""The answers each kind of question takes, and the standard questions of a consultation on
draft priorities (as Wokingham asked them in 2021)."""

from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from .models import Consultation, Question

Kind = Question.Kind
PREFER_NOT = ("prefer_not", _("Prefer not to say"))

CHOICES: dict[str, list[tuple[str, str]]] = {
    Kind.AGREEMENT: [
        ("strongly_agree", _("Strongly agree")),
        ("agree", _("Agree")),
        ("neither", _("Neither agree nor disagree")),
        ("disagree", _("Disagree")),
        ("strongly_disagree", _("Strongly disagree")),
        ("dont_know", _("Don’t know")),
    ],
    Kind.SAFETY_DARK: [
        ("very_safe", _("Very safe")),
        ("fairly_safe", _("Fairly safe")),
        ("neither", _("Neither safe nor unsafe")),
        ("fairly_unsafe", _("Fairly unsafe")),
        ("very_unsafe", _("Very unsafe")),
        ("dont_know", _("Don’t know")),
    ],
    Kind.RESPONDENT_TYPE: [
        ("resident", _("A resident")),
        ("business", _("A business")),
        ("voluntary", _("A voluntary or community group")),
        ("partner", _("A partner organisation")),
        ("other", _("Other")),
    ],
    Kind.AGE_BAND: [
        ("under_18", _("Under 18")),
        ("18_24", _("18 to 24")),
        ("25_34", _("25 to 34")),
        ("35_44", _("35 to 44")),
        ("45_54", _("45 to 54")),
        ("55_64", _("55 to 64")),
        ("65_74", _("65 to 74")),
        ("75_plus", _("75 or over")),
        PREFER_NOT,
    ],
    Kind.SEX: [("female", _("Female")), ("male", _("Male")), PREFER_NOT],
    Kind.DISABILITY: [("yes", _("Yes")), ("no", _("No")), PREFER_NOT],
    # The five high-level groups of the 2021 census for England and Wales.
    Kind.ETHNICITY: [
        ("asian", _("Asian or Asian British")),
        ("black", _("Black, Black British, Caribbean or African")),
        ("mixed", _("Mixed or multiple ethnic groups")),
        ("white", _("White")),
        ("other", _("Other ethnic group")),
        PREFER_NOT,
    ],
}
CHOICES[Kind.SAFETY_DAY] = CHOICES[Kind.SAFETY_DARK]
CHOICES[Kind.AGREE_SCALE] = CHOICES[Kind.AGREEMENT]

FREE_TEXT = {Kind.PRIORITY_COMMENT, Kind.CONCERNS, Kind.TEXT}
# Answered from the editor's own list (Question.options): one answer, or any number.
LISTED = {Kind.SINGLE_CHOICE, Kind.MULTIPLE_CHOICE}
# Answers stored in Answer.choice and counted by value: the fixed scales, the editors' own
# lists, and the area (a ward or postcode district, as typed and normalised).
CATEGORICAL = set(CHOICES) | LISTED | {Kind.AREA}
EQUALITY = {Kind.AGE_BAND, Kind.SEX, Kind.DISABILITY, Kind.ETHNICITY}
PER_PRIORITY = {Kind.AGREEMENT, Kind.PRIORITY_COMMENT}
# The questions an editor writes, after the standard ones.
CUSTOM = {Kind.TEXT, Kind.SINGLE_CHOICE, Kind.MULTIPLE_CHOICE, Kind.AGREE_SCALE}
AGREE = {"strongly_agree", "agree"}
# Several answers to one question are kept in one Answer.choice, in the list's order.
SEPARATOR = ";"
PERSONAL_DATA_HINT = gettext_noop(
    "Please do not include names or anything else that could identify anyone."
)


def choices_for(question: Question) -> list[tuple[str, str]]:
    """(stored value, label) of the answers a question offers; none for free text and the
    area. An editor's list is stored by place: "1" for its first answer."""
    if question.kind in LISTED:
        return [(str(n), option) for n, option in enumerate(question.option_list, start=1)]
    return CHOICES.get(question.kind, [])


def chosen(question: Question, choice: str) -> list[str]:
    """The stored values in one answer: several for a multiple choice question."""
    if question.kind == Kind.MULTIPLE_CHOICE:
        return [c for c in choice.split(SEPARATOR) if c]
    return [choice] if choice else []


def label_for(kind: str, choice: str) -> str:
    return dict(CHOICES.get(kind, [])).get(choice, choice)


def standard_questions(consultation: Consultation, *, equality: bool = True) -> list[Question]:
    """Unsaved questions: agreement and a comment per draft priority, then the common ones,
    written in English and, for a partnership that publishes in both languages, in Welsh."""
    languages = ("en", "cy") if consultation.strategy.partnership.is_bilingual else ("en",)

    def asked(kind, text, hint="", priority=None) -> Question:
        question = Question(kind=kind, priority=priority)
        for language in languages:
            with translation.override(language):
                title = (
                    (getattr(priority, f"title_{language}", "") or priority.title_en)
                    if (priority)
                    else ""
                )
                setattr(question, f"text_{language}", gettext(text) % {"priority": title})
                setattr(question, f"hint_{language}", gettext(hint) if hint else "")
        return question

    questions = []
    for priority in consultation.strategy.priorities.all():
        questions += [
            asked(
                Kind.AGREEMENT,
                gettext_noop("How far do you agree that ‘%(priority)s’ should be a priority?"),
                priority=priority,
            ),
            asked(
                Kind.PRIORITY_COMMENT,
                gettext_noop("Any comments on ‘%(priority)s’?"),
                PERSONAL_DATA_HINT,
                priority=priority,
            ),
        ]
    questions += [
        asked(
            Kind.CONCERNS,
            gettext_noop("What other community safety issues concern you?"),
            PERSONAL_DATA_HINT,
        ),
        asked(Kind.SAFETY_DARK, gettext_noop("How safe do you feel in your area after dark?")),
        asked(Kind.SAFETY_DAY, gettext_noop("How safe do you feel in your area during the day?")),
        asked(Kind.RESPONDENT_TYPE, gettext_noop("Are you answering as")),
        asked(
            Kind.AREA,
            gettext_noop("Which area do you live or work in?"),
            gettext_noop("Your ward, or the first part of your postcode, for example RG40."),
        ),
    ]
    if equality:
        hint = gettext_noop(
            "Optional. Used only to check that we hear from everyone; reported in totals."
        )
        questions += [
            asked(Kind.AGE_BAND, gettext_noop("What is your age?"), hint),
            asked(Kind.SEX, gettext_noop("What is your sex?"), hint),
            asked(
                Kind.DISABILITY,
                gettext_noop("Do you consider yourself to have a disability?"),
                hint,
            ),
            asked(Kind.ETHNICITY, gettext_noop("What is your ethnic group?"), hint),
        ]
    for order, question in enumerate(questions, start=1):
        question.consultation = consultation
        question.order = order
    return questions
