with

source as (
    select * from {{ ref('person_roles') }}
),

renamed as (
    select
        person_id,
        role as role_title,
        role_key,
        organisation_id,
        nullif(country, '') as country,
        cast(valid_from as date) as valid_from,
        cast(valid_to as date) as valid_to
    from source
)

select * from renamed
