{#- Role history as a type-2 slowly changing dimension: one row per person and role spell. -#}
with

roles as (
    select * from {{ ref('stg_person_roles') }}
),

role_versions as (
    select
        person_id || '|' || role_key || '|' || coalesce(cast(valid_from as varchar), 'unknown') as person_role_id,
        person_id,
        role_title,
        role_key,
        organisation_id,
        country,
        valid_from,
        valid_to,
        valid_to is null as is_current
    from roles
)

select * from role_versions
