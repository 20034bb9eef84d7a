with

announcements as (
    select * from {{ ref('stg_announcements') }}
),

articles as (
    select * from {{ ref('int_current_articles') }}
),

meeting_mentions as (
    select * from {{ ref('fct_meeting_mentions') }}
),

announcements_with_meetings as (
    select
        announcements.announcement_id,
        announcements.article_id,
        articles.outlet_id,
        articles.published_date,
        announcements.announcer_type,
        announcements.announcer_id,
        announcements.announcer_name,
        announcements.announced_on,
        announcements.cue_word,
        announcements.event_mention_id,
        meeting_mentions.meeting_id,
        announcements.confidence
    from announcements
    inner join articles on articles.article_id = announcements.article_id
    inner join meeting_mentions on meeting_mentions.event_mention_id = announcements.event_mention_id
)

select * from announcements_with_meetings
