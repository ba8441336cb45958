from .pages import (
    StoryIndexPage,
    StoryInitiative,
    StoryPage,
    StoryPageTag,
    StoryRelatedPage,
    StorySubmissionPage,
)
from .snippets import Person, Place, public_consent_q
from .submissions import StorySubmission

__all__ = [
    "Person",
    "Place",
    "StoryIndexPage",
    "StoryInitiative",
    "StoryPage",
    "StoryPageTag",
    "StoryRelatedPage",
    "StorySubmission",
    "StorySubmissionPage",
    "public_consent_q",
]
