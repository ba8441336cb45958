"""Admin panels of this section's pages (no imports of the models: they import this)."""

from django.apps import apps
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext

from wagtail.admin.panels import HelpPanel


class FittingOffersPanel(HelpPanel):
    """On an opening's edit page: how many active offers of help fit it, with a link to them."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", gettext("Offers of help"))
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            opening = self.instance
            if not opening.pk:
                self.content = ""
                return
            count = apps.get_model("initiatives", "HelpOffer").objects.fitting(opening).count()
            text = ngettext(
                "%(count)s person offered help that fits this opening.",
                "%(count)s people offered help that fits this opening.",
                count,
            ) % {"count": count}
            self.content = format_html(
                '<p>{} <a href="{}">{}</a></p>',
                text,
                reverse("help_offers:index"),
                gettext("See the offers of help"),
            )
