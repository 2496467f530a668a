"""What several editor tests send: a strategy's form as a browser fills it, an import
confirmed, the board's decision on a workflow step."""

from strategies.services import Decision

DECIDED = Decision(reference="Board minute 12/24")


def edit_form_data(strategy, **changes):
    data = {
        "title": strategy.title,
        "period_start_year": strategy.period_start_year,
        "period_end_year": strategy.period_end_year,
        "vision": strategy.vision,
        "summary": strategy.summary,
        "aims": strategy.aims,
        "priorities_ranked": "on" if strategy.priorities_ranked else "",
        "delivery_approach": strategy.delivery_approach,
        "sent_to_pcc_on": "",
        "version": strategy.version,
    }
    data.update(changes)
    return data


def confirm(client, url, preview_response, **extra):
    """Press 'Import' on the preview: send back what its form carries."""
    form = preview_response.context["form"]
    data = {"table": preview_response.context["table"].as_tsv(), "_confirm": "1"}
    data.update(dict(form.carried_values()))
    data.update(extra)
    return client.post(url, data)
