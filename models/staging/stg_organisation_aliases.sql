with

source as (
    select * from {{ ref('organisation_aliases') }}
),

renamed as (
    select
        organisation_id,
        alias
    from source
)

select * from renamed
