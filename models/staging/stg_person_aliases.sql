with

source as (
    select * from {{ ref('person_aliases') }}
),

renamed as (
    select
        person_id,
        alias,
        alias_type
    from source
)

select * from renamed
