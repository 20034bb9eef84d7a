with

source as (
    select * from {{ source('raw', 'mentions') }}
),

renamed as (
    select
        mention_id,
        article_id,
        entity_type,
        entity_id,
        canonical_name,
        surface,
        cast(start_char as integer) as start_char,
        cast(end_char as integer) as end_char,
        cast(sentence_id as integer) as sentence_id,
        resolution,
        cast(confidence as double) as confidence
    from source
)

select * from renamed
