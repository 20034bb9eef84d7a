with

source as (
    select * from {{ ref('people') }}
),

renamed as (
    select
        person_id,
        canonical_name,
        country,
        gender,
        nullif(wikidata_id, '') as wikidata_id
    from source
)

select * from renamed
