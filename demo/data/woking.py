"""Safer Woking Partnership (Woking Community Safety Partnership).

Transcribed from the report to Woking Borough Council's Overview and Scrutiny Committee of
22 March 2021 (published 19 March 2021), 'Safer Woking Partnership Plan', with its
Appendix 1, the draft Safer Woking Partnership Plan 2021-2024.
"""

DATA = {
    "partnership": {
        "name": "Woking Community Safety Partnership",
        "local_name": "Safer Woking Partnership",
        "slug": "woking",
        "area": "Woking Borough",
        "nation": "england",
        "description": (
            "The 1998 Crime and Disorder Act gave local agencies shared responsibility for "
            "developing and introducing strategies to reduce crime and disorder in their area. "
            "The agencies come together as the Community Safety Partnership (CSP), known locally "
            "as the Safer Woking Partnership.\n\n"
            "Woking Joint Committee aims to improve outcomes and value for money for residents "
            "and businesses in Woking by strengthening local democracy and improving partnership "
            "working through joint decision making. The Joint Committee has taken over the "
            "delegated community safety responsibilities of the borough council and county "
            "council in Woking and acts as the local Community Safety Partnership. A Community "
            "Safety Task Group has been established with representatives from the statutory "
            "partners to review actions and monitor progress in between formal reports to the "
            "Committee.\n\n"
            "### Funding\n\n"
            "A small amount of funding is provided by some of the local partners into a joint "
            "fund to support the priorities contained within the partnership plan, otherwise "
            "work is supported by core funding from the various partner organisations. In "
            "addition funding bids are made, for example to the Police and Crime Commissioner's "
            "grant scheme."
        ),
        "staff_note": "The paper gives no amounts.",
        "board_name": "Woking Joint Committee",
        "contact_email": "camilla.edmiston@woking.gov.uk",
        "contact_phone": "Extn 3080",
    },
    "organisations": [
        {
            "name": "Surrey Police",
            "kind": "police",
        },
        {
            "name": "Woking Borough Council",
            "short_name": "WBC",
            "kind": "local_authority",
            # "the delegated community safety responsibilities of the borough council and
            # county council in Woking": a borough council in a county.
            "council_tier": "district",
        },
        {
            "name": "Surrey County Council",
            "kind": "local_authority",
            "council_tier": "county",
            "notes": "Includes Surrey County Council Trading Standards.",
        },
        {
            "name": "Surrey Fire and Rescue Service",
            "kind": "fire_and_rescue",
        },
        {
            "name": "National Probation Service",
            "kind": "probation",
            "notes": (
                "Under the Probation Reform Programme (Government White Paper, 2020), a new "
                "National Probation Service was to be established on 26 June 2021, incorporating "
                "the previous CRCs into the one national service."
            ),
        },
        {
            "name": "Kent, Surrey and Sussex Community Rehabilitation Company",
            "kind": "probation",
            "notes": (
                "Replaced by the new National Probation Service on 26 June 2021, which "
                "incorporated the previous CRCs into the one national service (Probation Reform "
                "Programme, Government White Paper, 2020)."
            ),
        },
        {
            "name": "North West Surrey Clinical Commissioning Group",
            "kind": "health",
        },
        {
            "name": "Surrey Police and Crime Commissioner",
            "short_name": "PCC",
            "kind": "pcc",
            "website": "https://www.surrey-pcc.gov.uk/",
            "notes": (
                "Woking's paper calls the office 'the Police and Crime Commissioner' (PCC) for "
                "Surrey; the current PCC in March 2021 was David Munro."
            ),
        },
    ],
    "councils": ["Woking Borough Council", "Surrey County Council"],
    "memberships": [
        {
            "organisation": "Surrey Police",
            "role": "responsible_authority",
        },
        {
            "organisation": "Woking Borough Council",
            "role": "responsible_authority",
        },
        {
            "organisation": "Surrey County Council",
            "role": "responsible_authority",
        },
        {
            "organisation": "Surrey Fire and Rescue Service",
            "role": "responsible_authority",
        },
        {
            "organisation": "National Probation Service",
            "role": "responsible_authority",
        },
        {
            "organisation": "Kent, Surrey and Sussex Community Rehabilitation Company",
            "role": "responsible_authority",
            "member_until": "2021-06-25",
        },
        {
            "organisation": "North West Surrey Clinical Commissioning Group",
            "role": "responsible_authority",
        },
        {
            "organisation": "Surrey Police and Crime Commissioner",
            "role": "co_operating_body",
        },
    ],
    "contacts": [
        {
            "name": "Camille Edmiston",
            "role": "Community Safety Manager",
            "organisation": "Woking Borough Council",
            "email": "camilla.edmiston@woking.gov.uk",
            "phone": "Extn 3080",
            "is_public": True,
        },
        {
            "name": "David Munro",
            "role": (
                "Police and Crime Commissioner for Surrey (the current PCC as at March 2021; "
                "next election 6 May 2021)"
            ),
            "organisation": "Surrey Police and Crime Commissioner",
            "is_public": False,
        },
    ],
    "governance_links": [
        {
            "body": "Woking Borough Council and Surrey County Council",
            "kind": "delegated_from",
            "description": (
                "Woking Joint Committee aims to improve outcomes and value for money for "
                "residents and businesses in Woking by strengthening local democracy and "
                "improving partnership working through joint decision making. The Joint "
                "Committee has taken over the delegated community safety responsibilities of the "
                "borough council and county council in Woking and acts as the local Community "
                "Safety Partnership.\n\n"
                "For the 2021-24 plan the Joint Committee agreed to delegate approval, in "
                "consultation with the Chair of the Community Safety Task Group, to make any "
                "minor amends as a result of scrutiny by the Overview and Scrutiny Committee so "
                "that the Partnership Plan may be published as promptly as possible after that "
                "meeting. Delivery will be reported to the Safer Woking Partnership through the "
                "Community Safety Task Group and Joint Committee."
            ),
        },
        {
            "body": "Community Safety Task Group",
            "kind": "approved_by",
            "description": (
                "A Community Safety Task Group of the Woking Joint Committee has been "
                "established with representatives from the statutory partners to review actions "
                "and monitor progress in between formal reports to the Committee.\n\n"
                "It considered the draft plan proposals at its meeting on 9 March 2021, where "
                "the Safer Woking Partnership Plan 2021-24 was approved in principle for "
                "publication subject to scrutiny by the Overview and Scrutiny Committee. Should "
                "the Overview and Scrutiny Committee have any significance issues of concern, "
                "the matter will be referred back to the Community Safety Task Group to consider "
                "prior to publication. The implementation of the plan will be monitored by the "
                "Community Safety Task Group with quarterly action plan reports, which will "
                "continue to be circulated to all borough and county members."
            ),
        },
        {
            "body": "Overview and Scrutiny Committee (Woking Borough Council)",
            "kind": "scrutinised_by",
            "description": (
                "The Overview and Scrutiny Committee is designated the Council's crime and "
                "disorder overview and scrutiny committee. The Police and Justice Act 2006 gave "
                "local authorities responsibility for considering crime and disorder matters. On "
                "6 December 2010 the Overview and Scrutiny Committee agreed a recommendation in "
                "a report on a suggested scrutiny agreement: each new Safer Woking Partnership "
                "Plan would be brought annually to the Overview and Scrutiny Committee for "
                "appropriate scrutiny. Scrutiny of the plan helps it meet the requirements of "
                "the Crime and Disorder (Overview and Scrutiny) Regulations 2009, section 20 (3) "
                "and (4) of the Police and Justice Act 2006."
            ),
        },
        {
            "body": "Surrey Health and Wellbeing Board",
            "kind": "works_with",
            "description": (
                "In 2020 the Community Safety Board and the Health and Wellbeing Board "
                "considered the opportunities to work together. It was recognised that while "
                "there has been some tangible examples of police and criminal justice colleagues "
                "and health and social care partners working together, there is so much more we "
                "could be doing. A merger of the Community Safety Board and the Health and "
                "Wellbeing Board was agreed in March 2020 with the aspiration of identifying and "
                "designing longer-term, innovative initiatives that address the needs of "
                "vulnerable people and those living in deprived communities and/or families.\n\n"
                "As part of the new governance the Health and Wellbeing Board are responsible "
                "for the development and delivery of a Community Safety Agreement (CSA), setting "
                "out how the responsible authorities will work together to identify and address "
                "shared priorities in relation to reducing crime and disorder. In December 2020 "
                "the Health and Wellbeing Board agreed the partnership vision. The Community "
                "Safety vision for Surrey is to ensure that we:\n\n"
                "- Protect our most vulnerable from exploitation\n"
                "- Protect our communities from harm\n"
                "- Empower communities to feel safe\n\n"
                "The Board will develop an implementation plan, looking to work closely with "
                "Community Safety Partnerships to support and guide them. The Agreement is not a "
                "document to hold the local partnerships to account but reflects their local "
                "priorities; local plans are expected to echo it but maintain their localism. "
                "More: https://www.surreycommunitysafety.org.uk/ (the vision is for Surrey)."
            ),
            "staff_note": 'The paper names it "the Health and Wellbeing Board".',
        },
        {
            "body": "Surrey Police and Crime Commissioner",
            "kind": "works_with",
            "description": (
                "Police and Crime Commissioners (PCCs) were introduced in the Police Reform and "
                "Social Responsibility Act 2011. They are responsible for overseeing the work of "
                "the Police, holding the Chief Constable to account, setting the budget and "
                "helping to tackle the crime issues. The PCC has responsibility for reducing "
                "crime and disorder and the PCC office works with CSPs and criminal justice "
                "partners to achieve their objectives. The PCC is able to call CSP chairmen to "
                "meetings, request reports and commission services.\n\n"
                "The PCC has also made available funding to commission services that improve "
                "community safety in Surrey. Local organisations, community and voluntary groups "
                "can apply for grants which meet the PCC's priorities; the partnership makes "
                "funding bids to the PCC's grant scheme.\n\n"
                "The current PCC (March 2021) is David Munro; his Police and Crime Plan and "
                "priorities: https://www.surrey-pcc.gov.uk/plan/. More on the role and work of "
                "the PCC: www.surrey-pcc.gov.uk. Elections take place every four years and the "
                "next election will take place on 6 May 2021."
            ),
        },
        {
            "body": "Surrey Police and Crime Panel",
            "kind": "works_with",
            "description": (
                "Scrutinises the Police and Crime Commissioner, not the partnership. The "
                "legislation (Police Reform and Social Responsibility Act 2011) provides a "
                "scrutiny system in the form of a Police and Crime Panel (PCP) to look at how "
                "the PCC exercises their statutory functions and effectiveness. The panel is "
                "made up of councillors from each of the 11 local district and borough "
                "councillors (one from each), a county councillor and two independent co-opted "
                "individuals."
            ),
        },
        {
            "body": "Your Sanctuary",
            "kind": "works_with",
            "description": (
                "Our local specialist domestic abuse service: the partnership works with it in "
                "the provision of support to survivors of domestic abuse living in our community."
            ),
        },
        {
            "body": "Women's Support Centre Surrey",
            "kind": "works_with",
            "description": (
                "The partnership will continue to support the work of the Women's Support Centre "
                "Surrey, and promote it (Action Plan for 2021/22)."
            ),
        },
        {
            "body": "Voluntary organisation networks",
            "kind": "works_with",
            "description": (
                "Voluntary organisation networks, including Woking Neighbourhood Watch, "
                "Residents Associations and Woking Street Angels, are among the partnership's "
                "established delivery mechanisms. Woking Neighbourhood Watch and Residents "
                "Associations communication is used to keep residents informed; Neighbourhood "
                "Watch networks promote online reporting of antisocial behaviour; the "
                "partnership supports Woking Street Angels in the town centre night time economy."
            ),
        },
    ],
    "strategic_assessments": [
        {
            "key": "woking-strategic-assessment-2021",
            "title": (
                "Woking strategic assessment (for the Safer Woking Partnership Plan 2021-24)"
            ),
            "summary": (
                "The (annual) Woking strategic assessment supported the decisions "
                "on the priorities for the 2021-24 plan, which the Community Safety Task Group "
                "considered on 9 March 2021.\n\n"
                "The Safer Woking Partnership is required to carry out an annual partnership "
                "strategic assessment. The purpose of this is to assist in producing the "
                "priorities for the annual 3 year rolling partnership plan. The Crime and "
                "Disorder Act 1998 strategies are now based on an annual strategic assessment "
                "which aims to provide partnerships with intelligence and evidence of the "
                "priorities and problems for their partnership that will inform effective and "
                "responsive delivery structures.\n\n"
                "The annual strategic assessment work identifies current and possible future "
                "crime, disorder and substance misuse issues from sound evidence and analysis of "
                "data obtained via Surreyi, Joint Strategic Needs Assessment and relevant "
                "agencies. The data has been drawn from a variety of sources and partner "
                "agencies across Woking and the broader Surrey area. These include:\n\n"
                "- County Council data and intelligence\n"
                "- Borough Council data and intelligence\n"
                "- Police crime and incident data, intelligence and tactical assessment\n"
                "- Health data\n\n"
                "The Woking strategic assessment supported the decision making on the priorities "
                "for the plan, as well as other data, such as crime and anti-social behaviour, "
                "Surreyi and the Joint Strategic Needs Assessment, and officers' knowledge and "
                "experience. Together these led the partnership to agree to carrying forward the "
                "current key priorities, with some minor amendments, for the draft Safer Woking "
                "Partnership Plan 2021-24. The production of the strategic assessment and the "
                "publication of the partnership plan fulfil some of the statutory requirements "
                "of the Crime and Disorder Act 1998."
            ),
            "staff_note": "The paper does not date the assessment.",
        },
    ],
    "strategies": [
        {
            "key": "woking-2019",
            "title": "Safer Woking Partnership Plan 2019-2022",
            "slug": "safer-woking-partnership-plan-2019-2022",
            "period_start_year": 2019,
            "period_end_year": 2022,
            "status": "superseded",
            "summary": (
                "The previous Safer Woking Partnership Plan, listed as a background paper to the "
                "report to the Overview and Scrutiny Committee of 22 March 2021 on the draft "
                "Safer Woking Partnership Plan 2021-24. Its content is not held in the portal."
            ),
        },
        {
            "key": "woking-2021",
            "title": "Safer Woking Partnership Plan 2021-2024",
            "slug": "safer-woking-partnership-plan-2021-2024",
            "period_start_year": 2021,
            "period_end_year": 2024,
            "supersedes": "woking-2019",
            "status": "published",
            "summary": (
                "The draft Safer Woking Partnership Plan 2021-24 (Appendix 1 to Agenda Item 6 of "
                "the Overview and Scrutiny Committee of 22 March 2021; report published 19 March "
                "2021). The plan for 2021-24 remains very similar to previous plans with 5 key "
                "priority areas of: Anti-Social Behaviour; Crime; Drugs and Alcohol, Reducing "
                "Reoffending and Preventing Violent Extremism. It is a 3 year rolling "
                "partnership plan, informed by the annual partnership strategic assessment.\n\n"
                "The priorities were identified through a local assessment and agreement: by an "
                "analysis of key data sets, a review of national and regional targets, drawing "
                "on the knowledge and experience of local partnership officers. Locally officers "
                "have considered appropriate data and information which, when coupled together "
                "with their knowledge and experience, has led the partnership to agree to "
                "carrying forward the current key priorities, with some minor amendments. The "
                "priorities are listed alphabetically not in a priority order.\n\n"
                "Following scrutiny by the Overview and Scrutiny Committee the final plan will "
                "be published on the Woking Borough Council web site, unless there is a "
                "significant issue in which case the matter will be referred back to the "
                "Community Safety Task Group for further consideration. The implementation of "
                "the plan will be monitored by the Community Safety Task Group of the Joint "
                "Committee with quarterly action plan reports, which will continue to be "
                "circulated to all borough and county members.\n\n"
                "### Implications (from the report to the Overview and Scrutiny Committee)\n\n"
                "- **Financial:** It is anticipated that the work on the implementation of the "
                "partnership plan can be accommodated within existing resources.\n"
                "- **Human Resource/Training and Development:** It is anticipated that the "
                "implementation work can be accommodated within existing resources.\n"
                "- **Community Safety:** The production of the strategic assessment and the "
                "publication of the partnership plan fulfil some of the statutory requirements "
                "of the Crime and Disorder Act 1998.\n"
                "- **Risk Management:** There are no implications.\n"
                "- **Sustainability:** There are no implications.\n"
                "- **Equalities:** There are no implications.\n"
                "- **Safeguarding:** Much of the work within the plan supports our "
                "responsibilities under Safeguarding.\n\n"
                "### New legislation, policy and guidance\n\n"
                "Over the last few years there has been a significant amount of new legislation, "
                "policy and guidance which all impacts on the work of the Community Safety "
                "Partnership.\n\n"
                "It is hoped that the Domestic Abuse Bill will come into effect in 2021. More "
                "information: "
                "https://www.gov.uk/government/publications/domestic-abuse-consultation-"
                "response-and-draft-bill\n\n"
                "There was a Government White Paper in 2020 for a Probation Reform Programme. On "
                "26 June 2021 a new National Probation Service will be established, "
                "incorporating the previous CRCs into the one national service.\n\n"
                "Part of the guidance in the Target Operating Model for probation services "
                '(guidance from Government) includes the following, under "Effective partnership '
                'working design":\n\n'
                "- Liaison with local forums such as the PCC and Community Safety Partnerships "
                "to facilitate the statutory duty to consult local communities about Community "
                "Payback plans, as set out in the Government White Paper, 2020.\n"
                "- Ensuring that placements are recognised by members of the public as credible "
                "and demanding, whilst providing tangible benefits to the local community with "
                "the ability for local communities to nominate work placements."
            ),
            "aims": (
                "The Safer Woking Partnership has the following aims:\n\n"
                "- To identify, protect and support the most vulnerable people and areas in our "
                "communities, and tackle offenders who are involved in criminal and/or "
                "antisocial behaviour\n"
                "- To promote crime prevention to maintain the low levels of crime and disorder\n"
                "- To promote reassurance\n"
                "  - to involve the public and work with all communities to reduce the fear of "
                "crime and provide people with a sense of safety and reassurance\n"
                "  - to improve education/knowledge for the public to support their own feelings "
                "of safety\n\n"
                "The partnership will:\n\n"
                "- Work jointly with other statutory and voluntary agencies\n"
                "- Build capacity within the neighbourhoods and communities to enable them to "
                "contribute to the delivery of the aims of this plan."
            ),
            "priorities_ranked": False,
            "delivery_approach": (
                "For each priority issue, we will use the following methods to address them:\n\n"
                "1. **Established partnership delivery mechanisms**, including (each is "
                "described under this partnership's subgroups):\n"
                "   - JAG (Joint Action Group)\n"
                "   - SOC JAG\n"
                "   - CHaRMM (Community Harm and Risk Management meeting)\n"
                "   - PPYP (Prioritising Prevention for Young People)\n"
                "   - PPOMP (Priority and Other Prolific Offenders Management Panel)\n"
                "   - MAPPA (Multi agency Public Protection Agreement)\n"
                "   - MARAC (Multi Agency Risk Assessment Conference)\n"
                "   - RMM (Risk Management Meeting)\n"
                "   - MOLT Intelligence Group (Mapping Offenders Locations and Trends)\n"
                "   - MASH (the Surrey Multi Agency Safeguarding Hub)\n"
                "   - Domestic Abuse Forum\n"
                "   - Domestic Abuse Management Board\n"
                "   - Licensing Tasking Meeting\n"
                "   - The Family Support Programme\n"
                "   - Youth Engagement Scheme (YES), run by Surrey Fire and Rescue Service\n"
                "   - Firewise Scheme, run by Surrey Fire and Rescue Service\n"
                "   - The Health and Wellbeing Action Plan of the Woking Joint Committee.\n"
                "   - Woking Integrated Youth Strategy and Action Plan.\n"
                "   - Voluntary organisation networks, including Woking Neighbourhood Watch, "
                "Residents Associations and Woking Street Angels.\n"
                "2. **Mainstream agency work.** Where the issue identified is the core "
                "responsibility of one of the partner agencies this will be dealt with through "
                "those particular agencies business processes. This includes the local "
                "authority's plans, relevant CCG plans, the Surrey Fire and Rescue Local Station "
                "Plan for Woking and the Local Policing Plan.\n"
                "3. **Support to victims.**\n"
                "   - To ensure that victims are at the heart of every investigation and that "
                "the Victim Code is applied in every case to promote confidence in crime "
                "reporting and every police response.\n"
                "   - Promote and encourage the use of the Community Trigger where victims of "
                "antisocial behaviour indicate they are not happy with any previous attempts to "
                "resolve the ASB. Ensure that opportunities are taken to raise awareness of this "
                "process through websites, events and campaigns such as ASB week.\n"
                "   - Promote the use of the online reporting of antisocial behaviour via Woking "
                "Borough Council's website by using existing networks such as Neighbourhood "
                "Watch and social media.\n\n"
                "### Delivery and Review Mechanism\n\n"
                "The Safer Woking Partnership has established delivery mechanisms through a "
                "series of multi agency problem solving groups, such as CHaRMM and JAG (as "
                "detailed above). Delivery is monitored through regular meetings, as set out "
                "above, and will be reported to the Safer Woking Partnership through the "
                "Community Safety Task Group and Joint Committee.\n\n"
                "### Communication\n\n"
                "The partnership needs to ensure that local residents feel well informed about "
                "the steps being taken to deal with the priority issues. This will be done via "
                "media coverage (local paper, the Woking Magazine, local radio), awareness "
                "campaigns such as Domestic Abuse Awareness Week (June 2020), through existing "
                "Woking Neighbourhood Watch and Residents Associations communication, emails, "
                "newsletters and social media etc.\n\n"
                "### Funding\n\n"
                "A small amount of funding is provided by some of the local partners into a "
                "joint fund to support the priorities contained within this plan, otherwise work "
                "is supported by core funding from the various partner organisations. In "
                "addition funding bids are made, for example to the Police and Crime "
                "Commissioner's grant scheme."
            ),
            "strategic_assessment": "woking-strategic-assessment-2021",
            "priorities": [
                {
                    "key": "woking-asb",
                    "title": "Antisocial behaviour (ASB)",
                    "description": (
                        "Anti-Social Behaviour includes identifying and supporting victims and "
                        "addressing key hotspot locations and problem individuals."
                    ),
                    "themes": [
                        "anti-social-behaviour",
                    ],
                    "delivery_areas": [
                        {
                            "key": "woking-asb-victims",
                            "title": (
                                "Identify and support repeat and vulnerable victims of ASB and "
                                "tackle the antisocial behaviour of individuals and families "
                                "through the CHaRMM process and the Family Support Programme "
                                "(FSP)"
                            ),
                            "themes": [
                                "anti-social-behaviour",
                            ],
                        },
                        {
                            "key": "woking-asb-hotspots",
                            "title": (
                                "Identify and address hotspot locations of ASB, particularly "
                                "repeat locations, reported and actioned as appropriate through "
                                "the JAG process and, if involving Serious and Organised Crime "
                                "(SOC), through the SOC JAG"
                            ),
                            "themes": [
                                "anti-social-behaviour",
                                "serious-organised-crime",
                            ],
                        },
                        {
                            "key": "woking-asb-problem-premises",
                            "title": (
                                "To ensure a consistent and swift response to problem premises "
                                "through Closure Orders and the rehousing of the vulnerable"
                            ),
                            "themes": [
                                "anti-social-behaviour",
                            ],
                        },
                        {
                            "key": "woking-asb-public-spaces",
                            "title": (
                                "To safeguard public spaces through the removal of disorder by "
                                "appropriate use of Dispersal Orders and PSPOs"
                            ),
                            "themes": [
                                "anti-social-behaviour",
                            ],
                        },
                    ],
                },
                {
                    "key": "woking-crime",
                    "title": "Crime",
                    "description": (
                        "Crime targeting residential burglary, domestic abuse, child "
                        "exploitation (a national and local priority), hate crime and serious "
                        "organised crime, while supporting victims appropriately."
                    ),
                    "themes": [
                        "burglary-and-vehicle-crime",
                        "domestic-abuse",
                        "exploitation",
                        "hate-crime",
                        "serious-organised-crime",
                    ],
                    "delivery_areas": [
                        {
                            "key": "woking-crime-burglary",
                            "title": (
                                "Targeting awareness around crime prevention for residential "
                                "burglary"
                            ),
                            "themes": [
                                "burglary-and-vehicle-crime",
                            ],
                        },
                        {
                            "key": "woking-crime-da-county-priority",
                            "title": (
                                "Tackling domestic abuse is a key priority recognised county wide"
                            ),
                            "themes": [
                                "domestic-abuse",
                            ],
                        },
                        {
                            "key": "woking-crime-da-awareness",
                            "title": (
                                "Raise awareness of domestic abuse, how to report it and how to "
                                "get support"
                            ),
                            "themes": [
                                "domestic-abuse",
                            ],
                        },
                        {
                            "key": "woking-crime-da-your-sanctuary",
                            "title": (
                                "Work with our local specialist domestic abuse service, Your "
                                "Sanctuary, in the provision of support to survivors of domestic "
                                "abuse living in our community"
                            ),
                            "themes": [
                                "domestic-abuse",
                            ],
                        },
                        {
                            "key": "woking-crime-da-strategy",
                            "title": (
                                "Work with the Domestic Abuse Management Board to implement the "
                                "Surrey Domestic Abuse Strategy and support local and county "
                                "wide campaigns"
                            ),
                            "themes": [
                                "domestic-abuse",
                            ],
                        },
                        {
                            "key": "woking-crime-soc",
                            "title": (
                                "Promote partnership resilience and awareness of Serious and "
                                "Organised Crime, including County Lines, Cuckooing, Child "
                                "Exploitation (Criminal and Sexual), Modern Slavery, fraud and "
                                "Organised Crime Groups through partnership and "
                                "community/business training and joint responses to local "
                                "problems, such as the Risk Management Meeting (RMM)"
                            ),
                            "description": (
                                "### Child Exploitation\n\n"
                                "Types of Child Exploitation include; Child Criminal "
                                "Exploitation (CCE) and Child Sexual Exploitation (CSE).\n\n"
                                "Child Criminal Exploitation occurs where an individual or group "
                                "takes advantage of an imbalance of power to coerce, control, "
                                "manipulate or deceive a child or young person under the age of "
                                "18 into any criminal activity in exchange for something the "
                                "victim needs or wants; For the financial or other advantage of "
                                "the perpetrator or facilitator; through violence or the threat "
                                "of violence.\n\n"
                                "Child Sexual Exploitation (CSE) is a form of abuse which "
                                "involves children under 18, male and female, of different "
                                "ethnic origins and of different ages, receiving something, "
                                "usually food, drugs, alcohol, cigarettes, gifts and/or money, "
                                "in exchange for sexual activity. It can occur through the use "
                                "of technology without the child's immediate recognition, for "
                                "example, being persuaded to post images on the internet or "
                                "mobile phone without immediate payment or reward. Child Sexual "
                                "Exploitation involves children bring groomed into a "
                                "relationship where they are forced or coerced into sexual "
                                "activity in return for something and it can occur on the "
                                "internet without the child's immediate recognition are common. "
                                "Involvement in exploitative relationships is characterised by "
                                "the child's or young person's limited availability of choice as "
                                "a result of their social, economic and emotional vulnerability. "
                                "A common feature of CSE is that the child or young person does "
                                "not recognise the coercive nature of the relationship and does "
                                "not see themselves as a victim of exploitation.\n\n"
                                "Surrey Safeguarding Children's Board has produced Child Sexual "
                                "Exploitation leaflets for children signposting them to "
                                "www.surreycc.gov.uk/cse for support and advice and there are "
                                "posters for children and parents.\n\n"
                                "There are weekly Risk Management Meetings to discuss those "
                                "children that have been identified at risk and to ensure that "
                                "appropriate safeguarding measures are put in place to protect "
                                "the child.\n\n"
                                "Child Sexual Exploitation is a hidden crime, victims are often "
                                "too afraid to come forward and do not always see themselves as "
                                "a victim of crime. Therefore it is essential that partners work "
                                "together to try and prevent this abuse.\n\n"
                                "The Partnership needs to educate everyone, professionals and "
                                "members of the public, on what Child Sexual Exploitation is, "
                                "the risk indicators and warning signs in order to protect "
                                "children by spotting it and reporting it. Children and young "
                                "people also need educating to ensure they know what a healthy "
                                "relationship looks like and what exploitative behaviour looks "
                                "like.\n\n"
                                "### Serious Organised Crime\n\n"
                                "Serious Organised Crime (SOC) costs the UK at least £24 billion "
                                "per year. It is estimated that there are approximately 5,800 "
                                "active Organised Crime Groups (OCGs) operating in the UK, "
                                "comprising about 39,000 people. SOC overlaps with many other "
                                "issues, because it largely describes a mode of operating, "
                                "rather than a particular offence. For example, OCGs can be "
                                "actively engaged with facilitating modern slavery or CCE. OCGs "
                                "in Surrey are mainly associated with drugs criminality, "
                                "specifically drugs supply, but are also engaged in the "
                                "following:\n\n"
                                "- counterfeit goods\n"
                                "- Child Criminal Exploitation (CCE)\n"
                                "- cyber-crime (ransomware, software support scams, phishing)\n"
                                "- large scale high volume fraud/financial crimes\n"
                                "- modern slavery (car washes, nail bars, construction workers, "
                                "farm workers, restaurant staff)\n"
                                "- organised acquisitive crime\n"
                                "- organised illegal immigration\n"
                                "- trafficking people and firearms\n\n"
                                "Communities vulnerable to SOC may include (but are not limited "
                                "to):\n\n"
                                "- looked after children and children at risk of CCE\n"
                                "- new communities\n"
                                "- prolific drug and alcohol users\n"
                                "- vulnerable and elderly adults"
                            ),
                            "themes": [
                                "serious-organised-crime",
                                "exploitation",
                                "fraud",
                            ],
                        },
                        {
                            "key": "woking-crime-hate-crime",
                            "title": (
                                "Tackle and raise awareness of Hate Crime across the Borough and "
                                "build up community confidence in reporting incidents"
                            ),
                            "description": (
                                "### Hate Crime\n\n"
                                "Hate crimes are crimes committed against someone because of "
                                "their disability, gender-identity, religion or belief or sexual "
                                "orientation. It covers a wide range of crime types and often is "
                                "committed against vulnerable members of the community who for a "
                                "wide variety of reasons do not report them. The partnership "
                                "will look to scope what type of incidents take place in the "
                                "Borough, working with organisations and voluntary groups that "
                                "support victims of hate crime to do this. The partners will "
                                "also look to educate everyone about hate crime to highlight the "
                                "issues, build up confidence in the community to report "
                                "incidents of hate crime, look at how to reduce incidents and "
                                "support victims."
                            ),
                            "themes": [
                                "hate-crime",
                            ],
                        },
                        {
                            "key": "woking-crime-safeguarding-victims",
                            "title": (
                                "Work with Partners to ensure that victims, where appropriate, "
                                "receive a multi agency approach to safeguarding"
                            ),
                            "themes": [],
                        },
                    ],
                },
                {
                    "key": "woking-drugs-and-alcohol",
                    "title": "Drugs and Alcohol",
                    "description": (
                        "Drugs and Alcohol addressing the priorities contained in the Surrey "
                        "Substance Misuse Strategy.\n\n"
                        "### Substance misuse: Drugs and Alcohol\n\n"
                        "Addressing the harm caused by alcohol and substance misuse on "
                        "individuals, families and communities remains a priority for Woking. We "
                        "will be supporting the objectives of the County's Drugs and Alcohol "
                        "strategies with a particular focus on:\n\n"
                        "- Prevention and education\n"
                        "- Early identification and referrals into specialist treatment "
                        "services\n"
                        "- Safer communities\n"
                        "- Support to local treatment providers in enabling and sustaining "
                        "recovery among clients\n\n"
                        "Locally work in Woking is ongoing through the JAG, SOC JAG and CHaRMM "
                        "where appropriate."
                    ),
                    "themes": [
                        "drugs-and-alcohol",
                    ],
                    "delivery_areas": [
                        {
                            "key": "woking-drugs-health-and-wellbeing",
                            "title": (
                                "Support appropriate partnership work that will assist with the "
                                "implementation of the Woking Health and Wellbeing Strategy and "
                                "Action Plan"
                            ),
                            "themes": [],
                        },
                        {
                            "key": "woking-drugs-town-centre",
                            "title": (
                                "Development and implementation of suitable activity to tackle "
                                "issues of concern in the town centre, particularly around the "
                                "night time economy, which includes supporting the Chertsey Road "
                                "road closures, town centre dispersal orders and Woking Street "
                                "Angels"
                            ),
                            "themes": [
                                "drugs-and-alcohol",
                                "anti-social-behaviour",
                            ],
                        },
                        {
                            "key": "woking-drugs-substance-misuse-strategy",
                            "title": (
                                "Support the local implementation of the Surrey Substance Misuse "
                                "Strategy"
                            ),
                            "themes": [
                                "drugs-and-alcohol",
                            ],
                        },
                        {
                            "key": "woking-drugs-local-operations",
                            "title": (
                                "Tackle local issues through local operations, including test "
                                "purchasing and licencing reviews"
                            ),
                            "themes": [
                                "drugs-and-alcohol",
                            ],
                        },
                        {
                            "key": "woking-drugs-supply",
                            "title": (
                                "Partnership support to proactive Police led operations to "
                                "tackle drug supply and exploitation of the vulnerable"
                            ),
                            "themes": [
                                "drugs-and-alcohol",
                                "exploitation",
                            ],
                        },
                    ],
                },
                {
                    "key": "woking-preventing-violent-extremism",
                    "title": "Preventing violent extremism",
                    "description": (
                        "Preventing Violent Extremism awareness raising and training for "
                        "frontline staff.\n\n"
                        "### Preventing Violent Extremism\n\n"
                        "The Government's Prevent strategy aims to challenge the ideology that "
                        "supports terrorism and those who promote it, protect vulnerable people "
                        "from being drawn into terrorist-related activity and to support sectors "
                        "and institutions where there are risks of radicalisation.\n\n"
                        "Surrey Police has a team of Prevent Officers who work with the public "
                        "and partner agencies to prevent terrorism and violent extremism from "
                        "taking root in our communities. These officers aim to safeguard "
                        "individuals and institutions from all forms of terrorist ideology and "
                        "work closely with partner agencies such as local authorities, schools, "
                        "universities and health institutions, to ensure communities in Surrey "
                        "are well placed to report and respond to terrorist related concerns.\n\n"
                        "The Counter Terrorism and Security Act 2015 requires all partners to "
                        "consider local implementation and each agency develops its own annual "
                        "action plan."
                    ),
                    "themes": [
                        "violent-extremism",
                    ],
                    "delivery_areas": [
                        {
                            "key": "woking-pve-prevent-plans",
                            "title": (
                                "Work together on the implementation of relevant aspects of "
                                "local agency Prevent plans"
                            ),
                            "themes": [
                                "violent-extremism",
                            ],
                        },
                    ],
                },
                {
                    "key": "woking-reducing-reoffending",
                    "title": "Reducing reoffending",
                    "description": (
                        "Reducing Reoffending focusing on the support and development of the "
                        "current multiagency approaches with suitable interventions targeted at "
                        "the most prolific offenders."
                    ),
                    "themes": [
                        "reoffending",
                    ],
                    "delivery_areas": [
                        {
                            "key": "woking-reoffending-sentences",
                            "title": (
                                "To work in partnership in assessing, managing and implementing "
                                "Court sentences for those convicted offenders who have the "
                                "greatest impact on the community in Woking through MARAC, "
                                "Integrated Offender Management (IOM) and MAPPA"
                            ),
                            "themes": [
                                "reoffending",
                            ],
                        },
                        {
                            "key": "woking-reoffending-iom-pilot",
                            "title": (
                                "To support, evaluate and implement the learning (once "
                                "available) from the North Surrey IOM pilot being led by Surrey "
                                "Police in the West Surrey area"
                            ),
                            "themes": [
                                "reoffending",
                            ],
                        },
                        {
                            "key": "woking-reoffending-charmm",
                            "title": (
                                "To contribute to the assessment and action planning of "
                                "offenders who present a detrimental impact upon the community "
                                "in Woking via the CHaRMM process"
                            ),
                            "themes": [
                                "reoffending",
                            ],
                        },
                        {
                            "key": "woking-reoffending-womens-support-centre",
                            "title": (
                                "To continue to support the work of the Women's Support Centre "
                                "Surrey"
                            ),
                            "themes": [
                                "reoffending",
                            ],
                        },
                        {
                            "key": "woking-reoffending-young-adults",
                            "title": (
                                "To work with Surrey Family Support Service in successfully "
                                "managing the transition of young adult offenders into the adult "
                                "Probation system"
                            ),
                            "themes": [
                                "reoffending",
                            ],
                        },
                        {
                            "key": "woking-reoffending-treatment-pathway",
                            "title": (
                                "To support and monitor Woking offenders in accessing and "
                                "engaging with the treatment pathway for drug and alcohol misuse"
                            ),
                            "themes": [
                                "reoffending",
                                "drugs-and-alcohol",
                            ],
                        },
                        {
                            "key": "woking-reoffending-forensic-mental-health",
                            "title": (
                                "To work in partnership with the Community Forensic Mental "
                                "Health Service in identifying personality disordered offenders "
                                "and accessing appropriate intervention"
                            ),
                            "themes": [
                                "reoffending",
                            ],
                        },
                    ],
                },
            ],
            "actions": [
                {
                    "priority": "woking-asb",
                    "delivery_area": "woking-asb-public-spaces",
                    "area": "Anti social behaviour",
                    "year": 2021,
                    "delivery": "PSPO Town Centre consideration and consultation",
                },
                {
                    "priority": "woking-asb",
                    "delivery_area": "woking-asb-hotspots",
                    "area": "Anti social behaviour",
                    "year": 2021,
                    "delivery": "Quarterly partnership ASB locations and themes reporting at JAG",
                },
                {
                    "priority": "woking-asb",
                    "area": "Anti social behaviour",
                    "year": 2021,
                    "delivery": "Partnership ASB week w/c 21st June 2021",
                    "due_on": "2021-06-21",
                },
                {
                    "priority": "woking-asb",
                    "area": "Anti social behaviour",
                    "year": 2021,
                    "delivery": "Establish schools package for circulation to schools",
                },
                {
                    "priority": "woking-asb",
                    "area": "Anti social behaviour",
                    "year": 2021,
                    "delivery": (
                        "Engagement to Woking community in understanding ASB and tools used to "
                        "tackle it:\n\n"
                        "- WBC ASB officer blog\n"
                        "- Article in Woking magazine focusing on ASB\n"
                        "- Celebrating success in ASB\n"
                        "- Partnership ASB online Q&A"
                    ),
                },
                {
                    "priority": "woking-crime",
                    "delivery_area": "woking-crime-burglary",
                    "area": "Residential Burglary",
                    "year": 2021,
                    "delivery": "Education of partners",
                },
                {
                    "priority": "woking-crime",
                    "area": "Domestic Violence",
                    "year": 2021,
                    "delivery": "DA awareness week and White Ribbon campaign",
                },
                {
                    "priority": "woking-crime",
                    "delivery_area": "woking-crime-hate-crime",
                    "area": "Hate Crime",
                    "year": 2021,
                    "delivery": (
                        "Support Hate crime awareness week 9th-16th October 2021, including case "
                        "study"
                    ),
                    "due_on": "2021-10-09",
                },
                {
                    "priority": "woking-crime",
                    "delivery_area": "woking-crime-soc",
                    "area": "Serious and Organised Crime (SOC)",
                    "year": 2021,
                    "delivery": "Support the county lines intensification weeks",
                },
                {
                    "priority": "woking-crime",
                    "delivery_area": "woking-crime-soc",
                    "area": "Serious and Organised Crime (SOC)",
                    "year": 2021,
                    "delivery": (
                        'Promote awareness of "cuckooing" and how to identify it. Encouraging '
                        "submission of partnership intelligence forms."
                    ),
                },
                {
                    "priority": "woking-drugs-and-alcohol",
                    "delivery_area": "woking-drugs-substance-misuse-strategy",
                    "area": "Drugs and alcohol",
                    "year": 2021,
                    "delivery": "Support Surrey Substance Misuse Strategy",
                },
                {
                    "priority": "woking-drugs-and-alcohol",
                    "area": "Drugs and alcohol",
                    "year": 2021,
                    "delivery": (
                        "Support current licensing initiatives, such as Pubwatch and Best Bar None"
                    ),
                },
                {
                    "priority": "woking-drugs-and-alcohol",
                    "delivery_area": "woking-drugs-local-operations",
                    "area": "Drugs and alcohol",
                    "year": 2021,
                    "delivery": "Continue with Test Purchasing operations locally",
                },
                {
                    "priority": "woking-drugs-and-alcohol",
                    "area": "Drugs and alcohol",
                    "year": 2021,
                    "delivery": "Drug prevention",
                },
                {
                    "priority": "woking-preventing-violent-extremism",
                    "area": "Preventing Violent Extremism",
                    "year": 2021,
                    "delivery": "Awareness raising and information sharing",
                },
                {
                    "priority": "woking-preventing-violent-extremism",
                    "area": "Preventing Violent Extremism",
                    "year": 2021,
                    "delivery": "Monitoring for future training opportunities",
                },
                {
                    "priority": "woking-reducing-reoffending",
                    "area": "Reducing Reoffending",
                    "year": 2021,
                    "delivery": "Scoping of partnership prevention visits of top offenders",
                },
                {
                    "priority": "woking-reducing-reoffending",
                    "delivery_area": "woking-reoffending-womens-support-centre",
                    "area": "Reducing Reoffending",
                    "year": 2021,
                    "delivery": "Promotion of the Women's Support Centre",
                },
                {
                    "priority": "woking-reducing-reoffending",
                    "area": "Reducing Reoffending",
                    "year": 2021,
                    "delivery": (
                        "Engagement highlighting positive cases of targeting activity and top "
                        "offenders with a view of deterrence"
                    ),
                },
            ],
            "milestones": [
                {
                    "kind": "board_sign_off",
                    "title": (
                        "Draft plan approved in principle for publication, subject to scrutiny"
                    ),
                    "body": "Community Safety Task Group",
                    "actual_on": "2021-03-09",
                    "note": (
                        "The draft plan proposals were considered by the Community Safety Task "
                        "Group at its meeting on 9 March 2021 where it was approved in principle "
                        "for publication subject to scrutiny by the Overview and Scrutiny "
                        "Committee."
                    ),
                },
                {
                    "kind": "other",
                    "title": "Delegated approval of any minor amends after scrutiny",
                    "body": "Woking Joint Committee",
                    "note": (
                        "The Joint Committee agreed to delegate approval, in consultation with "
                        "the Chair of the Community Safety Task Group, to make any minor amends "
                        "as a result of scrutiny by the Overview and Scrutiny Committee so that "
                        "the Partnership Plan may be published as promptly as possible after "
                        "that meeting."
                    ),
                    "staff_note": "The paper does not give the date of this decision.",
                },
                {
                    "kind": "draft_circulated",
                    "title": (
                        "Report and draft plan published for the Overview and Scrutiny Committee"
                    ),
                    "body": "Woking Borough Council",
                    "actual_on": "2021-03-19",
                    "note": "Agenda Item 6; the draft plan is Appendix 1 to the report.",
                },
                {
                    "kind": "scrutiny",
                    "title": "Overview and Scrutiny Committee asked to endorse the plan",
                    "body": "Overview and Scrutiny Committee",
                    "planned_on": "2021-03-22",
                    "note": (
                        "Should the Overview and Scrutiny Committee have any significance issues "
                        "of concern, the matter will be referred back to the Community Safety "
                        "Task Group to consider prior to publication."
                    ),
                    "staff_note": "The outcome is not recorded in the paper.",
                },
                {
                    "kind": "publication",
                    "title": "Final plan published on the Woking Borough Council web site",
                    "body": "Woking Borough Council",
                    "note": (
                        "Following scrutiny by the Overview and Scrutiny Committee, as promptly "
                        "as possible after the meeting, unless there is a significant issue in "
                        "which case the matter will be referred back to the Community Safety "
                        "Task Group for further consideration. No date is given."
                    ),
                },
                {
                    "kind": "review",
                    "title": "Quarterly action plan reports",
                    "body": "Community Safety Task Group",
                    "note": (
                        "The implementation of the plan will be monitored by the Community "
                        "Safety Task Group of the Joint Committee with quarterly action plan "
                        "reports. The quarterly reports will continue to be circulated to all "
                        "borough and county members."
                    ),
                },
            ],
            "policy_links": [
                {
                    "kind": "legislation",
                    "title": "Crime and Disorder Act 1998",
                    "note": (
                        "Placed a new duty on the police and local authorities to work together "
                        "to develop and implement three year strategies to tackle crime and "
                        "disorder. The production of the strategic assessment and the "
                        "publication of the partnership plan fulfil some of its statutory "
                        "requirements."
                    ),
                },
                {
                    "kind": "legislation",
                    "title": "Police and Justice Act 2006",
                    "note": (
                        "Gave local authorities responsibility for considering crime and "
                        "disorder matters; scrutiny of the plan helps the Overview and Scrutiny "
                        "Committee meet section 20 (3) and (4). A background paper to the report "
                        "of 19 March 2021."
                    ),
                },
                {
                    "kind": "legislation",
                    "title": "Crime and Disorder (Overview and Scrutiny) Regulations 2009",
                    "note": (
                        "Scrutiny of the plan helps the Overview and Scrutiny Committee meet them."
                    ),
                },
                {
                    "kind": "national",
                    "title": "Guidance for the Scrutiny of Crime and Disorder Matters - England",
                    "note": "A background paper to the report of 19 March 2021.",
                },
                {
                    "kind": "legislation",
                    "title": "Police Reform and Social Responsibility Act 2011",
                    "note": (
                        "Introduced Police and Crime Commissioners, and the Police and Crime "
                        "Panel to scrutinise them."
                    ),
                },
                {
                    "kind": "legislation",
                    "title": "Counter Terrorism and Security Act 2015",
                    "note": (
                        "Requires all partners to consider local implementation and each agency "
                        "develops its own annual action plan."
                    ),
                },
                {
                    "kind": "legislation",
                    "title": "Domestic Abuse Bill",
                    "note": (
                        "It is hoped that the Domestic Abuse Bill will come into effect in 2021."
                    ),
                    "url": (
                        "https://www.gov.uk/government/publications/domestic-abuse-"
                        "consultation-response-and-draft-bill"
                    ),
                },
                {
                    "kind": "national",
                    "title": "Probation Reform Programme (Government White Paper, 2020)",
                    "note": (
                        "On 26 June 2021 a new National Probation Service will be established, "
                        "incorporating the previous CRCs into the one national service."
                    ),
                },
                {
                    "kind": "national",
                    "title": "Target Operating Model for probation services",
                    "note": (
                        "Guidance from Government. Its 'Effective partnership working design' "
                        "includes liaison with local forums such as the PCC and Community Safety "
                        "Partnerships to facilitate the statutory duty to consult local "
                        "communities about Community Payback plans, and ensuring that placements "
                        "are credible, demanding and of tangible benefit, with the ability for "
                        "local communities to nominate work placements."
                    ),
                },
                {
                    "kind": "national",
                    "title": "Prevent strategy",
                    "note": (
                        "The Government's Prevent strategy aims to challenge the ideology that "
                        "supports terrorism and those who promote it, protect vulnerable people "
                        "from being drawn into terrorist-related activity and to support sectors "
                        "and institutions where there are risks of radicalisation."
                    ),
                },
                {
                    "kind": "national",
                    "title": "Victim Code",
                    "note": "To be applied in every case (support to victims).",
                },
                {
                    "kind": "pcc_plan",
                    "title": "Police and Crime Plan for Surrey",
                    "note": "The plan and priorities of the PCC, David Munro (as at March 2021).",
                    "url": "https://www.surrey-pcc.gov.uk/plan/",
                },
                {
                    "kind": "regional",
                    "title": "Community Safety Agreement (Surrey)",
                    "note": (
                        "Developed and delivered by the Health and Wellbeing Board; sets out how "
                        "the responsible authorities will work together on shared priorities for "
                        "reducing crime and disorder. Vision agreed December 2020: protect our "
                        "most vulnerable from exploitation; protect our communities from harm; "
                        "empower communities to feel safe."
                    ),
                    "url": "https://www.surreycommunitysafety.org.uk/",
                },
                {
                    "kind": "regional",
                    "title": "Surrey Substance Misuse Strategy",
                    "note": (
                        "The Drugs and Alcohol priority addresses its priorities; the "
                        "partnership supports its local implementation (the County's Drugs and "
                        "Alcohol strategies)."
                    ),
                },
                {
                    "kind": "regional",
                    "title": "Surrey Domestic Abuse Strategy",
                    "note": (
                        "Implemented with the Domestic Abuse Management Board; the Domestic "
                        "Abuse Forum helps to deliver the county domestic abuse strategy at a "
                        "local level."
                    ),
                },
                {
                    "kind": "local",
                    "title": "Woking Health and Wellbeing Strategy and Action Plan",
                    "note": (
                        "The Drugs and Alcohol priority supports partnership work on its "
                        "implementation."
                    ),
                },
                {
                    "kind": "local",
                    "title": "Health and Wellbeing Action Plan of the Woking Joint Committee",
                    "note": "One of the partnership's established delivery mechanisms.",
                },
                {
                    "kind": "local",
                    "title": "Woking Integrated Youth Strategy and Action Plan",
                    "note": "One of the partnership's established delivery mechanisms.",
                },
                {
                    "kind": "local",
                    "title": "Local agency Prevent plans",
                    "note": "Partners work together on the implementation of relevant aspects.",
                },
                {
                    "kind": "local",
                    "title": "Surrey Fire and Rescue Local Station Plan for Woking",
                    "note": "Mainstream agency work.",
                },
                {
                    "kind": "local",
                    "title": "Local Policing Plan",
                    "note": "Mainstream agency work.",
                },
            ],
            "documents": [
                {
                    "title": (
                        "Safer Woking Partnership Plan: report to the Overview and Scrutiny "
                        "Committee, 22 March 2021"
                    ),
                    "kind": "committee_report",
                    "dated": "2021-03-19",
                    "description": (
                        "Agenda Item 6. This report provides the Overview and Scrutiny Committee "
                        "with the opportunity to scrutinise the draft Safer Woking Partnership "
                        "Plan 2021-24 (Appendix 1). Reporting and contact person: Camille "
                        "Edmiston, Community Safety Manager; email as printed "
                        "camilla.edmiston@woking.gov.uk, Extn: 3080.\n\n"
                        "Background papers: Overview and Scrutiny Committee 25 March 2019, 26 "
                        "March 2018, 27 March 2017, 4 April 2016, 23 March 2015, 31 March 2014, "
                        "25 March 2013, 19 March 2012, 21 March 2011, 6 December 2010 and 29 "
                        "March 2010; Safer Woking Partnership Plan 2019-2022; Police and Justice "
                        "Act 2006; Guidance for the Scrutiny of Crime and Disorder Matters - "
                        "England; Sustainability Impact Assessment; Equalities Impact Assessment."
                    ),
                    "staff_note": 'The paper spells the name "Camille" and the email "camilla".',
                },
                {
                    "title": "Sustainability Impact Assessment",
                    "kind": "other",
                    "description": (
                        "A background paper to the report of 19 March 2021, which states that "
                        "there are no sustainability implications."
                    ),
                },
                {
                    "title": "Equalities Impact Assessment",
                    "kind": "eia",
                    "description": (
                        "A background paper to the report of 19 March 2021, which states that "
                        "there are no equalities implications."
                    ),
                },
            ],
            "scrutiny_reviews": [
                {
                    "committee": "Overview and Scrutiny Committee",
                    "meeting_on": "2021-03-22",
                    "purpose": (
                        "To scrutinise the draft Safer Woking Partnership Plan 2021-24 and "
                        "either endorse the plan, or if there is a significant area of concern "
                        "feedback such to the Community Safety Task Group for them to "
                        "re-consider prior to publishing. The Committee was requested to RESOLVE "
                        "that the Safer Woking Partnership Plan 2021-24 be endorsed; the "
                        "Committee has the authority to determine the recommendation."
                    ),
                    "staff_note": "The outcome is not recorded in the paper.",
                    "outcome": "not_recorded",
                    "report_author": "Camille Edmiston, Community Safety Manager",
                },
            ],
        },
    ],
    "subgroups": [
        {
            "name": "Joint Action Group",
            "acronym": "JAG",
            "slug": "jag",
            "kind": "delivery_mechanism",
            "overview": (
                "The Joint Action Group (JAG) is a multi agency problem solving group which "
                "deals with problem locations in the borough and meets every six or seven weeks. "
                "They consider issues including antisocial behaviour, rough sleeping and arson. "
                "Locally drugs and alcohol work is ongoing through the JAG where appropriate."
            ),
            "meeting_frequency": "Every six or seven weeks",
            "priorities": [
                "woking-asb",
                "woking-drugs-and-alcohol",
            ],
            "delivery_areas": [
                "woking-asb-hotspots",
            ],
        },
        {
            "name": "SOC Joint Action Group",
            "acronym": "SOC JAG",
            "slug": "soc-jag",
            "kind": "delivery_mechanism",
            "overview": (
                "A meeting that discusses problem areas related to Serious Organised Crime "
                "(SOC), such as County Lines, cuckooing, modern slavery and human trafficking. "
                "It meets every six or seven weeks before JAG. ASB hotspot locations involving "
                "SOC are reported and actioned through the SOC JAG; locally drugs and alcohol "
                "work is ongoing through it where appropriate."
            ),
            "meeting_frequency": "Every six or seven weeks, before JAG",
            "priorities": [
                "woking-asb",
                "woking-crime",
                "woking-drugs-and-alcohol",
            ],
            "delivery_areas": [
                "woking-asb-hotspots",
                "woking-crime-soc",
            ],
        },
        {
            "name": "Community Harm and Risk Management meeting",
            "acronym": "CHaRMM",
            "slug": "charmm",
            "kind": "panel",
            "overview": (
                "The Community Harm and Risk Management meeting (CHaRMM) is a multi agency "
                "problem solving group which supports victims and deals with problem individuals "
                "or families in the borough and meets on a monthly basis. It is used to support "
                "repeat and vulnerable victims of ASB, to tackle the antisocial behaviour of "
                "individuals and families, and for the assessment and action planning of "
                "offenders who present a detrimental impact upon the community in Woking; "
                "locally drugs and alcohol work is ongoing through it where appropriate."
            ),
            "meeting_frequency": "Monthly",
            "priorities": [
                "woking-asb",
                "woking-drugs-and-alcohol",
                "woking-reducing-reoffending",
            ],
            "delivery_areas": [
                "woking-asb-victims",
                "woking-reoffending-charmm",
            ],
        },
        {
            "name": "Prioritising Prevention for Young People",
            "acronym": "PPYP",
            "slug": "ppyp",
            "kind": "delivery_mechanism",
            "overview": (
                "Prioritising Prevention for Young People. This is a multi-agency approach to "
                "being pro-active regarding young people in Surrey that need help and support."
            ),
        },
        {
            "name": "Priority and Other Prolific Offenders Management Panel",
            "acronym": "PPOMP",
            "slug": "ppomp",
            "kind": "panel",
            "overview": (
                "Priority and Other Prolific Offenders Management Panel meets monthly, works "
                "with prolific offenders and fast tracks them through the Criminal Justice "
                "System."
            ),
            "meeting_frequency": "Monthly",
            "priorities": [
                "woking-reducing-reoffending",
            ],
        },
        {
            "name": "Multi agency Public Protection Agreement",
            "acronym": "MAPPA",
            "slug": "mappa",
            "kind": "panel",
            "overview": (
                "Multi agency Public Protection Agreement meets monthly and monitors dangerous "
                "individuals, including sex offenders. Convicted offenders who have the greatest "
                "impact on the community in Woking are assessed and managed through MAPPA, among "
                "others."
            ),
            "meeting_frequency": "Monthly",
            "priorities": [
                "woking-reducing-reoffending",
            ],
            "delivery_areas": [
                "woking-reoffending-sentences",
            ],
        },
        {
            "name": "Multi Agency Risk Assessment Conference",
            "acronym": "MARAC",
            "slug": "marac",
            "kind": "panel",
            "overview": (
                "Multi Agency Risk Assessment Conference where high risk domestic abuse cases "
                "are assessed and appropriate actions agreed on a monthly basis. Convicted "
                "offenders who have the greatest impact on the community in Woking are assessed "
                "and managed through MARAC, among others."
            ),
            "meeting_frequency": "Monthly",
            "priorities": [
                "woking-crime",
                "woking-reducing-reoffending",
            ],
            "delivery_areas": [
                "woking-reoffending-sentences",
            ],
        },
        {
            "name": "Risk Management Meeting",
            "acronym": "RMM",
            "slug": "rmm",
            "kind": "panel",
            "overview": (
                "Risk Management Meeting meets weekly to monitor and risk assess missing and "
                "exploited children: it discusses those children that have been identified at "
                "risk and ensures that appropriate safeguarding measures are put in place to "
                "protect the child. It is named in the Crime priority as a joint response to "
                "local problems of Serious and Organised Crime and child exploitation."
            ),
            "meeting_frequency": "Weekly",
            "priorities": [
                "woking-crime",
            ],
            "delivery_areas": [
                "woking-crime-soc",
            ],
        },
        {
            "name": "MOLT Intelligence Group",
            "acronym": "MOLT",
            "slug": "molt-intelligence-group",
            "kind": "delivery_mechanism",
            "overview": (
                "Mapping Offenders Locations and Trends: a new multi professional child "
                "exploitation intelligence meeting designed to safeguard children at risk of "
                "exploitation through sharing key intelligence around mapping offenders "
                "locations and trends that is specific to locality and perpetrator risk. It "
                "meets bi-monthly."
            ),
            "meeting_frequency": "Bi-monthly",
            "priorities": [
                "woking-crime",
            ],
            "delivery_areas": [
                "woking-crime-soc",
            ],
        },
        {
            "name": "Surrey Multi Agency Safeguarding Hub",
            "acronym": "MASH",
            "slug": "mash",
            "kind": "delivery_mechanism",
            "overview": (
                "The Surrey Multi Agency Safeguarding Hub (MASH) is the initial point of contact "
                "that aims to improve the safeguarding response for children and adults at risk "
                "of abuse or neglect through better information sharing and high-quality and "
                "timely responses."
            ),
        },
        {
            "name": "Domestic Abuse Forum",
            "slug": "domestic-abuse-forum",
            "kind": "delivery_mechanism",
            "overview": (
                "Domestic Abuse Forum is a multi-agency group that helps to deliver the county "
                "domestic abuse strategy at a local level."
            ),
            "priorities": [
                "woking-crime",
            ],
            "delivery_areas": [
                "woking-crime-da-strategy",
            ],
        },
        {
            "name": "Domestic Abuse Management Board",
            "slug": "domestic-abuse-management-board",
            "kind": "board",
            "overview": (
                "Domestic Abuse Management Board meets quarterly and oversees county wide "
                "domestic abuse work, including any campaigns. The partnership works with it to "
                "implement the Surrey Domestic Abuse Strategy and support local and county wide "
                "campaigns."
            ),
            "meeting_frequency": "Quarterly",
            "priorities": [
                "woking-crime",
            ],
            "delivery_areas": [
                "woking-crime-da-strategy",
            ],
        },
        {
            "name": "Licensing Tasking Meeting",
            "slug": "licensing-tasking-meeting",
            "kind": "delivery_mechanism",
            "overview": (
                "This group meets monthly and provides Surrey Police, Surrey County Council "
                "Trading Standards and Woking Borough Council the opportunity to discuss any "
                "concerns regarding licensed premises, agree actions and is used as the primary "
                "source for arranging joint agency enforcement work."
            ),
            "meeting_frequency": "Monthly",
            "members": [
                {
                    "name": "Surrey Police",
                    "organisation": "Surrey Police",
                },
                {
                    "name": "Surrey County Council Trading Standards",
                    "organisation": "Surrey County Council",
                },
                {
                    "name": "Woking Borough Council",
                    "organisation": "Woking Borough Council",
                },
            ],
            "priorities": [
                "woking-drugs-and-alcohol",
            ],
            "delivery_areas": [
                "woking-drugs-local-operations",
            ],
        },
        {
            "name": "Family Support Programme",
            "acronym": "FSP",
            "slug": "family-support-programme",
            "kind": "programme",
            "overview": (
                "The Family Support Programme is a programme of intensive support offered to the "
                "most vulnerable and/or chaotic families in the borough to help them achieve "
                "positive changes in their lives."
            ),
            "priorities": [
                "woking-asb",
            ],
            "delivery_areas": [
                "woking-asb-victims",
            ],
        },
        {
            "name": "Youth Engagement Scheme",
            "acronym": "YES",
            "slug": "youth-engagement-scheme",
            "kind": "programme",
            "overview": (
                "Youth Engagement Scheme (YES) run by Surrey Fire and Rescue Service, which is "
                "aimed at addressing anti-social behaviour, youth crime, low self esteem and low "
                "motivation for those aged 14-17."
            ),
            "run_by": "Surrey Fire and Rescue Service",
            "priorities": [
                "woking-asb",
            ],
        },
        {
            "name": "Firewise Scheme",
            "slug": "firewise-scheme",
            "kind": "programme",
            "overview": (
                "Firewise Scheme run by Surrey Fire and Rescue Service which offers counselling "
                "for juvenile fire setters."
            ),
            "run_by": "Surrey Fire and Rescue Service",
        },
    ],
    "scrutiny_reviews": [
        {
            "committee": "Overview and Scrutiny Committee",
            "meeting_on": "2019-03-25",
            "purpose": (
                "Meeting of 25 March 2019, listed as a background paper to the report of 19 "
                "March 2021 on the Safer Woking Partnership Plan."
            ),
            "staff_note": "The paper does not say what the Committee considered or decided.",
            "outcome": "not_recorded",
        },
        {
            "committee": "Overview and Scrutiny Committee",
            "meeting_on": "2018-03-26",
            "purpose": (
                "Meeting of 26 March 2018, listed as a background paper to the report of 19 "
                "March 2021 on the Safer Woking Partnership Plan."
            ),
            "staff_note": "The paper does not say what the Committee considered or decided.",
            "outcome": "not_recorded",
        },
        {
            "committee": "Overview and Scrutiny Committee",
            "meeting_on": "2017-03-27",
            "purpose": (
                "Meeting of 27 March 2017, listed as a background paper to the report of 19 "
                "March 2021 on the Safer Woking Partnership Plan."
            ),
            "staff_note": "The paper does not say what the Committee considered or decided.",
            "outcome": "not_recorded",
        },
        {
            "committee": "Overview and Scrutiny Committee",
            "meeting_on": "2016-04-04",
            "purpose": (
                "Meeting of 4 April 2016, listed as a background paper to the report of 19 March "
                "2021 on the Safer Woking Partnership Plan."
            ),
            "staff_note": "The paper does not say what the Committee considered or decided.",
            "outcome": "not_recorded",
        },
        {
            "committee": "Overview and Scrutiny Committee",
            "meeting_on": "2015-03-23",
            "purpose": (
                "Meeting of 23 March 2015, listed as a background paper to the report of 19 "
                "March 2021 on the Safer Woking Partnership Plan."
            ),
            "staff_note": "The paper does not say what the Committee considered or decided.",
            "outcome": "not_recorded",
        },
        {
            "committee": "Overview and Scrutiny Committee",
            "meeting_on": "2014-03-31",
            "purpose": (
                "Meeting of 31 March 2014, listed as a background paper to the report of 19 "
                "March 2021 on the Safer Woking Partnership Plan."
            ),
            "staff_note": "The paper does not say what the Committee considered or decided.",
            "outcome": "not_recorded",
        },
        {
            "committee": "Overview and Scrutiny Committee",
            "meeting_on": "2013-03-25",
            "purpose": (
                "Meeting of 25 March 2013, listed as a background paper to the report of 19 "
                "March 2021 on the Safer Woking Partnership Plan."
            ),
            "staff_note": "The paper does not say what the Committee considered or decided.",
            "outcome": "not_recorded",
        },
        {
            "committee": "Overview and Scrutiny Committee",
            "meeting_on": "2012-03-19",
            "purpose": (
                "Meeting of 19 March 2012, listed as a background paper to the report of 19 "
                "March 2021 on the Safer Woking Partnership Plan."
            ),
            "staff_note": "The paper does not say what the Committee considered or decided.",
            "outcome": "not_recorded",
        },
        {
            "committee": "Overview and Scrutiny Committee",
            "meeting_on": "2011-03-21",
            "purpose": (
                "Meeting of 21 March 2011, listed as a background paper to the report of 19 "
                "March 2021 on the Safer Woking Partnership Plan."
            ),
            "staff_note": "The paper does not say what the Committee considered or decided.",
            "outcome": "not_recorded",
        },
        {
            "committee": "Overview and Scrutiny Committee",
            "meeting_on": "2010-12-06",
            "purpose": (
                "To consider a report on a suggested scrutiny agreement (Police and Justice Act "
                "2006). Listed as a background paper to the report of 19 March 2021."
            ),
            "outcome": "endorsed",
            "recommendations": (
                "The Committee agreed a recommendation in the report: each new Safer Woking "
                "Partnership Plan would be brought annually to the Overview and Scrutiny "
                "Committee for appropriate scrutiny."
            ),
        },
        {
            "committee": "Overview and Scrutiny Committee",
            "meeting_on": "2010-03-29",
            "purpose": (
                "Meeting of 29 March 2010, listed as a background paper to the report of 19 "
                "March 2021 on the Safer Woking Partnership Plan."
            ),
            "staff_note": "The paper does not say what the Committee considered or decided.",
            "outcome": "not_recorded",
        },
    ],
}
