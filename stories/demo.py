"""Demo content of the stories section: people, places, eight stories in Dutch and English,
the "Tell your story" page and two example submissions."""

import datetime

from home.demo_utils import DemoContext
from stories.models import (
    Person,
    Place,
    StoryIndexPage,
    StoryInitiative,
    StoryPage,
    StorySubmission,
    StorySubmissionPage,
)


def rich(*paragraphs):
    return "".join(f"<p>{p}</p>" for p in paragraphs)


PLACES = {
    # key: (name nl, name en, neighbourhood, street, lat, lng, description nl, description en)
    "geitenkamp": (
        "Geitenkamp",
        "Geitenkamp",
        "Geitenkamp",
        "",
        "51.993500",
        "5.928600",
        "Een wijk in Arnhem-Noord met veel sociale huurwoningen en een sterke buurtgemeenschap.",
        "A neighbourhood in the north of Arnhem with many social housing homes and a "
        "strong community.",
    ),
    "oude-school": (
        "Oude school aan de Geitenkamp",
        "Old school building in the Geitenkamp",
        "Geitenkamp",
        "Kamillestraat",
        "51.994100",
        "5.927300",
        "Het leegstaande schoolgebouw midden in de wijk.",
        "The empty school building in the middle of the neighbourhood.",
    ),
    "presikhaaf": (
        "Presikhaaf",
        "Presikhaaf",
        "Presikhaaf",
        "",
        "51.986900",
        "5.945900",
        "Wijk in Arnhem-Oost, met het buurthuis waar het repair café zit.",
        "Neighbourhood in the east of Arnhem, home to the community centre with the repair café.",
    ),
    "malburgen": (
        "Malburgen",
        "Malburgen",
        "Malburgen",
        "",
        "51.970500",
        "5.915400",
        "Wijk in Arnhem-Zuid waar buren elkaar helpen langer thuis te wonen.",
        "Neighbourhood in the south of Arnhem where neighbours help each other live at "
        "home for longer.",
    ),
}

PEOPLE = {
    # key: dict of fields (nl) and English overrides
    "fatima": {
        "name": "Fatima El Amrani",
        "role": Person.Role.ENTREPRENEUR,
        "photo": ("people", 11),
        "bio": "Groeide op in de Geitenkamp en runt nu het wijkbedrijf.",
        "bio_en": "Grew up in the Geitenkamp and now runs the wijkbedrijf.",
        "consent": (datetime.date(2025, 9, 1), datetime.date(2028, 9, 1)),
        "scope": "Naam, foto en verhalen op de website en in de nieuwsbrief.",
        "scope_en": "Name, photo and stories on the website and in the newsletter.",
    },
    "henk": {
        "name": "Henk Jansen",
        "role": Person.Role.VOLUNTEER,
        "photo": ("repair", 12),
        "role_description": "Gepensioneerd timmerman",
        "role_description_en": "Retired carpenter",
        "bio": "Woont al veertig jaar in de wijk en leert jongeren het vak.",
        "bio_en": "Has lived in the neighbourhood for forty years and teaches young people "
        "his trade.",
        "consent": (datetime.date(2025, 1, 10), datetime.date(2026, 12, 15)),
        "scope": "Naam, foto en zijn verhaal op de website.",
        "scope_en": "Name, photo and his story on the website.",
    },
    "marja": {
        "name": "Marja",
        "role": Person.Role.RESIDENT,
        "pseudonym": True,
        "bio": "Moeder van twee; werkte jarenlang aan het aflossen van haar schulden.",
        "bio_en": "Mother of two; spent years paying off her debts.",
        "consent": (datetime.date(2025, 10, 3), None),
        "scope": "Haar verhaal onder een andere naam, zonder foto.",
        "scope_en": "Her story under another name, without a photo.",
    },
    "sanne": {
        "name": "Sanne de Wit",
        "role": Person.Role.STORYTELLER,
        "photo": ("people", 13),
        "bio": "Verhalenverteller van het wijkbedrijf: ze laat zien wat er verandert.",
        "bio_en": "Storyteller of the wijkbedrijf: she shows what is changing.",
        "consent": (datetime.date(2025, 3, 1), None),
        "scope": "Naam, foto en bio bij haar verhalen en blogs.",
        "scope_en": "Name, photo and bio with her stories and blog posts.",
    },
    "youssef": {
        "name": "Youssef Bakker",
        "role": Person.Role.VOLUNTEER,
        "photo": ("repair", 14),
        "role_description": "Vrijwilliger bij het repair café",
        "role_description_en": "Volunteer at the repair café",
        "bio": "Repareert fietsen, lampen en koffiezetapparaten; student techniek.",
        "bio_en": "Repairs bikes, lamps and coffee makers; studies engineering.",
        "consent": (datetime.date(2025, 6, 20), datetime.date(2027, 6, 20)),
        "scope": "Naam en foto op de website.",
        "scope_en": "Name and photo on the website.",
    },
    "ria": {
        "name": "Ria Hendriks",
        "role": Person.Role.COMMUNITY_BUILDER,
        "photo": ("people", 15),
        "bio": "Verbindt wat mensen kunnen met het werk dat in de wijk ligt.",
        "bio_en": "Connects what people can do with the work waiting in the neighbourhood.",
        "consent": (datetime.date(2025, 2, 1), None),
        "scope": "Naam, foto en citaten op de website.",
        "scope_en": "Name, photo and quotes on the website.",
    },
    "daan": {
        "name": "Daan Vermeulen",
        "role": Person.Role.INFORMATION_GATHERER,
        "photo": ("map", 16),
        "bio": "Brengt in kaart waar het in de wijk urgent is, samen met bewoners.",
        "bio_en": "Maps where things are urgent in the neighbourhood, together with residents.",
        "consent": (datetime.date(2025, 4, 1), None),
        "scope": "Naam, foto en blogs op de website.",
        "scope_en": "Name, photo and blog posts on the website.",
    },
    "ingrid": {
        "name": "Ingrid Peters",
        "role": Person.Role.RESIDENT,
        "photo": ("care", 17),
        "bio": "Weduwe van 81, schenkt elke dinsdag koffie voor de buren.",
        "bio_en": "Widow, 81, pours coffee for her neighbours every Tuesday.",
        "consent": (datetime.date(2024, 7, 1), datetime.date(2026, 6, 30)),
        "scope": "Naam en verhaal op de website, voor twee jaar.",
        "scope_en": "Name and story on the website, for two years.",
    },
}

STORIES = [
    {
        "slug": "leeg-schoolgebouw-nieuwe-bestemming",
        "slug_en": "empty-school-new-purpose",
        "date": datetime.date(2026, 10, 14),
        "image": ("school", 21),
        "alt": "Het lege schoolgebouw met dichte ramen, bomen op het schoolplein",
        "alt_en": "The empty school building with closed windows and trees in the playground",
        "title": "Een leeg schoolgebouw in de Geitenkamp zoekt een nieuwe bestemming",
        "title_en": "An empty school building in the Geitenkamp looks for a new purpose",
        "lede": "Al twee jaar staat de oude school leeg. Bewoners denken mee: kan het gebouw "
        "iets worden dat de hele wijk verder helpt?",
        "lede_en": "The old school has been empty for two years. Residents are thinking it "
        "through: could the building become something that helps the whole "
        "neighbourhood move forward?",
        "body": [
            "Wie door de Kamillestraat loopt, ziet het meteen: dichte luxaflex, een "
            "schoolplein vol onkruid. Sinds de basisschool verhuisde, staat het gebouw leeg.",
            "Het wijkbedrijf organiseerde drie avonden om ideeën op te halen. Er kwamen "
            "zeventig bewoners. De wensen: een werkplaats, een plek voor huiswerkbegeleiding, "
            "een zorghub waar ouderen terechtkunnen en een ruimte voor het repair café.",
            "Samen met de gemeente en de woningcorporatie rekent het wijkbedrijf nu uit wat "
            "haalbaar is. Het uitgangspunt: het werk in en om het gebouw doen mensen uit de "
            "wijk zelf, betaald of vrijwillig.",
        ],
        "body_en": [
            "Walk down the Kamillestraat and you see it at once: blinds down, a "
            "playground full of weeds. Since the primary school moved, the building has "
            "been empty.",
            "The wijkbedrijf held three evenings to collect ideas. Seventy residents came. "
            "What they want: a workshop, a place for homework support, a care hub for "
            "older people and a room for the repair café.",
            "Together with the municipality and the housing corporation, the wijkbedrijf is "
            "now working out what is feasible. The starting point: the work in and around "
            "the building is done by people from the neighbourhood, paid or as "
            "volunteers.",
        ],
        "quote": (
            "Dit gebouw is van ons allemaal geweest. Het moet weer van de wijk worden.",
            "Ria Hendriks",
            "communitybuilder",
        ),
        "quote_en": (
            "This building once belonged to all of us. It should belong to the "
            "neighbourhood again.",
            "Ria Hendriks",
            "community builder",
        ),
        "themes": ["participatie", "zorg-en-welzijn"],
        "tags": ["schoolgebouw", "wijkhub"],
        "tags_en": ["school building", "local hub"],
        "people": ["ria", "fatima"],
        "place": "oude-school",
    },
    {
        "slug": "marja-schulden",
        "slug_en": "marja-debt",
        "date": datetime.date(2026, 9, 30),
        "image": ("coin", 22),
        "alt": "Een stapel enveloppen op een keukentafel naast een rekenmachine",
        "alt_en": "A pile of envelopes on a kitchen table next to a calculator",
        "title": "Marja: ‘Elke brief maakte de schuld groter’",
        "title_en": "Marja: ‘Every letter made the debt bigger’",
        "lede": "Het begon met een rekening van 180 euro. Drie jaar later was het bijna 4000. "
        "Marja vertelt hoe je in een schuld wegzakt, en hoe ze eruit kwam.",
        "lede_en": "It started with a bill of 180 euros. Three years later it was almost 4,000. "
        "Marja tells how you sink into debt, and how she got out.",
        "body": [
            "Toen haar man vertrok, bleef Marja achter met twee kinderen en één inkomen. "
            "Een energierekening bleef liggen. Daarna kwamen de aanmaningen, de incassokosten "
            "en de deurwaarder.",
            "‘Ik durfde de brieven niet meer open te maken,’ zegt ze. ‘Elke envelop was "
            "duurder dan de vorige.’ Een buurvrouw nam haar mee naar het spreekuur in het "
            "buurthuis. Daar hielp een vrijwilliger haar alles op een rij te zetten.",
            "Nu werkt Marja zelf twee ochtenden per week bij het wijkbedrijf, betaald. Ze "
            "helpt anderen met hun post. ‘Je schaamt je. Maar je bent niet de enige.’",
        ],
        "body_en": [
            "When her husband left, Marja was left with two children and one income. "
            "An energy bill went unpaid. Then came the reminders, the collection costs "
            "and the bailiff.",
            "‘I no longer dared to open the letters,’ she says. ‘Every envelope cost more "
            "than the one before.’ A neighbour took her to the advice hour at the "
            "community centre. There a volunteer helped her put everything in order.",
            "Now Marja works two paid mornings a week at the wijkbedrijf herself. She "
            "helps others with their post. ‘You feel ashamed. But you are not the only "
            "one.’",
        ],
        "quote": ("Je schaamt je. Maar je bent niet de enige.", "Marja", "bewoner"),
        "quote_en": ("You feel ashamed. But you are not the only one.", "Marja", "resident"),
        "themes": ["armoede-en-schulden"],
        "tags": ["schulden", "geldzorgen"],
        "tags_en": ["debt", "money worries"],
        "people": ["marja"],
        "place": "geitenkamp",
    },
    {
        "slug": "henk-leert-jongeren-isoleren",
        "slug_en": "henk-teaches-insulation",
        "date": datetime.date(2026, 9, 12),
        "image": ("houses", 23),
        "alt": "Een oudere man en een jongen meten een raamkozijn op",
        "alt_en": "An older man and a boy measure a window frame",
        "title": "Henk leert jongeren uit de wijk huizen isoleren",
        "title_en": "Henk teaches young people from the neighbourhood to insulate homes",
        "lede": "Alle huizen in de wijk moeten verduurzaamd worden. Henk Jansen (72) zorgt dat "
        "de jongens uit de straat dat werk kunnen doen.",
        "lede_en": "Every home in the neighbourhood has to be made sustainable. Henk Jansen (72) "
        "makes sure the young people from his street can do that work.",
        "body": [
            "Veertig jaar was Henk timmerman. Nu staat hij elke woensdag in de werkplaats "
            "met vier jongens die hij kent van het plein.",
            "Ze leren kieren dichten, radiatorfolie plaatsen en tochtstrips zetten. Wie het "
            "kan, gaat met het wijkbedrijf mee de huizen in, tegen betaling.",
        ],
        "body_en": [
            "Henk was a carpenter for forty years. Now he spends every Wednesday in the "
            "workshop with four boys he knows from the square.",
            "They learn to seal gaps, fit radiator foil and draught strips. Those who "
            "master it go into homes with the wijkbedrijf, and are paid for it.",
        ],
        "quote": (
            "Vakmanschap moet je doorgeven, anders is het weg.",
            "Henk Jansen",
            "gepensioneerd timmerman",
        ),
        "quote_en": (
            "You have to pass on a craft, or it is lost.",
            "Henk Jansen",
            "retired carpenter",
        ),
        "themes": ["verduurzaming", "participatie"],
        "tags": ["isolatie", "vakmanschap"],
        "tags_en": ["insulation", "craft"],
        "people": ["henk"],
        "place": "geitenkamp",
    },
    {
        "slug": "repair-cafe-draait-op-buren",
        "slug_en": "repair-cafe-runs-on-neighbours",
        "date": datetime.date(2026, 8, 28),
        "image": ("repair", 24),
        "alt": "Gereedschap en een opengeschroefde broodrooster op een werktafel",
        "alt_en": "Tools and an opened-up toaster on a workbench",
        "title": "Het repair café draait op buren",
        "title_en": "The repair café runs on neighbours",
        "lede": "Elke eerste zaterdag van de maand repareren vrijwilligers in Presikhaaf wat "
        "anders weggegooid zou worden.",
        "lede_en": "Every first Saturday of the month, volunteers in Presikhaaf repair what "
        "would otherwise be thrown away.",
        "body": [
            "Een lamp, een stofzuiger, een kinderfiets: Youssef Bakker heeft ze allemaal "
            "op tafel gehad. ‘Negen van de tien keer is het een draadje of een zekering.’",
            "Vorig jaar kregen zo ruim vierhonderd spullen een tweede leven. Het wijkbedrijf "
            "zoekt nu een vaste plek, misschien in het oude schoolgebouw.",
        ],
        "body_en": [
            "A lamp, a vacuum cleaner, a child's bike: Youssef Bakker has had them all on "
            "his table. ‘Nine times out of ten it is a wire or a fuse.’",
            "Last year more than four hundred items got a second life this way. The "
            "wijkbedrijf is now looking for a permanent home, perhaps in the old school "
            "building.",
        ],
        "quote": (
            "Negen van de tien keer is het een draadje of een zekering.",
            "Youssef Bakker",
            "vrijwilliger",
        ),
        "quote_en": (
            "Nine times out of ten it is a wire or a fuse.",
            "Youssef Bakker",
            "volunteer",
        ),
        "themes": ["hergebruik", "participatie"],
        "tags": ["repair café", "vrijwilligers"],
        "tags_en": ["repair café", "volunteers"],
        "people": ["youssef"],
        "place": "presikhaaf",
    },
    {
        "slug": "koffie-om-tien-uur",
        "slug_en": "coffee-at-ten",
        "date": datetime.date(2026, 7, 15),
        "image": ("care", 25),
        "alt": "Koffiekopjes en een schaal koekjes op een gebloemd tafelkleed",
        "alt_en": "Coffee cups and a plate of biscuits on a flowery tablecloth",
        "title": "Koffie om tien uur: samen aan de keukentafel",
        "title_en": "Coffee at ten: together at the kitchen table",
        "lede": "Ingrid Peters zette op een dinsdag de deur open. Nu komen er elke week zes "
        "buren koffie drinken.",
        "lede_en": "One Tuesday, Ingrid Peters opened her door. Now six neighbours come for "
        "coffee every week.",
        "body": [
            "Na de dood van haar man sprak Ingrid soms dagen niemand. ‘Dan ga je praten "
            "tegen de radio.’",
            "Een briefje in de hal was genoeg. De eerste week kwam één buurvrouw, nu is de "
            "tafel te klein. De communitybuilder van het wijkbedrijf hielp met stoelen en "
            "een kleine bijdrage voor de koffie.",
        ],
        "body_en": [
            "After her husband died, Ingrid sometimes spoke to nobody for days. ‘Then you "
            "start talking to the radio.’",
            "A note in the hallway was enough. The first week one neighbour came; now the "
            "table is too small. The wijkbedrijf's community builder helped with chairs "
            "and a small contribution for the coffee.",
        ],
        "quote": ("Dan ga je praten tegen de radio.", "Ingrid Peters", "bewoner"),
        "quote_en": ("Then you start talking to the radio.", "Ingrid Peters", "resident"),
        "themes": ["eenzaamheid"],
        "tags": ["ouderen", "ontmoeten"],
        "tags_en": ["older people", "meeting"],
        "people": ["ingrid", "ria"],
        "place": "malburgen",
    },
    {
        "slug": "fatima-wijkondernemer",
        "slug_en": "fatima-neighbourhood-entrepreneur",
        "date": datetime.date(2026, 6, 2),
        "image": ("people", 26),
        "alt": "Een vrouw met een map onder de arm in gesprek op straat",
        "alt_en": "A woman with a folder under her arm talking in the street",
        "title": "Fatima maakt van de wijk haar werkgever",
        "title_en": "Fatima makes the neighbourhood her employer",
        "lede": "Als wijkondernemer runt Fatima El Amrani het wijkbedrijf. Haar doel: het werk "
        "dat in de wijk moet gebeuren, door de wijk laten doen.",
        "lede_en": "As neighbourhood entrepreneur, Fatima El Amrani runs the wijkbedrijf. Her "
        "goal: have the work the neighbourhood needs done by the neighbourhood.",
        "body": [
            "‘Er is zoveel werk,’ zegt Fatima. ‘Huizen verduurzamen, ouderen ondersteunen, "
            "groen onderhouden. En tegelijk zitten hier mensen thuis die graag willen.’",
            "Ze onderhandelt met de gemeente, de woningcorporatie en zorgpartijen over "
            "opdrachten. Spectrum en ToekomstSterk helpen met de opbouw.",
        ],
        "body_en": [
            "‘There is so much work,’ says Fatima. ‘Making homes sustainable, supporting "
            "older people, looking after green spaces. And at the same time people here "
            "are at home, keen to work.’",
            "She negotiates assignments with the municipality, the housing corporation and "
            "care providers. Spectrum and ToekomstSterk help to build it up.",
        ],
        "quote": (
            "Iedereen kan iets bijdragen, groot of klein.",
            "Fatima El Amrani",
            "wijkondernemer",
        ),
        "quote_en": (
            "Everyone can contribute something, big or small.",
            "Fatima El Amrani",
            "neighbourhood entrepreneur",
        ),
        "themes": ["participatie", "armoede-en-schulden"],
        "tags": ["wijkbedrijf", "betaald werk"],
        "tags_en": ["wijkbedrijf", "paid work"],
        "people": ["fatima"],
        "place": "geitenkamp",
    },
    {
        "slug": "langer-thuis-met-de-buren",
        "slug_en": "at-home-longer-with-neighbours",
        "date": datetime.date(2026, 5, 20),
        "image": ("care", 27),
        "alt": "Een hand die een boodschappentas aanreikt bij een voordeur",
        "alt_en": "A hand passing a shopping bag at a front door",
        "title": "Langer thuis wonen, met hulp van de buren",
        "title_en": "Living at home for longer, with help from the neighbours",
        "lede": "In Malburgen doen buren boodschappen, brengen ze de kliko buiten en kijken ze "
        "even om het hoekje. Klein werk, groot verschil.",
        "lede_en": "In Malburgen, neighbours do the shopping, put the bins out and look in for a "
        "moment. Small jobs, a big difference.",
        "body": [
            "Ouderen wonen langer thuis. Dat kan alleen als er mensen in de buurt zijn die "
            "een handje helpen.",
            "Het wijkbedrijf koppelt buren aan elkaar en betaalt voor vaste klussen een "
            "vergoeding, zodat hulp niet afhangt van toeval.",
        ],
        "body_en": [
            "Older people live at home for longer. That only works if there are people "
            "nearby who lend a hand.",
            "The wijkbedrijf connects neighbours and pays a fee for regular jobs, so that "
            "help does not depend on chance.",
        ],
        "quote": (
            "Ik kom toch al langs, dus dan neem ik de boodschappen mee.",
            "Ria Hendriks",
            "communitybuilder",
        ),
        "quote_en": (
            "I pass by anyway, so I bring the shopping along.",
            "Ria Hendriks",
            "community builder",
        ),
        "themes": ["zorg-en-welzijn", "eenzaamheid"],
        "tags": ["ouderen", "mantelzorg"],
        "tags_en": ["older people", "informal care"],
        "people": ["ria", "ingrid"],
        "place": "malburgen",
    },
    {
        "slug": "wijkdata-waar-is-het-urgent",
        "slug_en": "neighbourhood-data-where-is-it-urgent",
        "date": datetime.date(2026, 4, 8),
        "image": ("map", 28),
        "alt": "Een plattegrond van de wijk met gekleurde stippen",
        "alt_en": "A map of the neighbourhood with coloured dots",
        "title": "Met wijkdata zien waar het urgent is",
        "title_en": "Using neighbourhood data to see where it is urgent",
        "lede": "Daan Vermeulen verzamelt cijfers en verhalen, zodat het wijkbedrijf weet waar "
        "het eerst aan de slag moet.",
        "lede_en": "Daan Vermeulen collects figures and stories, so that the wijkbedrijf knows "
        "where to start first.",
        "body": [
            "Hoeveel huizen hebben nog enkel glas? Waar wonen ouderen alleen? Welke straten "
            "hebben de meeste betalingsachterstanden?",
            "Daan combineert open data met wat bewoners zelf vertellen. Zo werd duidelijk "
            "dat rond het oude schoolgebouw de vraag naar hulp het grootst is.",
        ],
        "body_en": [
            "How many homes still have single glazing? Where do older people live alone? "
            "Which streets have the most payment arrears?",
            "Daan combines open data with what residents tell him. That showed that the "
            "need for help is greatest around the old school building.",
        ],
        "quote": (
            "Cijfers zeggen waar, bewoners zeggen waarom.",
            "Daan Vermeulen",
            "informatieverzamelaar",
        ),
        "quote_en": (
            "Figures tell you where, residents tell you why.",
            "Daan Vermeulen",
            "information gatherer",
        ),
        "themes": ["participatie", "armoede-en-schulden"],
        "tags": ["wijkdata", "schoolgebouw"],
        "tags_en": ["neighbourhood data", "school building"],
        "people": ["daan"],
        "place": "geitenkamp",
    },
]


def load(ctx: DemoContext):
    nl, en = ctx.locale("nl"), ctx.locale("en")
    places = {key: _place(ctx, key, *data) for key, data in PLACES.items()}
    people = {key: _person(ctx, key, data) for key, data in PEOPLE.items()}
    ctx.store["places"] = places
    ctx.store["people"] = people

    home_nl = ctx.homes["nl"]
    index_nl, index_en = ctx.both(
        home_nl,
        StoryIndexPage,
        "verhalen",
        nl={
            "title": "Verhalen",
            "introduction": "Verhalen uit de wijk: over de mensen, het werk "
            "en wat er verandert. Kies een thema, plek of persoon om te filteren.",
            "listing_summary": "Verhalen van bewoners, vrijwilligers en wijkondernemers.",
        },
        en={
            "title": "Stories",
            "slug": "stories",
            "introduction": "Stories from the "
            "neighbourhood: about the people, the work and what is changing. Pick a theme, place "
            "or person to filter.",
            "listing_summary": "Stories of residents, volunteers and neighbourhood entrepreneurs.",
        },
    )
    ctx.store["stories_index"] = (index_nl, index_en)

    # The form page first, then the stories oldest first: lists of the newest pages (home
    # page sections) then show the newest stories.
    ctx.both(
        index_nl,
        StorySubmissionPage,
        "vertel-je-verhaal",
        nl={
            "title": "Vertel je verhaal",
            "introduction": rich(
                "Heb je iets meegemaakt in de wijk dat anderen moeten horen? "
                "Vertel het ons in een paar zinnen. De verhalenverteller neemt "
                "contact met je op. Er wordt niets gepubliceerd zonder jouw "
                "toestemming."
            ),
            "privacy_note": "We bewaren je naam en contactgegevens alleen om over je verhaal te "
            "praten, en verwijderen ze binnen een jaar als er geen verhaal van komt.",
            "thank_you_text": rich(
                "Dank je wel! We hebben je verhaal ontvangen. De "
                "verhalenverteller neemt binnen twee weken contact met je op."
            ),
        },
        en={
            "title": "Tell your story",
            "slug": "tell-your-story",
            "introduction": rich(
                "Did something happen in the neighbourhood that others should "
                "hear about? Tell us in a few sentences. The storyteller will get "
                "in touch. Nothing is published without your permission."
            ),
            "privacy_note": "We keep your name and contact details only to talk about your "
            "story, and delete them within a year if no story comes of it.",
            "thank_you_text": rich(
                "Thank you! We received your story. The storyteller will "
                "contact you within two weeks."
            ),
        },
    )
    themes = ctx.store.get("themes", {})
    stories = {}
    for data in sorted(STORIES, key=lambda d: d["date"]):
        image = ctx.image(data["title"], data["image"][0], data["image"][1], data["alt"])
        shared = {
            "hero_image": image,
            "publication_date": data["date"],
            "place": places[data["place"]][0],
            "themes": [themes[slug] for slug in data["themes"] if slug in themes],
            "people": [people[key][0] for key in data["people"]],
        }
        stories[data["slug"]] = ctx.both(
            index_nl,
            StoryPage,
            data["slug"],
            shared=shared,
            nl={
                "title": data["title"],
                "lede": data["lede"],
                "hero_image_alt": data["alt"],
                "body": _body(data["body"], data["quote"], _gallery(ctx, data, "nl")),
                "tags": data["tags"],
            },
            en={
                "title": data["title_en"],
                "slug": data["slug_en"],
                "lede": data["lede_en"],
                "hero_image_alt": data["alt_en"],
                "body": _body(data["body_en"], data["quote_en"], _gallery(ctx, data, "en")),
                "tags": data["tags_en"],
            },
        )
    ctx.store["stories"] = stories
    link_initiatives(ctx, stories, STORY_INITIATIVES, StoryInitiative)

    _submissions(nl, en)

    ctx.add_menu_item(index_nl, index_en, weight=10)
    ctx.add_home_section(
        index_nl,
        "Verhalen uit de wijk",
        "Stories from the neighbourhood",
        count=3,
        link_nl="Alle verhalen",
        link_en="All stories",
    )
    _home_link(ctx, index_nl)


# story slug: slugs of the demo initiatives (initiatives/demo.py) it is about.
STORY_INITIATIVES = {
    "leeg-schoolgebouw-nieuwe-bestemming": ["nieuw-leven-oude-school"],
    "marja-schulden": ["hulp-bij-papieren-en-schulden"],
    "koffie-om-tien-uur": ["buurtmaatjes"],
    "henk-leert-jongeren-isoleren": ["energiecoaches"],
    "repair-cafe-draait-op-buren": ["repair-cafe"],
}


def link_initiatives(ctx, pages, links, through):
    """Name the initiatives each page is about, in both languages: the Dutch page names the
    Dutch initiative, the English page the English one. Adds only the links that are missing
    (and then publishes once), so a second run, or a run on an older demo, changes nothing
    else."""
    from initiatives.models import InitiativePage

    index = ctx.store.get("initiatives_index")
    if not index:
        return
    for slug, initiative_slugs in links.items():
        if slug not in pages:
            continue
        for page, initiative_index in zip(pages[slug], index, strict=True):
            page = type(page).objects.get(pk=page.pk)
            present = set(
                page.initiative_links.values_list("initiative__translation_key", flat=True)
            )
            added = False
            for initiative_slug in initiative_slugs:
                nl = InitiativePage.objects.child_of(index[0]).filter(slug=initiative_slug).first()
                if nl is None or nl.translation_key in present:
                    continue
                initiative = (
                    InitiativePage.objects.filter(
                        translation_key=nl.translation_key, locale_id=initiative_index.locale_id
                    ).first()
                    or nl
                )
                page.initiative_links.add(through(initiative=initiative))
                present.add(nl.translation_key)
                added = True
            if added:
                page.save_revision().publish()


def _body(paragraphs, quote, gallery=None):
    text, speaker, role = quote
    first, rest = paragraphs[:1], paragraphs[1:]
    body = [
        ("paragraph", rich(*first)),
        ("quote", {"quote": text, "speaker": speaker, "role": role}),
        ("paragraph", rich(*rest)),
    ]
    if gallery:
        body.append(("gallery", gallery))
    return body


GALLERY = {
    # story slug: [(motif, seed, alt nl, alt en, caption nl, caption en)]
    "leeg-schoolgebouw-nieuwe-bestemming": [
        (
            "people",
            41,
            "Bewoners rond tafels met grote vellen papier",
            "Residents around tables with large sheets of paper",
            "De eerste ideeënavond",
            "The first evening of ideas",
        ),
        (
            "school",
            42,
            "De achterkant van de school met het schoolplein",
            "The back of the school with the playground",
            "Het schoolplein, nu nog leeg",
            "The playground, still empty",
        ),
        (
            "repair",
            43,
            "Gereedschap uitgestald op een werkbank",
            "Tools laid out on a workbench",
            "Een werkplaats staat bovenaan de wensenlijst",
            "A workshop tops the wish list",
        ),
    ],
}


def _gallery(ctx, data, code):
    items = GALLERY.get(data["slug"])
    if not items:
        return None
    images = []
    for motif, seed, alt_nl, alt_en, caption_nl, caption_en in items:
        image = ctx.image(f"{data['title']} ({seed})", motif, seed, alt_nl)
        nl = code == "nl"
        images.append(
            {
                "image": {
                    "image": image,
                    "alt_text": alt_nl if nl else alt_en,
                    "decorative": False,
                },
                "caption": caption_nl if nl else caption_en,
                "credit": "Wijkbedrijf Geitenkamp",
            }
        )
    heading = "Beelden van de ideeënavonden" if code == "nl" else "Pictures of the idea evenings"
    return {"heading": heading, "images": images}


def _place(ctx, key, name_nl, name_en, neighbourhood, street, lat, lng, text_nl, text_en):
    nl = ctx.locale("nl")
    place = Place.objects.filter(locale=nl, slug=key).first()
    if place is None:
        place = Place.objects.create(
            locale=nl,
            slug=key,
            name=name_nl,
            neighbourhood=neighbourhood,
            street=street,
            city="Arnhem",
            latitude=lat,
            longitude=lng,
            description=text_nl,
        )
    place_en = ctx.translated_snippet(place, "en", name=name_en, description=text_en)
    return place, place_en


def _person(ctx, key, data):
    from django.utils.text import slugify

    nl = ctx.locale("nl")
    slug = slugify(data["name"])
    person = Person.objects.filter(locale=nl, slug=slug).first()
    if person is None:
        photo = None
        if data.get("photo"):
            motif, seed = data["photo"]
            photo = ctx.image(f"Portret {data['name']}", motif, seed, f"Portret van {data['name']}")
        given, ends = data["consent"]
        person = Person.objects.create(
            locale=nl,
            slug=slug,
            name=data["name"],
            role=data["role"],
            is_pseudonym=data.get("pseudonym", False),
            role_description=data.get("role_description", ""),
            photo=photo,
            bio=data["bio"],
            consent_given_on=given,
            consent_ends_on=ends,
            consent_scope=data["scope"],
        )
    person_en = ctx.translated_snippet(
        person,
        "en",
        bio=data["bio_en"],
        consent_scope=data["scope_en"],
        role_description=data.get("role_description_en", ""),
    )
    return person, person_en


def _submissions(nl, en):
    examples = [
        (
            "Kees van Dijk",
            "kees@example.nl",
            "",
            nl,
            StorySubmission.Status.NEW,
            "Ik ben vorig jaar begonnen met een moestuin achter de flat. Nu doen er twaalf buren "
            "mee en delen we de oogst met de voedselbank.",
        ),
        (
            "Amina Yilmaz",
            "",
            "06 12345678",
            en,
            StorySubmission.Status.CONTACTED,
            "My daughter and I started a homework club in our living room. Could it move to the "
            "old school building?",
        ),
    ]
    for name, email, phone, locale, status, about in examples:
        StorySubmission.objects.get_or_create(
            name=name,
            defaults={
                "email": email,
                "phone": phone,
                "locale": locale,
                "status": status,
                "about": about,
                "consent": True,
            },
        )


def _home_link(ctx, index_nl):
    """Point the home page's "Read the stories" button at the stories (once)."""
    for code in ("nl", "en"):
        home = ctx.homes[code]
        if home.hero_secondary_page_id is None:
            home.hero_secondary_page = (
                index_nl.get_translation_or_none(ctx.locale(code)) or index_nl
            )
            home.save_revision().publish()
