# ruff: noqa: E501  (long Dutch and English content strings, wrapped by the formatter)
"""The texts of the demo instruments, in Dutch and English. Facts from the seed text: Arnhem,
the Geitenkamp, partners Spectrum and ToekomstSterk, the roles of the wijkbedrijf, the empty
school building, debt and poverty."""

import datetime

D = datetime.date

INSTRUMENTS = [
    {
        "slug": ("zo-werkt-het-wijkbedrijf", "how-the-neighbourhood-enterprise-works"),
        "used_in": ["nieuw-leven-oude-school", "energiecoaches"],
        "type": "infographic",
        "audiences": ["municipality", "neighbourhood_enterprise", "residents", "partners"],
        "themes": ["participatie"],
        "licence": "cc-by-4.0",
        "tags": (
            ["wijkbedrijf", "rollen", "financiering"],
            ["neighbourhood enterprise", "roles", "funding"],
        ),
        "files": [("nl", "1.1"), ("en", "1.1")],
        "infographic": True,
        "versions": [
            (
                "1.0",
                D(2025, 3, 10),
                "Eerste versie, getekend door Spectrum.",
                "First version, drawn by Spectrum.",
            ),
            (
                "1.1",
                D(2025, 9, 2),
                "Rol van informatieverzamelaar toegevoegd en Engelse versie.",
                "Added the information gatherer role and an English version.",
            ),
        ],
        "nl": {
            "title": "Zo werkt het wijkbedrijf",
            "summary": "Een infographic op één pagina: hoe het wijkbedrijf bewoners, talent en "
            "de opdrachten van systeempartners met elkaar verbindt, welke rollen er zijn en hoe "
            "het gefinancierd wordt.",
            "needs_time": "Vijf minuten om te lezen; een uur om samen te bespreken",
            "needs_people": "Iedereen die wil uitleggen wat een wijkbedrijf is",
            "needs_costs": "Geen; print op A3 voor aan de muur",
            "experience": "We hingen de infographic in het buurthuis van de Geitenkamp en "
            "gebruikten hem bij gesprekken met de gemeente Arnhem en woningcorporaties. Vooral "
            "de vier rollen maakten snel duidelijk wie wat doet.",
            "alt": "Infographic: bewoners brengen talent en tijd, systeempartners brengen "
            "opdrachten en budget; het wijkbedrijf verbindt die met vier rollen "
            "(wijkondernemer, communitybuilder, informatieverzamelaar, verhalenverteller) en "
            "bouwt participatie-infrastructuur.",
        },
        "en": {
            "title": "How the neighbourhood enterprise works",
            "summary": "A one-page infographic: how the neighbourhood enterprise connects "
            "residents and their talent with the assignments of system partners, which roles "
            "it has and how it is funded.",
            "needs_time": "Five minutes to read; an hour to discuss together",
            "needs_people": "Anyone who wants to explain what a neighbourhood enterprise is",
            "needs_costs": "None; print it on A3 for the wall",
            "experience": "We put the infographic up in the Geitenkamp community centre and "
            "used it in talks with the municipality of Arnhem and housing corporations. The "
            "four roles in particular made it clear quickly who does what.",
            "alt": "Infographic: residents bring talent and time, system partners bring "
            "assignments and budget; the neighbourhood enterprise connects them through four "
            "roles (neighbourhood entrepreneur, community builder, information gatherer, "
            "storyteller) and builds participation infrastructure.",
        },
    },
    {
        "slug": ("starthandboek-wijkbedrijf", "starter-handbook-neighbourhood-enterprise"),
        "used_in": ["nieuw-leven-oude-school", "repair-cafe"],
        "type": "handbook",
        "audiences": ["neighbourhood_enterprise", "municipality", "residents"],
        "themes": ["participatie"],
        "licence": "cc-by-sa-4.0",
        "tags": (["opstarten", "wijkondernemer"], ["getting started", "entrepreneur"]),
        "files": [("nl", "2.0"), ("en", "2.0")],
        "colour": "teal",
        "versions": [
            (
                "1.0",
                D(2024, 11, 4),
                "Eerste versie na een jaar wijkbedrijf in de Geitenkamp.",
                "First version after a year of the Geitenkamp enterprise.",
            ),
            (
                "1.1",
                D(2025, 4, 22),
                "Hoofdstuk over opstartfinanciering uitgebreid.",
                "Extended the chapter on start-up funding.",
            ),
            (
                "2.0",
                D(2025, 10, 13),
                "Herschreven met ervaringen van drie nieuwe wijken.",
                "Rewritten with the experience of three new neighbourhoods.",
            ),
        ],
        "nl": {
            "title": "Starthandboek wijkbedrijf",
            "summary": "Stap voor stap een wijkbedrijf opzetten: van de eerste gesprekken met "
            "bewoners en systeempartners tot een wijkondernemer met een betaalde baan en een "
            "eigen inkomstenstroom.",
            "needs_time": "Zes tot twaalf maanden voor de opstart",
            "needs_people": "Een kwartiermaker, vijf tot tien actieve bewoners, twee of drie "
            "systeempartners",
            "needs_costs": "Opstartfinanciering voor ongeveer twee jaar; het handboek zelf is "
            "gratis",
            "experience": "Het handboek groeide uit het eerste jaar van het wijkbedrijf in de "
            "Geitenkamp in Arnhem, samen met Spectrum en ToekomstSterk. Drie andere wijken "
            "gebruikten de tweede versie bij hun start.",
            "cover": "Zo begin je een bedrijf van en voor inwoners",
            "sections": [
                (
                    "Waarom een wijkbedrijf?",
                    [
                        "In een all inclusive wijk hoeft niemand zich te vervelen, eenzaam te zijn "
                        "of zonder geld te zitten. Er is veel werk te doen: huizen verduurzamen, "
                        "ouderen die langer thuis wonen ondersteunen, spullen hergebruiken. Het "
                        "wijkbedrijf legt dat werk zoveel mogelijk in de wijk zelf.",
                    ],
                ),
                (
                    "Stap 1: verken de wijk",
                    [
                        "Praat met bewoners over wat ze kunnen en willen, en met de gemeente, "
                        "woningcorporaties, zorgorganisaties en bedrijven over het werk dat zij in "
                        "de wijk hebben.",
                        [
                            "Maak een talentenkaart (zie ons werkblad).",
                            "Verzamel wijkdata over wat urgent is.",
                            "Zoek een plek: een buurthuis, een leeg schoolgebouw, een winkelpand.",
                        ],
                    ],
                ),
                (
                    "Stap 2: de rollen",
                    [
                        "Een wijkondernemer runt het wijkbedrijf professioneel; bij voorkeur iemand "
                        "uit de wijk, in een betaalde baan. Daarnaast zijn er een communitybuilder, "
                        "een informatieverzamelaar en een verhalenverteller.",
                    ],
                ),
                (
                    "Stap 3: de eerste opdrachten",
                    [
                        "Begin klein en zichtbaar: een onderhoudsklus voor de woningcorporatie, "
                        "een maaltijdproject met de zorgorganisatie. Elke opdracht levert werk, "
                        "betaald of vrijwillig, en vertrouwen op.",
                    ],
                ),
                (
                    "Stap 4: financiering",
                    [
                        "Het wijkbedrijf wordt integraal en ondernemend gefinancierd: door inwoners, "
                        "gemeente, maatschappelijke organisaties en bedrijven. Na de "
                        "opstartfinanciering verdient het zijn inkomsten met het werk dat "
                        "systeempartners inleggen.",
                    ],
                ),
            ],
        },
        "en": {
            "title": "Starter handbook for a neighbourhood enterprise",
            "summary": "Setting up a neighbourhood enterprise step by step: from the first "
            "conversations with residents and system partners to a neighbourhood entrepreneur "
            "in a paid job and an income of its own.",
            "needs_time": "Six to twelve months to get started",
            "needs_people": "One pioneer, five to ten active residents, two or three system "
            "partners",
            "needs_costs": "Start-up funding for about two years; the handbook itself is free",
            "experience": "The handbook grew out of the first year of the neighbourhood "
            "enterprise in the Geitenkamp in Arnhem, together with Spectrum and ToekomstSterk. "
            "Three other neighbourhoods used the second version when they started.",
            "cover": "How to start a company of and for residents",
            "sections": [
                (
                    "Why a neighbourhood enterprise?",
                    [
                        "In an all-inclusive neighbourhood nobody has to be bored, lonely or "
                        "without money. There is plenty of work: making homes sustainable, "
                        "supporting older people who live at home for longer, re-using goods. The "
                        "enterprise keeps as much of that work as possible in the neighbourhood.",
                    ],
                ),
                (
                    "Step 1: explore the neighbourhood",
                    [
                        "Talk with residents about what they can and want to do, and with the "
                        "municipality, housing corporations, care organisations and companies about "
                        "the work they have in the area.",
                        [
                            "Make a talent map (see our worksheet).",
                            "Gather neighbourhood data on what is urgent.",
                            "Find a place: a community centre, an empty school, a shop.",
                        ],
                    ],
                ),
                (
                    "Step 2: the roles",
                    [
                        "A neighbourhood entrepreneur runs the enterprise professionally; ideally "
                        "someone from the area, in a paid job. Next to them are a community "
                        "builder, an information gatherer and a storyteller.",
                    ],
                ),
                (
                    "Step 3: the first assignments",
                    [
                        "Start small and visible: a maintenance job for the housing corporation, a "
                        "meals project with the care organisation. Every assignment brings work, "
                        "paid or voluntary, and trust.",
                    ],
                ),
                (
                    "Step 4: funding",
                    [
                        "The enterprise is funded in an integrated, enterprising way: by residents, "
                        "the municipality, civil society organisations and companies. After the "
                        "start-up funding it earns its income from the work system partners bring.",
                    ],
                ),
            ],
        },
    },
    {
        "slug": ("werkblad-talentenkaart", "worksheet-talent-map"),
        "used_in": ["buurtmaatjes", "repair-cafe"],
        "type": "worksheet",
        "audiences": ["residents", "neighbourhood_enterprise", "professionals"],
        "themes": ["participatie", "eenzaamheid"],
        "licence": "cc-by-4.0",
        "tags": (["talent", "buurtgesprek"], ["talent", "neighbourhood conversation"]),
        "files": [("nl", "1.2"), ("en", "1.2")],
        "colour": "orange",
        "versions": [
            ("1.0", D(2025, 1, 15), "Eerste versie.", "First version."),
            (
                "1.2",
                D(2025, 6, 30),
                "Vragen eenvoudiger gemaakt na een proef met bewoners.",
                "Simpler questions after a trial with residents.",
            ),
        ],
        "nl": {
            "title": "Werkblad: talent in de wijk in kaart brengen",
            "summary": "Een werkblad voor een buurtgesprek: welke vaardigheden, ervaring en "
            "tijd zijn er in de straat, en welk werk in de wijk past daarbij?",
            "needs_time": "Anderhalf uur per gesprek",
            "needs_people": "Een gespreksleider en zes tot twaalf buren",
            "needs_costs": "Koffie, thee en geprinte werkbladen",
            "experience": "Communitybuilders in de Geitenkamp voerden twintig gesprekken met het "
            "werkblad. Zo vonden ze onder anderen een gepensioneerde loodgieter en twee "
            "jongeren die graag met hout werken.",
            "cover": "Vaardigheden, ervaring en tijd van buren zichtbaar maken",
            "sections": [
                (
                    "Zo gebruik je dit werkblad",
                    [
                        "Nodig buren uit voor een gesprek van anderhalf uur. Iedereen vult eerst "
                        "zelf de vragen in; daarna maak je samen de kaart van de straat.",
                    ],
                ),
                (
                    "Vragen voor iedereen",
                    [
                        [
                            "Waar ben je goed in? Denk ook aan dingen die je thuis doet.",
                            "Wat zou je graag leren?",
                            "Hoeveel tijd heb je per week, en wanneer?",
                            "Wil je liever betaald of vrijwillig werken, of maakt het niet uit?",
                        ],
                    ],
                ),
                (
                    "De kaart van de straat",
                    [
                        "Zet de antwoorden op de kaart en kijk welke opdrachten in de wijk erbij "
                        "passen: onderhoud, verduurzaming, zorg voor ouderen, hergebruik.",
                    ],
                ),
                (
                    "Privacy",
                    [
                        "Schrijf alleen voornamen op, en alleen met toestemming. Bewaar de kaart "
                        "niet langer dan nodig.",
                    ],
                ),
            ],
        },
        "en": {
            "title": "Worksheet: mapping talent in the neighbourhood",
            "summary": "A worksheet for a neighbourhood conversation: which skills, experience "
            "and time are there in the street, and which local work fits them?",
            "needs_time": "An hour and a half per conversation",
            "needs_people": "One facilitator and six to twelve neighbours",
            "needs_costs": "Coffee, tea and printed worksheets",
            "experience": "Community builders in the Geitenkamp held twenty conversations with "
            "the worksheet. Among others they found a retired plumber and two young people who "
            "love working with wood.",
            "cover": "Making the skills, experience and time of neighbours visible",
            "sections": [
                (
                    "How to use this worksheet",
                    [
                        "Invite neighbours for a conversation of an hour and a half. Everyone first "
                        "answers the questions alone; then you make the map of the street together.",
                    ],
                ),
                (
                    "Questions for everyone",
                    [
                        [
                            "What are you good at? Include what you do at home.",
                            "What would you like to learn?",
                            "How much time do you have each week, and when?",
                            "Would you rather work paid or as a volunteer, or does it not matter?",
                        ],
                    ],
                ),
                (
                    "The map of the street",
                    [
                        "Put the answers on the map and see which local assignments fit: "
                        "maintenance, making homes sustainable, care for older people, re-use.",
                    ],
                ),
                (
                    "Privacy",
                    [
                        "Write down first names only, and only with consent. Do not keep the map "
                        "longer than needed.",
                    ],
                ),
            ],
        },
    },
    {
        "slug": ("gids-schulden-en-armoede", "guide-debt-and-poverty"),
        "used_in": ["hulp-bij-papieren-en-schulden"],
        "type": "handbook",
        "audiences": ["professionals", "municipality", "partners"],
        "themes": ["armoede-en-schulden"],
        "licence": "cc-by-4.0",
        "tags": (["schulden", "systeemprobleem"], ["debt", "system problem"]),
        "files": [("nl", "1.0")],
        "colour": "purple",
        "versions": [
            ("1.0", D(2025, 5, 19), "Eerste versie.", "First version."),
        ],
        "nl": {
            "title": "Gids: schulden en armoede in de wijk",
            "summary": "Waarom mensen met schulden steeds armer worden, en wat een wijkbedrijf, "
            "de gemeente en partners samen kunnen doen om die spiraal te doorbreken.",
            "needs_time": "Een middag om te lezen en te bespreken",
            "needs_people": "Professionals in schuldhulp, wijkteams en het wijkbedrijf",
            "needs_costs": "Geen",
            "experience": "De gids bundelt wat we leerden bij het spreekuur over geldzorgen in "
            "de Geitenkamp en in gesprekken met schuldhulpverleners van de gemeente Arnhem.",
            "cover": "Mensen met schulden worden steeds armer: een systeemprobleem",
            "sections": [
                (
                    "Een systeemprobleem",
                    [
                        "Wie schulden heeft, betaalt boetes, incassokosten en rente. Zo worden "
                        "mensen met schulden steeds armer. Dat is geen persoonlijk falen maar een "
                        "probleem van het systeem.",
                    ],
                ),
                (
                    "Wat de wijk kan doen",
                    [
                        [
                            "Vroeg signaleren: buren, de huismeester en de verhalenverteller horen het "
                            "vaak als eerste.",
                            "Werk aanbieden: betaald werk in de wijk geeft inkomen en regelmaat.",
                            "Samen met de gemeente afspraken maken over pauzeren van incasso.",
                        ],
                    ],
                ),
                (
                    "Zo praat je erover",
                    [
                        "Begin niet bij de schuld maar bij de mens. Vraag wat iemand nodig heeft om "
                        "rust te krijgen, en wie daarbij kan helpen.",
                    ],
                ),
            ],
        },
        "en": {
            "title": "Guide: debt and poverty in the neighbourhood",
            "summary": "Why people in debt keep getting poorer, and what a neighbourhood "
            "enterprise, the municipality and partners can do together to break the spiral. "
            "The guide itself is in Dutch.",
            "needs_time": "An afternoon to read and discuss",
            "needs_people": "Debt counsellors, neighbourhood teams and the enterprise",
            "needs_costs": "None",
            "experience": "The guide brings together what we learned at the money worries "
            "drop-in in the Geitenkamp and in talks with debt counsellors of the municipality "
            "of Arnhem.",
        },
    },
    {
        "slug": ("canvas-opdrachten-van-systeempartners", "canvas-assignments-from-partners"),
        "used_in": ["energiecoaches"],
        "type": "canvas",
        "audiences": ["municipality", "partners", "neighbourhood_enterprise"],
        "themes": ["participatie", "verduurzaming"],
        "licence": "cc-by-sa-4.0",
        "tags": (["opdrachtgevers", "verduurzaming"], ["commissioning", "sustainability"]),
        "files": [("nl", "1.0"), ("en", "1.0")],
        "colour": "blue",
        "versions": [
            ("1.0", D(2025, 8, 25), "Eerste versie.", "First version."),
        ],
        "nl": {
            "title": "Canvas: opdrachten van systeempartners",
            "summary": "Eén canvas om met gemeente, woningcorporaties en zorgorganisaties te "
            "bepalen welk werk zij in de wijk kunnen beleggen, wat het oplevert en wat het mag "
            "kosten.",
            "needs_time": "Een werksessie van twee uur",
            "needs_people": "Wijkondernemer en twee tot vier systeempartners",
            "needs_costs": "Een A1-print van het canvas en post-its",
            "experience": "Met het canvas spraken we met een woningcorporatie af dat bewoners "
            "het kleine onderhoud en de isolatie van zolders in de Geitenkamp doen.",
            "cover": "Welk werk kan in de wijk zelf gedaan worden?",
            "sections": [
                (
                    "De vakken van het canvas",
                    [
                        [
                            "Opgave: welk maatschappelijk probleem in de wijk?",
                            "Werk: welke taken horen erbij?",
                            "Talent: wie in de wijk kan dit doen, betaald of vrijwillig?",
                            "Waarde: wat levert het op, voor de wijk en voor de partner?",
                            "Budget: wat mag het kosten, en wie betaalt?",
                        ],
                    ],
                ),
                (
                    "Na de sessie",
                    [
                        "Maak van elk gevuld canvas een opdracht met een looptijd, een contactpersoon "
                        "en een moment om samen terug te kijken.",
                    ],
                ),
            ],
        },
        "en": {
            "title": "Canvas: assignments from system partners",
            "summary": "One canvas to work out with the municipality, housing corporations "
            "and care organisations which work they can place in the neighbourhood, what it "
            "yields and what it may cost.",
            "needs_time": "One working session of two hours",
            "needs_people": "The neighbourhood entrepreneur and two to four system partners",
            "needs_costs": "An A1 print of the canvas and sticky notes",
            "experience": "With the canvas we agreed with a housing corporation that residents "
            "do the small maintenance and the insulation of attics in the Geitenkamp.",
            "cover": "Which work can be done by the neighbourhood itself?",
            "sections": [
                (
                    "The boxes of the canvas",
                    [
                        [
                            "Challenge: which social problem in the neighbourhood?",
                            "Work: which tasks come with it?",
                            "Talent: who in the area can do this, paid or as a volunteer?",
                            "Value: what does it bring, for the area and for the partner?",
                            "Budget: what may it cost, and who pays?",
                        ],
                    ],
                ),
                (
                    "After the session",
                    [
                        "Turn every completed canvas into an assignment with a duration, a contact "
                        "person and a moment to look back together.",
                    ],
                ),
            ],
        },
    },
    {
        "slug": ("training-verhalenverteller", "storyteller-training"),
        "used_in": ["buurtmaatjes"],
        "type": "training",
        "audiences": ["neighbourhood_enterprise", "residents"],
        "themes": ["participatie", "eenzaamheid"],
        "licence": "all-rights-reserved",
        "tags": (["verhalen", "communicatie"], ["stories", "communication"]),
        "files": [("nl", "1.0")],
        "colour": "orange",
        "versions": [
            ("1.0", D(2025, 2, 3), "Eerste versie.", "First version."),
        ],
        "nl": {
            "title": "Training: de verhalenverteller",
            "summary": "Een training van drie bijeenkomsten voor bewoners die verhalen uit de "
            "wijk willen vertellen: luisteren, toestemming vragen, schrijven en fotograferen.",
            "needs_time": "Drie bijeenkomsten van tweeënhalf uur",
            "needs_people": "Een trainer en vier tot tien deelnemers",
            "needs_costs": "Zaalhuur en koffie; de trainershandleiding is gratis",
            "experience": "Zes bewoners van de Geitenkamp volgden de training. Hun verhalen "
            "staan nu op deze website.",
            "cover": "Inspireren met verhalen uit de wijk",
            "sections": [
                (
                    "Bijeenkomst 1: luisteren",
                    [
                        "Wat maakt een verhaal sterk? Oefenen met open vragen en doorvragen.",
                    ],
                ),
                (
                    "Bijeenkomst 2: toestemming en privacy",
                    [
                        "Vraag altijd toestemming, leg uit waar het verhaal komt te staan en bied "
                        "een schuilnaam aan.",
                    ],
                ),
                (
                    "Bijeenkomst 3: schrijven en fotograferen",
                    [
                        "Een verhaal van vierhonderd woorden met één goede foto. Schrijf zoals "
                        "mensen praten.",
                    ],
                ),
            ],
        },
        "en": {
            "title": "Training: the storyteller",
            "summary": "A three-session training for residents who want to tell stories from "
            "the neighbourhood: listening, asking consent, writing and taking photos. The "
            "material is in Dutch.",
            "needs_time": "Three sessions of two and a half hours",
            "needs_people": "One trainer and four to ten participants",
            "needs_costs": "Room hire and coffee; the trainer's guide is free",
            "experience": "Six residents of the Geitenkamp took the training. Their stories "
            "are now on this website.",
        },
    },
    {
        "slug": ("onderzoek-lege-school-geitenkamp", "research-empty-school-geitenkamp"),
        "used_in": ["nieuw-leven-oude-school"],
        "type": "research",
        "audiences": ["municipality", "partners", "residents"],
        "themes": ["zorg-en-welzijn", "participatie", "hergebruik"],
        "licence": "all-rights-reserved",
        "tags": (["Geitenkamp", "schoolgebouw", "hub"], ["Geitenkamp", "school building", "hub"]),
        "files": [("nl", "1.0"), ("en", "1.0")],
        "colour": "teal",
        "versions": [
            ("1.0", D(2025, 7, 7), "Eindrapport.", "Final report."),
        ],
        "nl": {
            "title": "Onderzoek: nieuwe functies voor de lege school in de Geitenkamp",
            "summary": "Kunnen we nieuwe functies voor een leegstaand schoolgebouw in de "
            "Geitenkamp ontwikkelen die bijdragen aan de ontwikkeling van de wijk? De "
            "uitkomsten van gesprekken met bewoners en partners.",
            "needs_time": "Een uur om te lezen",
            "needs_people": "Voor gemeenten, eigenaren van leegstaand vastgoed en bewoners",
            "needs_costs": "Geen",
            "experience": "Honderdtwintig bewoners en acht organisaties dachten mee. Het "
            "rapport was de basis voor het plan voor een zorghub en een onderhoudshub in het "
            "gebouw.",
            "cover": "Van leegstand naar een hub voor de wijk",
            "sections": [
                (
                    "De vraag",
                    [
                        "Kunnen we nieuwe functies voor het lege schoolgebouw ontwikkelen die "
                        "bijdragen aan de ontwikkeling van de Geitenkamp?",
                    ],
                ),
                (
                    "Wat bewoners zeiden",
                    [
                        [
                            "Een plek om elkaar te ontmoeten, ook overdag.",
                            "Werkplaatsen voor reparatie en hergebruik.",
                            "Zorg dichtbij, voor ouderen die langer thuis wonen.",
                        ],
                    ],
                ),
                (
                    "Aanbevelingen",
                    [
                        "Begin met een zorghub en een onderhoudshub, gerund door het wijkbedrijf, en "
                        "houd ruimte vrij voor initiatieven van bewoners.",
                    ],
                ),
            ],
        },
        "en": {
            "title": "Research: new uses for the empty school in the Geitenkamp",
            "summary": "Can we develop new uses for an empty school building in the Geitenkamp "
            "that help the neighbourhood grow? The findings of conversations with residents and "
            "partners.",
            "needs_time": "An hour to read",
            "needs_people": "For municipalities, owners of empty buildings and residents",
            "needs_costs": "None",
            "experience": "A hundred and twenty residents and eight organisations took part. "
            "The report was the basis for the plan for a care hub and a maintenance hub in the "
            "building.",
            "cover": "From an empty building to a hub for the neighbourhood",
            "sections": [
                (
                    "The question",
                    [
                        "Can we develop new uses for the empty school building that help the "
                        "Geitenkamp grow?",
                    ],
                ),
                (
                    "What residents said",
                    [
                        [
                            "A place to meet each other, also in the daytime.",
                            "Workshops for repair and re-use.",
                            "Care close by, for older people who live at home for longer.",
                        ],
                    ],
                ),
                (
                    "Recommendations",
                    [
                        "Start with a care hub and a maintenance hub, run by the neighbourhood "
                        "enterprise, and keep room for residents' own initiatives.",
                    ],
                ),
            ],
        },
    },
]
