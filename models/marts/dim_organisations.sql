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

discovered_organisations as (
    select
        entity_id as organisation_id,
        list_mode(list_sort(list(canonical_name))) as canonical_name,
        cast(null as varchar) as org_type,
        cast(null as varchar) as country,
        true as is_provisional
    from mentions
    where
        entity_type = 'organisation'
        and entity_id not in (select organisation_id from organisations)
    group by entity_id
),

all_organisations as (
    select organisation_id, canonical_name, org_type, country, false as is_provisional from organisations
    union all
    select * from discovered_organisations
),

organisations_dimension as (
    select
        all_organisations.organisation_id,
        all_organisations.canonical_name,
        all_organisations.org_type,
        all_organisations.country,
        all_organisations.is_provisional,
        coalesce(alias_lists.aliases, []) as aliases,
        coalesce(array_to_string(alias_lists.aliases, '; '), '') as aliases_text,
        coalesce(mention_stats.n_articles, 0) as n_articles
    from all_organisations
    left join alias_lists on alias_lists.organisation_id = all_organisations.organisation_id
    left join mention_stats on mention_stats.organisation_id = all_organisations.organisation_id
)

select * from organisations_dimension
