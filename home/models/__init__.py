from .abuse import RateLimitBucket
from .base import BasePage
from .pages import ContactPage, FormField, HomePage, StandardPage, ThemeIndexPage, theme_groups
from .site import Footer, NavigationMenu, SiteSettings
from .themes import Theme

__all__ = [
    "BasePage",
    "ContactPage",
    "Footer",
    "FormField",
    "HomePage",
    "NavigationMenu",
    "RateLimitBucket",
    "SiteSettings",
    "StandardPage",
    "Theme",
    "ThemeIndexPage",
    "theme_groups",
]
