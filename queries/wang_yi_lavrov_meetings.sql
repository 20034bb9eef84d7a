-- Every Wang Yi–Lavrov meeting, visit or call, with dates, sources and what each side said.
with

pair_meetings as (
    select meetings.*
    from fct_meetings as meetings
    where exists (select 1 from bdg_meeting_participants p where p.meeting_id = meetings.meeting_id and p.person_id = 'wang_yi')
      and exists (select 1 from bdg_meeting_participants p where p.meeting_id = meetings.meeting_id and p.person_id = 'sergey_lavrov')
),

sources as (
    select
        mentions.meeting_id,
        list(distinct outlets.outlet_name order by outlets.outlet_name) as outlets,
        list(distinct mentions.article_id) as article_ids
    from fct_meeting_mentions as mentions
    left join dim_outlets as outlets on outlets.outlet_id = mentions.outlet_id
    group by mentions.meeting_id
),

statements as (
    select
        mentions.meeting_id,
        list(quotes.speaker_name || ': ' || quotes.quote_text order by quotes.start_char)
            filter (where quotes.speaker_id in ('wang_yi', 'sergey_lavrov')) as said
    from fct_meeting_mentions as mentions
    inner join fct_quotes as quotes on quotes.article_id = mentions.article_id
    group by mentions.meeting_id
)

select
    pair_meetings.kind,
    pair_meetings.status,
    pair_meetings.date_start,
    pair_meetings.date_end,
    pair_meetings.date_precision,
    pair_meetings.location_name,
    sources.outlets,
    statements.said
from pair_meetings
left join sources on sources.meeting_id = pair_meetings.meeting_id
left join statements on statements.meeting_id = pair_meetings.meeting_id
where pair_meetings.date_start >= date '2023-01-01' or pair_meetings.date_start is null
order by pair_meetings.date_start nulls last
