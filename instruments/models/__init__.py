from .choices import Audience, FileLanguage, InstrumentType, Licence, OrganisationType
from .downloads import DownloadAnswer, DownloadCount
from .pages import (
    AudienceGroup,
    InstrumentFile,
    InstrumentIndexPage,
    InstrumentPage,
    InstrumentPageTag,
    InstrumentUsage,
    InstrumentVersion,
)

__all__ = [
    "Audience",
    "AudienceGroup",
    "DownloadAnswer",
    "DownloadCount",
    "FileLanguage",
    "InstrumentFile",
    "InstrumentIndexPage",
    "InstrumentPage",
    "InstrumentPageTag",
    "InstrumentType",
    "InstrumentUsage",
    "InstrumentVersion",
    "Licence",
    "OrganisationType",
]
