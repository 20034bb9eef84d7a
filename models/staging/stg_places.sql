with

source as (
    select * from {{ ref('places') }}
),

renamed as (
    select
        place_id,
        place_name,
        place_type,
        nullif(country, '') as country
    from source
)

select * from renamed
