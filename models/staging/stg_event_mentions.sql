with

source as (
    select * from {{ source('raw', 'event_mentions') }}
),

renamed as (
    select
        event_mention_id,
        article_id,
        kind,
        status,
        trigger as trigger_word,
        cast(start_char as integer) as start_char,
        cast(end_char as integer) as end_char,
        sentence_ids,
        location_id,
        location_name,
        cast(date_start as date) as date_start,
        cast(date_end as date) as date_end,
        date_precision,
        date_text,
        cast(confidence as double) as confidence,
        in_quote
    from source
)

select * from renamed
