from .abuse import FailedSignIn, RateLimitEvent
from .articles import AbstractInitiativeLink, AbstractRelatedPage, ArticleIndexPage, ArticlePage
from .base import BasePage, pages_about
from .indexes import IndexPage
from .mail import OutgoingMail
from .personal import ContactKeys
from .site import Footer, NavigationMenu, SiteSettings, organisation_name
from .tags import AbstractPageTag, LocalizedTaggableManager, LocalizedTagsMixin, Tag
from .themes import Theme, ThemeIndexPage, theme_groups, theme_page_models

__all__ = [
    "AbstractInitiativeLink",
    "AbstractPageTag",
    "LocalizedTaggableManager",
    "LocalizedTagsMixin",
    "Tag",
    "AbstractRelatedPage",
    "ArticleIndexPage",
    "ArticlePage",
    "IndexPage",
    "BasePage",
    "ContactKeys",
    "FailedSignIn",
    "Footer",
    "NavigationMenu",
    "OutgoingMail",
    "RateLimitEvent",
    "SiteSettings",
    "Theme",
    "ThemeIndexPage",
    "organisation_name",
    "pages_about",
    "theme_groups",
    "theme_page_models",
]
