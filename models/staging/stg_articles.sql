with

source as (
    select * from {{ source('raw', 'articles') }}
),

renamed as (
    select
        article_id,
        source_key,
        source_path,
        source_format,
        encoding,
        url,
        outlet_id,
        outlet_name,
        outlet_source,
        nullif(outlet_note, '') as outlet_note,
        cast(published_date as date) as published_date,
        date_source,
        nullif(date_note, '') as date_note,
        title,
        clean_text,
        cast(n_chars as integer) as n_chars,
        removed_boilerplate,
        run_id,
        ingested_at,
        is_current,
        superseded_by
    from source
)

select * from renamed
