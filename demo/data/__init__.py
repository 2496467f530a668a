"""One module a demo partnership, each a `DATA` dict that `demo.loader` reads.

Keys that name another record (an organisation's name, a priority's `key`, a subgroup's
`slug`) are resolved by the loader, so the data files stay readable:

    DATA = {
        "partnership": {name, local_name, slug, area, nation, description, board_name,
                        board_meets, contact_email, contact_phone, website},
        "organisations": [{name, short_name, kind, council_tier, notes}],
        "memberships": [{organisation, role, representative, member_from, member_until}],
        "contacts": [{name, role, organisation, email, phone, is_public}],
        "funding": [{name, source, source_description, amount, financial_year, purpose}],
        "councils": [organisation names],           # the councils whose area it covers
        "board_posts": [{post, holder, organisation, held_from, held_until, note}],
        "board_meetings": [{held_on, note}],
        "governance_links": [{body, kind, description}],
        "strategic_assessments": [{key, title, completed_on, data_period, summary}],
        "strategies": [{
            key, title, slug, period_start_year, period_end_year, revision, supersedes, status,
            summary, vision, aims, priorities_ranked, delivery_approach, strategic_assessment,
            published_on, sent_to_pcc_on,
            "priorities": [{key, title, subtitle, description, themes,
                            "delivery_areas": [{key, title, description, themes}]}],
            "delivery_areas": [{key, title, description, themes}],   # at strategy level
            "actions": [{priority, delivery_area, area, year, delivery, success_measure, target,
                         lead_organisation, lead_subgroup, lead_description, four_p, due_on}],
            "milestones": [{kind, title, body, planned_on, actual_on, note}],
            "risks": [{title, description, mitigation, rating}],
            "policy_links": [{kind, title, note, url}],
            "documents": [{title, kind, url, dated, description}],
            "consultations": [{title, opens_at, closes_at, channel, audience, introduction,
                               summary, response_count, results_published, standard_questions,
                               "changes": [{priority, you_said, we_did}]}],
            "scrutiny_reviews": [{committee, meeting_on, purpose, outcome, recommendations,
                                  report_author}],
        }],
        "subgroups": [{name, acronym, slug, kind, overview, chair_role, deputy_chair_role,
                       meeting_frequency, meeting_length, run_by,
                       "members": [{name, organisation}],
                       "priorities": [priority keys], "delivery_areas": [delivery area keys]}],
        "documents": [...],          # partnership-level, as above
        "scrutiny_reviews": [...],   # partnership-level, as above
    }

Dates are ISO strings as precise as the paper: "2021-07-01", "2021-07" or "2021". Date-times
are ISO strings read in Europe/London; a consultation held outside the portal
("held_elsewhere": True) has dates instead.
Any key may be left out where the document is silent.


The facts are copied from the partnerships' own published council papers; where a paper is
silent the field is left out rather than invented, and anything illustrative says so.
"""
