with

source as (
    select * from {{ source('raw', 'quarantine') }}
),

renamed as (
    select
        source_key,
        source_path,
        reason,
        detail,
        nullif(content_sha256, '') as content_sha256,
        run_id,
        quarantined_at
    from source
)

select * from renamed
