from .pages import (
    ArticleMixin,
    StoryIndexPage,
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
    "StoryPage",
    "StoryPageTag",
    "StoryRelatedPage",
    "StorySubmission",
    "StorySubmissionPage",
]
