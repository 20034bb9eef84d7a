-- A correction never duplicates a participant: one row per event mention and person.
select event_mention_id, person_id, count(*) as n_rows
from {{ ref('int_event_participants') }}
group by event_mention_id, person_id
having count(*) > 1
