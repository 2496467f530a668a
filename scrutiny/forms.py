from django import forms

from .models import ScrutinyRecommendation


class RecommendationForm(forms.ModelForm):
    class Meta:
        model = ScrutinyRecommendation
        fields = ["text", "status", "response"]
        labels = {"text": "Recommendation", "response": "What the partnership did"}
        widgets = {"status": forms.RadioSelect}
