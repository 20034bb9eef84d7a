with

source as (
    select * from {{ ref('organisations') }}
),

renamed as (
    select
        organisation_id,
        canonical_name,
        org_type,
        nullif(country, '') as country
    from source
)

select * from renamed
