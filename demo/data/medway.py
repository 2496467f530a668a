"""Medway Community Safety Partnership: its Community Safety Plan 2020-2024.

Source: Medway Council, report to the Health and Wellbeing Board of 18 February 2020,
"Community Safety Partnership Plan 2020 - 2024" (report from Richard Hicks, Director of Place
and Deputy Chief Executive; author Neil Howlett, Community Safety Manager).
"""

MC = "Medway Council"
KP = "Kent Police"
KFRS = "Kent Fire and Rescue Service"
CCG = "Medway Clinical Commissioning Group"
CRC = "Kent, Surrey and Sussex Community Rehabilitation Company"
PCC = "Kent Police and Crime Commissioner"

# Strategies, priorities and delivery areas (keys)
S_OLD = "medway-community-safety-plan-2016-2020"
S_NEW = "medway-community-safety-plan-2020-2024"
SA = "medway-strategic-assessment-2019"
P1 = "medway-2020-safeguarding-adults-and-children"
P2 = "medway-2020-reducing-vulnerability"
P3 = "medway-2020-reducing-reoffending"
P4 = "medway-2020-listening-to-our-communities-and-partners"

RCE_OS = "Regeneration, Culture and Environment Overview and Scrutiny Committee"

DATA = {
    "partnership": {
        "name": "Medway Community Safety Partnership",
        "slug": "medway",
        "area": "Medway",
        "nation": "england",
        "description": (
            "Community Safety Partnerships (CSPs) are under a duty to produce a Community "
            "Safety Plan to formulate and implement a strategy to reduce crime and disorder, "
            "combat substance misuse, and reduce re-offending.\n\n"
            "CSPs were set up under Sections 5-7 of the Crime and Disorder Act 1998 and "
            "comprise representatives from the 'responsible authorities'. For Medway these "
            "are: Medway Council; Kent Police; Kent Fire and Rescue Service (KFRS); Medway "
            "Clinical Commissioning Group and Kent, Surrey and Sussex Community Rehabilitation "
            "Company (KSS CRC). CSPs are able to work in partnership with any other agencies or "
            "bodies that they may feel would contribute to community safety.\n\n"
            "Although the Police and Crime Commissioner (PCC) is not a responsible authority on "
            "the CSP, there is however a mutual duty to co-operate and to take account of the "
            "PCCs priorities.\n\n"
            "Community Safety Partnerships are responsible for developing strategies for "
            "reducing crime and offending in their areas, and have a statutory duty to work "
            "together to:\n\n"
            "- reduce re-offending;\n"
            "- tackle crime and disorder;\n"
            "- tackle anti-social behaviour;\n"
            "- tackle alcohol and substance misuse; and\n"
            "- tackle any other behaviour which has a negative effect on the local "
            "environment.\n\n"
            "Section 19 of the Police and Justice Act 2006 requires local authorities to have a "
            "crime and disorder committee with power to scrutinise the decisions and actions of "
            "the CSP in their area and to make reports and recommendations to the local "
            "authority and the Partnership. The Crime and Disorder (Overview and Scrutiny) "
            "Regulations 2009 require Local Authorities to scrutinise CSPs at least once a "
            "year. In Medway this is the Regeneration, Culture and Environment Overview and "
            "Scrutiny Committee.\n\n"
            "The chair and vice-chair continue to ensure there is a strategic view of community "
            "safety in Medway and to ensure that it reflects and supports the strategic "
            "ambitions of the Council and the partner agencies in the CSP to make Medway a "
            "great place to live, work, learn and visit."
        ),
    },
    "organisations": [
        {"name": MC, "kind": "local_authority"},
        {"name": KP, "kind": "police"},
        {"name": KFRS, "short_name": "KFRS", "kind": "fire_and_rescue"},
        {"name": CCG, "kind": "health"},
        {"name": CRC, "short_name": "KSS CRC", "kind": "probation"},
        {
            "name": PCC,
            "short_name": "PCC",
            "kind": "pcc",
            "notes": "Named in Medway CSP's paper as 'the Police and Crime Commissioner (PCC)'.",
        },
    ],
    "councils": [MC],
    "memberships": [
        {"organisation": MC, "role": "responsible_authority"},
        {"organisation": KP, "role": "responsible_authority"},
        {"organisation": KFRS, "role": "responsible_authority"},
        {"organisation": CCG, "role": "responsible_authority"},
        {"organisation": CRC, "role": "responsible_authority"},
        {
            "organisation": PCC,
            "role": "co_operating_body",
            "representative": "Police and Crime Commissioner (PCC)",
        },
    ],
    "contacts": [
        {
            "name": "Richard Hicks",
            "role": "Director of Place and Deputy Chief Executive (report from)",
            "organisation": MC,
        },
        {
            "name": "Neil Howlett",
            "role": "Community Safety Manager (author of the report)",
            "organisation": MC,
        },
        {
            "name": "James Brown",
            "role": "Head of Regulatory Services (lead officer contact)",
            "organisation": MC,
            "email": "james.brown@medway.co.uk",
            "phone": "(01634) 338901",
            "is_public": True,
        },
    ],
    "funding": [
        {
            "name": "Police and Crime Commissioner's allocation to Medway CSP",
            "source": PCC,
            "amount": 106460,
            "financial_year": 2019,
            "purpose": (
                "The Police and Crime Commissioner (PCC) has submitted his Police and Crime "
                "Plan, and has proposed that CSPs be allocated a budget to use for funding "
                "activities to tackle crime, disorder, drugs and reoffending. In 2019-2020 the "
                "amount allocated to Medway CSP was £106,460.\n\n"
                "The PCC has in previous years been committed to supporting the funding of "
                "CSPs, however we will not get any confirmation on the level of funding for "
                "2020-2021 until the overall budget is considered and approved by the Kent and "
                "Medway Police and Crime Panel on 6 February 2020."
            ),
        },
    ],
    "governance_links": [
        {
            "body": "Health and Wellbeing Board",
            "kind": "works_with",
            "description": (
                "A protocol remains in place between the CSP, the Health and Wellbeing Board, "
                "the Kent and Medway Adult Safeguarding Board and Medway Safeguarding "
                "Children's Partnership to ensure the sharing of assessments and plans to "
                "foster a better strategic alignment. The Board was asked on 18 February 2020 "
                "to comment on the strategic assessment and the proposed Community Safety Plan "
                "2020-2024."
            ),
        },
        {
            "body": "Kent and Medway Adult Safeguarding Board",
            "kind": "works_with",
            "description": "Party to the protocol with the CSP, the Health and Wellbeing "
            "Board and Medway Safeguarding Children's Partnership, to ensure the sharing of "
            "assessments and plans to foster a better strategic alignment.",
        },
        {
            "body": "Medway Safeguarding Children's Partnership",
            "kind": "works_with",
            "description": "Party to the protocol with the CSP, the Health and Wellbeing "
            "Board and the Kent and Medway Adult Safeguarding Board, to ensure the sharing of "
            "assessments and plans to foster a better strategic alignment. The Gangs and Early "
            "Intervention Conference was put together in partnership with it in 2019.",
        },
        {
            "body": RCE_OS,
            "kind": "scrutinised_by",
            "description": (
                "The crime and disorder committee, with power to scrutinise the decisions and "
                "actions of the CSP (Police and Justice Act 2006 s.19; scrutiny at least once a "
                "year under the Crime and Disorder (Overview and Scrutiny) Regulations 2009). "
                "It last scrutinised the Partnership in December 2019, and considers the "
                "Community Safety Plan 2020-2024 on 26 March 2020."
            ),
        },
        {
            "body": "Medway Council Cabinet",
            "kind": "approved_by",
            "description": "Considers any recommendations of the Overview and Scrutiny "
            "Committee and any comments made, and recommends the proposed Plan to full "
            "Council (7 April 2020).",
        },
        {
            "body": "Medway Council (full Council)",
            "kind": "approved_by",
            "description": (
                "The Community Safety Plan forms part of the Council's Policy Framework "
                "(Schedule 3 of the Local Authorities (Functions and Responsibilities) "
                "(England) Regulations 2000, and Article 4 (The Full Council) of the Council's "
                "Constitution). The adoption or modification of the Community Safety Plan is a "
                "decision for Full Council (23 April 2020)."
            ),
        },
        {
            "body": "Medway Task Force",
            "kind": "works_with",
            "description": "Its aims align with the work of the Community Safety Partnership: "
            "another opportunity to take a coordinated approach to keeping Medway safe and "
            "preventing the levels of violence being seen in some London boroughs.",
        },
        {
            "body": "Serious and Organised Crime Partnership",
            "kind": "works_with",
            "description": "Has been running in Medway for 2 years (as at February 2020).",
        },
        {
            "body": PCC,
            "kind": "funded_by",
            "description": "Not a responsible authority on the CSP, but there is a mutual "
            "duty to co-operate and to take account of the PCC's priorities. The PCC "
            "allocates CSPs a budget to fund activities to tackle crime, disorder, drugs and "
            "reoffending (£106,460 to Medway CSP in 2019-2020).",
        },
        {
            "body": "Kent and Medway Police and Crime Panel",
            "kind": "works_with",
            "description": "Considers and approves the PCC's overall budget; the level of CSP "
            "funding for 2020-2021 was not to be confirmed until its meeting of 6 February "
            "2020.",
        },
    ],
    "strategic_assessments": [
        {
            "key": SA,
            "title": "Community Safety Strategic Assessment",
            "summary": (
                "Regulation 5 of the Crime and Disorder (Formulation and Implementation of "
                "Strategy) Regulations 2007 requires the CSP to carry out an annual strategic "
                "assessment of crime and disorder (Appendix 1 to the report).\n\n"
                "As part of the development of the new Plan, the CSP has conducted a strategic "
                "assessment of community safety issues in Medway. This has included input from "
                "across the Council and the 'responsible authorities', part of this process "
                "being a half day event which included colleagues from Public Health and "
                "Children and Adult Services.\n\n"
                "The strategic assessment looked back at issues that have impacted upon "
                "community safety in Medway and then forward at potential issues and emerging "
                "themes/trends. Over the last few years the Community Safety Strategic "
                "Assessment has highlighted these key emerging issues on both a national and "
                "local level that we need to ensure agencies continue to focus on. The four "
                "priorities of the 2020-2024 Plan have been developed from the strategic "
                "assessment findings.\n\n"
                "The CSP is required to consult with a wide variety of stakeholders in putting "
                "together the annual strategic assessment.\n\n"
                "The Regeneration, Culture and Environment Overview and Scrutiny Committee "
                "considered the strategic assessment in December 2019, and the Health and "
                "Wellbeing Board was asked to comment on it on 18 February 2020."
            ),
            "staff_note": "The paper does not date the assessment itself: it was done by "
            "December 2019, when the Committee considered it.",
        },
    ],
    "strategies": [
        {
            "key": S_OLD,
            "title": "Community Safety Plan 2016-2020",
            "slug": "community-safety-plan-2016-2020",
            "period_start_year": 2016,
            "period_end_year": 2020,
            "revision": 1,
            "status": "superseded",
            "summary": (
                "The existing Community Safety Plan was agreed by full Council in July 2016 "
                "and ran from 2016 to 2020. It had five Strategic Priorities, reduced to four "
                "in the Community Safety Plan 2020-2024.\n\n"
                "Its content is not held here: the report on the 2020-2024 Plan gives only "
                "these facts."
            ),
        },
        {
            "key": S_NEW,
            "title": "Community Safety Plan 2020-2024",
            "slug": "community-safety-plan-2020-2024",
            "period_start_year": 2020,
            "period_end_year": 2024,
            "revision": 1,
            "supersedes": S_OLD,
            "status": "published",
            "strategic_assessment": SA,
            "priorities_ranked": True,
            "summary": (
                "Community Safety Partnerships (CSPs) are under a duty to produce a Community "
                "Safety Plan to formulate and implement a strategy to reduce crime and "
                "disorder, combat substance misuse, and reduce re-offending. The Plan forms "
                "part of the Council's Policy Framework and covers the period from 2020 to "
                "2024. The period covered by this Plan mirrors the term of office of the "
                "PCC.\n\n"
                "The existing Community Safety Plan was agreed by full Council in July 2016 "
                "and ran from 2016 to 2020; the new 4 year Community Safety Plan will run from "
                "2020 to 2024.\n\n"
                "The Plan contains four new priorities going forward, which have been "
                "developed from the strategic assessment findings, which are summarised in the "
                "Plan, with a number of work streams under each priority. This has been agreed "
                "by the five responsible authorities.\n\n"
                "The CSP recognises that Medway's future success is contingent on ongoing "
                "regeneration, even more so as Medway aspires to become a City of Culture in "
                "2025. It is clear that benefits from growth must be delivered to existing "
                "communities and new developments and residents must be effectively "
                "integrated. Hand in hand with this physical regeneration, it is important to "
                "recognise that this will only be successful if people feel that they and "
                "their families are safe in our open spaces and high streets.\n\n"
                "Risk management: there are reputational, environmental, economical and legal "
                "risks to the Council for not pro-actively pursuing an improvement in crime "
                "and disorder levels. The report reflects the importance of constructive "
                "dialogue with the partner organisations comprising the CSP and also the "
                "importance of coordinated and collaborative working.\n\n"
                "Legal implications: there are no direct legal implications arising from the "
                "report; the Council's statutory powers are detailed in it."
            ),
            "aims": (
                "The plan's overarching aim is to reduce crime and disorder, tackle substance "
                "misuse and reduce reoffending.\n\n"
                "To enable a more focused approach to tackling issues and better coordination, "
                "the number of Strategic Priorities is reduced from 5 to 4 but the aims and "
                "targets that fall into these priority areas are better defined to create a "
                "more efficient way of working. The priorities are:\n\n"
                "1. Safeguarding Adults and Children (Tackling Serious Violence and County "
                "Lines)\n"
                "2. Reducing Vulnerability\n"
                "3. Reducing Reoffending\n"
                "4. Listening to our Communities and Partners"
            ),
            "delivery_approach": (
                "The five responsible authorities have agreed that the process for monitoring "
                "these priorities in the CSP Action Plan should be by way of a '4 P Plan':\n\n"
                "- Prevent\n"
                "- Protect\n"
                "- Pursue\n"
                "- Prepare\n\n"
                "This Plan continues to be developed with our partners in time for 1 April "
                "2020, with the draft document (Draft Community Safety Action Plan 2020 to "
                "2021) at Appendix 3 to the report.\n\n"
                "Regulation 10 of the Crime and Disorder (Formulation and Implementation of "
                "Strategy) Regulations 2007 requires CSPs to prepare a partnership plan and to "
                "revise it annually in consideration of the strategic assessment."
            ),
            "staff_note": "The action plan is not reproduced in the report, so no actions "
            "are recorded.",
            "priorities": [
                {
                    "key": P1,
                    "title": "Safeguarding Adults and Children",
                    "subtitle": "(Tackling Serious Violence and County Lines)",
                    "description": (
                        "Safeguarding Adults and Children has been identified as an "
                        "overarching priority, mainly due to national concerns about the "
                        "increase in county line activity as well as the need to tackle "
                        "serious youth violence. The Serious Violence Strategy (2018) and the "
                        "Children's Commissioner's report 'Keeping Kids Safe, Improving "
                        "Safeguarding Responses to Gang Violence and Criminal Exploitation' "
                        "(2019) both discuss the need for better joint agency working and "
                        "information sharing as well as a co-ordinated approach to tackling "
                        "violent crime, especially youth related violence. The Serious and "
                        "Organised Crime Partnership has been running in Medway for 2 years. "
                        "The creation of the Medway Task Force, whose aims align with the work "
                        "of the Community Safety Partnership is another opportunity to take a "
                        "coordinated approach to keeping Medway safe and preventing the levels "
                        "of violence being seen in some London boroughs."
                    ),
                    "themes": ["serious-violence", "exploitation", "serious-organised-crime"],
                    "delivery_areas": [
                        {
                            "key": "medway-2020-cse-human-trafficking",
                            "title": "Child Sexual Exploitation (CSE) / Human Trafficking",
                            "themes": ["exploitation"],
                        },
                        {
                            "key": "medway-2020-organised-crime-groups",
                            "title": "Organised Crime Groups",
                            "themes": ["serious-organised-crime"],
                        },
                        {
                            "key": "medway-2020-cuckooing",
                            "title": "Cuckooing",
                            "themes": ["exploitation"],
                        },
                        {
                            "key": "medway-2020-medway-task-force",
                            "title": "Medway Task Force",
                            "description": "The creation of the Medway Task Force, whose aims "
                            "align with the work of the Community Safety Partnership is another "
                            "opportunity to take a coordinated approach to keeping Medway safe "
                            "and preventing the levels of violence being seen in some London "
                            "boroughs.",
                            "themes": ["serious-violence"],
                        },
                        {
                            "key": "medway-2020-kent-and-medway-serious-youth-crime-project",
                            "title": "Kent and Medway Serious Youth Crime Project",
                            "themes": ["serious-violence"],
                        },
                    ],
                },
                {
                    "key": P2,
                    "title": "Reducing Vulnerability",
                    "description": (
                        "Reducing vulnerability will be an overarching priority to ensure a "
                        "continued focus on early intervention and prevention work in multiple "
                        "areas of work. This includes those that may fall victim to cuckooing "
                        "from gangs, young people at risk of exploitation or even those at "
                        "risk of homelessness. There are many types of vulnerability and "
                        "Medway has many excellent services and voluntary organisations that "
                        "can help to reduce this vulnerability where a joined up approach can "
                        "continue to be taken. Substance misuse impacts strongly on each of "
                        "the partnership priorities identified. In order for the partnership "
                        "to address the priorities, it is essential to have an effect on "
                        "substance misuse issues."
                    ),
                    "themes": [
                        "drugs-and-alcohol",
                        "exploitation",
                        "anti-social-behaviour",
                        "domestic-abuse",
                        "violent-extremism",
                    ],
                    "delivery_areas": [
                        {
                            "key": "medway-2020-substance-misuse",
                            "title": "Substance Misuse",
                            "description": "Substance misuse impacts strongly on each of the "
                            "partnership priorities identified. In order for the partnership to "
                            "address the priorities, it is essential to have an effect on "
                            "substance misuse issues.",
                            "themes": ["drugs-and-alcohol"],
                        },
                        {
                            "key": "medway-2020-homelessness",
                            "title": "Homelessness",
                        },
                        {
                            "key": "medway-2020-contextual-safeguarding",
                            "title": "Contextual Safeguarding",
                            "themes": ["exploitation"],
                        },
                        {
                            "key": "medway-2020-mental-health",
                            "title": "Mental Health",
                        },
                        {
                            "key": "medway-2020-radicalisation",
                            "title": "Radicalisation",
                            "themes": ["violent-extremism"],
                        },
                        {
                            "key": "medway-2020-tackling-asb",
                            "title": "Tackling ASB",
                            "themes": ["anti-social-behaviour"],
                        },
                        {
                            "key": "medway-2020-domestic-abuse",
                            "title": "Domestic Abuse",
                            "themes": ["domestic-abuse"],
                        },
                    ],
                },
                {
                    "key": P3,
                    "title": "Reducing Reoffending",
                    "description": (
                        "The Policing and Crime Act 2009, which came into effect from the 1 "
                        "April 2010, placed a new duty on CSPs to implement a strategy to "
                        "reduce reoffending by adult and young offenders. Reducing reoffending "
                        "is critical to both protecting communities from crime and to "
                        "delivering a more effective and economic justice system. A further "
                        "element is rehabilitative interventions, which was designed to help "
                        "individuals turn their lives around and it is believed this is best "
                        "achieved through coordinated local services."
                    ),
                    "themes": ["reoffending"],
                    "delivery_areas": [
                        {
                            "key": "medway-2020-community-payback",
                            "title": "Community Payback",
                            "themes": ["reoffending"],
                        },
                        {
                            "key": "medway-2020-rehabilitative-interventions",
                            "title": "Rehabilitative interventions",
                            "description": "Rehabilitative interventions were designed to "
                            "help individuals turn their lives around and it is believed this "
                            "is best achieved through coordinated local services.",
                            "themes": ["reoffending"],
                        },
                        {
                            "key": "medway-2020-integrated-offender-management",
                            "title": "Integrated Offender Management (IOM)",
                            "themes": ["reoffending"],
                        },
                        {
                            "key": "medway-2020-youth-offending",
                            "title": "Youth Offending",
                            "themes": ["reoffending"],
                        },
                    ],
                },
                {
                    "key": P4,
                    "title": "Listening to our Communities and Partners",
                    "description": (
                        "The CSP is committed to hearing from the community and understanding "
                        "some of the issues beyond the statistics. It is proposed that this is "
                        "an independent priority in the next Plan ensuring that there is a "
                        "systematic way of engaging in existing panels and groups to gauge "
                        "concerns and inform the actions the CSP take forward. In addition "
                        "there will be particular focus on promoting the work of the "
                        "partnership through joint communications. As part of our "
                        "communications programme, the CSP aims to address and improve "
                        "perceptions of safety within our communities."
                    ),
                    "themes": ["fear-of-crime"],
                    "delivery_areas": [
                        {
                            "key": "medway-2020-community-engagement-events",
                            "title": "Community Engagement events",
                            "description": "Members of the public are consulted through a "
                            "series of community engagement events throughout the year.",
                        },
                        {
                            "key": "medway-2020-young-peoples-voice",
                            "title": "Young people's voice - YPAG, Medway Youth Council (MYC) etc.",
                        },
                        {
                            "key": "medway-2020-parent-and-carers-forum",
                            "title": "Parent and Carers Forum (Special Education Needs - SEN)",
                        },
                        {
                            "key": "medway-2020-communications",
                            "title": "Communications",
                            "description": "Particular focus on promoting the work of the "
                            "partnership through joint communications. As part of our "
                            "communications programme, the CSP aims to address and improve "
                            "perceptions of safety within our communities.",
                            "themes": ["fear-of-crime"],
                        },
                        {
                            "key": "medway-2020-annual-consultation-event",
                            "title": "Annual Consultation Event",
                            "description": "The CSP's annual consultation event in 2018 "
                            "focused on consulting with our young people and was coordinated in "
                            "partnership with Youth Services.",
                        },
                        {
                            "key": "medway-2020-empowering-communities",
                            "title": "Empowering Communities",
                        },
                    ],
                },
            ],
            "milestones": [
                {
                    "kind": "consultation",
                    "title": "Public consultation event at Mid Kent College, Gillingham",
                    "body": "Community Safety Partnership",
                    "planned_on": "2018-07",
                    "actual_on": "2018-07",
                    "note": "Held in July 2018 (for the year 2018/2019), aimed at hearing the "
                    "voice of young people.",
                },
                {
                    "kind": "other",
                    "title": "Gangs and Early Intervention Conference",
                    "body": "Community Safety Partnership and Medway Safeguarding Children's "
                    "Partnership",
                    "actual_on": "2019",
                    "note": "Put together in partnership with Medway Safeguarding Children's "
                    "Partnership in 2019, as an example of cross-directorate work.",
                },
                {
                    "kind": "workshop",
                    "title": "Strategic assessment half day event",
                    "body": "Community Safety Partnership, with colleagues from Public Health "
                    "and Children and Adult Services",
                    "note": "Part of the strategic assessment process for the new Plan, with "
                    "input from across the Council and the 'responsible authorities'.",
                    "staff_note": "The paper does not date it.",
                },
                {
                    "kind": "scrutiny",
                    "title": "Strategic assessment considered by the Regeneration, Culture and "
                    "Environment Overview and Scrutiny Committee",
                    "body": RCE_OS,
                    "planned_on": "2019-12",
                    "actual_on": "2019-12",
                    "note": "The Committee noted the findings of the strategic assessment and "
                    "supported that the Community Safety Plan priorities be refreshed in the "
                    "light of the strategic assessment findings. Full minute: "
                    "https://democracy.medway.gov.uk/mgAi.aspx?ID=22414",
                },
                {
                    "kind": "consideration",
                    "title": "Health and Wellbeing Board",
                    "body": "Health and Wellbeing Board",
                    "planned_on": "2020-02-18",
                    "note": (
                        "The Board is asked to:\n\n"
                        "- comment on the strategic assessment as set out at Appendix 1 to "
                        "the report;\n"
                        "- comment on the proposed Community Safety Plan 2020-2024 as set out "
                        "at Appendix 2 to the report;\n"
                        "- note that the proposed Plan will be considered by the "
                        "Regeneration, Culture and Environment Overview and Scrutiny "
                        "Committee on 26 March 2020, the Cabinet on 7 April 2020 and will be "
                        "determined by full Council on 23 April 2020."
                    ),
                    "staff_note": "The paper does not record the Board's comments.",
                },
                {
                    "kind": "scrutiny",
                    "title": "Regeneration, Culture and Environment Overview and Scrutiny "
                    "Committee considers the Plan",
                    "body": RCE_OS,
                    "planned_on": "2020-03-26",
                    "note": "Any recommendations from this Committee will be considered by the "
                    "Cabinet on 7 April 2020.",
                },
                {
                    "kind": "implementation",
                    "title": "CSP Action Plan ('4 P Plan') in place",
                    "body": "Five responsible authorities",
                    "planned_on": "2020-04-01",
                    "note": "The action plan continues to be developed with partners in time "
                    "for 1 April 2020 (draft at Appendix 3: Draft Community Safety Action Plan "
                    "2020 to 2021).",
                },
                {
                    "kind": "executive",
                    "title": "Cabinet",
                    "body": "Cabinet",
                    "planned_on": "2020-04-07",
                    "note": "The Cabinet will be asked to consider any comments made and "
                    "recommend the proposed Plan to full Council.",
                },
                {
                    "kind": "council",
                    "title": "Full Council determines the Community Safety Plan 2020-2024",
                    "body": "Full Council",
                    "planned_on": "2020-04-23",
                    "note": "The adoption or modification of the Community Safety Plan is a "
                    "decision for Full Council. As a Policy Framework document, the Plan will "
                    "be developed in accordance with the Council's Budget and Policy Framework "
                    "Rules (Chapter 4, Part 3 of the Council's Constitution).",
                    "staff_note": "The paper gives the planned date only.",
                },
            ],
            "risks": [
                {
                    "title": 'Decreased Agency "buy in"',
                    "description": "Changes in leadership, staffing or resources could reduce "
                    "the involvement of key agencies.",
                    "mitigation": (
                        "- Ensure that agencies are aware of the impact of dis-engagement upon "
                        "their own service delivery/performance.\n"
                        "- Ensure that strategic members of the CSP are made aware of any "
                        "situation as it arises."
                    ),
                    "rating": "E2",
                },
                {
                    "title": "A wide range of CSP objectives",
                    "description": "Means that the CSP may be spread too thin and not have the "
                    "resources to deal with all aspects so there may be gaps in service.",
                    "mitigation": "Prioritisation based on Strategic Assessment.",
                    "rating": "E2",
                },
                {
                    "title": "Legislation",
                    "description": "Government guidance could change focus for CSP.",
                    "mitigation": "CSP to ensure that it effectively horizon scans to be aware "
                    "of impending legislative changes.",
                    "rating": "D3",
                },
                {
                    "title": "Police and Crime Commissioner (PCC) Plans",
                    "description": "Changes in the PCC's Police and Crime Plan.",
                    "mitigation": "Continued engagement with the PCC.",
                    "rating": "D3",
                },
            ],
            "policy_links": [
                {
                    "kind": "legislation",
                    "title": "Crime and Disorder Act 1998, sections 5-7",
                    "note": "CSPs were set up under Sections 5-7 of the Act and comprise "
                    "representatives from the 'responsible authorities'.",
                },
                {
                    "kind": "legislation",
                    "title": "Crime and Disorder (Formulation and Implementation of Strategy) "
                    "Regulations 2007",
                    "note": "Regulation 5 requires the CSP to carry out an annual strategic "
                    "assessment of crime and disorder. Regulation 10 requires CSPs to prepare "
                    "a partnership plan and to revise it annually in consideration of the "
                    "strategic assessment.",
                },
                {
                    "kind": "legislation",
                    "title": "Policing and Crime Act 2009",
                    "note": "Came into effect from the 1 April 2010 and placed a new duty on "
                    "CSPs to implement a strategy to reduce reoffending by adult and young "
                    "offenders.",
                },
                {
                    "kind": "legislation",
                    "title": "Police and Justice Act 2006, section 19",
                    "note": "Requires local authorities to have a crime and disorder committee "
                    "with power to scrutinise the decisions and actions of the CSP in their "
                    "area and to make reports and recommendations to the local authority and "
                    "the Partnership.",
                    "staff_note": "The paper writes 'Sections 19'.",
                },
                {
                    "kind": "legislation",
                    "title": "Crime and Disorder (Overview and Scrutiny) Regulations 2009",
                    "note": "Require Local Authorities to scrutinise CSPs at least once a year.",
                },
                {
                    "kind": "legislation",
                    "title": "Local Authorities (Functions and Responsibilities) (England) "
                    "Regulations 2000, Schedule 3",
                    "note": "The classification of the Plan as a policy framework document is "
                    "set out in Schedule 3.",
                },
                {
                    "kind": "local",
                    "title": "Medway Council Constitution: Article 4 (The Full Council) and the "
                    "Budget and Policy Framework Rules (Chapter 4, Part 3)",
                    "note": "Article 4 classifies the Plan as a policy framework document; as "
                    "one, the Plan will be developed in accordance with the Council's Budget "
                    "and Policy Framework Rules.",
                },
                {
                    "kind": "national",
                    "title": "Serious Violence Strategy (2018)",
                    "note": "Discusses the need for better joint agency working and "
                    "information sharing as well as a co-ordinated approach to tackling "
                    "violent crime, especially youth related violence.",
                },
                {
                    "kind": "national",
                    "title": "Children's Commissioner: 'Keeping Kids Safe, Improving "
                    "Safeguarding Responses to Gang Violence and Criminal Exploitation' (2019)",
                    "note": "Discusses the need for better joint agency working and "
                    "information sharing as well as a co-ordinated approach to tackling "
                    "violent crime, especially youth related violence.",
                },
                {
                    "kind": "pcc_plan",
                    "title": "Police and Crime Plan (Kent Police and Crime Commissioner)",
                    "note": "The CSP has a mutual duty to co-operate with the PCC and to take "
                    "account of the PCC's priorities; the period covered by the Plan mirrors "
                    "the PCC's term of office. Changes in the PCC's Police and Crime Plan are "
                    "on the risk register.",
                },
            ],
            "documents": [
                {
                    "title": "Community Safety Partnership Plan 2020 - 2024: report to the "
                    "Health and Wellbeing Board",
                    "kind": "committee_report",
                    "dated": "2020-02-18",
                    "description": (
                        "Health and Wellbeing Board, 18 February 2020. Report from Richard "
                        "Hicks, Director of Place and Deputy Chief Executive. Author: Neil "
                        "Howlett, Community Safety Manager. Lead officer contact: James Brown, "
                        "Head of Regulatory Services.\n\n"
                        "The report provides information on the proposed Plan, which forms "
                        "part of the Council's Policy Framework, to cover the period from 2020 "
                        "to 2024. Background papers: none."
                    ),
                },
                {
                    "title": "Appendix 1: Strategic Assessment",
                    "kind": "strategic_assessment",
                    "description": "The annual strategic assessment of crime and disorder "
                    "(Regulation 5 of the 2007 Regulations), on which the Health and Wellbeing "
                    "Board was asked to comment.",
                },
                {
                    "title": "Appendix 2: Proposed Community Safety Plan 2020 to 2024",
                    "kind": "strategy",
                    "description": "The draft Community Safety Plan for 2020 to 2024, with the "
                    "strategic assessment findings summarised and full details of consultation "
                    "on the Plan.",
                },
                {
                    "title": "Appendix 3: Draft Community Safety Action Plan 2020 to 2021",
                    "kind": "action_plan",
                    "description": "The CSP Action Plan, monitored by way of a '4 P Plan' "
                    "(Prevent, Protect, Pursue and Prepare), continuing to be developed with "
                    "partners in time for 1 April 2020. Not reproduced in the report.",
                },
                {
                    "title": "Appendix 4: Diversity Impact Assessment",
                    "kind": "eia",
                    "description": "A Diversity Impact Assessment has been carried out on the "
                    "proposals set out in the report.",
                },
            ],
            "consultations": [
                {
                    "title": "Public consultation event at Mid Kent College, Gillingham "
                    "(July 2018)",
                    "held_elsewhere": True,
                    "opens_at": "2018-07",
                    "closes_at": "2018-07",
                    "channel": "event",
                    "audience": "Young people, with representation from community groups, the "
                    "voluntary sector and elected Members",
                    "introduction": (
                        "The CSP is required to consult with a wide variety of stakeholders in "
                        "putting together the annual strategic assessment. Members of the "
                        "public are consulted through a series of community engagement events "
                        "throughout the year. The CSP held a public consultation event at Mid "
                        "Kent College in Gillingham in July 2018 (for the year 2018/2019). "
                        "This was specifically aimed at hearing the voice of young people but "
                        "also included representation from community groups, the voluntary "
                        "sector and elected Members. The CSP's annual consultation event in "
                        "2018 was coordinated in partnership with Youth Services."
                    ),
                    "summary": "Full details of consultation on the Plan may be found in "
                    "Appendix 2 to the report (Proposed Community Safety Plan 2020 to 2024).",
                    "results_published": True,
                },
            ],
            "scrutiny_reviews": [
                {
                    "committee": RCE_OS,
                    "meeting_on": "2020-03-26",
                    "purpose": (
                        "Having already considered the strategic assessment in December 2019, "
                        "the Committee will consider the Community Safety Plan 2020-2024. Any "
                        "recommendations from this Committee will be considered by the "
                        "Cabinet on 7 April 2020."
                    ),
                    "outcome": "pending",
                },
            ],
        },
    ],
    "scrutiny_reviews": [
        {
            "committee": RCE_OS,
            "meeting_on": "2019-12",
            "purpose": (
                "Scrutiny of the Partnership, considering the strategic assessment. The full "
                "minute may be found at "
                "https://democracy.medway.gov.uk/mgAi.aspx?ID=22414"
            ),
            "outcome": "noted",
            "recommendations": "The Committee noted the findings of the strategic assessment "
            "and supported that the Community Safety Plan priorities be refreshed in the light "
            "of the strategic assessment findings.",
        },
    ],
    "documents": [
        {
            "title": "Minute: Regeneration, Culture and Environment Overview and Scrutiny "
            "Committee, December 2019 (Community Safety Partnership)",
            "kind": "minutes",
            "url": "https://democracy.medway.gov.uk/mgAi.aspx?ID=22414",
            "dated": "2019-12",
            "description": "The full minute of the Committee's scrutiny of the Partnership, at "
            "which it noted the findings of the strategic assessment and supported that the "
            "Community Safety Plan priorities be refreshed.",
        },
    ],
}
