with

source as (
    select * from {{ source('raw', 'quotes') }}
),

renamed as (
    select
        quote_id,
        article_id,
        quote_text,
        cast(start_char as integer) as start_char,
        cast(end_char as integer) as end_char,
        cast(sentence_id as integer) as sentence_id,
        speaker_type,
        speaker_id,
        speaker_name,
        speaker_surface,
        cue as cue_word,
        attribution_rule,
        cast(confidence as double) as confidence
    from source
)

select * from renamed
