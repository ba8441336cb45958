"""Settings shared by every environment. Safe for production: DEBUG is off here."""

import datetime
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url
from csp.constants import NONCE, NONE, SELF

from .env import env, env_bool, env_int, env_list

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# --- Core -------------------------------------------------------------------------------------
DEBUG = False
SECRET_KEY = env("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The apps of the site, in dependency order: `core` first (what every section shares); a section
# may refer to the ones before it, never after (checked by import-linter in `make lint`).
# load_demo runs each section's demo.py in this order.
LOCAL_APPS = [
    "core",
    "home",
    "pages",
    "initiatives",
    "instruments",
    "stories",
    "blog",
    "participation",
]

INSTALLED_APPS = [
    *LOCAL_APPS,
    "wagtail_localize",
    "wagtail_localize.locales",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # TRACE, OPTIONS and methods no public view takes: an empty answer before anything else.
    "core.middleware.HttpMethodMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Above GZip (stores the compressed page) and the rest (a hit skips them all).
    "core.page_cache.PageCacheMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.CachedSiteMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.middleware.RejectInvalidTextMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    "core.caching.PrivateResponseMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Brute-force protection: the shared passwords of private pages and documents counted
    # like logins (core/login_throttling.py), and django-axes' own middleware last, as it asks.
    "core.login_throttling.PasswordFormThrottleMiddleware",
    "axes.middleware.AxesMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------------------------
# SQLite is the embedded default: WAL so readers never wait for the writer, IMMEDIATE
# transactions so two writers queue instead of failing on a lock upgrade, and a busy timeout.
# The busy timeout is short on purpose: a submission that meets a lock retries
# (SUBMISSION_SAVE_ATTEMPTS, core/resilience.py) and then tells the resident it was not saved,
# all well below gunicorn's 30 s worker timeout; page views never wait long either.
SQLITE_BUSY_TIMEOUT = env_int("SQLITE_BUSY_TIMEOUT", 5)
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": SQLITE_BUSY_TIMEOUT,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
# Connections are kept between requests (seconds; 0: one per request). On SQLite opening one
# costs more than most page queries together (the PRAGMAs, Django's SQL functions): 3-7 ms of
# every request before this was on.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = SQLITE_OPTIONS
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The same bound on PostgreSQL: a write waits at most this long for a lock.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c lock_timeout={env_int('DATABASE_LOCK_TIMEOUT', 5) * 1000}"
    )
SUBMISSION_SAVE_ATTEMPTS = env_int("SUBMISSION_SAVE_ATTEMPTS", 3)
SUBMISSION_RETRY_PAUSE = 0.5  # seconds, times the attempt number

# --- Background tasks -------------------------------------------------------------------------
# Django's task framework (the django-tasks backport) with the database backend: mail and
# scheduled work are queued in the database and run by `manage.py db_worker` (`make run` starts
# it beside gunicorn; see the README for systemd). Wagtail's own tasks (search index, reference
# index) run there too.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Seconds between tries of a mail that failed (then it is marked failed for editors to see).
MAIL_RETRY_DELAYS = [60, 300, 1800, 7200, 21600]
MAIL_RETENTION_DAYS = env_int("MAIL_RETENTION_DAYS", 30)

# --- Caches and the page cache ----------------------------------------------------------------
# One cache every worker process (and, with Redis, every machine) shares: never LocMem, which is
# per process and would keep serving a page after it was changed in another worker.
REDIS_URL = env("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "wijkbedrijf"),
            "OPTIONS": {
                # A cache that is down makes pages slower, not broken.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 2,
                "SOCKET_TIMEOUT": 2,
            },
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 5000)},
        },
        # Wagtail writes every rendition it looks up back to its cache, on every render of
        # `{% image %}`: with the file cache that is a file written (and the cache directory
        # listed) per image per request. Cards and routed pages get their renditions in one
        # query (core/listing.py); the rest read the database, which costs less.
        "renditions": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
# Full-page cache for anonymous readers (core/page_cache.py); 0 turns it off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
# What the Cache-Control header tells browsers (max-age) and shared caches (s-maxage is
# PAGE_CACHE_SECONDS; a CDN is purged on publish when WAGTAILFRONTENDCACHE is configured).
PAGE_CACHE_BROWSER_SECONDS = env_int("PAGE_CACHE_BROWSER_SECONDS", 60)
PAGE_CACHE_STALE_SECONDS = env_int("PAGE_CACHE_STALE_SECONDS", 60)
PAGE_CACHE_EXCLUDED_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/i18n/",
    "/static/",
    "/media/",
    "/health/",
)
# The page chrome (menu, footer, language links) is cached per generation too, also with the
# page cache off: it changes only when a page, snippet or setting does.
FRAGMENT_CACHE_SECONDS = env_int("FRAGMENT_CACHE_SECONDS", 24 * 60 * 60)
# Lists of cards shared by many pages (the home page's sections, "stories about this
# initiative") likewise; keyed by the day too where what is open depends on the date.
CARD_LIST_CACHE_SECONDS = env_int("CARD_LIST_CACHE_SECONDS", FRAGMENT_CACHE_SECONDS)

# A CDN or Varnish in front: purged by wagtail.contrib.frontend_cache on publish.
WAGTAILFRONTENDCACHE = {}
if env("FRONTEND_CACHE_PURGE_URL"):  # Varnish, nginx or any cache that accepts PURGE
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
    }
if env("FRONTEND_CACHE_CLOUDFLARE_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env("FRONTEND_CACHE_CLOUDFLARE_TOKEN"),
        "ZONEID": env("FRONTEND_CACHE_CLOUDFLARE_ZONE", ""),
    }
if env("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION"),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

# --- Authentication ---------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"
# Brute-force protection with django-axes (core/login_throttling.py): after AXES_FAILURE_LIMIT
# wrong passwords for one user name from one address (admin login), or from one address on the
# shared passwords of private pages and documents, that address waits AXES_COOLOFF_MINUTES.
# Unlock sooner: `manage.py axes_reset_username <name>` or `axes_reset_ip <address>`.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = max(1, env_int("AXES_FAILURE_LIMIT", 5))  # 0 would refuse everyone
AXES_COOLOFF_TIME = datetime.timedelta(minutes=max(1, env_int("AXES_COOLOFF_MINUTES", 15)))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The same client address as the form rate limit (TRUSTED_PROXY_COUNT, core/abuse.py).
AXES_CLIENT_IP_CALLABLE = "core.login_throttling.client_ip"
AXES_LOCKOUT_CALLABLE = "core.login_throttling.lockout_response"
# Personal data kept to the minimum: failed attempts only (axes deletes them at the next sign-in
# after their cool-off), no log of every successful login with its address.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ACCESS_FAILURE_LOG = False
AXES_VERBOSE = False

# --- Languages --------------------------------------------------------------------------------
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "site" / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# --- Static files and media -------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "static_collected")))
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# More than one machine: uploads on S3-compatible object storage (django-storages). Files are
# private in the bucket (signed URLs for images); documents are still only served through the
# app's permission-checking views, which stream them from the bucket.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", True)
    AWS_S3_FILE_OVERWRITE = False
    AWS_LOCATION = env("AWS_LOCATION", "media")
    # AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are read from the environment by boto3.
# On one machine the app serves uploads itself; behind a web server or object storage, turn off.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)

# --- Email ------------------------------------------------------------------------------------
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Wijkbedrijf <noreply@wijkbedrijf.example>")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# --- Security ---------------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # the Wagtail admin reads it
# The language cookie (set by /i18n/setlang/) is read by Django only, never by a script.
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)

# Public pages: a strict policy; scripts only from our origin or with the per-request nonce.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The openings widget (/<lang>/vacatures/widget/) is the only page other sites may frame: the
# sites in each partner page's allowlist, plus these (comma-separated origins, or "*" for any).
OPENINGS_WIDGET_FRAME_ANCESTORS = env_list("OPENINGS_WIDGET_FRAME_ANCESTORS")
# The Wagtail admin (and page previews, which it frames) needs inline styles and scripts.
ADMIN_URL_PREFIXES = ("/admin/", "/django-admin/")
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:", "https:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF, "https:"],
    "media-src": [SELF, "blob:"],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}

# --- Wagtail ----------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = env("WAGTAIL_SITE_NAME", "Wijkbedrijf")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: the admin would send a hash of every editor's email address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# PostgreSQL full-text search with each language's stemming (core/search_backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "core.search_backend"}}
SEARCH_CONFIGS = {"nl": "dutch", "en": "english"}
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("IMAGE_MAX_UPLOAD_MB", 10) * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "bmp": "png", "webp": "webp"}
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "xlsx",
    "pptx",
    "odt",
    "ods",
    "odp",
    "csv",
    "txt",
    "png",
    "jpg",
    "jpeg",
    "zip",
]
DOCUMENT_MAX_UPLOAD_SIZE = env_int("DOCUMENT_MAX_UPLOAD_MB", 25) * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.documents.SafeDocumentForm"
# No image in a restricted collection: images are served from public addresses.
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.documents.PublicCollectionImageForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_USER_TIME_ZONES = ["Europe/Amsterdam"]
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# "Translate" makes the English page as an unpublished draft: it goes live only when the
# translator publishes it, never at once with the Dutch title and body.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
TAGGIT_CASE_INSENSITIVE = True

# --- Public forms: the abuse guard ------------------------------------------------------------
# A submission faster than FORM_MIN_SECONDS after rendering, or from a form older than a day, is
# refused. FORM_RATE_LIMIT is "<count>/<s|m|h|d>" per client and form; "0" turns it off.
FORM_MIN_SECONDS = env_int("FORM_MIN_SECONDS", 3)
FORM_MAX_AGE_SECONDS = 24 * 60 * 60
FORM_RATE_LIMIT = env("FORM_RATE_LIMIT", "10/h")
# How many reverse proxies in front of the app add to X-Forwarded-For (0: use REMOTE_ADDR).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# --- Personal data ----------------------------------------------------------------------------
# Phone numbers without a country code are read as numbers of this region (ISO 3166 code).
PHONE_DEFAULT_REGION = env("PHONE_DEFAULT_REGION", "NL")
CONTACT_RETENTION_DAYS = env_int("CONTACT_RETENTION_DAYS", 365)
STORY_SUBMISSION_RETENTION_DAYS = env_int("STORY_SUBMISSION_RETENTION_DAYS", 365)
RESPONSE_RETENTION_MONTHS = env_int("RESPONSE_RETENTION_MONTHS", 12)
HELP_OFFER_RETENTION_MONTHS = env_int("HELP_OFFER_RETENTION_MONTHS", 12)
# The most a response or an offer of help is kept, counted from its arrival, whatever its
# opening's state (open, unpublished, never closed) or its last status change.
RESPONSE_MAX_AGE_DAYS = env_int("RESPONSE_MAX_AGE_DAYS", 730)
# Alerts: deleted when not confirmed within ALERT_CONFIRM_DAYS, and ALERT_RETENTION_DAYS after
# the resident last confirmed their interest (they are asked a month before).
ALERT_CONFIRM_DAYS = env_int("ALERT_CONFIRM_DAYS", 7)
ALERT_RETENTION_DAYS = env_int("ALERT_RETENTION_DAYS", 365)
SECURITY_CONTACT = env("SECURITY_CONTACT", "mailto:security@wijkbedrijf.example")

# --- Backups and health -----------------------------------------------------------------------
# `manage.py backup` writes its archives here (database and media in one file, core/backup.py).
BACKUP_DIR = Path(env("BACKUP_DIR", str(BASE_DIR / "var" / "backups")))
# /health/ (core/health.py): the full report needs a staff login or this token
# (`Authorization: Bearer <token>`); everyone else gets only the status code. The worker check
# fails when no task finished for HEALTH_WORKER_MAX_AGE seconds (a heartbeat task keeps an idle
# worker proving itself every third of that).
HEALTH_CHECK_TOKEN = env("HEALTH_CHECK_TOKEN", "")
HEALTH_WORKER_MAX_AGE = env_int("HEALTH_WORKER_MAX_AGE", 300)

# --- Demo content -----------------------------------------------------------------------------
DEMO_CONTENT_ALLOWED = env_bool("DEMO_CONTENT_ALLOWED", False)

# --- Errors reach the people running the site ------------------------------------------------
# ADMINS get a mail for every unhandled error and every submission that could not be saved
# ("Name <address>" pairs, comma-separated); SENTRY_DSN sends the same to Sentry (sentry-sdk).
ADMINS = [
    (address.split("<")[0].strip() or address, address.split("<")[-1].rstrip(">").strip())
    for address in env_list("ADMINS")
]
SENTRY_DSN = env("SENTRY_DSN", "")

# --- Logging ----------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django.request": {"handlers": ["console", "mail_admins"], "level": "ERROR"},
        "core": {"handlers": ["console", "mail_admins"], "level": "WARNING", "propagate": False},
    },
}
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        send_default_pii=False,  # residents' data stays here
        traces_sample_rate=0.0,
        environment=env("SENTRY_ENVIRONMENT", "production"),
    )

# Used in templates for the site title when no site settings exist yet.
SITE_TAGLINE = _("Work and wellbeing in the neighbourhood")
