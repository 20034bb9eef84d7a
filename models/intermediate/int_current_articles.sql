with

articles as (
    select * from {{ ref('stg_articles') }}
),

current_articles as (
    select
        article_id,
        source_key,
        url,
        outlet_id,
        outlet_name,
        published_date,
        title,
        n_chars,
        ingested_at
    from articles
    where is_current
)

select * from current_articles
