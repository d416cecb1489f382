"""Write a synthetic landlord dwelling register for demos and tests (fixed seed, no real data).

    python resources/samples/build_registre_demo.py

Writes, next to this script, the same 80 dwellings twice, with the column-name and value variants
that the import must accept (questionnaire-reference.md, §4):

* `registre_bailleur_demo.csv`: `;`-separated, UTF-8, RPLS-style column names (DEPCOM, NUMVOIE,
  TYPVOIE, NOMVOIE, BAT, ENTREE, ETAGE, NUMAPPT, TYPECONST, NBPIECE, SURFHAB, CONSTRUCT,
  LOYERPRINC, DPEENERGIE, MODE) plus landlord-style labels (« Réf. logement », « Chauffage »,
  « Provision chauffage (€/mois) »); numeric ETAGE and NBPIECE; decimal comma; NUMAPPT with
  leading zeros ("001");
* `registre_bailleur_demo.xlsx`: one sheet « Logements » with French labels (« N° logement »,
  « Adresse », « Bâtiment », « Entrée », « Étage » with RDC / RC / 1er / R+1 / R+2…, « N° porte »,
  « Typologie » with T3, T3bis, F2, studio…, « Collectif / Individuel »…).

Content: 60 flats in two towers of Lens – Grande Résidence (entrances A and B, RDC to R+4, three
doors per landing, collective heating) and 20 houses of Liévin – Chouard-Pasteur (individual coal,
gas or electric heating). Tower and street names are invented; the INSEE codes are Lens 62498
and Liévin 62510. A few dwellings are vacant or walled up, as in a real extraction.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
CSV_PATH = HERE / "registre_bailleur_demo.csv"
XLSX_PATH = HERE / "registre_bailleur_demo.xlsx"
SEED = 2008


@dataclass
class Dwelling:
    ref: str
    depcom: str
    codepostal: str
    commune: str
    numvoie: str
    indrep: str
    typvoie: str
    nomvoie: str
    bat: str
    entree: str
    etage: int | None
    porte: str
    typeconst: str  # "C" collectif, "I" individuel
    nbpiece: int
    bis: bool  # "T3bis" style typology
    surface: float
    construct: int
    loyer: float
    dpe: str
    mode: str
    chauffage: str
    provision_chauffage: float | None


TYPVOIE_LABEL = {"ALL": "allée", "RUE": "rue"}
# (tower name, year built, {entrance: (number, street type, street name)})
TOWERS = [
    ("Tour Ravel", 1969, {"A": ("2", "ALL", "Maurice Ravel"), "B": ("4", "ALL", "Maurice Ravel")}),
    ("Tour Debussy", 1972, {"A": ("1", "RUE", "Claude Debussy"),
                            "B": ("3", "RUE", "Claude Debussy")}),
]
# door on the landing -> usual number of rooms
DOOR_ROOMS = {1: 3, 2: 4, 3: 2}
SURFACE_BY_ROOMS = {1: 31.0, 2: 47.0, 3: 63.0, 4: 76.0, 5: 89.0}
STREETS = [("Louis Pasteur", 8), ("Émile Roux", 6), ("Albert Calmette", 6)]


def _towers(rng: random.Random) -> list[Dwelling]:
    out = []
    for tower, year, entrances in TOWERS:
        code = tower.split()[-1][:3].upper()
        for entree, (num, typvoie, nomvoie) in entrances.items():
            for etage in range(0, 5):
                for door in (1, 2, 3):
                    rooms = DOOR_ROOMS[door]
                    if etage == 0 and door == 3:
                        rooms = 1
                    if door == 2 and rng.random() < 0.15:
                        rooms = 5
                    bis = rooms == 3 and rng.random() < 0.2
                    surface = round(SURFACE_BY_ROOMS[rooms] + (6 if bis else 0)
                                    + rng.uniform(-3, 3), 1)
                    loyer = round(surface * rng.uniform(4.6, 5.4), 2)
                    out.append(Dwelling(
                        ref=f"LGR-{code}-{entree}-{etage}{door:02d}", depcom="62498",
                        codepostal="62300", commune="Lens", numvoie=num, indrep="",
                        typvoie=typvoie, nomvoie=nomvoie, bat=tower, entree=entree, etage=etage,
                        porte=f"{etage}{door:02d}", typeconst="C", nbpiece=rooms, bis=bis,
                        surface=surface, construct=year, loyer=loyer,
                        dpe=rng.choice("DEEEF"), mode="Loué", chauffage="Collectif gaz",
                        provision_chauffage=round(surface * rng.uniform(1.1, 1.5), 2)))
    # a few vacant flats, and the top floor of one entrance walled up before demolition
    for d in rng.sample(out, 3):
        d.mode = "Vacant"
    for d in out:
        if d.bat == "Tour Debussy" and d.entree == "B" and d.etage == 4 and d.porte != "402":
            d.mode = "Vide (démolition)"
    return out


def _houses(rng: random.Random) -> list[Dwelling]:
    out = []
    for street, count in STREETS:
        code = street.split()[-1][:3].upper()
        for i in range(count):
            number = 2 * i + 1 + (0 if street != "Émile Roux" else 10)
            rooms = rng.choice([3, 3, 4, 4, 4, 5])
            surface = round(SURFACE_BY_ROOMS[rooms] - 6 + rng.uniform(-4, 6), 1)
            heating = rng.choice(["Individuel charbon"] * 6 + ["Individuel gaz"] * 3
                                 + ["Individuel électrique"])
            free = heating == "Individuel charbon" and rng.random() < 0.15  # ANGDM housing right
            out.append(Dwelling(
                ref=f"LCP-{code}-{number:03d}", depcom="62510", codepostal="62800",
                commune="Liévin", numvoie=str(number), indrep="B" if rng.random() < 0.1 else "",
                typvoie="RUE", nomvoie=street, bat="", entree="", etage=None, porte="",
                typeconst="I", nbpiece=rooms, bis=False, surface=surface,
                construct=rng.choice([1923, 1927, 1931, 1948, 1952]),
                loyer=0.0 if free else round(surface * rng.uniform(3.6, 4.4), 2),
                dpe=rng.choice("EFFGG"), mode="Loué", chauffage=heating,
                provision_chauffage=None))
    rng.choice(out).mode = "Vacant"
    return out


def dwellings() -> list[Dwelling]:
    rng = random.Random(SEED)
    return _towers(rng) + _houses(rng)


def _fr_decimal(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def _adresse(d: Dwelling) -> str:
    indrep = " bis" if d.indrep == "B" else ""
    return f"{d.numvoie}{indrep} {TYPVOIE_LABEL[d.typvoie]} {d.nomvoie}"


def _etage_label(d: Dwelling, rng: random.Random) -> str:
    if d.etage is None:
        return ""
    if d.etage == 0:
        return rng.choice(["RDC", "RDC", "RC"])
    if d.etage == 1:
        return rng.choice(["1er", "R+1"])
    return f"R+{d.etage}"


def _typologie_label(d: Dwelling, rng: random.Random) -> str:
    if d.nbpiece == 1:
        return "studio" if d.bat == "Tour Debussy" else "T1"
    if d.bis:
        return f"T{d.nbpiece}bis"
    return f"{rng.choice('TTTF')}{d.nbpiece}"


CSV_COLUMNS = [
    "Réf. logement", "DEPCOM", "CODEPOSTAL", "LIBCOM", "NUMVOIE", "INDREP", "TYPVOIE", "NOMVOIE",
    "BAT", "ENTREE", "ETAGE", "NUMAPPT", "TYPECONST", "NBPIECE", "SURFHAB", "CONSTRUCT",
    "LOYERPRINC", "DPEENERGIE", "MODE", "Chauffage", "Provision chauffage (€/mois)",
]
XLSX_COLUMNS = [
    "N° logement", "Code INSEE", "Commune", "Adresse", "Bâtiment", "Entrée", "Étage", "N° porte",
    "Typologie", "Collectif / Individuel", "Surface habitable (m²)", "Année de construction",
    "Loyer principal (€)", "Étiquette DPE", "Statut d'occupation", "Chauffage",
]


def write_csv(rows: list[Dwelling], path: Path = CSV_PATH) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for d in rows:
            writer.writerow([
                d.ref, d.depcom, d.codepostal, d.commune, d.numvoie, d.indrep, d.typvoie,
                d.nomvoie, d.bat, d.entree, "" if d.etage is None else d.etage, d.porte,
                d.typeconst, d.nbpiece, _fr_decimal(d.surface), d.construct,
                _fr_decimal(d.loyer) or "0", d.dpe, d.mode, d.chauffage,
                _fr_decimal(d.provision_chauffage)])


def write_xlsx(rows: list[Dwelling], path: Path = XLSX_PATH) -> None:
    rng = random.Random(SEED + 1)  # label variants only
    wb = Workbook()
    ws = wb.active
    ws.title = "Logements"
    ws.append(XLSX_COLUMNS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    for d in rows:
        ws.append([
            d.ref, d.depcom, d.commune, _adresse(d), d.bat or None, d.entree or None,
            _etage_label(d, rng) or None, d.porte or None, _typologie_label(d, rng),
            "Collectif" if d.typeconst == "C" else "Individuel", d.surface, d.construct,
            d.loyer, d.dpe, d.mode, d.chauffage])
        for col in (2, 8):  # INSEE code and door number stay text (leading zeros)
            ws.cell(row=ws.max_row, column=col).number_format = "@"
    widths = [18, 11, 10, 28, 14, 8, 8, 10, 11, 20, 22, 21, 18, 13, 19, 22]
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    wb.save(path)


def main() -> None:
    rows = dwellings()
    write_csv(rows)
    write_xlsx(rows)
    towers = sum(d.typeconst == "C" for d in rows)
    print(f"écrit : {CSV_PATH.name} et {XLSX_PATH.name} ({towers} appartements, "
          f"{len(rows) - towers} maisons)")


if __name__ == "__main__":
    main()
