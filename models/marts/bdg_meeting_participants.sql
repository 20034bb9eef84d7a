with

meeting_mentions as (
    select * from {{ ref('fct_meeting_mentions') }}
),

participants as (
    select * from {{ ref('int_event_participants') }}
),

meeting_participants as (
    select
        meeting_mentions.meeting_id,
        participants.person_id,
        list_mode(list_sort(list(participants.person_name))) as person_name,
        count(distinct meeting_mentions.article_id) as n_articles
    from meeting_mentions
    inner join participants on participants.event_mention_id = meeting_mentions.event_mention_id
    group by meeting_mentions.meeting_id, participants.person_id
)

select * from meeting_participants
