{#- Mentions of the same real-world meeting across articles: same kind, one participant set
    contains the other, compatible place (same country when both known), and compatible dates:
    overlapping intervals; or an undated planned mention published up to 60 days before a dated
    mention of the event; or two undated mentions published within 30 days. -#}
with

mentions as (
    select * from {{ ref('int_meeting_mentions') }}
),

participants as (
    select distinct event_mention_id, person_id from {{ ref('stg_event_participants') }}
),

candidate_pairs as (
    select distinct
        left_participant.event_mention_id as node_id,
        right_participant.event_mention_id as neighbour_id
    from participants as left_participant
    inner join participants as right_participant
        on right_participant.person_id = left_participant.person_id
        and right_participant.event_mention_id <> left_participant.event_mention_id
),

compatible_pairs as (
    select pairs.node_id, pairs.neighbour_id
    from candidate_pairs as pairs
    inner join mentions as a on a.event_mention_id = pairs.node_id
    inner join mentions as b on b.event_mention_id = pairs.neighbour_id
    where a.kind = b.kind
      and (list_has_all(a.participant_ids, b.participant_ids) or list_has_all(b.participant_ids, a.participant_ids))
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
    from labels_6
)

select * from clusters
