"""The page form every page type of the site uses in the admin.

Translatable snippets (themes, people, places...) exist once per language. A plain multiple
select lists every one of them in both languages without telling which is which; this form
offers only those in the page's own language (plus any already chosen in another, marked with
their language) as a list of checkboxes.
"""

from django import forms
from django.db.models import Q

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin


class _LocaleLabel:
    def __init__(self, locale_id):
        self.locale_id = locale_id

    def __call__(self, obj):
        label = str(obj)
        if obj.locale_id != self.locale_id:
            return f"{label} ({obj.locale.language_code.upper()})"
        return label


class TranslatedChoicesPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None)
        if locale_id is None:
            return
        for name, field in self.fields.items():
            if not isinstance(field, forms.ModelChoiceField):
                continue
            model = field.queryset.model
            if not issubclass(model, TranslatableMixin) or issubclass(model, Page):
                continue
            chosen = self.initial.get(name)
            if isinstance(field, forms.ModelMultipleChoiceField):
                chosen_pks = [getattr(obj, "pk", obj) for obj in (chosen or [])]
            else:
                chosen_pks = [getattr(chosen, "pk", chosen)] if chosen else []
            field.queryset = field.queryset.filter(
                Q(locale_id=locale_id) | Q(pk__in=chosen_pks)
            ).select_related("locale")
            field.label_from_instance = _LocaleLabel(locale_id)
            if isinstance(field, forms.ModelMultipleChoiceField) and isinstance(
                field.widget, forms.SelectMultiple
            ):
                field.widget = forms.CheckboxSelectMultiple(choices=field.choices)
