"""Royal Borough of Windsor and Maidenhead Community Safety Partnership.

Source: Royal Borough of Windsor and Maidenhead, briefing note "Community Safety Partnership
Update" for the Communities Overview & Scrutiny Panel, 9 November 2021 (responsible officers
David Scott, Andy Aldridge and Mandy Mann; senior leader sponsor Councillor David Cannon).
The paper holds no published strategy: the CSP plan to 2021-24 is being refreshed.
"""

AFC = "Achieving for Children"
RBWM = "Royal Borough of Windsor and Maidenhead"
NPS = "National Probation Service"
CCG = "Clinical Commissioning Group (Windsor and Maidenhead)"
RBFRS = "Royal Berkshire Fire and Rescue Service"
TVP = "Thames Valley Police"
HS = "Housing Solutions"
BHFT = "Berkshire Healthcare NHS Foundation Trust"
SCAS = "South Central Ambulance Service NHS Foundation Trust"
PCC = "Thames Valley Police and Crime Commissioner"
SP = "Safeguarding Partnership (Windsor and Maidenhead)"
RES = "Resilience (Windsor and Maidenhead)"
PC = "Primary Care (Windsor and Maidenhead)"
IAG = "Local Police Independent Advisory Group (Windsor and Maidenhead)"
VCS = "Voluntary and Community Sector (Windsor and Maidenhead)"

WORK_STREAM = (
    "One of a series of work streams to tackle and reduce violence that RBWM has developed, "
    "as part of its preparation for the new Serious Violence Duty and in partnership with "
    "the other eight upper tier local authorities in the Thames Valley Police force area."
)

PANEL = "Communities Overview & Scrutiny Panel"


def _listed_as(wording: str, more: str = "") -> str:
    text = f"Listed in RBWM CSP's membership (briefing note of 9 November 2021) as '{wording}'."
    return f"{text} {more}" if more else text


DATA = {
    "partnership": {
        "name": "Royal Borough of Windsor and Maidenhead Community Safety Partnership",
        "slug": "windsor-and-maidenhead",
        "area": "Royal Borough of Windsor and Maidenhead",
        "nation": "england",
        "description": (
            "The Royal Borough's Community Safety Partnership (CSP) is comprised of agencies "
            "including the Police, health, fire and rescue service, other council delivered "
            "services and key external stakeholders delivering interventions for residents, "
            "businesses and visitors across the borough.\n\n"
            "The purpose of the Community Safety Partnership (CSP) is to deliver safer "
            "communities as set out in the Crime and Disorder Act 1998 and subsequent relevant "
            "legislation. In doing this, the partnership will co-ordinate community safety "
            "activity in the Royal Borough at a strategic level; to reduce crime and the fear "
            "of crime and to improve the quality of life of residents.\n\n"
            "This activity goes far wider than just policing and is about ensuring all "
            "agencies work closely together to safeguard and put residents first; striving to "
            "promote stronger communities in partnership with local stakeholders; aiming to "
            "keep crime and anti-social behaviour levels low and public confidence high.\n\n"
            "To achieve these strategic aims, key stakeholders from across a range of partners "
            "including blue light services, statutory agencies and other non-statutory bodies "
            "work together to share intelligence and identify any key areas of need. The CSP "
            "board will then develop interventions to problem-solve and address any key needs "
            "identified; utilising and allocating the funding afforded to it by the Office of "
            "the Police and Crime Commissioner (OPCC).\n\n"
            "The CSP deliver a suite of interventions each year to address the needs "
            "identified and agreed upon by all stakeholders. These interventions are funded "
            "wholly or in-part through a bidding process in conjunction with the Office of the "
            "Police & Crime Commissioner (PCC).\n\n"
            "The terms of reference for the CSP were updated and refreshed in 2019. The CSP "
            "board are considering further updates at the November 2021 meeting to reflect "
            "new legislation that has been passed or is currently going through Parliament."
        ),
        "board_name": "CSP board",
        "board_meets": "Quarterly",
    },
    "organisations": [
        {
            "name": AFC,
            "kind": "other",
            "notes": _listed_as("Achieving for Children"),
        },
        {
            "name": RBWM,
            "short_name": "RBWM",
            "kind": "local_authority",
            "notes": _listed_as("Royal Borough"),
        },
        {"name": NPS, "kind": "probation"},
        {
            "name": CCG,
            "short_name": "CCG",
            "kind": "health",
            "notes": _listed_as("CCG", "The paper does not name the Clinical Commissioning Group."),
        },
        {"name": RBFRS, "short_name": "RBFRS", "kind": "fire_and_rescue"},
        {"name": TVP, "kind": "police"},
        {
            "name": HS,
            "kind": "housing",
            "notes": _listed_as("Housing Solutions", "The paper says no more about it."),
        },
        {
            "name": BHFT,
            "short_name": "BHFT",
            "kind": "health",
            "notes": _listed_as("BHFT"),
        },
        {
            "name": SCAS,
            "short_name": "SCAS",
            "kind": "health",
            "notes": _listed_as("SCAS"),
        },
        {"name": PCC, "short_name": "OPCC", "kind": "pcc"},
        {
            "name": SP,
            "kind": "other",
            "notes": _listed_as(
                "Safeguarding Partnership",
                "The paper also refers to a combined Adults and Children's Safeguarding Board.",
            ),
        },
        {
            "name": RES,
            "kind": "other",
            "notes": _listed_as("Resilience", "The paper says no more about it."),
        },
        {
            "name": PC,
            "kind": "health",
            "notes": _listed_as("Primary Care"),
        },
        {
            "name": IAG,
            "kind": "other",
            "notes": _listed_as("Local Police Independent Advisory Group"),
        },
        {
            "name": VCS,
            "kind": "voluntary",
            "notes": _listed_as("Voluntary and Community Sector representative"),
        },
    ],
    "councils": [RBWM],
    "memberships": [
        {"organisation": AFC, "role": "other_member", "representative": "Achieving for Children"},
        {"organisation": RBWM, "role": "responsible_authority", "representative": "Royal Borough"},
        {"organisation": NPS, "role": "responsible_authority", "representative": "Probation"},
        {"organisation": CCG, "role": "responsible_authority", "representative": "CCG"},
        {"organisation": RBFRS, "role": "responsible_authority", "representative": "RBFRS"},
        {
            "organisation": TVP,
            "role": "responsible_authority",
            "representative": "Thames Valley Police",
        },
        {"organisation": HS, "role": "other_member", "representative": "Housing Solutions"},
        {"organisation": BHFT, "role": "other_member", "representative": "BHFT"},
        {"organisation": SCAS, "role": "other_member", "representative": "SCAS"},
        {
            "organisation": PCC,
            "role": "co_operating_body",
            "representative": "Office of the Police Crime Commissioner",
        },
        {"organisation": SP, "role": "other_member", "representative": "Safeguarding Partnership"},
        {"organisation": RES, "role": "other_member", "representative": "Resilience"},
        {"organisation": PC, "role": "other_member", "representative": "Primary Care"},
        {
            "organisation": IAG,
            "role": "other_member",
            "representative": "Local Police Independent Advisory Group",
        },
        {
            "organisation": VCS,
            "role": "other_member",
            "representative": "Voluntary and Community Sector representative",
        },
    ],
    "contacts": [
        {
            "name": "David Scott",
            "role": "Head of Communities (responsible officer)",
            "organisation": RBWM,
        },
        {
            "name": "Andy Aldridge",
            "role": "Community Safety Manager (responsible officer)",
            "organisation": RBWM,
            "is_public": True,
        },
        {
            "name": "Mandy Mann",
            "role": "ASB and VRU Coordinator (responsible officer)",
            "organisation": RBWM,
        },
        {
            "name": "Councillor David Cannon",
            "role": "Senior leader sponsor",
            "organisation": RBWM,
        },
    ],
    "funding": [
        {
            "name": "Community Safety Fund",
            "source": PCC,
            "source_description": "Office of the Police & Crime Commissioner (OPCC)",
            "amount": 147397,
            "financial_year": 2021,
            "purpose": (
                "The OPCC confirmed that the Royal Borough's Community Safety Fund allocation "
                "for 2021/22 will be maintained at the same level as in 2020/21, equating to "
                "only a slightly reduced amount of £147,397. Projects supported this year "
                "include:\n\n"
                "- Prevention and Early Intervention services\n"
                "- Outreach and IDVA (Independent Domestic Violence Advocate) service\n"
                "- Adult transitions service for young adults at risk of exploitation\n"
                "- a mentoring service for those at risk of exclusion/exploitation\n\n"
                "These bids are subject to ratification by the partnership; in previous years "
                "the OPCC funding has been approved in quarter four of the financial year for "
                "the subsequent year. However, the new PCC has indicated a three year funding "
                "proposal to take effect in April 2022. The intention of this three year "
                "funding plan is to enable a more longer term strategic planned approach to "
                "tackling local priorities."
            ),
        },
        {
            "name": "VRU core grant: serious violence coordination",
            "source_description": "Thames Valley Violence Reduction Unit: 2021/22 VRU core "
            "grant, paid to the local authority",
            "amount": 40000,
            "financial_year": 2021,
            "purpose": (
                "It was agreed as part of the 2021/22 VRU core grant application that the "
                "local authority would receive £40,000 to increase their capacity to "
                "coordinate local response to the serious violence reduction agenda and build "
                "readiness for the incoming Serious Violence Duty. RBWM has recently appointed "
                "a new violence reduction coordinator who will act as the single point of "
                "contact for RBWM and support the local violence reduction work streams and "
                "also link with the Thames Valley wide violence reduction unit operated by "
                "Thames Valley Police to ensure a coordinated approach across the whole of the "
                "force area."
            ),
        },
    ],
    "board_meetings": [
        {
            "held_on": "2021-11-02",
            "note": "Scheduled: 'The next CSP is scheduled for Tuesday 2 November 2021 and "
            "will meet quarterly throughout 2021/22', to consider updates to its terms of "
            "reference.",
            "staff_note": "The paper does not say what it decided.",
        },
    ],
    "governance_links": [
        {
            "body": "Office of the Police and Crime Commissioner (OPCC)",
            "kind": "funded_by",
            "description": "Funds the CSP's interventions, wholly or in-part, through a bidding "
            "process (Community Safety Fund of £147,397 for 2021/22). The new PCC has indicated "
            "a three year funding proposal to take effect in April 2022.",
        },
        {
            "body": "Thames Valley Violence Reduction Unit",
            "kind": "works_with",
            "description": "The Thames Valley wide violence reduction unit operated by Thames "
            "Valley Police. RBWM's new violence reduction coordinator links with it to ensure a "
            "coordinated approach across the whole of the force area; its 2021/22 core grant "
            "gives the local authority £40,000.",
        },
        {
            "body": "Combined Adults and Children's Safeguarding Board",
            "kind": "works_with",
            "description": "At the next CSP meeting a further review of the work which has "
            "previously fallen within the remit of the Community Safety Partnership, the Local "
            "Children's Safeguarding Board and the Adults Safeguarding Board has begun, to "
            "reflect that there is now a combined Adults and Children's Safeguarding Board, to "
            "ensure there is neither duplication nor any gaps in the remit of these two ongoing "
            "multi agency boards.",
        },
        {
            "body": PANEL,
            "kind": "scrutinised_by",
            "description": "Received the Community Safety Partnership Update briefing note on "
            "9 November 2021.",
        },
    ],
    "strategies": [
        {
            "key": "windsor-and-maidenhead-csp-plan-2021-2024",
            "title": "Community Safety Partnership Plan 2021-2024",
            "slug": "community-safety-partnership-plan-2021-2024",
            "period_start_year": 2021,
            "period_end_year": 2024,
            "revision": 1,
            "status": "draft",
            "summary": (
                "The CSP will be working over the next quarter (from November 2021) to review "
                "and refresh the CSP plan to 2021-24 to reflect the election of the new Police "
                "and Crime Commissioner in May 2021 and that term of office. The updated "
                "priorities being considered, and therefore subject to agreement from the CSP "
                "board, also reflect the new PCC's Police and Justice plan. The briefing note "
                "does not list the priorities.\n\n"
                "**Serious Violence Duty**\n\n"
                "Existing Community Safety Partnerships demonstrate a range of multi-agency "
                "approaches that can and do contribute to preventing and reducing serious "
                "violence. However, the Home Office has identified there is inconsistency in "
                "approach and success of these arrangements for a range of reasons for "
                "example:\n\n"
                "- competing priorities\n"
                "- lack or absence of important elements e.g. data sharing and intelligence\n"
                "- extent of participation by key statutory agencies\n\n"
                "On 1 April 2019 the Government published a consultation on a legal duty to "
                "support a multi-agency approach to preventing and tackling serious violence. "
                "On 15 July 2019 the Government published its response to the consultation "
                "which noted that the majority of respondents favoured a legislative approach "
                "to support multi-agency working with regard to tackling serious violence.\n\n"
                "The intention to legislate for a new Serious Violence Duty was announced in "
                "the Queen's Speech in December 2019. The Duty is one of many provisions "
                "included within the Police, Crime, Sentencing and Courts Bill, introduced on 9 "
                "March 2021. A key part of the Government's wider programme of work to prevent "
                "and reduce serious violence; taking a whole-system approach to understand the "
                "causes and consequences of serious violence, focused on prevention and early "
                "intervention.\n\n"
                "It will require organisations to work together to plan, share data, "
                "intelligence and knowledge, to generate evidence-based analysis of the problem "
                "and solutions to prevent and reduce serious violence in local areas. The new "
                "duty will provide sufficient flexibility for relevant organisations to work "
                "together in the most effective local partnership for any given area (in our "
                "case the Thames Valley force and the Windsor and Maidenhead local police "
                "area).\n\n"
                "This will complement the current investment in Violence Reduction Units, in "
                "the 18 police force areas most affected by serious violence, by establishing a "
                "legal framework to support the successful delivery of this cross-sector "
                "approach, including through the extended set of partners on whom the duty "
                "will fall which are the police, local authorities, youth offending teams, "
                "probation, fire and rescue, and health authorities.\n\n"
                "The Home Office will amend the Crime and Disorder Act 1998 through the Police, "
                "Crime, Sentencing and Courts Bill which is currently proceeding to Parliament "
                "and has reached the Lords Committee stage and is currently expected to be "
                "enacted in quarter one of 2022 with relevant secondary legislation completed "
                "by end of quarter 2/beginning of quarter 3, 2022. This will ensure that "
                "tackling serious violence is an explicit priority for Community Safety "
                "Partnerships.\n\n"
                "As part of our preparation for the new duty and in partnership with the other "
                "eight upper tier local authorities in the Thames Valley Police force area RBWM "
                "has developed a series of work streams to tackle and reduce violence, covering "
                "Night Time Economy violence, domestic abuse violence, preventing school "
                "exclusions and tackling youth violence and county drug lines."
            ),
            "aims": (
                "To deliver safer communities as set out in the Crime and Disorder Act 1998 and "
                "subsequent relevant legislation: to co-ordinate community safety activity in "
                "the Royal Borough at a strategic level; to reduce crime and the fear of crime "
                "and to improve the quality of life of residents."
            ),
            "delivery_approach": (
                "The CSP board develops interventions to problem-solve and address any key "
                "needs identified, utilising and allocating the funding afforded to it by the "
                "OPCC; bids are subject to ratification by the partnership. The CSP meets "
                "quarterly throughout 2021/22.\n\n"
                "RBWM has recently appointed a new violence reduction coordinator who will act "
                "as the single point of contact for RBWM and support the local violence "
                "reduction work streams and also link with the Thames Valley wide violence "
                "reduction unit operated by Thames Valley Police."
            ),
            "delivery_areas": [
                {
                    "key": "windsor-and-maidenhead-2021-night-time-economy-violence",
                    "title": "Night Time Economy violence",
                    "description": WORK_STREAM,
                    "themes": ["serious-violence"],
                },
                {
                    "key": "windsor-and-maidenhead-2021-domestic-abuse-violence",
                    "title": "Domestic abuse violence",
                    "description": WORK_STREAM,
                    "themes": ["domestic-abuse", "serious-violence"],
                },
                {
                    "key": "windsor-and-maidenhead-2021-preventing-school-exclusions",
                    "title": "Preventing school exclusions",
                    "description": WORK_STREAM,
                    "themes": ["serious-violence"],
                },
                {
                    "key": "windsor-and-maidenhead-2021-youth-violence-and-county-lines",
                    "title": "Tackling youth violence and county drug lines",
                    "description": WORK_STREAM,
                    "themes": ["serious-violence", "exploitation", "drugs-and-alcohol"],
                },
            ],
            "milestones": [
                {
                    "kind": "other",
                    "title": "Election of the new Police and Crime Commissioner",
                    "body": PCC,
                    "planned_on": "2021-05",
                    "actual_on": "2021-05",
                    "note": "The CSP plan to 2021-24 is refreshed to reflect the election of "
                    "the new PCC in May 2021 and that term of office.",
                },
                {
                    "kind": "other",
                    "title": "CSP board meeting",
                    "body": "CSP board",
                    "planned_on": "2021-11-02",
                    "note": (
                        "'The next CSP is scheduled for Tuesday 2 November 2021 and will meet "
                        "quarterly throughout 2021/22.' The updated priorities are subject to "
                        "agreement from the CSP board; the board is also considering updates "
                        "to the terms of reference at the November 2021 meeting, and a further "
                        "review of the remit of the CSP against the combined Adults and "
                        "Children's Safeguarding Board. The briefing note is dated 9 November "
                        "2021 yet calls this the next meeting; it does not record the outcome."
                    ),
                },
                {
                    "kind": "review",
                    "title": "Review and refresh the CSP plan to 2021-24",
                    "body": "Community Safety Partnership",
                    "note": "The CSP will be working over the next quarter (from the briefing "
                    "note of 9 November 2021) to review and refresh the plan; no date is given.",
                },
                {
                    "kind": "other",
                    "title": "Three year PCC funding proposal takes effect",
                    "body": PCC,
                    "planned_on": "2022-04",
                    "note": "The new PCC has indicated a three year funding proposal to take "
                    "effect in April 2022, to enable a more longer term strategic planned "
                    "approach to tackling local priorities.",
                },
            ],
            "policy_links": [
                {
                    "kind": "legislation",
                    "title": "Crime and Disorder Act 1998",
                    "note": "The purpose of the CSP is to deliver safer communities as set out "
                    "in the Act and subsequent relevant legislation. The Home Office will amend "
                    "it through the Police, Crime, Sentencing and Courts Bill.",
                },
                {
                    "kind": "legislation",
                    "title": "Police, Crime, Sentencing and Courts Bill (Serious Violence Duty)",
                    "note": "Introduced on 9 March 2021; at the Lords Committee stage in "
                    "November 2021 and expected to be enacted in quarter one of 2022, with "
                    "relevant secondary legislation completed by end of quarter 2/beginning of "
                    "quarter 3, 2022. It will ensure that tackling serious violence is an "
                    "explicit priority for Community Safety Partnerships.",
                },
                {
                    "kind": "pcc_plan",
                    "title": "Police and Justice plan (Thames Valley Police and Crime "
                    "Commissioner)",
                    "note": "The new PCC (elected May 2021)'s plan; the updated CSP priorities "
                    "reflect it.",
                    "staff_note": "The paper calls it the 'Police and Justice plan'.",
                },
                {
                    "kind": "local",
                    "title": "Exploitation Strategy",
                    "note": "Developed and agreed by the CSP and approved in early 2021: a "
                    "strategic framework for all partners to use to seek to reduce "
                    "exploitation in adults and children.",
                },
            ],
        },
    ],
    "documents": [
        {
            "title": "Community Safety Partnership Update: briefing note for the "
            "Communities Overview & Scrutiny Panel",
            "kind": "committee_report",
            "dated": "2021-11-09",
            "description": "Responsible officers: David Scott, Head of Communities; Andy "
            "Aldridge, Community Safety Manager; Mandy Mann, ASB and VRU Coordinator. Senior "
            "leader sponsor: Councillor David Cannon.",
        },
        {
            "title": "Exploitation Strategy",
            "kind": "strategy",
            "description": "The CSP developed and agreed an Exploitation Strategy which was "
            "approved in early 2021 and provides a strategic framework for all partners to use "
            "to seek to reduce exploitation in adults and children.",
            "staff_note": "The paper gives no exact date.",
        },
        {
            "title": "Information sharing protocol",
            "kind": "strategy",
            "dated": "2021",
            "description": "The CSP approved an information sharing protocol in 2021 under "
            "which specific information sharing agreements are implemented to deal with "
            "specific sharing arrangements in detail.",
        },
        {
            "title": "Domestic homicide review",
            "kind": "dhr",
            "dated": "2021-02",
            "description": "The CSP submitted the domestic homicide review to the Home Office "
            "in February 2021.",
        },
        {
            "title": "CSP terms of reference",
            "kind": "other",
            "description": "The terms of reference for the CSP were updated and refreshed in "
            "2019. The CSP board are considering further updates at the November 2021 meeting "
            "to reflect new legislation that has been passed or is currently going through "
            "Parliament; a verbal update on the outcome was to be provided at the Communities "
            "Overview & Scrutiny Panel.",
        },
        {
            "title": "Appendix 1: CSP diagram",
            "kind": "other",
            "description": "The CSP diagram which shows all statutory members. Not reproduced "
            "in the text of the briefing note.",
        },
    ],
    "scrutiny_reviews": [
        {
            "committee": PANEL,
            "meeting_on": "2021-11-09",
            "purpose": (
                "Briefing note: Community Safety Partnership Update, for the Communities "
                "Overview & Scrutiny Panel, covering the CSP's membership and funding, the "
                "Serious Violence Duty and next steps. A verbal update was to be provided at "
                "the panel on the outcome of the CSP board's consideration of updates to its "
                "terms of reference."
            ),
            "outcome": "not_recorded",
            "report_author": "David Scott, Head of Communities; Andy Aldridge, Community "
            "Safety Manager; Mandy Mann, ASB and VRU Coordinator",
        },
    ],
}
