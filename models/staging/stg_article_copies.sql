with

source as (
    select * from {{ source('raw', 'article_copies') }}
),

renamed as (
    select
        article_id,
        copy_group_id,
        canonical_url,
        matched_by
    from source
)

select * from renamed
