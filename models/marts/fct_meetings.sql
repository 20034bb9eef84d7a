with

meeting_mentions as (
    select * from {{ ref('fct_meeting_mentions') }}
),

ranked_dates as (
    select
        meeting_id,
        date_start,
        date_end,
        date_precision,
        row_number() over (
            partition by meeting_id
            order by
                case
                    when date_precision = 'unknown' then 9
                    when kind in ('visit', 'summit') and date_precision = 'range' then 0
                    when date_precision = 'day' then 1
                    when date_precision = 'range' then 2
                    when date_precision = 'week' then 3
                    when date_precision = 'month' then 4
                    else 5
                end,
                published_date,
                event_mention_id
        ) as date_rank
    from meeting_mentions
),

best_dates as (
    select meeting_id, date_start, date_end, date_precision
    from ranked_dates
    where date_rank = 1
),

-- the kind and the place told most often; ties go to the first in order, so every build picks the same
kind_counts as (
    select meeting_id, kind, count(*) as n_kind_mentions
    from meeting_mentions
    group by meeting_id, kind
),

best_kinds as (
    select meeting_id, kind
    from kind_counts
    qualify row_number() over (partition by meeting_id order by n_kind_mentions desc, kind) = 1
),

location_counts as (
    select meeting_id, location_id, location_name, count(*) as n_location_mentions
    from meeting_mentions
    where location_id is not null
    group by meeting_id, location_id, location_name
),

best_locations as (
    select meeting_id, location_id, location_name
    from location_counts
    qualify
        row_number() over (
            partition by meeting_id order by n_location_mentions desc, location_id, location_name
        ) = 1
),

meeting_facts as (
    select
        meeting_id,
        case when bool_or(status = 'happened') then 'happened' else 'planned' end as status,
        min(published_date) as first_reported_at,
        arg_min(article_id, coalesce(published_date, date '9999-12-31')::varchar || event_mention_id) as first_article_id,
        max(published_date) as last_reported_at,
        count(*) as n_mentions,
        count(distinct article_id) as n_articles,
        count(distinct outlet_id) as n_outlets,
        count(distinct copy_group_id) as n_independent_reports,
        list_sort(list_distinct(flatten(list(participant_names)))) as participant_names
    from meeting_mentions
    group by meeting_id
),

meetings as (
    select
        meeting_facts.meeting_id,
        best_kinds.kind,
        meeting_facts.status,
        best_dates.date_start,
        best_dates.date_end,
        best_dates.date_precision,
        best_locations.location_id,
        best_locations.location_name,
        meeting_facts.participant_names,
        array_to_string(meeting_facts.participant_names, '; ') as participant_names_text,
        cast(len(meeting_facts.participant_names) as integer) as n_participants,
        meeting_facts.first_reported_at,
        meeting_facts.first_article_id,
        meeting_facts.last_reported_at,
        meeting_facts.n_mentions,
        meeting_facts.n_articles,
        meeting_facts.n_outlets,
        meeting_facts.n_independent_reports
    from meeting_facts
    inner join best_dates on best_dates.meeting_id = meeting_facts.meeting_id
    inner join best_kinds on best_kinds.meeting_id = meeting_facts.meeting_id
    left join best_locations on best_locations.meeting_id = meeting_facts.meeting_id
)

select * from meetings
