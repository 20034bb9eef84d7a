{#- Mentions of the same real-world meeting across articles: same kind, one participant set
    contains the other, compatible place (same country when both known), and compatible dates:
    overlapping intervals; or an undated planned mention published up to 60 days before a dated
    mention of the event; or two undated mentions published within 30 days. -#}
with

mentions as (
    select * from {{ ref('int_meeting_mentions') }}
),

participants as (
    select distinct event_mention_id, person_id from {{ ref('int_event_participants') }}
),

{#- Blocking: a mention is compared only with mentions that share a participant, the kind and a
    week. Dated mentions cover the weeks of their interval (at most 9); undated ones the 9 weeks
    after publication, which is where a dated report of the same event can fall. -#}
time_windows as (
    select
        event_mention_id,
        kind,
        date_trunc('week', coalesce(date_start, published_date)) as first_week,
        date_trunc('week', least(
            coalesce(date_last, published_date + interval 60 day),
            coalesce(date_start, published_date) + interval 60 day
        )) as last_week
    from mentions
    where coalesce(date_start, published_date) is not null
),

mention_weeks as (
    select time_windows.event_mention_id, time_windows.kind, cast(week.generate_series as date) as week_start
    from time_windows,
        generate_series(time_windows.first_week, time_windows.last_week, interval 7 day) as week
),

blocking_keys as (
    select distinct mention_weeks.event_mention_id, participants.person_id, mention_weeks.kind, mention_weeks.week_start
    from mention_weeks
    inner join participants on participants.event_mention_id = mention_weeks.event_mention_id
),

candidate_pairs as (
    select distinct
        left_key.event_mention_id as node_id,
        right_key.event_mention_id as neighbour_id
    from blocking_keys as left_key
    inner join blocking_keys as right_key
        on right_key.person_id = left_key.person_id
        and right_key.kind = left_key.kind
        and right_key.week_start = left_key.week_start
        and right_key.event_mention_id <> left_key.event_mention_id
),

{#- Only the columns the compatibility test reads: joining millions of pairs to the wide
    mention rows is what makes the comparison slow on large corpora. -#}
mention_facts as (
    select event_mention_id, status, location_country, date_start, date_last, published_date, participant_ids
    from mentions
),

compatible_pairs as (
    select pairs.node_id, pairs.neighbour_id
    from candidate_pairs as pairs
    inner join mention_facts as a on a.event_mention_id = pairs.node_id
    inner join mention_facts as b on b.event_mention_id = pairs.neighbour_id
    where (list_has_all(a.participant_ids, b.participant_ids) or list_has_all(b.participant_ids, a.participant_ids))
      and (a.location_country is null or b.location_country is null or a.location_country = b.location_country)
      and case
          when a.date_start is not null and b.date_start is not null
              then a.date_start <= b.date_last and b.date_start <= a.date_last
          when a.date_start is null and b.date_start is null
              then abs(date_diff('day', a.published_date, b.published_date)) <= 30
          when a.date_start is null
              then a.status = 'planned' and a.published_date <= b.date_last
                  and a.published_date >= b.date_start - interval 60 day
          else b.status = 'planned' and b.published_date <= a.date_last
              and b.published_date >= a.date_start - interval 60 day
      end
),

edges as (
    select node_id, neighbour_id from compatible_pairs
    union
    select event_mention_id, event_mention_id from mentions
),

{{ propagate_labels('edges') }},

clusters as (
    select
        node_id as event_mention_id,
        label as cluster_key
    from labels
)

select * from clusters
