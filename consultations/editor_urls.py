from django.urls import path

from csp_portal.kinds import kind_routes

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
    path(
        "consultations/<id:pk>/questions/add/",
        views.QuestionView.as_view(),
        name="question_add",
    ),
    path(
        "consultations/<id:pk>/questions/<id:question_pk>/",
        views.QuestionView.as_view(),
        name="question_edit",
    ),
    path(
        "consultations/<id:pk>/questions/<id:question_pk>/delete/",
        views.QuestionDeleteView.as_view(),
        name="question_delete",
    ),
    path(
        "consultations/<id:pk>/questions/<id:question_pk>/move-up/",
        views.QuestionMoveView.as_view(),
        {"direction": "up"},
        name="question_up",
    ),
    path(
        "consultations/<id:pk>/questions/<id:question_pk>/move-down/",
        views.QuestionMoveView.as_view(),
        {"direction": "down"},
        name="question_down",
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
    path("consultations/<id:pk>/changes/add/", views.ChangeView.as_view(), name="change_add"),
    path(
        "consultations/<id:pk>/changes/<id:change_pk>/",
        views.ChangeView.as_view(),
        name="change_edit",
    ),
    path(
        "consultations/<id:pk>/changes/<id:change_pk>/delete/",
        views.ChangeDeleteView.as_view(),
        name="change_delete",
    ),
    *kind_routes(
        REPORTED_RESULT,
        "consultations/<id:pk>",
        reported.ReportedResultView,
        reported.ReportedResultDeleteView,
    ),
]
