with

source as (
    select * from {{ ref('outlets') }}
),

renamed as (
    select
        outlet_id,
        outlet_name,
        domain,
        country,
        organisation_id
    from source
)

select * from renamed
