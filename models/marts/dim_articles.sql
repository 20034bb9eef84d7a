{#- One row per current article version: what a fact cites as its source. -#}
with

articles as (
    select * from {{ ref('int_current_articles') }}
),

copies as (
    select * from {{ ref('int_article_copies') }}
),

articles_dimension as (
    select
        articles.article_id,
        articles.url,
        copies.canonical_url,
        articles.title,
        articles.outlet_id,
        articles.outlet_name,
        articles.published_date,
        articles.source_key,
        articles.n_chars,
        articles.ingested_at,
        concat_ws(', ', coalesce(articles.title, articles.source_key), articles.outlet_name, cast(articles.published_date as varchar))
            || coalesce(' <' || articles.url || '>', '') as citation,
        copies.copy_group_id,
        copies.matched_by,
        copies.n_copies,
        copies.is_duplicate_in_outlet
    from articles
    inner join copies on copies.article_id = articles.article_id
)

select * from articles_dimension
