with

outlets as (
    select * from {{ ref('stg_outlets') }}
),

articles as (
    select * from {{ ref('int_current_articles') }}
),

outlets_seen as (
    select outlet_id, list_mode(list_sort(list(outlet_name))) as outlet_name, count(*) as n_articles
    from articles
    where outlet_id is not null
    group by outlet_id
),

all_outlets as (
    select outlet_id, outlet_name, domain, country, organisation_id, false as is_provisional from outlets
    union all
    select outlet_id, outlet_name, null, null, null, true
    from outlets_seen
    where outlet_id not in (select outlet_id from outlets)
),

outlets_dimension as (
    select
        all_outlets.outlet_id,
        all_outlets.outlet_name,
        all_outlets.domain,
        all_outlets.country,
        all_outlets.organisation_id,
        all_outlets.is_provisional,
        coalesce(outlets_seen.n_articles, 0) as n_articles
    from all_outlets
    left join outlets_seen on outlets_seen.outlet_id = all_outlets.outlet_id
)

select * from outlets_dimension
