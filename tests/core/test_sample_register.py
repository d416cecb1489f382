"""The sample landlord registers shipped for demos import cleanly, and re-importing never duplicates."""

from __future__ import annotations

import pytest

from survey_app.core.prefill import prefill_for
from survey_app.core.store import Store
from survey_app.core.store.register_import import read_register
from tests.conftest import ROOT

SAMPLES = ROOT / "resources" / "samples"


@pytest.mark.parametrize("name", ["registre_bailleur_demo.csv", "registre_bailleur_demo.xlsx"])
def test_sample_register_reads_without_errors(name):
    result = read_register(SAMPLES / name)
    assert not [i for i in result.issues if i.is_error], [i.format() for i in result.issues]
    assert len(result.rows) == 80
    towers = [r for r in result.rows if r.building]
    houses = [r for r in result.rows if not r.building]
    assert len(towers) == 60 and len(houses) == 20
    assert {r.floor for r in towers} == {0, 1, 2, 3, 4}


def test_both_samples_describe_the_same_dwellings_and_prefill_the_form(tmp_path):
    store = Store.create(tmp_path / "s.db")
    first = store.import_dwellings(read_register(SAMPLES / "registre_bailleur_demo.csv").rows, campaign="Démo")
    second = store.import_dwellings(read_register(SAMPLES / "registre_bailleur_demo.xlsx").rows, campaign="Démo")
    assert first.created == 80 and second.created == 0
    rows = store.list_dwellings()
    assert len(rows) == 80
    flat = next(r for r in rows if r.building_code and r.floor == 2)
    values = prefill_for(flat, "Awa")
    assert values["type_logement"] == "1" and values["etage"] == 2 and values["site"] == "1"
    assert values["enqueteur"] == "Awa" and values["id_logement"] == flat.landlord_ref
    house = next(r for r in rows if not r.building_code)
    assert prefill_for(house)["type_logement"] == "2" and prefill_for(house)["site"] == "2"
