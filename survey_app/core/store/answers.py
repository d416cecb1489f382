"""Reading and changing one interview's answers document (plain JSON data), addressed by paths.

The document is what the form engine produces: `{"q": value, "membres": [{...}, ...], "_confirmed":
["q", ...]}`. A value is str, int, float, bool, null, or a list of str (select_multiple); a repeat is a
list of instance objects, which nest. A path alternates names and 0-based instance indexes:
`("q",)`, `("membres", 2, "age")`. A confirmed warning is recorded in the `_confirmed` list of the
object that holds the answer (the document for `("q",)`, the instance for `("membres", 2, "age")`), so
removing an instance also removes its confirmations. These functions change the document in place and
never touch the database.
"""

from __future__ import annotations

import copy
import math
from typing import Any

from survey_app.core.store.errors import InvalidDataError
from survey_app.core.store.records import AnswerPath

CONFIRMED_KEY = "_confirmed"


def _bad_path(path: object, why: str) -> InvalidDataError:
    return InvalidDataError(f"Chemin de réponse invalide {path!r} : {why}.")


def check_path(path: AnswerPath, *, ends_with_name: bool = True) -> AnswerPath:
    """Return `path` as a tuple if it alternates names and indexes, else raise InvalidDataError."""
    if isinstance(path, str):
        path = (path,)
    path = tuple(path)
    if not path:
        raise _bad_path(path, "chemin vide")
    for i, part in enumerate(path):
        if i % 2 == 0:
            if not isinstance(part, str) or not part:
                raise _bad_path(path, f"l'élément {i + 1} doit être un nom de question")
            if part == CONFIRMED_KEY:
                raise _bad_path(path, f"« {CONFIRMED_KEY} » est réservé")
        elif not isinstance(part, int) or isinstance(part, bool) or part < 0:
            raise _bad_path(path, f"l'élément {i + 1} doit être un numéro d'occurrence (0, 1, 2...)")
    if ends_with_name and len(path) % 2 == 0:
        raise _bad_path(path, "le chemin doit finir par un nom de question")
    return path


def check_value(value: Any, path: object = None) -> Any:
    """Accept the answer value types of the form engine; refuse anything else (NaN included)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
    elif isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return list(value)
    raise InvalidDataError(f"Valeur de réponse non acceptée pour {path!r} : {value!r}.")


def check_instance(instance: Any, path: object = None) -> dict[str, Any]:
    """Validate a repeat instance (or a whole document): names to values, repeats and `_confirmed`."""
    if not isinstance(instance, dict):
        raise InvalidDataError(f"Une occurrence de répétition doit être un objet ({path!r}).")
    for key, value in instance.items():
        if not isinstance(key, str) or not key:
            raise InvalidDataError(f"Nom de question invalide {key!r} dans {path!r}.")
        if key == CONFIRMED_KEY:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise InvalidDataError(f"« {CONFIRMED_KEY} » doit être une liste de noms ({path!r}).")
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for n, inner in enumerate(value):
                check_instance(inner, (key, n))
        else:
            check_value(value, key)
    return instance


def _container(doc: dict[str, Any], path: AnswerPath) -> dict[str, Any]:
    """The object that holds the last name of `path` (the document or a repeat instance)."""
    node: Any = doc
    for i in range(0, len(path) - 1, 2):
        name, index = path[i], path[i + 1]
        instances = node.get(name) if isinstance(node, dict) else None
        if not isinstance(instances, list):
            raise _bad_path(path, f"« {name} » n'est pas une répétition de ce questionnaire rempli")
        if index >= len(instances) or not isinstance(instances[index], dict):
            raise _bad_path(path, f"l'occurrence {index} de « {name} » n'existe pas")
        node = instances[index]
    return node


def get_at(doc: dict[str, Any], path: AnswerPath) -> tuple[bool, Any]:
    """(present, value) at `path`; missing repeats or instances count as absent."""
    try:
        node = _container(doc, check_path(path))
    except InvalidDataError:
        return False, None
    name = path[-1]
    return (name in node), node.get(name)


def set_at(doc: dict[str, Any], path: AnswerPath, value: Any) -> tuple[bool, Any]:
    """Set the answer at `path`; returns the previous (present, value)."""
    node = _container(doc, path)
    name = path[-1]
    previous = (name in node, node.get(name))
    if isinstance(previous[1], list) and previous[1] and isinstance(previous[1][0], dict):
        raise _bad_path(path, f"« {name} » est une répétition : ajoutez ou retirez des occurrences")
    node[name] = value
    return previous


def add_instance(doc: dict[str, Any], repeat_path: AnswerPath, instance: dict[str, Any]) -> int:
    """Append a copy of `instance` to the repeat at `repeat_path` (created if absent); returns its index."""
    node = _container(doc, repeat_path)
    name = repeat_path[-1]
    instances = node.setdefault(name, [])
    if not isinstance(instances, list) or any(not isinstance(i, dict) for i in instances):
        raise _bad_path(repeat_path, f"« {name} » n'est pas une répétition")
    instances.append(copy.deepcopy(instance))
    return len(instances) - 1


def remove_instance(doc: dict[str, Any], repeat_path: AnswerPath, index: int) -> dict[str, Any]:
    """Remove and return instance `index` of the repeat at `repeat_path`; later ones shift down."""
    path = check_path((*repeat_path, index, "_"))  # validates the index too
    node = _container(doc, repeat_path)
    name = repeat_path[-1]
    instances = node.get(name)
    if not isinstance(instances, list) or index >= len(instances):
        raise _bad_path(path[:-1], f"l'occurrence {index} de « {name} » n'existe pas")
    return instances.pop(index)


def set_confirmed(doc: dict[str, Any], path: AnswerPath, confirmed: bool) -> bool:
    """Mark (or unmark) the warning on the answer at `path` as confirmed; True if that changed anything."""
    node = _container(doc, path)
    name = path[-1]
    names = node.get(CONFIRMED_KEY) or []
    if confirmed and name not in names:
        node[CONFIRMED_KEY] = [*names, name]
        return True
    if not confirmed and name in names:
        kept = [n for n in names if n != name]
        if kept:
            node[CONFIRMED_KEY] = kept
        else:
            node.pop(CONFIRMED_KEY, None)
        return True
    return False
