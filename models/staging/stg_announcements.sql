with

source as (
    select * from {{ source('raw', 'announcements') }}
),

renamed as (
    select
        announcement_id,
        article_id,
        event_mention_id,
        announcer_type,
        announcer_id,
        announcer_name,
        cast(announced_on as date) as announced_on,
        cue as cue_word,
        cast(start_char as integer) as start_char,
        cast(end_char as integer) as end_char,
        cast(sentence_id as integer) as sentence_id,
        cast(confidence as double) as confidence
    from source
)

select * from renamed
