"""Setting values from the data files on model instances, and telling whether anything changed.

``assign(obj, name, value, resolve, localize)`` sets one field (or tag list, many-to-many list,
child-row list) and returns True only when the stored value differs, so a second load of the
same data saves nothing. ``resolve`` turns a :class:`demo.data.Ref` into an object and raises
:class:`Missing` when the object does not exist yet; ``localize`` (or None) turns an object
into its English translation where one exists.
"""

from django.core.exceptions import FieldDoesNotExist

from modelcluster.models import get_all_child_relations
from taggit.managers import TaggableManager
from wagtail.fields import StreamField
from wagtail.models import Locale

from demo.data import Ref


class Missing(Exception):
    """A reference to an object that has not been loaded yet."""


def deep(value, resolve, raw=False):
    """``value`` with every reference replaced by its object (or, with ``raw``, its pk)."""
    if isinstance(value, Ref):
        obj = resolve(value)
        return obj.pk if raw else obj
    if isinstance(value, list):
        return [deep(item, resolve, raw) for item in value]
    if isinstance(value, dict):
        return {key: deep(item, resolve, raw) for key, item in value.items()}
    return value


def child_relations(model):
    return {relation.get_accessor_name(): relation for relation in get_all_child_relations(model)}


def plain_value(field, value):
    """A plain field's Python value from data: types converted, choices checked."""
    if value is None and not field.null:
        return field.get_default() if field.has_default() else ""
    if field.choices and value not in {choice for choice, _label in field.flatchoices}:
        raise ValueError(f"{field}: {value!r} is not one of its choices")
    return field.to_python(value)


def assign(obj, name, value, resolve, localize=None):
    model = type(obj)
    relations = child_relations(model)
    if name in relations:
        return _children(obj, name, relations[name].related_model, value, resolve)
    field = model._meta.get_field(name)
    if isinstance(field, StreamField):
        return _stream(obj, field, value, resolve)
    if isinstance(field, TaggableManager):
        names = sorted(value or [])
        if sorted(tag.name for tag in getattr(obj, name).all()) == names:
            return False
        getattr(obj, name).set(names)
        return True
    if field.many_to_many:
        targets = [_localized(item, localize) for item in deep(value or [], resolve)]
        if sorted(item.pk for item in getattr(obj, name).all()) == sorted(t.pk for t in targets):
            return False
        getattr(obj, name).set(targets)
        return True
    if field.many_to_one:
        target_id = _foreign_key_id(field, value, resolve, localize)
        if getattr(obj, field.attname) == target_id:
            return False
        setattr(obj, field.attname, target_id)
        return True
    new = plain_value(field, value)
    if getattr(obj, field.attname) == new:
        return False
    setattr(obj, field.attname, new)
    return True


def _localized(obj, localize):
    return localize(obj) if localize is not None and obj is not None else obj


def _foreign_key_id(field, value, resolve, localize):
    if value is None:
        return None
    if field.related_model is Locale and isinstance(value, str):
        return Locale.objects.get(language_code=value).pk
    return _localized(deep(value, resolve), localize).pk


def _stream(obj, field, value, resolve):
    raw = deep(value or [], resolve, raw=True)
    if _normal(field, raw) == _normal(field, getattr(obj, field.name)):
        return False
    setattr(obj, field.name, raw)
    return True


def _normal(field, value):
    """Stream data in one comparable form: prepared by the blocks, without block ids."""
    if not hasattr(value, "stream_block"):
        value = field.to_python(value)
    return _without_ids(field.stream_block.get_prep_value(value))


def _without_ids(data):
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    if isinstance(data, dict):
        return {key: _without_ids(item) for key, item in data.items() if key != "id"}
    return data


def _row_fields(model):
    """The fields of a child row that carry content (not its key, parent, order or ids)."""
    for field in model._meta.concrete_fields:
        if field.primary_key or not field.editable or field.name in ("sort_order", "clean_name"):
            continue
        if field.many_to_one and getattr(field.remote_field, "parent_link", False):
            continue
        if type(field).__name__ == "ParentalKey":
            continue
        yield field


def _children(obj, name, row_model, rows, resolve):
    """Replace the child rows (InlinePanel items) when they differ from ``rows``."""
    fields = list(_row_fields(row_model))
    new_rows = []
    for row in rows or []:
        kwargs = {}
        for key, item in row.items():
            field = row_model._meta.get_field(key)
            if field.many_to_one:
                kwargs[field.attname] = _foreign_key_id(field, item, resolve, None)
            else:
                kwargs[field.attname] = plain_value(field, item)
        new_rows.append(row_model(**kwargs))
    # The data's order, stored: only the admin's formsets number the rows, and rows that all
    # have no number come back in any order (on PostgreSQL, in whatever order the table holds).
    order_field = getattr(row_model, "sort_order_field", None)
    if order_field:
        for index, row in enumerate(new_rows):
            setattr(row, order_field, index)

    def snapshot(items):
        rows = [tuple(getattr(item, field.attname) for field in fields) for item in items]
        if order_field:
            rows = [
                (getattr(item, order_field), *row) for item, row in zip(items, rows, strict=True)
            ]
        return rows

    if snapshot(list(getattr(obj, name).all())) == snapshot(new_rows):
        return False
    setattr(obj, name, new_rows)
    return True


def is_plain_m2m(model, name):
    """A many-to-many field that can only be set once the object is saved (not a parental one)."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return (
        field.many_to_many
        and not isinstance(field, TaggableManager)
        and type(field).__name__ != "ParentalManyToManyField"
    )
