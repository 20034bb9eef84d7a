with

source as (
    select * from {{ source('raw', 'ingest_runs') }}
),

renamed as (
    select
        run_id,
        started_at,
        finished_at,
        cast(n_inputs as integer) as n_inputs,
        cast(n_loaded as integer) as n_loaded,
        cast(n_duplicates as integer) as n_duplicates,
        cast(n_superseded as integer) as n_superseded,
        cast(n_quarantined as integer) as n_quarantined,
        parley_version
    from source
)

select * from renamed
