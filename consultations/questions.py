"""The answers each kind of question takes, and the standard questions of a consultation on
draft priorities (as Wokingham asked them in 2021)."""

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
PERSONAL_DATA_HINT = "Please do not include names or anything else that could identify anyone."


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
    """Unsaved questions: agreement and a comment per draft priority, then the common ones."""
    questions = []
    for priority in consultation.strategy.priorities.all():
        questions += [
            Question(
                kind=Kind.AGREEMENT,
                priority=priority,
                text=f"How far do you agree that ‘{priority.title}’ should be a priority?",
            ),
            Question(
                kind=Kind.PRIORITY_COMMENT,
                priority=priority,
                text=f"Any comments on ‘{priority.title}’?",
                hint=PERSONAL_DATA_HINT,
            ),
        ]
    questions += [
        Question(
            kind=Kind.CONCERNS,
            text="What other community safety issues concern you?",
            hint=PERSONAL_DATA_HINT,
        ),
        Question(kind=Kind.SAFETY_DARK, text="How safe do you feel in your area after dark?"),
        Question(kind=Kind.SAFETY_DAY, text="How safe do you feel in your area during the day?"),
        Question(kind=Kind.RESPONDENT_TYPE, text="Are you answering as"),
        Question(
            kind=Kind.AREA,
            text="Which area do you live or work in?",
            hint="Your ward, or the first part of your postcode, for example RG40.",
        ),
    ]
    if equality:
        hint = "Optional. Used only to check that we hear from everyone; reported in totals."
        questions += [
            Question(kind=Kind.AGE_BAND, text="What is your age?", hint=hint),
            Question(kind=Kind.SEX, text="What is your sex?", hint=hint),
            Question(
                kind=Kind.DISABILITY,
                text="Do you consider yourself to have a disability?",
                hint=hint,
            ),
            Question(kind=Kind.ETHNICITY, text="What is your ethnic group?", hint=hint),
        ]
    for order, question in enumerate(questions, start=1):
        question.consultation = consultation
        question.order = order
    return questions
