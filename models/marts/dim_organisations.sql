with

organisations as (
    select * from {{ ref('stg_organisations') }}
),

aliases as (
    select * from {{ ref('stg_organisation_aliases') }}
),

mentions as (
    select * from {{ ref('stg_mentions') }}
),

alias_lists as (
    select organisation_id, list(alias order by alias) as aliases
    from aliases
    group by organisation_id
),

mention_stats as (
    select entity_id as organisation_id, count(distinct article_id) as n_articles
    from mentions
    where entity_type = 'organisation'
    group by entity_id
),

organisations_dimension as (
    select
        organisations.organisation_id,
        organisations.canonical_name,
        organisations.org_type,
        organisations.country,
        coalesce(alias_lists.aliases, []) as aliases,
        coalesce(array_to_string(alias_lists.aliases, '; '), '') as aliases_text,
        coalesce(mention_stats.n_articles, 0) as n_articles
    from organisations
    left join alias_lists on alias_lists.organisation_id = organisations.organisation_id
    left join mention_stats on mention_stats.organisation_id = organisations.organisation_id
)

select * from organisations_dimension
