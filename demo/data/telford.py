"""Telford and Wrekin Community Safety Partnership: the Safer Telford and Wrekin Strategy 2017-2019.

Source: Telford & Wrekin Council, report to Cabinet (7 December 2017) and Council (11 January
2018), "Community Safety Partnership Strategy 2017-2019" (report of Superintendent Tom Harding,
Chair of the Community Safety Partnership; prepared by Sarah Constable, Partnership Manager).
"""

TWC = "Telford & Wrekin Council"
WMP = "West Mercia Police"
SFRS = "Shropshire Fire and Rescue Service"
CCG = "Telford & Wrekin Clinical Commissioning Group"
NPS = "National Probation Service"
CRC = "West Mercia and Warwickshire Community Rehabilitation Company"
PCC = "West Mercia Police and Crime Commissioner"

# Priorities (keys)
P1 = "telford-2017-tackling-cse"
P2 = "telford-2017-addressing-domestic-abuse"
P3 = "telford-2017-reducing-the-impact-of-crime"

SCRUTINY = "Customer, Community and Partnership Scrutiny Committee"

DATA = {
    "partnership": {
        "name": "Telford and Wrekin Community Safety Partnership",
        "local_name": "Safer Telford and Wrekin Partnership",
        "slug": "telford-and-wrekin",
        "area": "Telford and Wrekin",
        "nation": "england",
        "description": (
            "The Crime and Disorder Act of 1998 requires local areas to have a Community "
            "Safety Partnership (CSP). Section 17 of this act places a legal duty on the "
            "responsible authorities to work together to tackle and reduce crime and disorder, "
            "including anti-social behaviour, domestic abuse, substance misuse, reduce "
            "reoffending and reduce the fear of crime.\n\n"
            "In Telford the CSP is known as the 'Safer Telford and Wrekin Partnership' and has "
            "been in existence since 1998. Since then, the strategy has been regularly "
            "refreshed to reflect the changing needs of the community, but retaining the "
            "partnership's statutory purpose.\n\n"
            "The Safer Telford and Wrekin Partnership is committed to reducing crime and its "
            "impact on our communities, including our most vulnerable residents and victims of "
            "crime. Its overarching priority is to reduce crime, and the fear of crime, in the "
            "Borough.\n\n"
            "The purpose of CSPs is to work together to protect their local communities from "
            "crime and to help people feel safer. Under Section 6 of the 1998 Act the CSP is "
            "required to formulate and implement strategies for:\n\n"
            "- the reduction of crime and disorder in the area (including anti-social "
            "behaviour and behaviour adversely affecting the local environment);\n"
            "- combatting the misuse of drugs, alcohol and other substances in the area; and\n"
            "- the reduction of re-offending in the area.\n\n"
            "The responsible authorities are required to co-operate with every local probation "
            "board and every provider of probation services under Section 3 of the Offender "
            "Management Act 2007 and such other persons or bodies as prescribed by the "
            "Secretary of State.\n\n"
            "Engagement with the service users, community and professionals is a key part of "
            "the Community Safety Partnership's work."
        ),
    },
    "organisations": [
        {"name": TWC, "kind": "local_authority"},
        {"name": WMP, "kind": "police"},
        {"name": SFRS, "kind": "fire_and_rescue"},
        {"name": CCG, "kind": "health"},
        {"name": NPS, "kind": "probation"},
        {"name": CRC, "kind": "probation"},
        {
            "name": PCC,
            "short_name": "OPCC",
            "kind": "pcc",
            "notes": "Named in the Safer Telford and Wrekin Partnership's paper as 'West "
            "Mercia Police and Crime Commissioner (PCC), John Campion' and as the 'Office of "
            "the Police & Crime Commissioner (OPCC)'.",
        },
    ],
    "councils": [TWC],
    "memberships": [
        {"organisation": TWC, "role": "responsible_authority"},
        {"organisation": WMP, "role": "responsible_authority"},
        {"organisation": SFRS, "role": "responsible_authority"},
        {"organisation": CCG, "role": "responsible_authority"},
        {"organisation": NPS, "role": "responsible_authority"},
        {"organisation": CRC, "role": "responsible_authority"},
        {
            "organisation": PCC,
            "role": "co_operating_body",
            "representative": "John Campion, West Mercia Police and Crime Commissioner",
        },
    ],
    "board_posts": [
        {
            "post": "chair",
            "holder": "Superintendent Tom Harding",
            "organisation": WMP,
            "note": "Chair when he reported the strategy to Cabinet on 7 December 2017; the "
            "paper gives no dates of office.",
        },
    ],
    "contacts": [
        {
            "name": "Superintendent Tom Harding",
            "role": "Chair of the Community Safety Partnership",
            "organisation": WMP,
        },
        {
            "name": "Sarah Constable",
            "role": "Partnership Manager (prepared the report)",
            "phone": "01952 380599",
            "is_public": True,
        },
        {
            "name": "John Campion",
            "role": "West Mercia Police and Crime Commissioner",
            "organisation": PCC,
        },
    ],
    "funding": [
        {
            "name": "Community Safety service budget",
            "source": TWC,
            "amount": 490000,
            "financial_year": 2017,
            "purpose": (
                "One of several Council budgets for 2017/18 which are available to fund work "
                "associated with the Community Safety Strategy (the report says '£490k'). The "
                "Council also funds staff to support the work associated with CSE (no amount "
                "given).\n\n"
                "The detailed work programmes to support the delivery of this strategy will "
                "need to be met from these existing resources and this will be reported as "
                "part of future reports to this Board. Partnership working promotes a more "
                "effective and efficient use of the resources available in order to deliver "
                "the desired outcomes."
            ),
        },
        {
            "name": "OPCC funding for the CSP priorities",
            "source": PCC,
            "source_description": "Office of the Police & Crime Commissioner (OPCC)",
            "amount": 56000,
            "financial_year": 2017,
            "purpose": "In addition to the Community Safety service budget, £56k from the "
            "OPCC; this funding, working to the CSP priorities, supports a wide range of "
            "projects and initiatives.",
        },
        {
            "name": "Public Health Grant: substance misuse services",
            "source": TWC,
            "source_description": "Public Health Grant",
            "amount": 2310000,
            "financial_year": 2017,
            "purpose": (
                "The report gives 'a budget of £2.4m funded by the Public Health Grant, "
                "including £90k from the OPCC, for Substance misuse services'. The £90k from "
                "the OPCC is recorded as a separate row, so this row holds the remaining "
                "£2,310,000 so that nothing is counted twice."
            ),
        },
        {
            "name": "OPCC contribution to substance misuse services",
            "source": PCC,
            "source_description": "Office of the Police & Crime Commissioner (OPCC)",
            "amount": 90000,
            "financial_year": 2017,
            "purpose": "The £90k from the OPCC included in the £2.4m substance misuse services "
            "budget funded by the Public Health Grant (the rest, £2,310,000, is recorded "
            "separately).",
        },
    ],
    "governance_links": [
        {
            "body": "Telford & Wrekin Health and Wellbeing Board",
            "kind": "accountable_to",
            "description": (
                "The Safer Telford and Wrekin Partnership is accountable locally to the Health "
                "and Wellbeing Board and provides an annual update on its progress as well as "
                "updates on specific aspects, such as substance misuse throughout the year. "
                "Addressing domestic abuse is also a priority for the Board."
            ),
        },
        {
            "body": "Telford & Wrekin Council " + SCRUTINY,
            "kind": "scrutinised_by",
            "description": (
                "The designated body for scrutiny of Community Safety Partnerships as set out "
                "in Section 19 of the Police and Justice Act 2006. The Partnership are due to "
                "present an update to Scrutiny, on its progress against the strategy, in April "
                "2018."
            ),
        },
        {
            "body": "Telford & Wrekin Council Cabinet",
            "kind": "approved_by",
            "description": "Considers the Safer Telford and Wrekin Strategy 2017-2019 for "
            "approval on 7 December 2017.",
        },
        {
            "body": "Telford & Wrekin Council (full Council)",
            "kind": "approved_by",
            "description": "Considers the Safer Telford and Wrekin Strategy 2017-2019 for "
            "approval on 11 January 2018.",
        },
        {
            "body": "Telford & Wrekin Safeguarding Children Board (TWSCB)",
            "kind": "works_with",
            "description": "Tackling CSE remains a local priority across agencies, as well as "
            "the TWSCB and the Safer Telford and Wrekin Partnership. Addressing domestic abuse "
            "is also a priority for the Telford & Wrekin Safeguarding Adults and Children "
            "Boards.",
        },
        {
            "body": "Telford & Wrekin Safeguarding Adults Board",
            "kind": "works_with",
            "description": "Addressing domestic abuse is a priority for the Telford & Wrekin "
            "Safeguarding Adults and Children Boards; the Partnership will work together with "
            "the other strategic partnerships to address domestic abuse and to reduce its "
            "impact on victims and the wider community.",
        },
        {
            "body": "Youth Justice",
            "kind": "works_with",
            "description": "One of the strategic local and regional partnerships the "
            "Partnership is linked with; strategies and plans are aligned with the local Youth "
            "Justice Plan.",
        },
        {
            "body": "Homelessness Partnership",
            "kind": "works_with",
            "description": "The partnership works closely with the wider partnership "
            "landscape in the Borough to ensure that strategies and work plans are aligned "
            "(e.g. the Homelessness Partnership).",
        },
        {
            "body": PCC,
            "kind": "funded_by",
            "description": "£56k from the OPCC in 2017/18 to fund work to the CSP priorities, "
            "and £90k towards substance misuse services. The West Mercia Police and Crime Plan "
            "2016-2021 followed the election of the PCC, John Campion.",
        },
    ],
    "strategies": [
        {
            "key": "telford-safer-telford-and-wrekin-strategy-2017-2019",
            "title": "Safer Telford and Wrekin Strategy 2017-2019",
            "slug": "safer-telford-and-wrekin-strategy-2017-2019",
            "period_start_year": 2017,
            "period_end_year": 2019,
            "revision": 1,
            "status": "published",
            "priorities_ranked": True,
            "summary": (
                "The 2017-19 Community Safety Partnership's Strategy: \"Safer Telford and "
                'Wrekin Strategy", provided to Cabinet (7 December 2017) and Council (11 '
                "January 2018) for approval.\n\n"
                "Over the last 12 months there have been many changes to the community safety "
                "landscape, including the election of the new West Mercia Police and Crime "
                "Commissioner (PCC), John Campion and the subsequent new West Mercia Police and "
                "Crime Plan. Many of the partners have also undergone restructuring within "
                "this time period, and the partnership is determined to minimise the effects "
                "of these restructures on the community.\n\n"
                "The priorities for 2017-2019 have been decided through analysis of recorded "
                "crime and through consultation with agencies. Whilst the partnership "
                "recognises that other types of crime occur in the Borough, it has agreed to "
                "concentrate on three in particular for the period of this strategy.\n\n"
                "The Safer Telford and Wrekin Strategy outlines how the partnership will "
                "address the three priority areas over the next two years and how this will "
                "impact on the community.\n\n"
                "Summary impact assessment: the proposals do not contribute to a specific HWB "
                "Priority; they do contribute to Co-operative Council priority objectives; "
                "they will not impact on specific groups of people; no equality and diversity "
                "impact; no impact on specific wards; no other impacts, risks and "
                "opportunities. Target completion/delivery date: April 2018."
            ),
            "vision": (
                "The Safer Telford and Wrekin Partnership is committed to reducing crime and "
                "its impact on our communities, including our most vulnerable residents and "
                "victims of crime. Its overarching priority is to **reduce crime, and the fear "
                "of crime, in the Borough.**"
            ),
            "aims": (
                "The three priorities are:\n\n"
                "- Tackling Child Sexual Exploitation (CSE) and its impact on victims;\n"
                "- Addressing Domestic Abuse and its impact on victims; and\n"
                "- Reducing the impact of crime, including fear of, on community wellbeing."
            ),
            "delivery_approach": (
                "Progress against the priorities will be monitored and challenged through the "
                "Partnership's performance framework. This framework will be broader than the "
                "priorities which will enable the Partnership to identify any emerging themes "
                "outside of the priorities that it needs to address.\n\n"
                "Working together to make a difference is integral to the success of the "
                "strategy; this includes working with other partnerships and ensuring that "
                "strategies and plans are aligned (including for example, the West Mercia "
                "Police and Crime Plan 2016-2021, the local Youth Justice Plan, and the Health "
                "and Wellbeing Strategy).\n\n"
                "The Safer Telford and Wrekin Partnership is accountable locally to the Health "
                "and Wellbeing Board and provides an annual update on its progress, and will "
                "be held to account by the Council's Customer, Community and Partnership "
                "Scrutiny Committee.\n\n"
                "The detailed work programmes to support the delivery of this strategy will "
                "need to be met from existing resources and this will be reported as part of "
                "future reports."
            ),
            "priorities": [
                {
                    "key": P1,
                    "title": "Tackling Child Sexual Exploitation (CSE) and its impact on victims",
                    "description": (
                        "Although OFSTED has recognised our multi-agency work, our "
                        "intelligence shows that this continues to be a challenge and an issue "
                        "of concern for our community.\n\n"
                        "Tackling CSE remains a local priority across agencies, as well as the "
                        "Telford & Wrekin Safeguarding Children Board (TWSCB) and the Safer "
                        "Telford and Wrekin Partnership. The Partnership understands the "
                        "importance of ensuring that the community are part of the prevention "
                        "against this type of abuse and crime. The Partnership will focus on "
                        "reducing the fear of this crime and enabling the community to "
                        "identify and report it.\n\n"
                        "The partnership's work will enable the community of Telford and "
                        "Wrekin, including those who work here, to:\n\n"
                        "- Have an awareness and understanding of CSE and its local context,\n"
                        "- Feel they are able to report it to the Police or the Local "
                        "Authority,\n"
                        "- Are assured that any identified offending will be dealt with "
                        "robustly, and\n"
                        "- Have a level of confidence in reporting CSE."
                    ),
                    "themes": ["exploitation", "fear-of-crime"],
                    "delivery_areas": [
                        {
                            "key": "telford-2017-cse-awareness",
                            "title": "Have an awareness and understanding of CSE and its local "
                            "context",
                            "themes": ["exploitation"],
                        },
                        {
                            "key": "telford-2017-cse-able-to-report",
                            "title": "Feel they are able to report it to the Police or the "
                            "Local Authority",
                            "themes": ["exploitation"],
                        },
                        {
                            "key": "telford-2017-cse-offending-dealt-with",
                            "title": "Are assured that any identified offending will be dealt "
                            "with robustly",
                            "themes": ["exploitation"],
                        },
                        {
                            "key": "telford-2017-cse-confidence-in-reporting",
                            "title": "Have a level of confidence in reporting CSE",
                            "themes": ["exploitation"],
                        },
                    ],
                },
                {
                    "key": P2,
                    "title": "Addressing Domestic Abuse and its impact on victims",
                    "description": (
                        "Locally addressing Domestic Abuse continues to be a priority for "
                        "partners, as well as other strategic partnerships including the "
                        "Telford & Wrekin Health and Wellbeing Board and the Telford & Wrekin "
                        "Safeguarding Adults and Children Boards.\n\n"
                        "The Safer Telford and Wrekin Partnership will work together with the "
                        "other strategic partnerships to address domestic abuse and to reduce "
                        "its impact on victims and the wider community.\n\n"
                        "The Partnership's work will enable the community to be able to "
                        "identify domestic abuse, know where to turn to for help, victims and "
                        "their families will be supported and perpetrators are dealt with "
                        "effectively (from prosecution to reducing future harm and offending)."
                    ),
                    "themes": ["domestic-abuse"],
                    "delivery_areas": [
                        {
                            "key": "telford-2017-da-identify",
                            "title": "Be able to identify domestic abuse",
                            "themes": ["domestic-abuse"],
                        },
                        {
                            "key": "telford-2017-da-know-where-to-turn",
                            "title": "Know where to turn to for help",
                            "themes": ["domestic-abuse"],
                        },
                        {
                            "key": "telford-2017-da-victims-supported",
                            "title": "Victims and their families will be supported",
                            "themes": ["domestic-abuse"],
                        },
                        {
                            "key": "telford-2017-da-perpetrators",
                            "title": "Perpetrators are dealt with effectively (from "
                            "prosecution to reducing future harm and offending)",
                            "themes": ["domestic-abuse", "reoffending"],
                        },
                    ],
                },
                {
                    "key": P3,
                    "title": "Reducing the impact of crime, including fear of, on community "
                    "wellbeing",
                    "description": (
                        "Any behaviour that has a negative impact on feeling safe, or has a "
                        "detrimental effect on the environment, impacts on communities and "
                        "their wellbeing. Reducing their impact will enable people to enjoy "
                        "private and public spaces more, and protect the environment they live "
                        "in. These types of crime impact on the health, safety and quality of "
                        "life of our community.\n\n"
                        "We know that people of Telford and Wrekin want to live in a safe and "
                        "clean environment and the Partnership is committed to achieving "
                        "that.\n\n"
                        "The Partnership's work will enable the community of Telford and "
                        "Wrekin to be proud of their Borough, feel safer and enjoy the private "
                        "and public spaces it offers."
                    ),
                    "themes": ["fear-of-crime", "anti-social-behaviour"],
                    "delivery_areas": [
                        {
                            "key": "telford-2017-proud-of-their-borough",
                            "title": "Be proud of their Borough",
                        },
                        {
                            "key": "telford-2017-feel-safer",
                            "title": "Feel safer",
                            "themes": ["fear-of-crime"],
                        },
                        {
                            "key": "telford-2017-enjoy-spaces",
                            "title": "Enjoy the private and public spaces it offers",
                        },
                    ],
                },
            ],
            "milestones": [
                {
                    "kind": "other",
                    "title": "Financial implications signed off",
                    "body": "Finance (initials 'TS')",
                    "planned_on": "2017-08-16",
                    "actual_on": "2017-08-16",
                    "note": "The financial/value for money impact entry of the report is "
                    "initialled 'TS 16.08.2017'.",
                },
                {
                    "kind": "other",
                    "title": "Legal implications signed off",
                    "body": "Legal (initials 'KF')",
                    "planned_on": "2017-08-18",
                    "actual_on": "2017-08-18",
                    "note": "The legal issues entry of the report is initialled 'KF 18.08.2017'.",
                },
                {
                    "kind": "executive",
                    "title": "Cabinet",
                    "body": "Cabinet",
                    "planned_on": "2017-12-07",
                    "note": "Report of Superintendent Tom Harding, Chair of the Community "
                    "Safety Partnership, recommending approval of the Safer Telford and Wrekin "
                    "Strategy 2017-2019.",
                    "staff_note": "The paper does not record the decision.",
                },
                {
                    "kind": "council",
                    "title": "Council",
                    "body": "Council",
                    "planned_on": "2018-01-11",
                    "note": "The same report, for approval of the Safer Telford and Wrekin "
                    "Strategy 2017-2019.",
                    "staff_note": "The paper does not record the decision.",
                },
                {
                    "kind": "other",
                    "title": "Target completion/delivery date",
                    "planned_on": "2018-04",
                    "note": "The report gives 'April 2018'.",
                },
                {
                    "kind": "scrutiny",
                    "title": "Update to Scrutiny on progress against the strategy",
                    "body": SCRUTINY,
                    "planned_on": "2018-04",
                    "note": "The Partnership are due to present an update to Scrutiny, on its "
                    "progress against the strategy, in April 2018.",
                },
            ],
            "policy_links": [
                {
                    "kind": "legislation",
                    "title": "Crime and Disorder Act 1998",
                    "note": (
                        "- Sections 5 to 7 (as amended from time to time): CSPs are made up of "
                        "representatives from the 'responsible authorities' (the Local "
                        "Authority; Police, every Chief Officer whose police area lies within "
                        "the Local Authority area; each Fire and Rescue Authority within the "
                        "Local Authority area; Probation Services; Health, every Clinical "
                        "Commissioning Group within the Local Authority area).\n"
                        "- Section 6: the CSP is required to formulate and implement "
                        "strategies for the reduction of crime and disorder, combatting the "
                        "misuse of drugs, alcohol and other substances, and the reduction of "
                        "re-offending in the area.\n"
                        "- Section 17: each Local Authority, Fire and Rescue Authority and "
                        "Policing Body individually have a statutory duty to exercise their "
                        "statutory functions with due regard to and the need to do all that "
                        "can reasonably be done to prevent crime and disorder, the misuse of "
                        "drugs ... etc and reoffending."
                    ),
                },
                {
                    "kind": "legislation",
                    "title": "Offender Management Act 2007, section 3",
                    "note": "The responsible authorities are required to co-operate with "
                    "every local probation board and every provider of probation services "
                    "under Section 3.",
                },
                {
                    "kind": "legislation",
                    "title": "Crime and Disorder (Formulation and Implementation of Strategy) "
                    "Regulations 2007",
                    "note": "As amended from time to time: provide further details as to how "
                    "the CSP should exercise its functions in formulating and implementing its "
                    "strategies, strategic assessments and partnership plan, including "
                    "information sharing, consultation and annual review.",
                },
                {
                    "kind": "legislation",
                    "title": "Police and Justice Act 2006, section 19",
                    "note": "The Customer, Community and Partnership Scrutiny Committee is the "
                    "designated body for scrutiny of Community Safety Partnerships.",
                },
                {
                    "kind": "pcc_plan",
                    "title": "West Mercia Police and Crime Plan 2016-2021",
                    "note": "The new plan followed the election of the West Mercia Police and "
                    "Crime Commissioner, John Campion.",
                },
                {"kind": "local", "title": "Local Youth Justice Plan"},
                {
                    "kind": "local",
                    "title": "Health and Wellbeing Strategy",
                    "note": "The summary impact assessment records that the proposals do not "
                    "contribute to a specific HWB Priority.",
                },
                {
                    "kind": "local",
                    "title": "Co-operative Council priority objectives",
                    "note": (
                        "The proposals contribute to these Co-operative Council priority "
                        "objectives:\n\n"
                        "- put our children and young people first\n"
                        "- protect and support our vulnerable children and adults\n"
                        "- ensure that neighbourhoods are safe, clean and well maintained"
                    ),
                },
            ],
            "documents": [
                {
                    "title": "Community Safety Partnership Strategy 2017-2019: report to "
                    "Cabinet and Council",
                    "kind": "committee_report",
                    "dated": "2017-12-07",
                    "description": (
                        "Cabinet, 7 December 2017; Council, 11 January 2018 (the date recorded "
                        "is the Cabinet meeting's). Report of Superintendent Tom Harding, Chair "
                        "of the Community Safety Partnership; prepared by Sarah Constable, "
                        "Partnership Manager.\n\n"
                        "Recommendation: that the Board considers approval of the Safer Telford "
                        "and Wrekin Strategy 2017-2019.\n\n"
                        "Previous minutes: none. Background papers: none. Impact assessment, "
                        "additional information: nothing further to add at this time."
                    ),
                },
                {
                    "title": "Appendix A: draft Safer Telford and Wrekin Strategy",
                    "kind": "strategy",
                    "description": "A copy of the draft Safer Telford and Wrekin Strategy "
                    "2017-2019.",
                },
                {
                    "title": "Diagram of the Partnership's strategic local and regional links",
                    "kind": "other",
                    "description": "The report illustrates with a diagram how the Safer "
                    "Telford and Wrekin Partnership is linked with other strategic local and "
                    "regional partnerships; the diagram is not reproduced in the text.",
                },
            ],
            "scrutiny_reviews": [
                {
                    "committee": "Telford & Wrekin Council " + SCRUTINY,
                    "meeting_on": "2018-04",
                    "purpose": (
                        "The Partnership are due to present an update to Scrutiny, on its "
                        "progress against the strategy, in April 2018."
                    ),
                    "outcome": "pending",
                },
            ],
        },
    ],
}
