with

source as (
    select * from {{ ref('corrections') }}
),

renamed as (
    select
        correction_id,
        article_id,
        cast(start_char as integer) as start_char,
        cast(end_char as integer) as end_char,
        lower(trim(action)) as action,
        nullif(trim(entity_id), '') as entity_id,
        note
    from source
)

select * from renamed
