"""Wokingham Community Safety Partnership: its Community Safety Strategy 2021-2024.

Source: Wokingham Borough Council, report to the Executive of Thursday 24 June 2021,
"Community Safety Strategy 2021-2024" (lead officer Keeley Clements, lead member Bill Soane).
"""

WBC = "Wokingham Borough Council"
TVP = "Thames Valley Police"
PCC = "Thames Valley Police and Crime Commissioner"
RBFRS = "Royal Berkshire Fire and Rescue Service"
CCG = "Berkshire West Clinical Commissioning Group"
BHFT = "Berkshire Healthcare NHS Foundation Trust"
YOS = "Wokingham Youth Offending Services"
NPS = "National Probation Service"
INVOLVE = "Involve Community Services"
RFC = "Reading Football Club"
BWA = "Berkshire Women's Aid"
WTC = "Wokingham Town Council"
CTPSE = "Counter Terrorism Policing South East"

# Priorities and delivery areas (keys)
P1 = "wokingham-2021-listening-to-residents"
P2 = "wokingham-2021-intervening-early"
P3 = "wokingham-2021-protecting-vulnerable-residents"
D1 = "wokingham-2021-crime-and-asb-hotspots"
D2 = "wokingham-2021-domestic-abuse"
D3 = "wokingham-2021-serious-violence-and-knife-crime"
D4 = "wokingham-2021-exploitation"
D5 = "wokingham-2021-burglary-and-theft-from-vehicles"

DATA = {
    "partnership": {
        "name": "Wokingham Community Safety Partnership",
        "slug": "wokingham",
        "area": "Wokingham Borough",
        "nation": "england",
        "description": (
            "The Community Safety Partnership (CSP) has a duty to formulate and implement a "
            "local crime reduction strategy as set out in the Crime and Disorder Act 1998.\n\n"
            "Legislation sets out that the Community Safety Partnership must have in place:\n\n"
            "- a strategy for the reduction of crime and disorder in the area (including "
            "anti-social and other behaviour adversely affecting the local environment); "
            "combatting the misuse of drugs, alcohol and other substances in the area;\n"
            "- a strategy for the reduction of re-offending in Wokingham Borough;\n"
            "- a system for monitoring the strategy for effectiveness and make any changes "
            "where necessary and expedient.\n\n"
            "Furthermore, the partnership has a duty to undertake a local strategic assessment of "
            "crime and disorder, anti-social behaviour, drug and alcohol misuse to inform the "
            "strategy.\n\n"
            "The Community Safety Partnership subgroups have key work streams and priority "
            "areas to deliver on. Subgroups report progress and performance quarterly to the "
            "Community Safety Partnership Board."
        ),
        "board_name": "Community Safety Partnership Board",
    },
    "organisations": [
        # The council holds the duty of Part 4 of the Domestic Abuse Act (the paper's
        # Domestic Abuse Partnership Board supports it): a top-tier council, a unitary one.
        {"name": WBC, "short_name": "WBC", "kind": "local_authority", "council_tier": "unitary"},
        {
            "name": RBFRS,
            "kind": "fire_and_rescue",
            "notes": "Listed in Wokingham CSP's membership as 'Berkshire Fire & Rescue Service'.",
        },
        {
            "name": TVP,
            "kind": "police",
            "notes": "Listed in Wokingham CSP's membership as 'Thames Valley Constabulary'.",
        },
        {"name": PCC, "kind": "pcc"},
        {"name": CCG, "kind": "health"},
        {"name": BHFT, "kind": "health"},
        {"name": YOS, "kind": "youth_justice"},
        {"name": NPS, "kind": "probation"},
        {"name": INVOLVE, "kind": "voluntary"},
        {
            "name": RFC,
            "kind": "other",
            "notes": "Sits on Wokingham CSP's Problem Solving Tasking Group and Anti-Social "
            "Behaviour Panel.",
        },
        {"name": BWA, "kind": "voluntary"},
        {"name": WTC, "kind": "local_authority"},
        {
            "name": CTPSE,
            "kind": "police",
            "notes": "Named in Wokingham CSP's paper as 'counter terrorism police south east'.",
        },
    ],
    "councils": [WBC],
    "memberships": [
        {"organisation": WBC, "role": "responsible_authority"},
        {"organisation": RBFRS, "role": "responsible_authority"},
        {"organisation": TVP, "role": "responsible_authority"},
        {"organisation": PCC, "role": "co_operating_body"},
        {"organisation": CCG, "role": "responsible_authority"},
        {
            "organisation": BHFT,
            "role": "other_member",
            "staff_note": "Named 'Berkshire Healthcare Trust' in the paper.",
        },
        {"organisation": YOS, "role": "other_member"},
        {"organisation": NPS, "role": "responsible_authority"},
        {"organisation": INVOLVE, "role": "other_member"},
    ],
    "contacts": [
        {
            "name": "Keeley Clements",
            "role": "Lead Officer: Director, Communities, Insight and Change",
            "organisation": WBC,
        },
        {
            "name": "Cllr Bill Soane",
            "role": "Lead Member: Executive Member for Communities and Neighbourhoods",
            "organisation": WBC,
        },
        {
            "name": "Narinder Brar",
            "role": "Contact for the strategy report (Service: Customer and Localities)",
            "organisation": WBC,
            "email": "narinder.brar@wokingham.gov.uk",
            "phone": "07979255308",
            "is_public": True,
        },
    ],
    "funding": [
        {
            "name": "Cost of the strategy to the Council",
            "source": WBC,
            "amount": 0,
            "financial_year": year,
            "purpose": (
                f"Financial implications of the recommendation, {label}: cost £0; sufficient "
                "funding: yes; revenue or capital: n/a. Other financial information: none.\n\n"
                "The Council faces severe funding pressures, particularly in the face of the "
                "COVID-19 crisis. It is therefore imperative that Council resources are "
                "focused on the vulnerable and on its highest priorities."
            ),
            "staff_note": "The paper labels the years 'Current', 'Next' and 'Following' "
            "financial year; the report is for the Executive of 24 June 2021, so Year 1 is "
            "2021/22.",
        }
        for year, label in [
            (2021, "Current Financial Year (Year 1)"),
            (2022, "Next Financial Year (Year 2)"),
            (2023, "Following Financial Year (Year 3)"),
        ]
    ],
    "governance_links": [
        {
            "body": "Wellbeing Board",
            "kind": "works_with",
            "description": "Considers the Community Safety Strategy (10 June 2021 for the "
            "2021-2024 strategy).",
        },
        {
            "body": "Wokingham Borough Council Executive",
            "kind": "approved_by",
            "description": "Asked to endorse the Community Safety Partnership Strategy and "
            "priorities 2021-2024 at its meeting of 24 June 2021.",
        },
        {
            "body": "West of Berkshire Safeguarding Adults Board",
            "kind": "works_with",
            "description": "The Community Safety Strategy links to it.",
        },
        {
            "body": "Safeguarding Children's Partnership",
            "kind": "works_with",
            "description": "The Community Safety Strategy links to it.",
        },
    ],
    "strategic_assessments": [
        {
            "key": "wokingham-strategic-assessment-2020",
            "title": "Strategic Assessment 19/20",
            "completed_on": "2020-12",
            "data_period": "Five years",
            "summary": (
                "A detailed strategic assessment of the borough has been undertaken in "
                "December 2020, assessing data spanning a five year period. It looks in-depth "
                "at a range of available data on crime and disorder, anti-social behaviour, "
                "drug and alcohol misuse to inform the strategy. A summary of the findings is "
                "Appendix 1 (Strategic Assessment 19/20 Executive Summary)."
            ),
        },
    ],
    "strategies": [
        {
            "key": "wokingham-community-safety-strategy-2021-2024",
            "title": "Community Safety Strategy 2021-2024",
            "slug": "community-safety-strategy-2021-2024",
            "period_start_year": 2021,
            "period_end_year": 2024,
            "revision": 1,
            "status": "published",
            "published_on": "2021-07-01",
            "strategic_assessment": "wokingham-strategic-assessment-2020",
            "priorities_ranked": True,
            "summary": (
                "The Community Safety Partnership (CSP) has a duty to formulate and implement "
                "a local crime reduction strategy as set out in the Crime and Disorder Act "
                "1998. The current strategy and priorities came to an end in March 2021.\n\n"
                "Legislation sets out that the Community Safety Partnership must have in "
                "place:\n\n"
                "- a strategy for the reduction of crime and disorder in the area (including "
                "anti-social and other behaviour adversely affecting the local environment); "
                "combatting the misuse of drugs, alcohol and other substances in the area;\n"
                "- a strategy for the reduction of re-offending in Wokingham Borough;\n"
                "- a system for monitoring the strategy for effectiveness and make any changes "
                "where necessary and expedient.\n\n"
                "Furthermore, the partnership has a duty to undertake a local strategic "
                "assessment of crime and disorder, anti-social behaviour, drug and alcohol "
                "misuse to inform the strategy. A detailed strategic assessment of the "
                "borough has been undertaken in December 2020, assessing data spanning a "
                "five year period. A summary of the findings can be found in appendix 1.\n\n"
                "Following on from the strategic assessment data analysis a development "
                "workshop was held on the 10th of December with key internal and external "
                "stakeholders including, the Police, Health, Fire, Childrens and Adults "
                "Social Care. Details of attendees can be found in appendix 2.\n\n"
                "The draft priorities (in appendix 3) were formulated upon the information "
                "contained within the local strategic assessment and other wider local and "
                "national policy context.\n\n"
                "A full stakeholder and public consultation was undertaken from 22nd "
                "February 2021 – 31st March 2021.\n\n"
                'The report to the Executive of 24 June 2021 recommended: "That the '
                "Executive endorses the Community Safety Partnership Strategy and new "
                'priorities for 2021-2024, for implementation on the 1st July 2021."'
            ),
            "aims": (
                "The Community Safety Priorities are set out as three strategic priorities "
                "with five specific delivery areas within these.\n\n"
                "Three strategic priorities:\n\n"
                "1. Listening to the needs and concerns of local residents and taking action\n"
                "2. Intervening early and preventing issues escalating\n"
                "3. Working together to protect vulnerable residents\n\n"
                "Five delivery areas:\n\n"
                "1. Work with communities to deal with crime and anti-social behaviour "
                "hotspots\n"
                "2. Reduce harm caused by domestic abuse\n"
                "3. Reduce incidents of serious violence and knife crime\n"
                "4. Tackle exploitation of children, young people and vulnerable adults\n"
                "5. Reduce crimes of residential burglary and theft from vehicles"
            ),
            "delivery_approach": (
                "Priorities will cover a three year period 2021-2024 and will be refreshed "
                "annually. A detailed delivery plan will be developed to assist the "
                "monitoring and delivery of the partnership priorities. This will feed into "
                "the respective Community Safety Partnership subgroups that have key work "
                "streams and priority areas to deliver on and report progress against. "
                "Subgroups report progress and performance quarterly to the Community Safety "
                "Partnership Board."
            ),
            "priorities": [
                {
                    "key": P1,
                    "title": "Listening to the needs and concerns of local residents and "
                    "taking action",
                    "themes": [
                        "anti-social-behaviour",
                        "burglary-and-vehicle-crime",
                        "fear-of-crime",
                    ],
                },
                {
                    "key": P2,
                    "title": "Intervening early and preventing issues escalating",
                    "themes": ["anti-social-behaviour", "serious-violence", "exploitation"],
                },
                {
                    "key": P3,
                    "title": "Working together to protect vulnerable residents",
                    "themes": ["domestic-abuse", "exploitation", "serious-violence"],
                },
            ],
            "delivery_areas": [
                {
                    "key": D1,
                    "title": "Work with communities to deal with crime and anti-social "
                    "behaviour hotspots",
                    "themes": ["anti-social-behaviour"],
                },
                {
                    "key": D2,
                    "title": "Reduce harm caused by domestic abuse",
                    "themes": ["domestic-abuse"],
                },
                {
                    "key": D3,
                    "title": "Reduce incidents of serious violence and knife crime",
                    "themes": ["serious-violence"],
                },
                {
                    "key": D4,
                    "title": "Tackle exploitation of children, young people and vulnerable adults",
                    "themes": ["exploitation"],
                },
                {
                    "key": D5,
                    "title": "Reduce crimes of residential burglary and theft from vehicles",
                    "themes": ["burglary-and-vehicle-crime"],
                },
            ],
            "milestones": [
                {
                    "kind": "assessment",
                    "title": "Strategic assessment of the borough",
                    "body": "Community Safety Partnership",
                    "planned_on": "2020-12",
                    "actual_on": "2020-12",
                    "note": "Undertaken in December 2020, assessing data spanning a five year "
                    "period.",
                },
                {
                    "kind": "workshop",
                    "title": "Multi-agency development workshop",
                    "body": "Key internal and external stakeholders",
                    "planned_on": "2020-12-10",
                    "actual_on": "2020-12-10",
                    "note": (
                        "Held on the 10th of December, following on from the strategic "
                        "assessment analysis. Stakeholders included "
                        "the police, fire, health, children's services, adults social care, "
                        "the police and crime commissioner's office and voluntary sector "
                        "representatives; findings and data were disseminated. Details of "
                        "the workshop, stakeholders and feedback are in Appendix 2."
                    ),
                    "staff_note": "The paper gives no year: 2020 follows from the strategic "
                    "assessment of December 2020.",
                },
                {
                    "kind": "consultation",
                    "title": "Stakeholder and public consultation",
                    "body": "Residents, community, businesses and voluntary groups",
                    "planned_on": "2021-02-22",
                    "actual_on": "2021-02-22",
                    "note": "Undertaken from 22nd February 2021 to 31st March 2021, "
                    "predominately through an internet survey due to covid19.",
                },
                {
                    "kind": "draft_circulated",
                    "title": "Circulate final draft strategy to CSP members",
                    "body": "CSP members",
                    "planned_on": "2021-05-20",
                    "note": "The timetable words it 'Circulate draft priorities to CSP'.",
                    "staff_note": "The paper gives the planned date only.",
                },
                {
                    "kind": "board_sign_off",
                    "title": "CSP board sign off",
                    "body": "CSP board",
                    "planned_on": "2021-05-27",
                    "staff_note": "The paper gives the planned date only.",
                },
                {
                    "kind": "consideration",
                    "title": "Wellbeing Board for consideration",
                    "body": "Wellbeing Board",
                    "planned_on": "2021-06-10",
                    "staff_note": "The paper gives the planned date only.",
                },
                {
                    "kind": "executive",
                    "title": "Executive Meeting",
                    "body": "Executive",
                    "planned_on": "2021-06-24",
                    "note": (
                        "The report was for consideration by the Executive on Thursday, 24th "
                        "June 2021, seeking endorsement of the Community Safety Partnership "
                        "Strategy and Priorities 2021-2024 for implementation on the 1st July "
                        "2021."
                    ),
                    "staff_note": "The paper does not record the decision.",
                },
                {
                    "kind": "publication",
                    "title": "Publish Strategy 2021 – 2024",
                    "body": "Community Safety Partnership",
                    "planned_on": "2021-07-01",
                    "staff_note": "The paper gives the planned date only.",
                },
                {
                    "kind": "implementation",
                    "title": "Implementation of the strategy and priorities 2021-2024",
                    "planned_on": "2021-07-01",
                    "note": "The Executive was asked to endorse the strategy 'for "
                    "implementation on the 1st July 2021'.",
                },
                {
                    "kind": "review",
                    "title": "Review strategy",
                    "body": "Community Safety Partnership",
                    "planned_on": "2022-04-30",
                    "note": "Priorities will be refreshed annually.",
                    "staff_note": "The paper gives '31 April 2022', a date that does not "
                    "exist; the last day of April 2022 is recorded.",
                },
            ],
            "risks": [
                {
                    "title": "Failure to agree the priorities before the 1st July 2021",
                    "description": "The most significant risk is the failure to agree the "
                    "priorities before the 1st July 2021 could result in not complying with "
                    "our statutory duty.",
                    "staff_note": "The paper states no separate mitigation under 'Key risks "
                    "and mitigations'.",
                    "mitigation": "The timetable takes the strategy to CSP board sign off "
                    "(27 May 2021), the Wellbeing Board (10 June 2021) and the Executive (24 "
                    "June 2021) ahead of implementation on 1 July 2021.",
                },
            ],
            "policy_links": [
                {
                    "kind": "local",
                    "title": "Community Vision and Corporate Delivery Plan",
                    "note": (
                        "The Community Safety Strategy links to the Community Vision and the "
                        "Corporate Delivery Plan in several ways, supporting strategic "
                        "values, principles, and plans:\n\n"
                        "- Safe, Strong Communities\n"
                        "- Changing the way we work for you"
                    ),
                },
                {"kind": "local", "title": "Joint Health and Wellbeing Strategy"},
                {"kind": "regional", "title": "West of Berkshire Safeguarding Adults Board"},
                {"kind": "local", "title": "Safeguarding Children's Partnership"},
                {
                    "kind": "national",
                    "title": "Serious Violence Reduction Strategy",
                    "note": "Public health approach to serious violence.",
                },
                {
                    "kind": "legislation",
                    "title": "Serious Violence Bill",
                    "note": "Currently awaiting second reading; expected duties April 2022.",
                },
                {
                    "kind": "legislation",
                    "title": "Domestic Abuse Bill",
                    "note": "Expected 2021 (awaiting royal assent). The Domestic Abuse "
                    "Partnership Board supports the Council's duty under Part 4 of the "
                    "Domestic Abuse Act.",
                },
                {
                    "kind": "legislation",
                    "title": "Anti-social Behaviour, Crime and Policing Act 2014",
                    "staff_note": "The paper writes 'Anti-Social Behaviour Crime and Policing Act "
                    "2014'.",
                },
                {
                    "kind": "legislation",
                    "title": "Counter-Terrorism and Security Act 2015",
                    "note": "The Prevent Board oversees the local authority's statutory duties "
                    "under it.",
                    "staff_note": "The paper writes 'Counter Terrorism and Securities Act 2015' "
                    "(and '2014' in the Prevent Board's overview).",
                },
                {
                    "kind": "legislation",
                    "title": "Crime and Disorder Act 1998",
                    "note": "Sets the partnership's duty to formulate and implement a local "
                    "crime reduction strategy.",
                },
                {
                    "kind": "legislation",
                    "title": "Police Reform and Social Responsibility Act 2011",
                    "staff_note": "The paper writes 'Police and Social Responsibilities Act 2011'.",
                },
            ],
            "documents": [
                {
                    "title": "Community Safety Strategy 2021-2024: report to the Executive",
                    "kind": "committee_report",
                    "dated": "2021-06-24",
                    "description": (
                        "For consideration by the Executive on Thursday, 24th June 2021 (the "
                        "date recorded is the meeting's). Ward: none specific. Lead officer: "
                        "Director, Communities, Insight and Change - Keeley Clements. Lead "
                        "member: Executive Member for Communities and Neighbourhoods - Bill "
                        "Soane.\n\n"
                        "Purpose: this report seeks endorsement from the Executive to agree "
                        "the Community Safety Partnership Strategy and Priorities 2021-2024, "
                        "for implementation on the 1st July 2021.\n\n"
                        "Climate emergency: N/A."
                    ),
                },
                {
                    "title": "Appendix 1: Strategic Assessment 19/20 Executive Summary",
                    "kind": "strategic_assessment",
                    "description": "A summary of the findings of the strategic assessment of "
                    "the borough undertaken in December 2020, assessing data spanning a five "
                    "year period.",
                },
                {
                    "title": "Appendix 2: Key Stakeholders Workshop Summary",
                    "kind": "other",
                    "description": "Details of the development workshop of the 10th of "
                    "December, its attendees, stakeholders and feedback.",
                },
                {
                    "title": "Appendix 3: Draft Community Safety Strategy 2021-24",
                    "kind": "strategy",
                    "description": "The draft priorities, and a summary of the consultation "
                    "results.",
                },
                {
                    "title": "Appendix 4: Equalities Impact Assessment",
                    "kind": "eia",
                    "description": "An initial equalities impact assessment has been "
                    "completed. A further Equality Impact Assessment will be considered once "
                    "the strategy is agreed. No detrimental impacts are anticipated.",
                },
            ],
            "consultations": [
                {
                    "title": "Community Safety Strategy 2021-2024: stakeholder and public "
                    "consultation",
                    "opens_at": "2021-02-22T00:00:00",
                    "closes_at": "2021-03-31T23:59:00",
                    "channel": "online_survey",
                    "audience": "Residents, community, businesses and voluntary groups",
                    "introduction": (
                        "A full stakeholder and public consultation has been undertaken to "
                        "ensure that the draft priorities were widely circulated and "
                        "interested residents, community, businesses and voluntary groups "
                        "have an opportunity to comment and any feedback"
                        " is considered and incorporated appropriately. Due to "
                        "covid19, consultation was predominately through an internet survey "
                        "opening on 22nd February 2021 to 31st March 2021."
                    ),
                    "summary": (
                        "A full stakeholder and public consultation was undertaken from 22nd "
                        "February 2021 – 31st March 2021. This ensured that the draft "
                        "priorities were widely circulated and available for interested "
                        "residents, community, businesses and voluntary groups to have an "
                        "opportunity to comment on and shape our thinking. All feedback has "
                        "been considered and incorporated appropriately. A summary of the "
                        "consultation results can be found in Appendix 3.\n\n"
                        "Full public consultation including internal and external "
                        "stakeholders has been undertaken."
                    ),
                    "results_published": True,
                    # The paper gives no questionnaire; the portal's standard questions on
                    # the three draft priorities stand in for its internet survey.
                    "standard_questions": True,
                },
            ],
        },
    ],
    "subgroups": [
        {
            "name": "Problem Solving Tasking Group",
            "acronym": "PSTG",
            "slug": "pstg",
            "kind": "subgroup",
            "chair_role": "Police Inspector",
            "deputy_chair_role": "Wokingham Community Safety Manager",
            "meeting_frequency": "Every 6 weeks",
            "meeting_length": "1.5 hours",
            "members": [
                {"name": "SMART drug and alcohol services"},
                {"name": "Public protection partnership"},
                {"name": "Police", "organisation": TVP},
                {"name": "Children's social care"},
                {"name": "Fire service", "organisation": RBFRS},
                {"name": "Wokingham town council", "organisation": WTC},
                {"name": "WBC community development", "organisation": WBC},
                {"name": "Involve Community Services", "organisation": INVOLVE},
                {"name": "Reading football club", "organisation": RFC},
            ],
            "overview": (
                "Key priorities are location based problem solving across the borough. Group "
                "has dealt with several location based issues including:\n\n"
                "- Bigshotte Park\n"
                "- Carnival Pool Car Park\n"
                "- Elms Field\n"
                "- graffiti across Wokingham Town Centre over Christmas\n"
                "- car meets\n"
                "- anti-social vehicle use in Carnival Pool Car Park\n\n"
                "The group has shared intelligence, information and data to decide on the "
                "best problem-solving approach to deal with issues. The group has delivered "
                "practical crime reduction measures such as ring doorbells, no cold calling "
                "zones and communication and awareness campaigns on a range of subjects "
                "including burglary and vehicle crime."
            ),
            "priorities": [P1],
            "delivery_areas": [D1, D5],
        },
        {
            "name": "Anti-Social Behaviour Panel",
            "slug": "asb-panel",
            "kind": "panel",
            "chair_role": "Wokingham Borough Council Anti-Social Behaviour Officer",
            "deputy_chair_role": "Wokingham Community Safety Manager",
            "meeting_frequency": "Every 6 weeks",
            "meeting_length": "1.5-2 hours",
            "members": [
                {"name": "Registered social landlords"},
                {"name": "WBC community development", "organisation": WBC},
                {"name": "WBC housing", "organisation": WBC},
                {"name": "Police", "organisation": TVP},
                {"name": "Adult social care"},
                {"name": "Children's social care"},
                {"name": "Reading football club", "organisation": RFC},
            ],
            "overview": (
                "Multi agency panel meets to discuss medium and high level anti-social "
                "behaviour issues across the borough. During the past 12 months the group has "
                "discussed 20 medium to high level anti-social behaviour cases in relation to "
                "private or housing association properties. This does not include cases that "
                "involve serious ASB in council tenancies. Outcomes have included the "
                "securing of a criminal behaviour order (CBO), investigative interviews, "
                "warning letters, issuing of acceptable behaviour contacts, multi-agency "
                "interventions including referrals on to mental health services and "
                "assisting with tenancy checks, warnings and notices. Multi-agency training "
                "on tools and powers has also been delivered to approximately 25 "
                "professionals."
            ),
            "priorities": [P2],
            "delivery_areas": [D1],
        },
        {
            "name": "Domestic Abuse Partnership Board",
            "slug": "domestic-abuse-partnership-board",
            "kind": "board",
            "chair_role": "Assistant Director Neighbourhoods and Communities",
            "deputy_chair_role": "TBC",
            "meeting_frequency": "Bimonthly moving to quarterly",
            "meeting_length": "1.5-2 hours",
            "members": [
                {"name": "Wokingham borough council", "organisation": WBC},
                {"name": "Representative from victims of domestic abuse service"},
                {"name": "Representative from children of domestic abuse victims"},
                {
                    "name": "Charities and other voluntary organisations that work with "
                    "victims of domestic abuse"
                },
                {"name": "Health care"},
                {"name": "Policing or criminal justice"},
                {"name": "Housing services"},
            ],
            "overview": (
                "Key priorities for the group are to support Wokingham Borough Council in "
                "meeting its duty under Part 4 of the Domestic Abuse Act. The board is "
                "working together to support, advise and work in partnership with Wokingham "
                "Borough Council to ensure victims of domestic abuse have access to adequate "
                "and appropriate support within safe accommodation services. The group is "
                "working to improve outcomes for victims of domestic abuse, including "
                "children, through a strategic approach to identify and address gaps in "
                "support within safe accommodation services."
            ),
            "priorities": [P3],
            "delivery_areas": [D2],
        },
        {
            "name": "Domestic Abuse",
            "slug": "domestic-abuse",
            "kind": "subgroup",
            "chair_role": "Assistant Director Safeguarding and Quality Assurance",
            "deputy_chair_role": "Wokingham Community Safety Manager",
            "meeting_frequency": "Four times a year",
            "meeting_length": "1.5-2 hours",
            "members": [
                {"name": "Berkshire Women's Aid", "organisation": BWA},
                {"name": "Housing"},
                {"name": "Adult social care"},
                {"name": "Children's social care"},
                {"name": "Kaleidoscopic"},
                {"name": "Citizens advice service"},
            ],
            "overview": (
                "Key priorities include the review and implementation of Domestic Homicide "
                "Review (DHR) recommendations, reviewing domestic abuse training and "
                "communications. The group oversees the operational delivery of support "
                "services for the victims of domestic abuse (DA) including:\n\n"
                "- specialist one to one support and advice\n"
                "- support for children living with domestic abuse delivered in schools\n"
                "- Choices group work which is a six week programme to provide women with a "
                "better understanding of domestic abuse\n\n"
                "Communications campaigns throughout the year including co-ordinating local "
                "delivery of the national 16 days of action. Increasing awareness and "
                "education of local help and support options especially throughout the "
                "pandemic. Reviewing the recommendations of the local DHR's. Reviewing and "
                "coordinating local training offer for professionals. Considering and "
                "planning for the implications of the DA bill."
            ),
            "priorities": [P3],
            "delivery_areas": [D2],
        },
        {
            "name": "Multi Agency Risk Assessment Conference and Multiagency Tasking and "
            "Co-ordination",
            "acronym": "MARAC and MATAC",
            "slug": "marac-and-matac",
            "kind": "panel",
            "chair_role": "Thames Valley Police",
            "deputy_chair_role": "N/A",
            "meeting_frequency": "Every month",
            "members": [
                {"name": "Children and adult social care"},
                {"name": "Berkshire Womens Aid", "organisation": BWA},
                {"name": "Housing"},
                {"name": "Schools"},
                {"name": "Probation", "organisation": NPS},
                {"name": "Thames Valley Police", "organisation": TVP},
            ],
            "overview": (
                "Multi Agency Risk Assessment Conference (MARAC) are a meeting where serious "
                "and cases that are graded high risk are reviewed. Multiagency Tasking and "
                "Co-ordination (MATAC) is a meeting focussing on repeat domestic abuse "
                "victims and perpetrators. High risk cases are referred to Independent "
                "Domestic Violence Advisors (IDVA's) for guidance and support and support "
                "outcomes and reviewed."
            ),
            "priorities": [P3],
            "delivery_areas": [D2],
        },
        {
            "name": "Substance Misuse",
            "slug": "substance-misuse",
            "kind": "subgroup",
            "chair_role": "Strategy and Commissioning lead for Substance Misuse",
            "deputy_chair_role": "Wokingham Community Safety Manager",
            "meeting_frequency": "Every quarter",
            "meeting_length": "1.5-2 hours",
            "members": [
                {"name": "Cranston drug and alcohol services"},
                {"name": "Community safety manager"},
                {"name": "Anti-social behaviour officer"},
                {"name": "Wokingham borough council housing", "organisation": WBC},
                {"name": "Adult social care"},
                {"name": "Children's social care"},
                {"name": "Citizens advice service"},
            ],
            "overview": (
                "Key priorities include to review local drug and alcohol trends, develop and "
                "implement and training and communications campaigns. For key local "
                "stakeholders to network, share good practice.\n\n"
                "The substance misuse group considered key substance misuse data and "
                "information from the local service provider including information on "
                "cannabis alcohol and tobacco as well as key treatment information on Class "
                "A and B drug use locally. The group also considered information from a "
                "local needs assessment of substance misuse which informed the new substance "
                "misuse contract. The group also has oversight of the delivery of the "
                "Community Alcohol Project (CAP) in Woodley which is being led by Trading "
                "Standards."
            ),
        },
        {
            "name": "Prevent Board",
            "slug": "prevent-board",
            "kind": "board",
            "chair_role": "Assistant Director for Adult Social Care",
            "deputy_chair_role": "N/A",
            "meeting_frequency": "Every quarter",
            "meeting_length": "1.5 hours",
            "members": [
                {"name": "Counter terrorism police south east", "organisation": CTPSE},
                {"name": "Thames Valley Police", "organisation": TVP},
                {"name": "CCG and health safeguarding leads", "organisation": CCG},
                {"name": "Adult social care"},
                {"name": "Children's social care"},
                {"name": "Education safeguarding leads"},
            ],
            "overview": (
                "Key priorities include the delivery and review of the Wokingham Prevent "
                "Action plan and ensuring that the local authority is undertaking its "
                "statutory duties as set out by the Counter Terrorism and Securities Act "
                "2014. The Prevent Board has strategic oversight of the Borough's delivery of "
                "the duties set out in the Counter Terrorism and Securities Act 2014. This "
                "includes compliance and delivery of Prevent training delivery across a "
                "range of partner public sector organisations, IT and venue hire policies. "
                "Community engagement and development activities and raising awareness of "
                "the Prevent programme across communities and professionals including "
                "information on how to raise concerns and where to go for further "
                "information."
            ),
            "priorities": [P2],
        },
        {
            "name": "Channel Panel",
            "slug": "channel-panel",
            "kind": "panel",
            "chair_role": "Assistant Director Childrens Services",
            "deputy_chair_role": "Safeguarding lead Adults",
            "meeting_frequency": "Every month",
            "meeting_length": "1.5 hours",
            "members": [
                {"name": "CCG and health safeguarding leads", "organisation": CCG},
                {"name": "Education safeguarding leads"},
                {"name": "Counter terrorism prevent officers"},
                {"name": "Adult social care"},
                {"name": "Children's social care"},
                {"name": "Community engagement officers"},
            ],
            "overview": (
                "Only meets if there are case to discuss or once every quarter to discuss "
                "good practice and shared learning. Currently the panel is meeting once a "
                "month. Key priorities are to discuss any referrals made to the multi-agency "
                "panel, to safeguard individuals at risk of racialisation."
            ),
            "priorities": [P2, P3],
        },
        {
            "name": "Hate Crime Task and Finish Group",
            "slug": "hate-crime-task-and-finish-group",
            "kind": "task_and_finish",
            "chair_role": "Community Safety Manager",
            "meeting_frequency": "Quarterly",
            "members": [
                {"name": "WBC localities and engagement lead", "organisation": WBC},
                {"name": "Community safety manager"},
                {"name": "Thames Valley Police", "organisation": TVP},
                {"name": "WBC equalities officer", "organisation": WBC},
            ],
            "overview": (
                "This is a task and finish group meeting bimonthly to develop, implement and "
                "deliver a Hate Crime Action plan for Wokingham Borough. This is a newly "
                "formed task and finish group; further meetings are planned to meet four to "
                "six times a year to develop and deliver the Borough response to Hate Crime."
            ),
        },
        {
            "name": "Serious Violence & Exploitation Board",
            "slug": "serious-violence-and-exploitation-board",
            "kind": "board",
            "chair_role": "Local Police Area Commander and Assistant Director Early Help",
            "deputy_chair_role": "N/A",
            "meeting_frequency": "Every 6 weeks initially, then every quarter",
            "meeting_length": "1.5 hours",
            "members": [
                {"name": "Thames Valley Police", "organisation": TVP},
                {"name": "VRU unit representatives"},
                {"name": "WBC", "organisation": WBC},
                {"name": "Children and adults social care"},
                {"name": "Probation", "organisation": NPS},
                {"name": "Health"},
                {"name": "Mental health services"},
                {"name": "Education"},
                {"name": "Youth offending services", "organisation": YOS},
                {"name": "Public protection"},
                {"name": "Voluntary and charity sector"},
            ],
            "overview": (
                "To work collaboratively to provide a whole systems response to the issue of "
                "serious violence in communities including that which occurs within the "
                "context of the criminal and sexual exploitation of children and young "
                "people. Working to increase active participation across agencies and "
                "communities to fully understand and prevent individuals of all ages from "
                "becoming involved in and impacted by serious violence."
            ),
            "priorities": [P2, P3],
            "delivery_areas": [D3, D4],
        },
    ],
}
