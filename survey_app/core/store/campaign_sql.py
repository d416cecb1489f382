"""The campaign listing as plain SQL text, for the fast start-up read (`quick_read`).

Generated from `dwelling_query.dwelling_select()` compiled for SQLite; a test checks it still matches.
Regenerate with: `python -m survey_app.core.store.quick_read --print-sql > survey_app/core/store/campaign_sql.py`.
"""

DWELLINGS_SQL = """
WITH last_visit AS 
(SELECT visits.dwelling_id AS dwelling_id, max(visits.visited_at || visits.created_at || visits.id) AS latest_key, visits.outcome AS outcome, visits.visited_at AS visited_at, visits.appointment_at AS appointment_at, visits.refusal_reason AS refusal_reason, visits.note AS note, visits.surveyor_id AS surveyor_id, count(*) AS n_visits, sum(CASE WHEN (visits.outcome = 'absent') THEN 1 ELSE 0 END) AS n_absent 
FROM visits 
WHERE visits.deleted_at IS NULL GROUP BY visits.dwelling_id), 
latest_interview AS 
(SELECT interviews.dwelling_id AS dwelling_id, max(interviews.modified_at || interviews.id) AS latest_key, interviews.id AS id, interviews.status AS status, count(*) AS n, sum(CASE WHEN (interviews.status IN ('termine', 'valide')) THEN 1 ELSE 0 END) AS done, sum(CASE WHEN (interviews.status = 'brouillon') THEN 1 ELSE 0 END) AS draft 
FROM interviews 
WHERE interviews.deleted_at IS NULL GROUP BY interviews.dwelling_id), 
field_interview AS 
(SELECT field_interviews.dwelling_id AS dwelling_id, sum(CASE WHEN (field_interviews.status IN ('termine', 'valide')) THEN 1 ELSE 0 END) AS done, sum(CASE WHEN (field_interviews.status = 'brouillon') THEN 1 ELSE 0 END) AS draft 
FROM field_interviews 
WHERE field_interviews.deleted_at IS NULL AND NOT (EXISTS (SELECT interviews.id 
FROM interviews 
WHERE interviews.id = field_interviews.id)) GROUP BY field_interviews.dwelling_id)
 SELECT dwellings.id, dwellings.campaign_id, dwellings.landlord_ref, dwellings.site_id, sites.name AS site_name, dwellings.building_id, buildings.code AS building_code, dwellings.entrance_id, entrances.code AS entrance_code, dwellings.floor, dwellings.floor_label, dwellings.door, dwellings.typology, dwellings.typology_label, dwellings.rooms, dwellings.surface, dwellings.construction, dwellings.address, dwellings.commune, dwellings.register_status, CASE WHEN (latest_interview.done > 0 OR field_interview.done > 0) THEN 'termine' WHEN (latest_interview.draft > 0 OR field_interview.draft > 0) THEN 'en_cours' WHEN (last_visit.outcome IN ('absent', 'rendez_vous', 'refus', 'vacant', 'mure_demoli', 'impossible', 'autre')) THEN last_visit.outcome WHEN (latest_interview.n > 0) THEN 'rejete' WHEN (last_visit.outcome = 'realise') THEN 'termine' WHEN (last_visit.outcome = 'partiel') THEN 'en_cours' ELSE 'a_visiter' END AS status, coalesce(last_visit.n_visits, 0) AS visit_count, coalesce(last_visit.n_absent, 0) AS absent_count, last_visit.visited_at AS last_visit_at, last_visit.outcome AS last_visit_outcome, surveyors.name AS last_visit_surveyor, last_visit.note AS last_visit_note, CASE WHEN (last_visit.outcome = 'rendez_vous') THEN last_visit.appointment_at END AS appointment_at, CASE WHEN (last_visit.outcome = 'refus') THEN last_visit.refusal_reason END AS refusal_reason, coalesce(latest_interview.n, 0) AS interview_count, latest_interview.id AS latest_interview_id, latest_interview.status AS latest_interview_status 
FROM dwellings JOIN sites ON sites.id = dwellings.site_id LEFT OUTER JOIN buildings ON buildings.id = dwellings.building_id LEFT OUTER JOIN entrances ON entrances.id = dwellings.entrance_id LEFT OUTER JOIN last_visit ON last_visit.dwelling_id = dwellings.id LEFT OUTER JOIN surveyors ON surveyors.id = last_visit.surveyor_id LEFT OUTER JOIN latest_interview ON latest_interview.dwelling_id = dwellings.id LEFT OUTER JOIN field_interview ON field_interview.dwelling_id = dwellings.id
"""
