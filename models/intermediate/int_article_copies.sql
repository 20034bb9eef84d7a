{#- Every current article with its story (copy group): the first report of the story is its
    original; a later article of the same outlet in the group is a duplicate (the same article read
    twice, e.g. as .txt and .html), while copies on other outlets are wire copies they carried. -#}
with

articles as (
    select * from {{ ref('int_current_articles') }}
),

copies as (
    select * from {{ ref('stg_article_copies') }}
),

articles_with_groups as (
    select
        articles.article_id,
        articles.outlet_id,
        articles.published_date,
        coalesce(copies.copy_group_id, articles.article_id) as copy_group_id,
        copies.canonical_url,
        coalesce(copies.matched_by, 'none') as matched_by
    from articles
    left join copies on copies.article_id = articles.article_id
),

ranked_copies as (
    select
        *,
        row_number() over (
            partition by copy_group_id, coalesce(outlet_id, '')
            order by published_date nulls last, article_id
        ) as rank_in_outlet,
        count(*) over (partition by copy_group_id) as n_copies
    from articles_with_groups
),

article_copies as (
    select
        article_id,
        copy_group_id,
        canonical_url,
        matched_by,
        n_copies,
        rank_in_outlet > 1 as is_duplicate_in_outlet
    from ranked_copies
)

select * from article_copies
