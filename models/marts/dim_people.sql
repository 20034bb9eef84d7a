with

people as (
    select * from {{ ref('stg_people') }}
),

aliases as (
    select * from {{ ref('stg_person_aliases') }}
),

roles as (
    select * from {{ ref('dim_person_roles') }}
),

mentions as (
    select * from {{ ref('stg_mentions') }}
),

articles as (
    select * from {{ ref('int_current_articles') }}
),

person_mentions as (
    select
        mentions.entity_id as person_id,
        mentions.canonical_name,
        mentions.article_id,
        mentions.resolution,
        articles.published_date
    from mentions
    inner join articles on articles.article_id = mentions.article_id
    where mentions.entity_type = 'person'
),

discovered_people as (
    select
        person_id,
        list_mode(list_sort(list(canonical_name))) as canonical_name,
        cast(null as varchar) as country,
        cast(null as varchar) as gender,
        cast(null as varchar) as wikidata_id,
        true as is_provisional
    from person_mentions
    where person_id not in (select person_id from people)
    group by person_id
),

all_people as (
    select person_id, canonical_name, country, gender, wikidata_id, false as is_provisional from people
    union all
    select * from discovered_people
),

alias_lists as (
    select person_id, list(alias order by alias) as aliases
    from aliases
    group by person_id
),

current_roles as (
    select person_id, arg_max(role_title, valid_from) as current_role_title, arg_max(organisation_id, valid_from) as current_organisation_id
    from roles
    where is_current
    group by person_id
),

mention_stats as (
    select
        person_id,
        count(distinct article_id) as n_articles,
        min(published_date) as first_mentioned_at,
        bool_and(resolution = 'credit') as is_credit_only
    from person_mentions
    group by person_id
),

people_dimension as (
    select
        all_people.person_id,
        all_people.canonical_name,
        all_people.country,
        all_people.gender,
        all_people.wikidata_id,
        all_people.is_provisional,
        coalesce(alias_lists.aliases, []) as aliases,
        coalesce(array_to_string(alias_lists.aliases, '; '), '') as aliases_text,
        current_roles.current_role_title,
        current_roles.current_organisation_id,
        coalesce(mention_stats.n_articles, 0) as n_articles,
        mention_stats.first_mentioned_at,
        coalesce(mention_stats.is_credit_only, false) as is_credit_only
    from all_people
    left join alias_lists on alias_lists.person_id = all_people.person_id
    left join current_roles on current_roles.person_id = all_people.person_id
    left join mention_stats on mention_stats.person_id = all_people.person_id
)

select * from people_dimension
