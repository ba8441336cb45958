"""The versioned JSON API (not language-prefixed: ``?language=`` chooses). See the README."""

from django.urls import path

from . import views

app_name = "initiatives_api"

urlpatterns = [
    path("openings/", views.openings_api, name="openings"),
]
