"""Reading a landlord's dwelling register (.xlsx or .csv) into `RegisterRow`s, with every problem as an `Issue`.

CSV files may use `;` or `,` (or tabs) and be UTF-8 or ISO-8859-1 / Windows-1252 (public RPLS files
are `;` and ISO-8859-1). The header row is found among the first rows by recognising column names
(`register_fields.FIELDS`); the user can name any other column with a mapping `{field: column}`
(`--map FIELD=COLUMN` on the command line). Each bad row gives one `Issue` per problem with its row
number and column; soft checks (typology vs number of rooms, surface for the typology, floor above the
building's levels) are warnings. Columns that are not app fields are kept in `extra`, except columns of
tenants' personal data, which are never copied. Nothing here touches the store: see
`Store.import_dwellings`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from survey_app.core.issues import Issue
from survey_app.core.store import register_fields as rf
from survey_app.core.store.records import RegisterRow

HEADER_SEARCH_ROWS = 20
DEFAULT_SITE = "Site principal"
# Rough plausible living-area ranges by typology (domain reference 4.4: "surface outside 10–200 m²").
SURFACE_RANGE = (10.0, 200.0)


@dataclass
class RegisterReadResult:
    """What was read: the good rows, every issue, and which column fed which field."""

    path: Path
    rows: list[RegisterRow] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)
    bad_rows: list[int] = field(default_factory=list)
    data_rows: int = 0

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.is_error]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if not i.is_error]

    @property
    def file_errors(self) -> list[Issue]:
        """Errors about the whole file (no row): nothing can be imported."""
        return [i for i in self.errors if i.row is None]


def parse_mapping(items: Iterable[str]) -> tuple[dict[str, str], list[Issue]]:
    """`["etage=Niveau", ...]` -> {"etage": "Niveau"}; unknown fields or bad syntax become issues."""
    mapping: dict[str, str] = {}
    issues = []
    known = ", ".join(rf.FIELDS)
    for item in items:
        name, sep, column = item.partition("=")
        name = name.strip().lower()
        if not sep or not name or not column.strip():
            issues.append(Issue(f"correspondance « {item} » mal écrite : attendu CHAMP=COLONNE", code="register.map"))
        elif name not in rf.FIELDS:
            issues.append(Issue(f"champ « {name} » inconnu dans --map (champs possibles : {known})", code="register.map"))
        else:
            mapping[name] = column.strip()
    return mapping, issues


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # never fails: every byte is a character


def _read_csv(path: Path) -> tuple[None, list[list[Any]]]:
    text = _decode(path.read_bytes())
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count)
    return None, [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def _read_xlsx(path: Path, sheet: str | None) -> tuple[str, list[list[Any]]]:
    import openpyxl  # slow to import: only when a register is read

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        ws = workbook[sheet] if sheet else workbook.worksheets[0]
        return ws.title, [list(r) for r in ws.iter_rows(min_row=1, values_only=True)]
    finally:
        workbook.close()


def read_table(path: Path, sheet: str | None = None) -> tuple[str | None, list[list[Any]]]:
    """(sheet name, rows of cells) of a .xlsx/.xlsm/.csv/.txt file; raises OSError / ValueError."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    raise ValueError(f"format « {suffix or 'sans extension'} » non pris en charge : enregistrez le registre en .xlsx ou .csv")


def _match_columns(headers: list[Any], mapping: Mapping[str, str]) -> tuple[dict[str, int], list[str]]:
    """field -> column index; and the mapped columns that are missing."""
    norm = [rf.normalize_header(h) for h in headers]
    taken: dict[str, int] = {}
    used: set[int] = set()
    missing = []
    for name, column in mapping.items():
        wanted = rf.normalize_header(column)
        index = next((i for i, h in enumerate(norm) if h == wanted and i not in used), None)
        if index is None:
            missing.append(column)
        else:
            taken[name] = index
            used.add(index)
    for name, variants in rf.FIELDS.items():
        if name in taken:
            continue
        for variant in variants:
            index = next((i for i, h in enumerate(norm) if h == variant and i not in used), None)
            if index is not None:
                taken[name] = index
                used.add(index)
                break
    return taken, missing


def _find_header(table: list[list[Any]], mapping: Mapping[str, str]) -> tuple[int, dict[str, int]] | None:
    for i, row in enumerate(table[:HEADER_SEARCH_ROWS]):
        taken, missing = _match_columns(row, mapping)
        if "id_logement_bailleur" in taken and len(taken) >= 2 and not missing:
            return i, taken
    return None


def read_register(
    path: str | Path,
    *,
    mapping: Mapping[str, str] | None = None,
    sheet: str | None = None,
    default_site: str | None = None,
) -> RegisterReadResult:
    """Read and check a register file; see the module docstring. Never raises for a bad file."""
    path = Path(path)
    result = RegisterReadResult(path)
    mapping = dict(mapping or {})
    try:
        sheet_name, table = read_table(path, sheet)
    except FileNotFoundError:
        result.issues.append(Issue(f"fichier « {path} » introuvable : vérifiez le chemin", code="register.file"))
        return result
    except KeyError:
        result.issues.append(Issue(f"feuille « {sheet} » absente du classeur « {path.name} »", code="register.file"))
        return result
    except Exception as exc:  # openpyxl/xlrd/zip errors are many and undocumented: all mean "unreadable"
        result.issues.append(
            Issue(f"impossible de lire « {path.name} » ({exc}) : vérifiez que c'est bien un classeur .xlsx "
                  "ou un fichier .csv, et qu'il n'est pas ouvert dans un autre programme", code="register.file")
        )  # fmt: skip
        return result
    found = _find_header(table, mapping)
    if found is None:
        first = next((r for r in table if any(c not in (None, "") for c in r)), [])
        headers = ", ".join(f"« {h} »" for h in first if h not in (None, "")) or "aucune"
        mapped_missing = _match_columns(first, mapping)[1]
        detail = (
            f"colonne(s) indiquée(s) par --map absente(s) : {', '.join(mapped_missing)}"
            if mapped_missing
            else "la colonne de référence du logement (N° logement, Réf. logement, Code logement, N° UG...) est introuvable"
        )
        result.issues.append(
            Issue(f"aucune ligne d'en-tête reconnue dans « {path.name} » : {detail}. Colonnes de la première "
                  f"ligne : {headers}. Indiquez les colonnes avec --map CHAMP=COLONNE, par exemple "
                  "--map id_logement_bailleur=\"Code UG\".", sheet=sheet_name, code="register.header")
        )  # fmt: skip
        return result
    header_index, columns = found
    headers = [rf.cell_text(h) or f"colonne {i + 1}" for i, h in enumerate(table[header_index])]
    result.columns = {name: headers[i] for name, i in columns.items()}
    personal = [h for i, h in enumerate(headers) if i not in columns.values() and rf.is_personal(h)]
    for header in personal:
        result.issues.append(
            Issue(f"colonne « {header} » ignorée : données personnelles des locataires, non copiées dans la base",
                  sheet=sheet_name, column=header, severity="warning", code="register.personal")
        )  # fmt: skip
    builder = _RowBuilder(headers, columns, set(personal), sheet_name, default_site)
    for offset, cells in enumerate(table[header_index + 1 :], start=header_index + 2):
        if not any(rf.cell_text(c) for c in cells):
            continue
        result.data_rows += 1
        row, issues = builder.build(offset, cells + [None] * (len(headers) - len(cells)))
        result.issues.extend(issues)
        if row is None:
            result.bad_rows.append(offset)
        else:
            result.rows.append(row)
    return result


class _RowBuilder:
    """Turns one data row into a RegisterRow, checking it against the rows already seen."""

    def __init__(self, headers: list[str], columns: dict[str, int], skip: set[str], sheet: str | None,
                 default_site: str | None) -> None:  # fmt: skip
        self.headers, self.columns, self.sheet = headers, columns, sheet
        self.default_site = default_site
        consumed = {i for name, i in columns.items() if name != "statut"}  # the raw status is kept too
        self.extra_columns = [(i, h) for i, h in enumerate(headers) if h not in skip and i not in consumed]
        self.address_parts = [
            i for part in rf.ADDRESS_PARTS for i, h in enumerate(headers) if rf.normalize_header(h) == part
        ]
        self.seen_refs: dict[str, int] = {}
        self.seen_places: dict[tuple[Any, ...], int] = {}

    def _issue(self, row: int, field_name: str | None, message: str, severity: str = "error") -> Issue:
        column = self.headers[self.columns[field_name]] if field_name in self.columns else None
        return Issue(message, sheet=self.sheet, row=row, column=column, severity=severity,  # type: ignore[arg-type]
                     code=f"register.{field_name or 'row'}")  # fmt: skip

    def build(self, row: int, cells: list[Any]) -> tuple[RegisterRow | None, list[Issue]]:
        issues: list[Issue] = []
        raw = {name: cells[i] for name, i in self.columns.items()}
        text = {name: rf.cell_text(v) for name, v in raw.items()}

        def parsed(name: str, parser: Any, *args: Any) -> Any:
            if text.get(name) is None:
                return None
            try:
                return parser(raw[name], *args)
            except ValueError as exc:
                issues.append(self._issue(row, name, str(exc)))
                return None

        ref = text.get("id_logement_bailleur")
        if ref is None:
            issues.append(self._issue(row, "id_logement_bailleur", "référence du logement manquante"))
        elif ref in self.seen_refs:
            issues.append(self._issue(row, "id_logement_bailleur",
                                      f"référence « {ref} » déjà présente ligne {self.seen_refs[ref]}"))  # fmt: skip
        floor = parsed("etage", rf.parse_floor)
        typology = parsed("typologie", rf.parse_typology)
        rooms = parsed("nb_pieces", rf.parse_count, "nombre de pièces")
        surface = parsed("surface", rf.parse_surface)
        construction = parsed("type_construction", rf.parse_construction)
        levels = parsed("nb_niveaux", rf.parse_count, "nombre de niveaux")
        building = text.get("batiment")
        if construction == "collectif" and building is None:
            issues.append(self._issue(row, "batiment", "bâtiment manquant pour un logement collectif"))
        site = text.get("site") or self.default_site or text.get("commune") or DEFAULT_SITE
        place = (site.casefold(), (building or "").casefold(), (text.get("entree") or "").casefold(), floor,
                 (text.get("porte") or "").casefold())  # fmt: skip
        if text.get("porte") and place in self.seen_places:
            issues.append(self._issue(row, "porte", "même bâtiment, entrée, étage et porte que la ligne "
                                      f"{self.seen_places[place]}"))  # fmt: skip
        if ref is not None and ref not in self.seen_refs:
            self.seen_refs[ref] = row
        if text.get("porte") and place not in self.seen_places:
            self.seen_places[place] = row
        issues.extend(self._soft_checks(row, typology, rooms, surface, floor, levels))
        if any(i.is_error for i in issues):
            return None, issues
        address = text.get("adresse") or " ".join(
            t for t in (rf.cell_text(cells[i]) for i in self.address_parts) if t
        ) or None  # fmt: skip
        extra = {h: rf.json_cell(cells[i]) for i, h in self.extra_columns if rf.cell_text(cells[i]) is not None}
        return RegisterRow(
            landlord_ref=ref or "", site=site, row_number=row, building=building, entrance=text.get("entree"),
            floor=floor, floor_label=text.get("etage"), door=text.get("porte"),
            typology=typology if typology is not None else (min(rooms, 6) if rooms else None),
            typology_label=text.get("typologie"), rooms=rooms, surface=surface, construction=construction,
            address=address, commune=text.get("commune"), depcom=text.get("depcom"),
            register_status=rf.parse_status(raw["statut"]) if "statut" in raw else None, extra=extra,
        ), issues  # fmt: skip

    def _soft_checks(self, row: int, typology: int | None, rooms: int | None, surface: float | None,
                     floor: int | None, levels: int | None) -> list[Issue]:  # fmt: skip
        issues = []
        if typology is not None and rooms is not None and min(rooms, 6) != typology:
            issues.append(self._issue(row, "nb_pieces", f"typologie T{typology} mais {rooms} pièce(s) : à vérifier",
                                      "warning"))  # fmt: skip
        if surface is not None and not SURFACE_RANGE[0] <= surface <= SURFACE_RANGE[1]:
            issues.append(self._issue(row, "surface", f"surface de {surface:g} m² inhabituelle : à vérifier", "warning"))
        if floor is not None and levels is not None and floor >= levels > 0:
            issues.append(self._issue(row, "etage", f"étage {floor} alors que le bâtiment compte {levels} niveau(x)",
                                      "warning"))  # fmt: skip
        return issues
