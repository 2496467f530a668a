from django.urls import path

from .views import public

app_name = "strategies"

urlpatterns = [
    path("documents/<id:pk>/", public.document_download, name="document"),
]
