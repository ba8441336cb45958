"""Admin views the whole site shares: the report of pages without a plain summary, and the
collection privacy view that keeps images out of private collections."""

from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.collections import CollectionViewRestrictionForm
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.admin.views.collection_privacy import set_privacy
from wagtail.admin.views.reports.base import PageReportView
from wagtail.models import Collection, CollectionViewRestriction, Page, get_page_models
from wagtail.permissions import collection_permission_policy

from core.models import BasePage
from core.private_media import PRIVACY_MESSAGE, images_in


def pages_without_plain_summary():
    """Every page of a BasePage type whose "In plain words" is empty (one query, with a
    subquery per page type)."""
    missing = Q(pk__in=[])
    for model in get_page_models():
        if issubclass(model, BasePage) and not model._meta.abstract:
            missing |= Q(pk__in=model.objects.filter(plain_summary="").values("pk"))
    return Page.objects.filter(missing)


class MissingPlainSummaryView(PageReportView):
    page_title = _("Pages without a plain summary")
    header_icon = "comment"
    index_url_name = "core_missing_plain_summary"
    index_results_url_name = "core_missing_plain_summary_results"
    permission_required = "change"
    list_export = [*PageReportView.list_export, "locale.language_code", "full_url"]
    export_headings = {
        **PageReportView.export_headings,
        "locale.language_code": _("Language"),
        "full_url": _("URL"),
    }

    def get_queryset(self):
        self.queryset = (
            pages_without_plain_summary()
            .select_related("locale", "content_type")
            .order_by("locale__language_code", "path")
        )
        return super().get_queryset()


def set_collection_privacy(request, collection_id):
    """Wagtail's "Privacy" of a collection, except that a collection holding images cannot be
    made private: the form comes back with the reason (see ``core.private_media``)."""
    if request.method == "POST":
        collection = get_object_or_404(Collection, id=collection_id)
        may_change = collection_permission_policy.user_has_permission_for_instance(
            request.user, "change", collection
        )
        form = CollectionViewRestrictionForm(request.POST)
        private = form.is_valid() and (
            form.cleaned_data["restriction_type"] != CollectionViewRestriction.NONE
        )
        count = images_in(collection).count() if may_change and private else 0
        if count:
            form.add_error("restriction_type", PRIVACY_MESSAGE % {"count": count})
            return render_modal_workflow(
                request,
                "wagtailadmin/shared/set_privacy.html",
                None,
                {
                    "action_url": reverse(
                        "wagtailadmin_collections:set_privacy", args=(collection.pk,)
                    ),
                    "object": collection,
                    "form": form,
                },
                json_data={"step": "set_privacy"},
            )
    return set_privacy(request, collection_id)
