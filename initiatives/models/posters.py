"""The printable poster route that openings and initiatives share."""

from django.http import Http404

from wagtail.contrib.routable_page.models import RoutablePageMixin, path


class PosterMixin(RoutablePageMixin):
    """``<page>/poster/``: an A4 poster of the page while it has one (``has_poster``).

    The view (``views.poster``, with its cache) is handed over in ``InitiativesConfig.ready``.
    """

    poster_view = None

    @property
    def has_poster(self):
        return True

    @path("poster/", name="poster")
    def poster_route(self, request):
        if not self.has_poster:
            raise Http404("No poster for this page")
        return self.poster_view(request, self)

    def poster_url(self):
        return self.url + self.reverse_subpage("poster")
