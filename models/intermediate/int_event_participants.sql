{#- Participants of every event mention after the analysts' corrections (seed `corrections`):
    remove_participant drops a person from the mention at those offsets, add_participant adds one. -#}
with

participants as (
    select * from {{ ref('stg_event_participants') }}
),

event_mentions as (
    select * from {{ ref('stg_event_mentions') }}
),

corrections as (
    select * from {{ ref('stg_corrections') }}
),

people as (
    select * from {{ ref('stg_people') }}
),

participant_corrections as (
    select event_mentions.event_mention_id, event_mentions.article_id, corrections.action, corrections.entity_id as person_id
    from corrections
    inner join event_mentions
        on event_mentions.article_id = corrections.article_id
        and event_mentions.start_char = corrections.start_char
        and event_mentions.end_char = corrections.end_char
    where corrections.action in ('add_participant', 'remove_participant')
),

kept_participants as (
    select participants.*
    from participants
    anti join participant_corrections as removed
        on removed.event_mention_id = participants.event_mention_id
        and removed.person_id = participants.person_id
        and removed.action = 'remove_participant'
),

added_participants as (
    select
        added.event_mention_id,
        added.article_id,
        added.person_id,
        coalesce(people.canonical_name, added.person_id) as person_name,
        cast(1000 + row_number() over (partition by added.event_mention_id order by added.person_id) as integer) as participant_order
    from participant_corrections as added
    left join people on people.person_id = added.person_id
    where added.action = 'add_participant'
      and not exists (
          select 1 from kept_participants
          where kept_participants.event_mention_id = added.event_mention_id and kept_participants.person_id = added.person_id
      )
),

corrected_participants as (
    select event_mention_id, article_id, person_id, person_name, participant_order from kept_participants
    union all
    select event_mention_id, article_id, person_id, person_name, participant_order from added_participants
)

select * from corrected_participants
