from .pages import (
    ArticleMixin,
    StoryIndexPage,
    StoryInitiative,
    StoryPage,
    StoryPageTag,
    StoryRelatedPage,
    StorySubmissionPage,
)
from .snippets import Person, Place
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
]
