{#- One row per current article version: what a fact cites as its source. -#}
with

articles as (
    select * from {{ ref('int_current_articles') }}
),

articles_dimension as (
    select
        article_id,
        url,
        title,
        outlet_id,
        outlet_name,
        published_date,
        source_key,
        n_chars,
        ingested_at,
        concat_ws(', ', coalesce(title, source_key), outlet_name, cast(published_date as varchar))
            || coalesce(' <' || url || '>', '') as citation
    from articles
)

select * from articles_dimension
