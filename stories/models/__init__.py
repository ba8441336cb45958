from .pages import (
    ArticleMixin,
    StoryIndexPage,
    StoryInitiative,
    StoryPage,
    StoryPageTag,
    StoryRelatedPage,
    StorySubmissionPage,
    organisation_name,
)
from .snippets import Person, Place, public_consent_q
from .submissions import StorySubmission

__all__ = [
    "ArticleMixin",
    "Person",
    "Place",
    "StoryIndexPage",
    "StoryInitiative",
    "StoryPage",
    "StoryPageTag",
    "StoryRelatedPage",
    "StorySubmission",
    "StorySubmissionPage",
    "organisation_name",
    "public_consent_q",
]
