with

event_mentions as (
    select * from {{ ref('stg_event_mentions') }}
),

participants as (
    select * from {{ ref('int_event_participants') }}
),

dropped_mentions as (
    select article_id, start_char, end_char
    from {{ ref('stg_corrections') }}
    where action = 'drop_meeting'
),

articles as (
    select * from {{ ref('int_current_articles') }}
),

places as (
    select * from {{ ref('stg_places') }}
),

participant_lists as (
    select
        event_mention_id,
        list(person_id order by person_id) as participant_ids,
        list(person_name order by person_id) as participant_names
    from participants
    group by event_mention_id
),

mentions_in_current_articles as (
    select
        event_mentions.*,
        articles.outlet_id,
        articles.published_date,
        coalesce(participant_lists.participant_ids, []) as participant_ids,
        coalesce(participant_lists.participant_names, []) as participant_names,
        places.country as location_country,
        coalesce(event_mentions.date_end, event_mentions.date_start) as date_last
    from event_mentions
    inner join articles on articles.article_id = event_mentions.article_id
    left join participant_lists on participant_lists.event_mention_id = event_mentions.event_mention_id
    left join places on places.place_id = event_mentions.location_id
    anti join dropped_mentions
        on dropped_mentions.article_id = event_mentions.article_id
        and dropped_mentions.start_char = event_mentions.start_char
        and dropped_mentions.end_char = event_mentions.end_char
    {{ only_new_articles('event_mentions.article_id') }}
)

select * from mentions_in_current_articles
