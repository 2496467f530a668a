from django.urls import path

from csp_portal.kinds import kind_routes, move_routes, record_routes

from .kinds import REPORTED_RESULT
from .views import editor as views
from .views import event_mode, reported, steps

app_name = "consultations_editor"

urlpatterns = [
    path(
        "strategies/<id:pk>/consultations/add/",
        views.ConsultationAddView.as_view(),
        name="add",
    ),
    path(
        "strategies/<id:pk>/consultations/record/",
        reported.HeldElsewhereAddView.as_view(),
        name="record",
    ),
    path("consultations/<id:pk>/", views.ConsultationDetailView.as_view(), name="detail"),
    path(
        "consultations/<id:pk>/responses/paper/",
        reported.PaperResponseView.as_view(),
        name="paper_response",
    ),
    path("consultations/<id:pk>/edit/", views.ConsultationEditView.as_view(), name="edit"),
    *record_routes(
        "consultations/<id:pk>/questions",
        "question",
        views.QuestionView,
        views.QuestionDeleteView,
        pk="question_pk",
    ),
    *move_routes(
        "consultations/<id:pk>/questions/<id:question_pk>", "question", views.QuestionMoveView
    ),
    path("consultations/<id:pk>/results/", views.ResultsView.as_view(), name="results"),
    path(
        "consultations/<id:pk>/results/publish/",
        steps.PublishResultsView.as_view(),
        name="publish",
    ),
    path("consultations/<id:pk>/close/", steps.CloseView.as_view(), name="close"),
    path(
        "consultations/<id:pk>/event-mode/",
        event_mode.EventModeView.as_view(),
        name="event_mode",
    ),
    path("consultations/<id:pk>/comments/", views.CommentsView.as_view(), name="comments"),
    path(
        "consultations/<id:pk>/comments/<id:answer_pk>/",
        views.CommentModerateView.as_view(),
        name="comment",
    ),
    path(
        "consultations/<id:pk>/responses.csv",
        views.ResponsesCsvView.as_view(),
        name="responses_csv",
    ),
    path(
        "consultations/<id:pk>/equality-totals.csv",
        views.EqualityCsvView.as_view(),
        name="equality_csv",
    ),
    *record_routes(
        "consultations/<id:pk>/changes",
        "change",
        views.ChangeView,
        views.ChangeDeleteView,
        pk="change_pk",
    ),
    *kind_routes(
        REPORTED_RESULT,
        "consultations/<id:pk>",
        reported.ReportedResultView,
        reported.ReportedResultDeleteView,
    ),
]
