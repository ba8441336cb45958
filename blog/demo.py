"""Demo content of the blog: four posts in Dutch and English, and the editorial roles."""

import datetime

from blog.models import BlogIndexPage, BlogInitiative, BlogPage, BlogRelatedPage
from core.editorial import setup_editorial
from home.demo_utils import DemoContext
from stories.demo import link_initiatives

# post slug: slugs of the demo initiatives (initiatives/demo.py) it is about.
POST_INITIATIVES = {
    "mensen-met-schulden-worden-steeds-armer": ["hulp-bij-papieren-en-schulden"],
    "een-school-is-meer-dan-stenen": ["nieuw-leven-oude-school"],
}


def rich(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


POSTS = [
    {
        "slug": "mensen-met-schulden-worden-steeds-armer",
        "slug_en": "people-in-debt-keep-getting-poorer",
        "date": datetime.date(2026, 10, 1),
        "author": "sanne",
        "image": ("coin", 31),
        "alt": "Munten die van een stapel afglijden",
        "alt_en": "Coins sliding off a pile",
        "title": "Mensen met schulden worden steeds armer",
        "title_en": "People in debt keep getting poorer",
        "intro": "Een schuld van een paar honderd euro kan in een paar jaar uitgroeien tot "
        "duizenden. Dat is geen pech, het is een systeemprobleem.",
        "intro_en": "A debt of a few hundred euros can grow into thousands within a few years. "
        "That is not bad luck; it is a problem of the system.",
        "sections": [
            (
                "Hoe een schuld groeit",
                [
                    "Wie een rekening niet kan betalen, krijgt een aanmaning. Daarna volgen "
                    "incassokosten, rente en soms een deurwaarder met eigen kosten. Wie het minst "
                    "heeft, betaalt zo het meest.",
                    "Daar komt bij: boetes en terugvorderingen stapelen zich op, en stress maakt "
                    "het "
                    "moeilijker om overzicht te houden. Post blijft ongeopend liggen, en dat kost "
                    "weer "
                    "geld.",
                ],
            ),
            (
                "Wat de wijk kan doen",
                [
                    "Vroeg erbij zijn helpt het meest. Buren die de weg weten, een spreekuur in "
                    "het "
                    "buurthuis, een vrijwilliger die meeleest met de post.",
                    "En werk: een betaalde klus in de wijk geeft niet alleen inkomen, maar ook "
                    "ritme en "
                    "contacten. Het wijkbedrijf zoekt daarom juist ook werk voor mensen met "
                    "geldzorgen.",
                ],
            ),
        ],
        "sections_en": [
            (
                "How a debt grows",
                [
                    "If you cannot pay a bill, you get a reminder. Then come collection costs, "
                    "interest "
                    "and sometimes a bailiff with costs of their own. Those who have the least end "
                    "up "
                    "paying the most.",
                    "On top of that, fines and repayment claims pile up, and stress makes it "
                    "harder to "
                    "keep track. Post goes unopened, and that costs money again.",
                ],
            ),
            (
                "What the neighbourhood can do",
                [
                    "Being there early helps most. Neighbours who know the way, an advice hour at "
                    "the "
                    "community centre, a volunteer who reads the post together with you.",
                    "And work: a paid job in the neighbourhood brings not only income but also "
                    "rhythm "
                    "and contacts. That is why the wijkbedrijf looks for work for people with "
                    "money "
                    "worries in particular.",
                ],
            ),
        ],
        "themes": ["armoede-en-schulden"],
        "tags": ["schulden", "systeemprobleem"],
        "tags_en": ["debt", "system problem"],
        "related": ["marja-schulden"],
    },
    {
        "slug": "wat-is-een-wijkbedrijf",
        "slug_en": "what-is-a-wijkbedrijf",
        "date": datetime.date(2026, 3, 5),
        "author": "fatima",
        "image": ("people", 32),
        "alt": "Bewoners rond een tafel met een grote wijkkaart",
        "alt_en": "Residents around a table with a large map of the neighbourhood",
        "title": "Wat is een wijkbedrijf eigenlijk?",
        "title_en": "What exactly is a wijkbedrijf?",
        "intro": "Een bedrijf van en voor inwoners, dat het werk in de wijk zoveel mogelijk door "
        "de wijk zelf laat doen.",
        "intro_en": "A company of and for residents, which has the work in the neighbourhood done "
        "by the neighbourhood itself as much as it can.",
        "sections": [
            (
                "Werk genoeg",
                [
                    "Huizen verduurzamen, ouderen ondersteunen, spullen hergebruiken: er is "
                    "ontzettend "
                    "veel werk te doen. Het wijkbedrijf verbindt dat werk met de mensen die hier "
                    "wonen.",
                    "Een wijkondernemer runt het bedrijf, bij voorkeur iemand uit de wijk. Een "
                    "communitybuilder, een informatieverzamelaar en een verhalenverteller werken "
                    "mee.",
                ],
            ),
        ],
        "sections_en": [
            (
                "Plenty of work",
                [
                    "Making homes sustainable, supporting older people, re-using goods: there is "
                    "an "
                    "enormous amount of work to do. The wijkbedrijf connects that work with the "
                    "people "
                    "who live here.",
                    "A neighbourhood entrepreneur runs the company, preferably someone from the "
                    "neighbourhood. A community builder, an information gatherer and a storyteller "
                    "work alongside.",
                ],
            ),
        ],
        "themes": ["participatie"],
        "tags": ["wijkbedrijf"],
        "tags_en": ["wijkbedrijf"],
        "related": ["fatima-wijkondernemer"],
    },
    {
        "slug": "een-school-is-meer-dan-stenen",
        "slug_en": "a-school-is-more-than-bricks",
        "date": datetime.date(2025, 11, 20),
        "author": "sanne",
        "image": ("school", 33),
        "alt": "Een schoolplein met een oude klimrek",
        "alt_en": "A school playground with an old climbing frame",
        "title": "Een school is meer dan stenen",
        "title_en": "A school is more than bricks",
        "intro": "Waarom het lege schoolgebouw in de Geitenkamp zoveel mensen raakt, en wat het "
        "zou kunnen worden.",
        "intro_en": "Why the empty school building in the Geitenkamp touches so many people, and "
        "what it could become.",
        "sections": [
            (
                "Herinneringen en kansen",
                [
                    "Bijna iedereen in de wijk zat er ooit in de klas, of bracht er kinderen naar "
                    "school. Nu het leegstaat, voelt het als een gat in de wijk.",
                    "Maar een leeg gebouw is ook een kans: voor een werkplaats, een zorghub of een "
                    "plek waar het wijkbedrijf zelf kan zitten.",
                ],
            ),
        ],
        "sections_en": [
            (
                "Memories and opportunities",
                [
                    "Almost everyone in the neighbourhood once sat in its classrooms or took "
                    "children "
                    "to school there. Now that it is empty, it feels like a hole in the "
                    "neighbourhood.",
                    "But an empty building is also an opportunity: for a workshop, a care hub or a "
                    "place "
                    "for the wijkbedrijf itself.",
                ],
            ),
        ],
        "themes": ["participatie", "verduurzaming"],
        "tags": ["schoolgebouw"],
        "tags_en": ["school building"],
        "related": ["leeg-schoolgebouw-nieuwe-bestemming"],
    },
    {
        "slug": "tellen-wat-telt",
        "slug_en": "counting-what-counts",
        "date": datetime.date(2025, 6, 12),
        "author": "daan",
        "image": ("map", 34),
        "alt": "Een grafiek naast een plattegrond van de wijk",
        "alt_en": "A chart beside a map of the neighbourhood",
        "title": "Tellen wat telt: wijkdata met bewoners",
        "title_en": "Counting what counts: neighbourhood data with residents",
        "intro": "Cijfers over een wijk zeggen veel, maar niet alles. Daarom verzamelen we ze "
        "samen met bewoners.",
        "intro_en": "Figures about a neighbourhood say a lot, but not everything. That is why we "
        "gather them together with residents.",
        "sections": [
            (
                "Van cijfer naar gesprek",
                [
                    "Open data laat zien waar betalingsachterstanden of eenzaamheid vaker "
                    "voorkomen. "
                    "Pas in gesprek met bewoners wordt duidelijk wat erachter zit.",
                    "Zo maken we samen een kaart van de urgenties in de wijk, en die bepaalt waar "
                    "het "
                    "wijkbedrijf als eerste aan de slag gaat.",
                ],
            ),
        ],
        "sections_en": [
            (
                "From figure to conversation",
                [
                    "Open data shows where payment arrears or loneliness are more common. Only in "
                    "conversation with residents does it become clear what lies behind them.",
                    "Together we draw a map of what is urgent in the neighbourhood, and it decides "
                    "where "
                    "the wijkbedrijf starts first.",
                ],
            ),
        ],
        "themes": ["participatie", "armoede-en-schulden", "eenzaamheid"],
        "tags": ["wijkdata"],
        "tags_en": ["neighbourhood data"],
        "related": ["wijkdata-waar-is-het-urgent"],
    },
]


def _body(sections):
    body = []
    for heading, paragraphs in sections:
        body.append(("heading", {"text": heading, "level": "h2"}))
        body.append(("paragraph", rich(*paragraphs)))
    return body


def load(ctx: DemoContext):
    home_nl = ctx.homes["nl"]
    index_nl, index_en = ctx.both(
        home_nl,
        BlogIndexPage,
        "blog",
        nl={
            "title": "Blog",
            "introduction": "Achtergronden en meningen over armoede en schulden, "
            "participatie en het werk in de wijk.",
            "listing_summary": "Achtergronden en meningen uit het wijkbedrijf.",
        },
        en={
            "title": "Blog",
            "slug": "blog",
            "introduction": "Background and opinion on poverty "
            "and debt, participation and the work in the neighbourhood.",
            "listing_summary": "Background and opinion from the wijkbedrijf.",
        },
    )
    themes = ctx.store.get("themes", {})
    people = ctx.store.get("people", {})
    stories = ctx.store.get("stories", {})
    posts = {}
    for data in sorted(POSTS, key=lambda d: d["date"]):  # oldest first
        image = ctx.image(data["title"], data["image"][0], data["image"][1], data["alt"])
        author = people.get(data["author"], (None, None))[0]
        related = [
            BlogRelatedPage(link_page=stories[slug][0])
            for slug in data["related"]
            if slug in stories
        ]
        shared = {
            "hero_image": image,
            "publication_date": data["date"],
            "author": author,
            "themes": [themes[slug] for slug in data["themes"] if slug in themes],
        }
        posts[data["slug"]] = ctx.both(
            index_nl,
            BlogPage,
            data["slug"],
            shared=shared,
            nl={
                "title": data["title"],
                "introduction": data["intro"],
                "hero_image_alt": data["alt"],
                "body": _body(data["sections"]),
                "tags": data["tags"],
                "related_links": related,
            },
            en={
                "title": data["title_en"],
                "slug": data["slug_en"],
                "introduction": data["intro_en"],
                "hero_image_alt": data["alt_en"],
                "body": _body(data["sections_en"]),
                "tags": data["tags_en"],
            },
        )
    link_initiatives(ctx, posts, POST_INITIATIVES, BlogInitiative)
    ctx.add_menu_item(index_nl, index_en, weight=60)
    ctx.add_home_section(
        index_nl,
        "Uit het blog",
        "From the blog",
        count=3,
        link_nl="Alle blogs",
        link_en="All blog posts",
    )
    setup_editorial()
