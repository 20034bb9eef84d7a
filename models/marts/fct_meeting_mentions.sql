with

mentions as (
    select * from {{ ref('int_meeting_mentions') }}
),

clusters as (
    select * from {{ ref('int_meeting_clusters') }}
),

copies as (
    select * from {{ ref('int_article_copies') }}
),

mentions_with_meeting as (
    select
        mentions.event_mention_id,
        'mtg_' || substr(md5(clusters.cluster_key), 1, 16) as meeting_id,
        mentions.article_id,
        copies.copy_group_id,
        copies.is_duplicate_in_outlet,
        mentions.outlet_id,
        mentions.published_date,
        mentions.kind,
        mentions.status,
        mentions.trigger_word,
        mentions.participant_ids,
        array_to_string(mentions.participant_ids, '; ') as participant_ids_text,
        mentions.participant_names,
        array_to_string(mentions.participant_names, '; ') as participant_names_text,
        mentions.location_id,
        mentions.location_name,
        mentions.date_start,
        mentions.date_end,
        mentions.date_precision,
        mentions.date_text,
        mentions.in_quote,
        mentions.start_char,
        mentions.end_char,
        mentions.confidence
    from mentions
    inner join clusters on clusters.event_mention_id = mentions.event_mention_id
    inner join copies on copies.article_id = mentions.article_id
)

select * from mentions_with_meeting
