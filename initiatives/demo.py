"""Demo content of initiatives, openings, partners and responses, in Dutch and English."""

import datetime
import uuid

from django.utils import timezone

from core.models import Footer
from home.demo_utils import DemoContext

from .models import (
    InitiativeIndexPage,
    InitiativePage,
    InitiativePartner,
    OpeningFinderPage,
    OpeningPage,
    PartnerIndexPage,
    PartnerPage,
    Response,
)
from .models.responses import CONSENT_VERSION


def rich(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


PARTNERS = [
    # slug, kind, nl title, en title, nl text, en text, website, motif
    (
        "spectrum",
        "care",
        "Spectrum",
        "Spectrum",
        "Spectrum werkt in Gelderland aan sterke buurten en een gezonde samenleving. Voor het "
        "wijkbedrijf tekende Spectrum de infographic en ondersteunt het de buurtmaatjes en de "
        "hulp bij papieren.",
        "Spectrum works across Gelderland on strong neighbourhoods and a healthy society. For the "
        "wijkbedrijf Spectrum drew the infographic and supports the buddies and the help with "
        "paperwork.",
        "https://www.spectrumelan.nl/",
        "people",
    ),
    (
        "toekomststerk",
        "company",
        "ToekomstSterk",
        "ToekomstSterk",
        "ToekomstSterk helpt wijken en gemeenten de aanpak van de all inclusive wijk in de "
        "praktijk te brengen: van wijkbedrijf tot participatie-infrastructuur.",
        "ToekomstSterk helps neighbourhoods and municipalities put the all-inclusive "
        "neighbourhood approach into practice: from wijkbedrijf to participation infrastructure.",
        "https://www.toekomststerk.nl/",
        "leaf",
    ),
    (
        "gemeente-arnhem",
        "municipality",
        "Gemeente Arnhem",
        "Municipality of Arnhem",
        "De gemeente legt opdrachten in de wijk neer: van verduurzaming tot schuldhulp, en denkt "
        "mee over een nieuwe bestemming voor het lege schoolgebouw.",
        "The municipality brings work to the neighbourhood, from sustainable homes to debt "
        "support, and helps find a new use for the empty school building.",
        "https://www.arnhem.nl/",
        "map",
    ),
    (
        "woonstichting-noord",
        "housing",
        "Woonstichting Arnhem-Noord",
        "Arnhem-Noord Housing Association",
        "De woningcorporatie verduurzaamt haar huurwoningen in de Geitenkamp en werkt daarvoor "
        "samen met energiecoaches uit de wijk.",
        "The housing association is making its rented homes in the Geitenkamp sustainable and "
        "works with energy coaches from the neighbourhood to do so.",
        "",
        "houses",
    ),
]


def load(ctx: DemoContext):
    home_nl = ctx.homes["nl"]
    themes = ctx.store["themes"]

    partners_nl, partners_en = ctx.both(
        home_nl,
        PartnerIndexPage,
        "partners",
        nl={
            "title": "Partners",
            "introduction": "Met deze organisaties werkt het wijkbedrijf "
            "samen. Ze brengen werk, geld, kennis of ruimte in.",
            "listing_summary": "Gemeente, woningcorporatie, zorg en welzijn en bedrijven.",
        },
        en={
            "title": "Partners",
            "slug": "partners",
            "introduction": "The organisations the "
            "wijkbedrijf works with. They bring work, money, knowledge or space.",
            "listing_summary": "Municipality, housing, care and welfare, and businesses.",
        },
    )
    partners = {}
    for index, (slug, kind, title_nl, title_en, text_nl, text_en, website, _motif) in enumerate(
        PARTNERS
    ):
        logo = ctx.logo(f"Logo {title_nl}", title_nl, 40 + index, f"Logo van {title_nl}")
        partners[slug], _en = ctx.both(
            partners_nl,
            PartnerPage,
            slug,
            shared={"kind": kind, "logo": logo, "website": website},
            nl={"title": title_nl, "description": rich(text_nl)},
            en={"title": title_en, "slug": slug, "description": rich(text_en)},
        )

    index_nl, index_en = ctx.both(
        home_nl,
        InitiativeIndexPage,
        "initiatieven",
        nl={
            "title": "Initiatieven",
            "introduction": "Wat er in de wijk gebeurt en waar we jouw "
            "hulp bij zoeken. Filter op thema, plek, status of partner.",
            "listing_summary": "Oproepen en projecten in de wijk.",
        },
        en={
            "title": "Initiatives",
            "slug": "initiatives",
            "introduction": "What is happening in "
            "the neighbourhood and where we need your help. Filter by theme, place, status or "
            "partner.",
            "listing_summary": "Calls for help and projects in the neighbourhood.",
        },
    )
    finder_nl, finder_en = ctx.both(
        home_nl,
        OpeningFinderPage,
        "doe-mee",
        nl={
            "title": "Doe mee",
            "introduction": "Betaald of vrijwillig, een paar uur of een "
            "vaste baan: kies wat bij je past en reageer direct.",
            "listing_summary": "Alle open vacatures en oproepen in de wijk.",
        },
        en={
            "title": "Join in",
            "slug": "join-in",
            "introduction": "Paid or as a volunteer, a "
            "few hours or a steady job: pick what suits you and respond straight away.",
            "listing_summary": "Every open opening in the neighbourhood.",
        },
    )

    for spec in INITIATIVES:
        _initiative(ctx, index_nl, spec, themes, partners)

    _responses()

    ctx.add_menu_item(finder_nl, finder_en, weight=20)
    ctx.add_menu_item(index_nl, index_en, weight=30)
    ctx.add_menu_item(partners_nl, partners_en, weight=80)
    ctx.add_home_section(
        finder_nl,
        "Doe mee: open vacatures",
        "Join in: open openings",
        count=3,
        intro_nl="Werk in de wijk dat op jou wacht, betaald of vrijwillig.",
        intro_en="Work in the neighbourhood waiting for you, paid or as a volunteer.",
        link_nl="Alle vacatures",
        link_en="All openings",
    )
    for code, finder in (("nl", finder_nl), ("en", finder_en)):
        home = ctx.homes[code]
        if home.hero_cta_page_id is None:
            home.hero_cta_page = finder
            home.save_revision().publish()
    for code, partner_index in (("nl", partners_nl), ("en", partners_en)):
        footer = Footer.objects.filter(locale=ctx.locale(code)).first()
        if footer is not None and footer.partners_index_id is None:
            footer.partners_index = partner_index
            footer.save()
    ctx.store["initiatives_index"] = (index_nl, index_en)
    ctx.store["openings_finder"] = (finder_nl, finder_en)
    ctx.store["partners_index"] = (partners_nl, partners_en)


def _initiative(ctx, index_nl, spec, themes, partners):
    image = ctx.image(spec["image"][0], spec["image"][1], spec["image"][2], spec["image"][3])
    page_nl, page_en = ctx.both(
        index_nl,
        InitiativePage,
        spec["slug"],
        shared={
            "status": spec["status"],
            "place": spec["place"],
            "hero_image": image,
            "coordinator_name": spec["coordinator"][0],
            "coordinator_email": spec["coordinator"][1],
            "coordinator_phone": spec["coordinator"][2],
            "themes": [themes[t] for t in spec["themes"]],
        },
        nl={
            **spec["nl"],
            "body": [("paragraph", rich(*spec["nl"]["body"]))],
            "partner_links": [
                InitiativePartner(partner=partners[slug], role=role_nl)
                for slug, role_nl, _role_en in spec["partners"]
            ],
        },
        en={
            **spec["en"],
            "body": [("paragraph", rich(*spec["en"]["body"]))],
            "partner_links": [
                InitiativePartner(partner=partners[slug], role=role_en)
                for slug, _role_nl, role_en in spec["partners"]
            ],
        },
    )
    for opening in spec["openings"]:
        shared = {
            "contact_name": spec["coordinator"][0],
            "contact_email": spec["coordinator"][1],
            "contact_phone": spec["coordinator"][2],
            "place": spec["place"],
            "themes": [themes[t] for t in spec["themes"]],
            **opening["shared"],
        }
        ctx.both(
            page_nl,
            OpeningPage,
            opening["slug"],
            shared=shared,
            nl={**opening["nl"], "tasks": rich(opening["nl"]["tasks"])},
            en={**opening["en"], "tasks": rich(opening["en"]["tasks"])},
        )
    return page_nl, page_en


def _responses():
    """A few responses in different states; made once (found by their email address)."""
    now = timezone.now()
    samples = [
        (
            "energiecoach",
            "Henk Jansen",
            "henk.jansen@example.nl",
            "06 12345678",
            "Ik heb mijn eigen huis geïsoleerd en help graag buren.",
            "dinsdag en donderdag",
            Response.Status.NEW,
            9,
        ),
        (
            "energiecoach",
            "Aylin Demir",
            "",
            "06 23456789",
            "Ik wil graag leren hoe je energie bespaart en dat doorgeven.",
            "avonden",
            Response.Status.CONTACTED,
            3,
        ),
        (
            "buurtmaatje",
            "Marieke Bos",
            "marieke.bos@example.nl",
            "",
            "Ik ben net met pensioen en heb tijd voor een kopje koffie met iemand.",
            "flexibel",
            Response.Status.MATCHED,
            20,
        ),
        (
            "gastvrouw-repair-cafe",
            "Yusuf Kaya",
            "yusuf.kaya@example.nl",
            "",
            "Ik spreek Turks en Nederlands en ontvang graag mensen.",
            "zaterdagochtend",
            Response.Status.NEW,
            1,
        ),
        (
            "thuisadministratie",
            "Els van Dijk",
            "els.vandijk@example.nl",
            "026 1234567",
            "Ik was boekhouder en help graag met de post.",
            "woensdagmiddag",
            Response.Status.REJECTED,
            30,
        ),
    ]
    for slug, name, email, phone, message, availability, status, age in samples:
        key = email or phone
        if Response.objects.for_contact(key).exists():
            continue
        opening = OpeningPage.objects.filter(slug=slug, locale__language_code="nl").first()
        if opening is None:
            continue
        created = now - datetime.timedelta(days=age)
        Response.objects.create(
            opening=opening,
            name=name,
            email=email,
            phone=phone,
            message=message,
            availability=availability,
            language="nl",
            consent_version=CONSENT_VERSION,
            consent_given_at=created,
            created_at=created,
            status=status,
            status_changed_at=None if status == Response.Status.NEW else created,
            submission_key=uuid.uuid4(),
        )


def _opening(slug, shared, nl, en):
    return {"slug": slug, "shared": shared, "nl": nl, "en": en}


V, P = OpeningPage.Kind.VOLUNTEER, OpeningPage.Kind.PAID

INITIATIVES = [
    {
        "slug": "nieuw-leven-oude-school",
        "status": InitiativePage.Status.IDEA,
        "place": "Geitenkamp",
        "themes": ["participatie", "hergebruik"],
        "image": (
            "Het lege schoolgebouw in de Geitenkamp",
            "school",
            11,
            "Een leeg schoolgebouw met hoge ramen",
        ),
        "coordinator": ("Fatima El Amrani", "fatima@wijkbedrijf.example", "026 200 1001"),
        "partners": [
            ("gemeente-arnhem", "eigenaar van het gebouw", "owns the building"),
            (
                "toekomststerk",
                "begeleidt het ontwerp met bewoners",
                "guides the design with residents",
            ),
        ],
        "nl": {
            "title": "Nieuw leven voor de oude school",
            "call_for_help": "Kunnen we nieuwe functies voor het leegstaande schoolgebouw in "
            "de Geitenkamp bedenken die bijdragen aan de wijk? Denk en bouw mee.",
            "coordinator_role": "wijkondernemer",
            "coordinator_note": "Dinsdagochtend in het buurthuis.",
            "body": [
                "Het schoolgebouw aan de rand van de Geitenkamp staat al twee jaar leeg. "
                "Bewoners hebben ideeën genoeg: een zorghub, een werkplaats, een "
                "huiskamer voor de wijk.",
                "Samen met de gemeente en ToekomstSterk zoeken we uit wat haalbaar is, "
                "en wie het gebouw straks draait. Betaald en vrijwillig.",
            ],
        },
        "en": {
            "title": "New life for the old school",
            "slug": "new-life-for-the-old-school",
            "call_for_help": "Can we find new uses for the empty school building in the "
            "Geitenkamp that help the neighbourhood grow? Think and build with us.",
            "coordinator_role": "neighbourhood entrepreneur",
            "coordinator_note": "Tuesday mornings at the community centre.",
            "body": [
                "The school building on the edge of the Geitenkamp has stood empty for "
                "two years. Residents have plenty of ideas: a care hub, a workshop, a "
                "living room for the neighbourhood.",
                "With the municipality and ToekomstSterk we find out what is feasible "
                "and who will run the building. Paid and voluntary.",
            ],
        },
        "openings": [
            _opening(
                "kwartiermaker-schoolgebouw",
                {
                    "kind": P,
                    "hours_per_week": 16,
                    "deadline": days(28),
                    "start_date": days(45),
                    "offer_pay": "schaal 8, € 3.400 bruto per maand naar rato",
                    "offer_training": False,
                    "offer_reference": True,
                    "people_needed": 1,
                },
                {
                    "title": "Kwartiermaker voor het schoolgebouw",
                    "period": "een jaar",
                    "skills": "Je kent de wijk, kunt mensen bij elkaar brengen en houdt van "
                    "aanpakken.",
                    "tasks": "Je zoekt uit welke functies het gebouw kan krijgen, praat met "
                    "bewoners en partners en maakt een plan dat de wijk draagt.",
                },
                {
                    "title": "Project lead for the school building",
                    "slug": "project-lead-school-building",
                    "period": "one year",
                    "skills": "You know the neighbourhood, bring people together and like to "
                    "get things done.",
                    "offer_pay": "scale 8, €3,400 gross a month pro rata",
                    "tasks": "You work out what the building can be used for, talk to "
                    "residents and partners and write a plan the neighbourhood supports.",
                },
            ),
            _opening(
                "bewonersavond-school",
                {
                    "kind": V,
                    "hours_per_week": None,
                    "one_off_at": timezone.now().replace(
                        hour=19, minute=30, second=0, microsecond=0
                    )
                    + datetime.timedelta(days=14),
                    "deadline": days(12),
                    "no_experience_needed": True,
                    "suits_little_dutch": True,
                    "suits_limited_mobility": True,
                    "people_needed": 30,
                    "offer_other": "Koffie, thee en iets lekkers.",
                },
                {
                    "title": "Denk mee op de bewonersavond",
                    "tasks": "Eén avond meedenken over de toekomst van het schoolgebouw. "
                    "Iedereen is welkom; je ideeën tellen.",
                },
                {
                    "title": "Share your ideas at the residents' evening",
                    "slug": "residents-evening-school",
                    "offer_other": "Coffee, tea and something nice.",
                    "tasks": "One evening thinking along about the future of the school "
                    "building. Everyone is welcome; your ideas count.",
                },
            ),
            _opening(
                "klusteam-lokalen",
                {
                    "kind": V,
                    "hours_per_week": 4,
                    "deadline": days(20),
                    "status": OpeningPage.Status.FILLED,
                    "no_experience_needed": True,
                    "people_needed": 6,
                    "offer_training": True,
                },
                {
                    "title": "Klusteam: lokalen opknappen",
                    "period": "drie maanden",
                    "tasks": "Schilderen, schuren en opruimen, zodat de eerste lokalen weer "
                    "gebruikt kunnen worden.",
                },
                {
                    "title": "Odd-job team: doing up the classrooms",
                    "slug": "odd-job-team-classrooms",
                    "period": "three months",
                    "tasks": "Painting, sanding and clearing out, so the first classrooms "
                    "can be used again.",
                },
            ),
        ],
    },
    {
        "slug": "energiecoaches",
        "status": InitiativePage.Status.RUNNING,
        "place": "Geitenkamp",
        "themes": ["verduurzaming", "armoede-en-schulden"],
        "image": (
            "Een energiecoach bij een bewoner thuis",
            "leaf",
            12,
            "Een energiecoach wijst op een radiator",
        ),
        "coordinator": ("Joost Hendriks", "joost@wijkbedrijf.example", "026 200 1002"),
        "partners": [
            (
                "woonstichting-noord",
                "opdrachtgever voor de huurwoningen",
                "commissions the work on rented homes",
            ),
            ("gemeente-arnhem", "financiert de coaches", "funds the coaches"),
        ],
        "nl": {
            "title": "Energiecoaches voor duurzame huizen",
            "call_for_help": "Alle huizen in de wijk moeten verduurzaamd worden. Help je "
            "buren hun energierekening omlaag te krijgen?",
            "coordinator_role": "communitybuilder",
            "coordinator_note": "Bel of mail, of loop binnen op woensdag.",
            "body": [
                "Energiecoaches komen bij bewoners thuis, kijken waar warmte weglekt en "
                "helpen met kleine maatregelen: radiatorfolie, tochtstrips, "
                "ledlampen.",
                "Zo daalt de energierekening en komen huishoudens minder snel in de schulden.",
            ],
        },
        "en": {
            "title": "Energy coaches for sustainable homes",
            "slug": "energy-coaches",
            "call_for_help": "Every home in the neighbourhood has to be made sustainable. "
            "Will you help your neighbours lower their energy bill?",
            "coordinator_role": "community builder",
            "coordinator_note": "Call or email, or drop in on Wednesdays.",
            "body": [
                "Energy coaches visit residents at home, find where heat escapes and "
                "help with small measures: radiator foil, draught strips, LED bulbs.",
                "That lowers the energy bill and keeps households out of debt.",
            ],
        },
        "openings": [
            _opening(
                "energiecoach",
                {
                    "kind": V,
                    "hours_per_week": 4,
                    "deadline": days(35),
                    "no_experience_needed": True,
                    "offer_training": True,
                    "offer_reference": True,
                    "people_needed": 8,
                },
                {
                    "title": "Vrijwillige energiecoach",
                    "period": "minstens een half jaar",
                    "offer_pay": "Vrijwilligersvergoeding van € 5 per uur",
                    "tasks": "Je bezoekt buren thuis, geeft tips en brengt kleine "
                    "energiebesparende maatregelen aan. Je krijgt eerst een training.",
                },
                {
                    "title": "Volunteer energy coach",
                    "slug": "volunteer-energy-coach",
                    "period": "at least six months",
                    "offer_pay": "Volunteer allowance of €5 an hour",
                    "tasks": "You visit neighbours at home, give tips and fit small "
                    "energy-saving measures. You are trained first.",
                },
            ),
            _opening(
                "energiecoach-in-dienst",
                {
                    "kind": P,
                    "hours_per_week": 24,
                    "deadline": days(21),
                    "start_date": days(40),
                    "offer_training": True,
                    "people_needed": 2,
                },
                {
                    "title": "Energiecoach in loondienst",
                    "period": "contract voor een jaar",
                    "offer_pay": "schaal 6, € 2.900 bruto per maand bij 36 uur",
                    "skills": "Ervaring met installaties of bouw is fijn, maar niet nodig.",
                    "tasks": "Je begeleidt vrijwillige coaches, plant huisbezoeken en doet "
                    "zelf de lastigere adviezen.",
                },
                {
                    "title": "Employed energy coach",
                    "slug": "employed-energy-coach",
                    "period": "one-year contract",
                    "offer_pay": "scale 6, €2,900 gross a month for 36 hours",
                    "skills": "Experience with installations or building helps but is not "
                    "required.",
                    "tasks": "You support the volunteer coaches, plan home visits and give "
                    "the harder advice yourself.",
                },
            ),
            _opening(
                "kluscoach-isolatie",
                {
                    "kind": P,
                    "hours_per_week": 8,
                    "deadline": None,
                    "offer_reference": True,
                    "people_needed": 3,
                },
                {
                    "title": "Kluscoach kleine isolatie",
                    "period": "doorlopend",
                    "offer_pay": "€ 17 per uur",
                    "skills": "Handig met gereedschap.",
                    "tasks": "Je brengt tochtstrips, radiatorfolie en deurdrangers aan bij "
                    "bewoners die dat zelf niet kunnen.",
                },
                {
                    "title": "Handyperson for small insulation jobs",
                    "slug": "handyperson-insulation",
                    "period": "ongoing",
                    "offer_pay": "€17 an hour",
                    "skills": "Good with tools.",
                    "tasks": "You fit draught strips, radiator foil and door closers for "
                    "residents who cannot do it themselves.",
                },
            ),
        ],
    },
    {
        "slug": "repair-cafe",
        "status": InitiativePage.Status.RUNNING,
        "place": "Buurthuis De Geitenkamp",
        "themes": ["hergebruik", "eenzaamheid"],
        "image": (
            "Repareren in het Repair Café",
            "repair",
            13,
            "Handen repareren een broodrooster aan een werktafel",
        ),
        "coordinator": ("Ria Peters", "ria@wijkbedrijf.example", "026 200 1003"),
        "partners": [
            ("toekomststerk", "helpt met het verdienmodel", "helps with the business model")
        ],
        "nl": {
            "title": "Repair Café Geitenkamp",
            "call_for_help": "Weggooien is zonde. Help je mee repareren, of ontvang je de "
            "bezoekers met koffie?",
            "coordinator_role": "coördinator Repair Café",
            "coordinator_note": "Elke tweede zaterdag van de maand in het buurthuis.",
            "body": [
                "Eens per maand repareren buren samen kapotte lampen, fietsen, kleding "
                "en broodroosters. Spullen krijgen een tweede leven en mensen raken "
                "aan de praat."
            ],
        },
        "en": {
            "title": "Repair Café Geitenkamp",
            "slug": "repair-cafe",
            "call_for_help": "Throwing things away is a waste. Will you help repair, or "
            "welcome visitors with coffee?",
            "coordinator_role": "Repair Café coordinator",
            "coordinator_note": "Every second Saturday of the month at the community centre.",
            "body": [
                "Once a month neighbours repair broken lamps, bikes, clothes and "
                "toasters together. Things get a second life and people get talking."
            ],
        },
        "openings": [
            _opening(
                "reparateur",
                {
                    "kind": V,
                    "hours_per_week": 1,
                    "deadline": days(60),
                    "people_needed": 5,
                    "offer_other": "Gereedschap is er; lunch ook.",
                },
                {
                    "title": "Reparateur (fietsen, elektra of textiel)",
                    "period": "één zaterdag per maand",
                    "skills": "Je kunt iets repareren: fietsen, apparaten of kleding.",
                    "tasks": "Je repareert samen met de eigenaar, zodat die er ook iets van leert.",
                },
                {
                    "title": "Repairer (bikes, electrics or textiles)",
                    "slug": "repairer",
                    "period": "one Saturday a month",
                    "skills": "You can fix something: bikes, appliances or clothes.",
                    "offer_other": "Tools are provided, and lunch.",
                    "tasks": "You repair together with the owner, so they learn something too.",
                },
            ),
            _opening(
                "gastvrouw-repair-cafe",
                {
                    "kind": V,
                    "hours_per_week": 1,
                    "deadline": days(60),
                    "no_experience_needed": True,
                    "suits_little_dutch": True,
                    "suits_limited_mobility": True,
                    "people_needed": 2,
                },
                {
                    "title": "Gastvrouw of gastheer",
                    "period": "één zaterdag per maand",
                    "tasks": "Je ontvangt bezoekers, schenkt koffie en zorgt dat niemand "
                    "alleen zit te wachten.",
                },
                {
                    "title": "Host",
                    "slug": "host-repair-cafe",
                    "period": "one Saturday a month",
                    "tasks": "You welcome visitors, pour coffee and make sure nobody waits alone.",
                },
            ),
            _opening(
                "coordinator-repair-cafe",
                {"kind": P, "hours_per_week": 12, "deadline": days(-10), "people_needed": 1},
                {
                    "title": "Coördinator Repair Café",
                    "period": "een jaar",
                    "offer_pay": "€ 18 per uur",
                    "tasks": "Je plant de middagen, regelt vrijwilligers en houdt de "
                    "werkplaats op orde.",
                },
                {
                    "title": "Repair Café coordinator",
                    "slug": "repair-cafe-coordinator",
                    "period": "one year",
                    "offer_pay": "€18 an hour",
                    "tasks": "You plan the afternoons, organise volunteers and keep the "
                    "workshop in order.",
                },
            ),
        ],
    },
    {
        "slug": "buurtmaatjes",
        "status": InitiativePage.Status.RUNNING,
        "place": "Geitenkamp",
        "themes": ["eenzaamheid", "zorg-en-welzijn"],
        "image": (
            "Twee buren drinken samen koffie",
            "care",
            14,
            "Twee mensen drinken koffie aan een keukentafel",
        ),
        "coordinator": ("Marloes Visser", "marloes@wijkbedrijf.example", "026 200 1004"),
        "partners": [
            ("spectrum", "traint en begeleidt de maatjes", "trains and supports the buddies")
        ],
        "nl": {
            "title": "Buurtmaatjes tegen eenzaamheid",
            "call_for_help": "Ouderen wonen langer thuis, en soms te veel alleen. Word "
            "buurtmaatje en drink wekelijks koffie met een buur.",
            "coordinator_role": "communitybuilder zorg en welzijn",
            "coordinator_note": "Bel gerust, ook als je eerst wilt kennismaken.",
            "body": [
                "Een buurtmaatje komt een keer per week langs: een wandeling, een "
                "boodschap, een praatje. Klein, maar het maakt verschil.",
                "Spectrum traint de maatjes en is er als je ergens mee zit.",
            ],
        },
        "en": {
            "title": "Neighbourhood buddies against loneliness",
            "slug": "neighbourhood-buddies",
            "call_for_help": "Older people live at home for longer, and sometimes too much "
            "alone. Become a buddy and have coffee with a neighbour every week.",
            "coordinator_role": "community builder, care and wellbeing",
            "coordinator_note": "Feel free to call, also just to get acquainted first.",
            "body": [
                "A buddy visits once a week: a walk, some shopping, a chat. Small, but "
                "it makes a difference.",
                "Spectrum trains the buddies and is there when something bothers you.",
            ],
        },
        "openings": [
            _opening(
                "buurtmaatje",
                {
                    "kind": V,
                    "hours_per_week": 2,
                    "deadline": None,
                    "no_experience_needed": True,
                    "offer_training": True,
                    "suits_little_dutch": True,
                    "people_needed": 15,
                },
                {
                    "title": "Buurtmaatje",
                    "period": "minstens een half jaar",
                    "offer_pay": "Onkostenvergoeding",
                    "tasks": "Je bezoekt wekelijks een buur die zich alleen voelt. Samen "
                    "bepaal je wat je doet.",
                },
                {
                    "title": "Neighbourhood buddy",
                    "slug": "neighbourhood-buddy",
                    "period": "at least six months",
                    "offer_pay": "Expenses reimbursed",
                    "tasks": "You visit a neighbour who feels lonely every week. Together "
                    "you decide what to do.",
                },
            ),
            _opening(
                "koffieochtend",
                {
                    "kind": V,
                    "hours_per_week": None,
                    "one_off_at": timezone.now().replace(hour=10, minute=0, second=0, microsecond=0)
                    + datetime.timedelta(days=9),
                    "deadline": days(7),
                    "no_experience_needed": True,
                    "suits_limited_mobility": True,
                    "people_needed": 3,
                },
                {
                    "title": "Help bij de grote koffieochtend",
                    "tasks": "Eén ochtend koffie schenken en mensen aan elkaar voorstellen "
                    "op de grote koffieochtend in het buurthuis.",
                },
                {
                    "title": "Help at the big coffee morning",
                    "slug": "coffee-morning",
                    "tasks": "One morning pouring coffee and introducing people to each "
                    "other at the big coffee morning in the community centre.",
                },
            ),
        ],
    },
    {
        "slug": "hulp-bij-papieren-en-schulden",
        "status": InitiativePage.Status.RUNNING,
        "place": "Wijkplein",
        "themes": ["armoede-en-schulden"],
        "image": (
            "Samen de post doornemen",
            "coin",
            15,
            "Twee mensen bekijken samen brieven aan tafel",
        ),
        "coordinator": ("Ahmed Bouzid", "ahmed@wijkbedrijf.example", "026 200 1005"),
        "partners": [
            ("spectrum", "levert de trainingen", "provides the training"),
            ("gemeente-arnhem", "schuldhulpverlening", "debt support services"),
        ],
        "nl": {
            "title": "Hulp bij papieren en schulden",
            "call_for_help": "Mensen met schulden worden steeds armer. Help je buren hun "
            "post en geldzaken op orde te krijgen, voordat het misgaat.",
            "coordinator_role": "wijkondernemer",
            "coordinator_note": "Spreekuur op donderdag in het Wijkplein.",
            "body": [
                "Een brief van de Belastingdienst, een aanmaning, een formulier voor "
                "toeslag: voor veel mensen is het te veel. Vrijwilligers helpen, "
                "zonder oordeel.",
                "Samen met de gemeente zorgen we dat wie hulp nodig heeft snel bij de "
                "schuldhulp terechtkomt.",
            ],
        },
        "en": {
            "title": "Help with paperwork and debts",
            "slug": "help-with-paperwork-and-debts",
            "call_for_help": "People in debt keep getting poorer. Help your neighbours get "
            "their post and money matters in order before things go wrong.",
            "coordinator_role": "neighbourhood entrepreneur",
            "coordinator_note": "Drop-in on Thursdays at the Wijkplein.",
            "body": [
                "A letter from the tax office, a reminder, a benefits form: for many "
                "people it is too much. Volunteers help, without judging.",
                "With the municipality we make sure people who need help reach debt "
                "support quickly.",
            ],
        },
        "openings": [
            _opening(
                "thuisadministratie",
                {
                    "kind": V,
                    "hours_per_week": 3,
                    "deadline": days(30),
                    "offer_training": True,
                    "offer_reference": True,
                    "people_needed": 6,
                },
                {
                    "title": "Vrijwilliger thuisadministratie",
                    "period": "minstens een jaar",
                    "skills": "Je bent precies, kunt goed luisteren en houdt van orde.",
                    "tasks": "Je helpt een huishouden een paar uur per week met post, "
                    "formulieren en een overzicht van de geldzaken.",
                },
                {
                    "title": "Home administration volunteer",
                    "slug": "home-administration-volunteer",
                    "period": "at least one year",
                    "skills": "You are precise, a good listener and like order.",
                    "tasks": "You help a household a few hours a week with post, forms and "
                    "an overview of their money matters.",
                },
            ),
            _opening(
                "ervaringsdeskundige-schulden",
                {
                    "kind": P,
                    "hours_per_week": 8,
                    "deadline": days(25),
                    "offer_training": True,
                    "people_needed": 1,
                },
                {
                    "title": "Ervaringsdeskundige schulden",
                    "period": "een jaar",
                    "offer_pay": "€ 16 per uur",
                    "skills": "Je hebt zelf schulden gehad en wilt anderen daarmee helpen.",
                    "tasks": "Je praat met buren die vastlopen en helpt hen de eerste stap "
                    "te zetten.",
                },
                {
                    "title": "Expert by experience in debt",
                    "slug": "expert-by-experience",
                    "period": "one year",
                    "offer_pay": "€16 an hour",
                    "skills": "You have been in debt yourself and want to use that to help others.",
                    "tasks": "You talk to neighbours who are stuck and help them take the "
                    "first step.",
                },
            ),
            _opening(
                "telefonisch-formulierenspreekuur",
                {
                    "kind": V,
                    "hours_per_week": 2,
                    "deadline": days(45),
                    "from_home": True,
                    "suits_limited_mobility": True,
                    "offer_training": True,
                    "people_needed": 4,
                },
                {
                    "title": "Telefonisch formulierenspreekuur",
                    "period": "minstens drie maanden",
                    "skills": "Je kent de weg in toeslagen en formulieren.",
                    "tasks": "Vanuit huis beantwoord je vragen over formulieren en brieven "
                    "aan de telefoon.",
                },
                {
                    "title": "Forms helpline by phone",
                    "slug": "forms-helpline",
                    "period": "at least three months",
                    "skills": "You know your way around benefits and forms.",
                    "tasks": "From home you answer questions about forms and letters by phone.",
                },
            ),
        ],
    },
]
