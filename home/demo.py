"""Demo content of the site shell: home, about, contact, privacy, accessibility, themes,
navigation, footer and settings, in Dutch and English. Sections add their own in their demo.py."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model

from wagtail.models import Page, Site

from core.models import Footer, NavigationMenu, SiteSettings, Theme, ThemeIndexPage
from home.demo_utils import DemoContext, root_page
from home.models import HomePage
from pages.models import ContactPage, FormField, StandardPage

DEMO_USERNAME = "redactie"
DEMO_PASSWORD = "wijkbedrijf-demo"  # noqa: S105 - printed by `make run`, demo only

THEMES = [
    (
        "armoede-en-schulden",
        "Armoede en schulden",
        "poverty-and-debt",
        "Poverty and debt",
        "coin",
        "Rondkomen, schulden voorkomen en samen zoeken naar uitwegen.",
        "Making ends meet, preventing debt and finding ways out together.",
    ),
    (
        "eenzaamheid",
        "Eenzaamheid",
        "loneliness",
        "Loneliness",
        "heart",
        "Niemand hoeft zich in de wijk alleen te voelen.",
        "Nobody in the neighbourhood should have to feel alone.",
    ),
    (
        "participatie",
        "Participatie",
        "participation",
        "Participation",
        "people",
        "Iedereen levert een bijdrage, groot of klein, betaald of vrijwillig.",
        "Everyone contributes, big or small, paid or as a volunteer.",
    ),
    (
        "verduurzaming",
        "Verduurzaming",
        "sustainable-homes",
        "Sustainable homes",
        "leaf",
        "Alle huizen moeten verduurzaamd worden: werk voor en door de wijk.",
        "Every home has to be made sustainable: work for and by the neighbourhood.",
    ),
    (
        "zorg-en-welzijn",
        "Zorg en welzijn",
        "care-and-wellbeing",
        "Care and wellbeing",
        "care",
        "Ouderen wonen langer thuis; buren en wijkhubs helpen daarbij.",
        "Older people live at home for longer; neighbours and local hubs help.",
    ),
    (
        "hergebruik",
        "Hergebruik",
        "re-use",
        "Re-use",
        "recycle",
        "Materialen en spullen krijgen een tweede leven in de wijk.",
        "Materials and goods get a second life in the neighbourhood.",
    ),
]


def rich(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def load(ctx: DemoContext):
    ctx.locale("nl"), ctx.locale("en")
    _themes(ctx)
    hero = ctx.image(
        "Bewoners van de Geitenkamp voor hun huizen",
        "houses",
        1,
        "Bewoners staan voor een rij kleurige huizen",
    )
    home_nl, home_en = _home(ctx, hero)
    ctx.homes = {"nl": home_nl, "en": home_en}
    about_nl, about_en = _about(ctx, home_nl)
    themes_nl, themes_en = ctx.both(
        home_nl,
        ThemeIndexPage,
        "themas",
        nl={
            "title": "Thema's",
            "introduction": "Waar we in de wijk aan werken. Kies een thema "
            "en zie alle verhalen, blogs, initiatieven, vacatures en instrumenten erover.",
            "listing_summary": "Armoede en schulden, eenzaamheid, participatie en meer.",
        },
        en={
            "title": "Themes",
            "slug": "themes",
            "introduction": "What we work on in the "
            "neighbourhood. Pick a theme to see every story, blog, initiative, opening and "
            "instrument on it.",
            "listing_summary": "Poverty and debt, loneliness, participation and more.",
        },
    )
    contact_nl, contact_en = _contact(ctx, home_nl)
    privacy_nl, privacy_en = _privacy(ctx, home_nl)
    access_nl, access_en = _accessibility(ctx, home_nl)
    _settings(ctx, privacy_nl, access_nl, contact_nl)
    _navigation(
        ctx, [(about_nl, about_en, 70), (themes_nl, themes_en, 50), (contact_nl, contact_en, 90)]
    )
    _footer(ctx, about_nl, privacy_nl)
    _user()
    ctx.store["about"] = (about_nl, about_en)
    ctx.store["contact"] = (contact_nl, contact_en)
    ctx.store["privacy"] = (privacy_nl, privacy_en)


def _themes(ctx):
    for order, (slug_nl, name_nl, slug_en, name_en, icon, text_nl, text_en) in enumerate(THEMES):
        theme = Theme.objects.filter(locale=ctx.locale("nl"), slug=slug_nl).first()
        if theme is None:
            theme = Theme.objects.create(
                locale=ctx.locale("nl"),
                slug=slug_nl,
                name=name_nl,
                description=text_nl,
                icon=icon,
                sort_order=order,
            )
        ctx.translated_snippet(theme, "en", slug=slug_en, name=name_en, description=text_en)
        ctx.store.setdefault("themes", {})[slug_nl] = theme


def _home(ctx, hero):
    root = root_page()
    home = HomePage.objects.filter(locale=ctx.locale("nl"), depth=2).first()
    if home is None:
        # The placeholder page Wagtail's first migration makes is replaced by ours.
        Page.objects.filter(depth=2, content_type__model="page").delete()
        root = root_page()
        home = ctx.page(
            root,
            HomePage,
            "home",
            title="Wijkbedrijf Geitenkamp",
            hero_heading="Samen maken we een wijk waar niemand aan de kant staat",
            hero_text="Er is veel werk te doen in de wijk: huizen verduurzamen, zorgen dat "
            "ouderen langer thuis kunnen wonen, spullen hergebruiken. Het wijkbedrijf verbindt "
            "dat werk met de mensen die hier wonen. Betaald of vrijwillig, groot of klein.",
            hero_image=hero,
            hero_image_alt="Bewoners staan voor een rij kleurige huizen in de wijk",
            hero_cta_label="Doe mee",
            hero_secondary_label="Lees de verhalen",
            search_description="Het wijkbedrijf van de Geitenkamp verbindt bewoners met werk "
            "in de wijk: verhalen, initiatieven, vacatures en instrumenten.",
            body=[
                (
                    "paragraph",
                    rich(
                        "In een <b>all inclusive wijk</b> hoeft niemand zich te vervelen, eenzaam te "
                        "zijn of zonder geld te zitten. Het wijkbedrijf is een bedrijf van en voor "
                        "inwoners: het brengt capaciteit en talent in de wijk samen met de opdrachten "
                        "van gemeente, woningcorporaties, zorg en bedrijven."
                    ),
                ),
            ],
        )
    # The demo site's address comes from WAGTAILADMIN_BASE_URL, so canonical URLs, feeds and the
    # sitemap point where `make run` serves it.
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    hostname, port = (
        base.hostname or "localhost",
        base.port or (443 if base.scheme == "https" else 80),
    )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name="Wijkbedrijf Geitenkamp",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.hostname, site.port = hostname, port
        site.site_name = "Wijkbedrijf Geitenkamp"
        site.save()
    home_en = ctx.translate(
        home,
        "en",
        title="Wijkbedrijf Geitenkamp",
        hero_heading="Together we build a neighbourhood where nobody is left out",
        hero_text="There is plenty of work in the neighbourhood: making homes sustainable, "
        "helping older people live at home for longer, re-using materials. The wijkbedrijf "
        "connects that work with the people who live here. Paid or as a volunteer, big or small.",
        hero_image_alt="Residents standing in front of a row of colourful houses",
        hero_cta_label="Join in",
        hero_secondary_label="Read the stories",
        search_description="The neighbourhood enterprise of the Geitenkamp connects residents "
        "with work in the neighbourhood: stories, initiatives, openings and instruments.",
        body=[
            (
                "paragraph",
                rich(
                    "In an <b>all-inclusive neighbourhood</b> nobody has to be bored, lonely or "
                    "without money. The wijkbedrijf (neighbourhood enterprise) is a company of and "
                    "for residents: it brings the capacity and talent in the neighbourhood together "
                    "with work from the municipality, housing corporations, care and businesses."
                ),
            ),
        ],
    )
    return home, home_en


def _about(ctx, home):
    roles_nl = [
        (
            "Wijkondernemer",
            "Runt het wijkbedrijf professioneel; bij voorkeur iemand uit de wijk. "
            "Het is een betaalde baan.",
        ),
        ("Communitybuilder", "Verbindt capaciteit en talent in de wijk met werk."),
        ("Informatieverzamelaar", "Organiseert wijkdata: waar is het urgent, wat speelt er?"),
        (
            "Verhalenverteller",
            "Inspireert en laat zien wat er verandert, met verhalen uit de wijk.",
        ),
    ]
    roles_en = [
        (
            "Neighbourhood entrepreneur",
            "Runs the wijkbedrijf professionally; preferably someone "
            "from the neighbourhood. It is a paid job.",
        ),
        ("Community builder", "Connects capacity and talent in the neighbourhood with work."),
        (
            "Information gatherer",
            "Organises neighbourhood data: where is it urgent, what is going on?",
        ),
        ("Storyteller", "Inspires and shows what changes, with stories from the neighbourhood."),
    ]
    image = ctx.image(
        "Buurtbijeenkomst op het plein", "people", 2, "Bewoners in gesprek op het plein"
    )

    def body(intro, roles, heading_roles, money_heading, money):
        return [
            ("paragraph", rich(*intro)),
            (
                "image",
                {
                    "image": {"image": image, "alt_text": "", "decorative": True},
                    "caption": "",
                    "credit": "",
                },
            ),
            ("heading", {"text": heading_roles, "level": "h2"}),
            (
                "accordion",
                {"heading": "", "items": [{"question": q, "answer": rich(a)} for q, a in roles]},
            ),
            ("heading", {"text": money_heading, "level": "h2"}),
            ("paragraph", rich(money)),
        ]

    return ctx.both(
        home,
        StandardPage,
        "over-ons",
        nl={
            "title": "Over het wijkbedrijf",
            "introduction": "Het wijkbedrijf is een bedrijf van en voor inwoners. Dé plek waar "
            "inwoners en werk met elkaar verbonden worden.",
            "body": body(
                [
                    "Het wijkbedrijf houdt zich bezig met communitybuilding, met het organiseren van "
                    "samenwerking met systeempartners en met het opstarten van sociale ondernemingen "
                    "en hubs in de wijk: een zorghub, een mobiliteitshub, een onderhoudshub.",
                    "We proberen het werk dat gedaan moet worden zoveel mogelijk in de wijk zelf te "
                    "beleggen. Daarvoor organiseren we projectgroepen, sociale ondernemingen en "
                    "basisvoorzieningen: samen noemen we dat participatie-infrastructuur.",
                ],
                roles_nl,
                "Rollen in het wijkbedrijf",
                "Hoe het wijkbedrijf betaald wordt",
                "Inwoners, gemeente, maatschappelijke organisaties en bedrijven financieren het "
                "wijkbedrijf samen. Na de opstartfinanciering verdient het wijkbedrijf zijn eigen "
                "inkomsten met het werk dat de systeempartners inbrengen.",
            ),
        },
        en={
            "title": "About the wijkbedrijf",
            "slug": "about-us",
            "introduction": "The wijkbedrijf is a company of and for residents: the place where "
            "residents and work come together.",
            "body": body(
                [
                    "The wijkbedrijf works on community building, organises cooperation with system "
                    "partners such as the municipality and housing corporations, and starts social "
                    "enterprises and hubs in the neighbourhood: a care hub, a mobility hub, a "
                    "maintenance hub.",
                    "We try to have the work that needs doing done by the neighbourhood itself. For "
                    "that we organise project groups, social enterprises and basic services: "
                    "together we call this participation infrastructure.",
                ],
                roles_en,
                "Roles in the wijkbedrijf",
                "How the wijkbedrijf is funded",
                "Residents, the municipality, civil-society organisations and businesses fund the "
                "wijkbedrijf together. After start-up funding, it earns its own income from the "
                "work the system partners bring in.",
            ),
        },
        shared={"listing_image": image, "themes": [ctx.store["themes"]["participatie"]]},
    )


CONTACT_FIELDS_NL = [
    ("Je naam", "singleline", True, "", "name"),
    ("E-mailadres", "email", True, "We gebruiken dit alleen om je te antwoorden.", "email"),
    ("Telefoonnummer", "singleline", False, "Als je liever gebeld wordt.", "tel"),
    ("Je bericht", "multiline", True, "", ""),
    (
        "Ik geef toestemming om mijn gegevens te gebruiken om mijn bericht te beantwoorden",
        "checkbox",
        True,
        "",
        "",
    ),
]
CONTACT_LABELS_EN = [
    ("Your name", ""),
    ("Email address", "We only use this to answer you."),
    ("Phone number", "If you would rather be called."),
    ("Your message", ""),
    ("I agree that my details are used to answer my message", ""),
]


def _contact(ctx, home):
    page = home.get_children().filter(slug="contact").first()
    if page is None:
        page = ContactPage(
            title="Contact",
            slug="contact",
            locale=home.locale,
            introduction=rich(
                "Een vraag, een idee voor de wijk of wil je meedoen? Stuur ons "
                "een bericht. We antwoorden binnen vijf werkdagen."
            ),
            thank_you_text=rich(
                "Bedankt! We hebben je bericht ontvangen en antwoorden binnen vijf werkdagen."
            ),
            privacy_note="We bewaren je bericht maximaal een jaar en gebruiken het alleen om je "
            "te antwoorden.",
            to_address="info@wijkbedrijf.example",
            from_address="website@wijkbedrijf.example",
            subject="Nieuw bericht via de website",
            form_fields=[
                FormField(
                    label=label,
                    field_type=kind,
                    required=required,
                    help_text=help_text,
                    sort_order=i,
                )
                for i, (label, kind, required, help_text, _auto) in enumerate(CONTACT_FIELDS_NL)
            ],
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    english = page.get_translation_or_none(ctx.locale("en"))
    if english is None:
        english = ctx.translate(
            page,
            "en",
            introduction=rich(
                "A question, an idea for the neighbourhood, or want to join in? "
                "Send us a message. We answer within five working days."
            ),
            thank_you_text=rich(
                "Thank you! We received your message and will answer within five working days."
            ),
            privacy_note="We keep your message for at most a year and only use it to answer you.",
            subject="New message from the website",
        )
        for field, (label, help_text) in zip(
            english.form_fields.order_by("sort_order"), CONTACT_LABELS_EN, strict=True
        ):
            field.label = label
            field.help_text = help_text
            field.clean_name = ""
            field.save()
        english.save_revision().publish()
    return page, english.specific


def _privacy(ctx, home):
    nl = [
        ("heading", {"text": "Wie zijn wij", "level": "h2"}),
        (
            "paragraph",
            rich(
                "Wijkbedrijf Geitenkamp (Wijkplein 1, 6822 XX Arnhem) is "
                "verantwoordelijk voor de persoonsgegevens die via deze website "
                "binnenkomen."
            ),
        ),
        ("heading", {"text": "Welke gegevens en waarvoor", "level": "h2"}),
        (
            "paragraph",
            rich(
                "<b>Reacties op een vacature of oproep</b>: je naam, e-mailadres en/of telefoonnummer, "
                "je bericht en wanneer je beschikbaar bent. Doel: je in contact brengen met het "
                "initiatief. Grondslag: jouw toestemming, die je met het vinkje geeft en altijd kunt "
                "intrekken.",
                "<b>Contactformulier en 'Vertel je verhaal'</b>: je naam, hoe we je bereiken en je "
                "bericht. Doel: je vraag beantwoorden of je verhaal met je maken. Grondslag: "
                "toestemming.",
                "<b>Downloads van instrumenten</b>: we tellen alleen hoe vaak een bestand per dag is "
                "gedownload, zonder IP-adres of andere gegevens over jou.",
            ),
        ),
        ("heading", {"text": "Wie je gegevens ziet", "level": "h2"}),
        (
            "paragraph",
            rich(
                "Alleen de medewerkers van het wijkbedrijf en de contactpersoon van "
                "het initiatief waarop je reageert. We verkopen niets en delen niets "
                "met anderen, tenzij de wet dat eist."
            ),
        ),
        ("heading", {"text": "Hoe lang we gegevens bewaren", "level": "h2"}),
        (
            "paragraph",
            rich(
                "Reacties op vacatures: twaalf maanden nadat de vacature is gesloten. "
                "Berichten via het contactformulier: ten hoogste een jaar. Daarna "
                "verwijdert de website ze automatisch."
            ),
        ),
        ("heading", {"text": "Jouw rechten", "level": "h2"}),
        (
            "paragraph",
            rich(
                "Je mag je gegevens inzien, laten verbeteren, meenemen of laten "
                "verwijderen. Mail naar privacy@wijkbedrijf.example; we reageren binnen "
                "een maand. Je kunt ook een klacht indienen bij de Autoriteit "
                "Persoonsgegevens."
            ),
        ),
    ]
    en = [
        ("heading", {"text": "Who we are", "level": "h2"}),
        (
            "paragraph",
            rich(
                "Wijkbedrijf Geitenkamp (Wijkplein 1, 6822 XX Arnhem) is responsible "
                "for the personal data that reach us through this website."
            ),
        ),
        ("heading", {"text": "Which data, and what for", "level": "h2"}),
        (
            "paragraph",
            rich(
                "<b>Responses to an opening or call</b>: your name, email address and/or phone "
                "number, your message and when you are available. Purpose: putting you in touch with "
                "the initiative. Basis: your consent, which you give with the tick box and can always "
                "withdraw.",
                "<b>Contact form and 'Tell your story'</b>: your name, how to reach you and your "
                "message. Purpose: answering your question or making your story with you. Basis: "
                "consent.",
                "<b>Downloads of instruments</b>: we only count how often a file was downloaded per "
                "day, without IP address or other data about you.",
            ),
        ),
        ("heading", {"text": "Who sees your data", "level": "h2"}),
        (
            "paragraph",
            rich(
                "Only the staff of the wijkbedrijf and the contact person of the "
                "initiative you respond to. We sell nothing and share nothing with "
                "others, unless the law requires it."
            ),
        ),
        ("heading", {"text": "How long we keep data", "level": "h2"}),
        (
            "paragraph",
            rich(
                "Responses to openings: twelve months after the opening closed. "
                "Messages through the contact form: at most a year. After that the "
                "website deletes them automatically."
            ),
        ),
        ("heading", {"text": "Your rights", "level": "h2"}),
        (
            "paragraph",
            rich(
                "You may see, correct, take with you or have deleted your data. Email "
                "privacy@wijkbedrijf.example; we answer within a month. You can also "
                "complain to the Dutch Data Protection Authority (Autoriteit "
                "Persoonsgegevens)."
            ),
        ),
    ]
    return ctx.both(
        home,
        StandardPage,
        "privacyverklaring",
        nl={
            "title": "Privacyverklaring",
            "introduction": "Welke gegevens we van je vragen, "
            "waarom, wie ze ziet en hoe lang we ze bewaren.",
            "body": nl,
            "show_in_menus": False,
        },
        en={
            "title": "Privacy statement",
            "slug": "privacy-statement",
            "introduction": "Which "
            "data we ask of you, why, who sees them and how long we keep them.",
            "body": en,
        },
    )


def _accessibility(ctx, home):
    nl = [
        (
            "paragraph",
            rich(
                "We willen dat iedereen deze website kan gebruiken. De site is gebouwd volgens de "
                "richtlijnen WCAG 2.1 op niveau AA: je kunt alles met het toetsenbord bedienen, de teksten "
                "hebben voldoende contrast, afbeeldingen hebben een beschrijving en de site werkt ook "
                "zonder JavaScript.",
                "Bij elke wijziging controleren we de belangrijkste pagina's automatisch met axe-core, "
                "in het Nederlands en het Engels, op telefoon- en computerformaat.",
                "Loop je toch ergens tegenaan? Laat het ons weten via het contactformulier of "
                "info@wijkbedrijf.example. We reageren binnen vijf werkdagen.",
            ),
        )
    ]
    en = [
        (
            "paragraph",
            rich(
                "We want everyone to be able to use this website. It is built to the WCAG 2.1 guidelines "
                "at level AA: everything works with a keyboard, texts have enough contrast, images have a "
                "description, and the site also works without JavaScript.",
                "With every change we check the main pages automatically with axe-core, in Dutch and "
                "English, at phone and desktop size.",
                "Still stuck somewhere? Let us know through the contact form or at "
                "info@wijkbedrijf.example. We answer within five working days.",
            ),
        )
    ]
    return ctx.both(
        home,
        StandardPage,
        "toegankelijkheid",
        nl={
            "title": "Toegankelijkheidsverklaring",
            "introduction": "Hoe we zorgen dat iedereen deze website kan gebruiken.",
            "body": nl,
        },
        en={
            "title": "Accessibility statement",
            "slug": "accessibility",
            "introduction": "How we make sure everyone can use this website.",
            "body": en,
        },
    )


def _settings(ctx, privacy, accessibility, contact):
    settings = SiteSettings.load()
    if settings.email:
        return
    settings.organisation_name = "Wijkbedrijf Geitenkamp"
    settings.email = "info@wijkbedrijf.example"
    settings.phone = "026 123 45 67"
    settings.street_address = "Wijkplein 1"
    settings.postal_code = "6822 XX"
    settings.city = "Arnhem"
    settings.instagram_url = "https://www.instagram.com/wijkbedrijf.example"
    settings.linkedin_url = "https://www.linkedin.com/company/wijkbedrijf-example"
    settings.privacy_page = privacy
    settings.accessibility_page = accessibility
    settings.contact_page = contact
    settings.save()


def _navigation(ctx, pairs):
    nl = NavigationMenu.objects.filter(locale=ctx.locale("nl")).first()
    if nl is None:
        nl = NavigationMenu.objects.create(locale=ctx.locale("nl"), title="Hoofdmenu")
        ctx.translated_snippet(nl, "en", title="Main menu")
    for page_nl, page_en, weight in pairs:
        ctx.add_menu_item(page_nl, page_en, weight=weight)


def _footer(ctx, about, privacy):
    footer = Footer.objects.filter(locale=ctx.locale("nl")).first()
    if footer is None:
        footer = Footer.objects.create(
            locale=ctx.locale("nl"),
            tagline="Werk en welzijn in de wijk, van en voor bewoners.",
            about="Het wijkbedrijf verbindt inwoners met het werk dat in de wijk gedaan moet "
            "worden: betaald of vrijwillig.",
            columns=[
                (
                    "column",
                    {
                        "heading": "Het wijkbedrijf",
                        "links": [
                            {"page": about, "url": "", "label": ""},
                            {"page": privacy, "url": "", "label": ""},
                        ],
                    },
                )
            ],
            partners_heading="Samen met",
        )
        ctx.translated_snippet(
            footer,
            "en",
            tagline="Work and wellbeing in the neighbourhood, of and for residents.",
            about="The wijkbedrijf connects residents with the work that needs doing in the "
            "neighbourhood: paid or as a volunteer.",
            columns=[
                (
                    "column",
                    {
                        "heading": "The wijkbedrijf",
                        "links": [
                            {"page": about, "url": "", "label": ""},
                            {"page": privacy, "url": "", "label": ""},
                        ],
                    },
                )
            ],
            partners_heading="Together with",
        )


def _user():
    User = get_user_model()
    if not User.objects.filter(username=DEMO_USERNAME).exists():
        User.objects.create_superuser(
            DEMO_USERNAME,
            "redactie@wijkbedrijf.example",
            DEMO_PASSWORD,
            first_name="Demo",
            last_name="Redactie",
        )
