with

source as (
    select * from {{ source('raw', 'event_participants') }}
),

renamed as (
    select
        event_mention_id,
        article_id,
        person_id,
        person_name,
        cast(participant_order as integer) as participant_order
    from source
)

select * from renamed
