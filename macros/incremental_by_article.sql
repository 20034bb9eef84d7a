{#- Incremental mention-level models (configured in dbt_project.yml): a build adds the rows of
    articles the table does not hold yet and removes the rows of articles that are no longer
    current (superseded by a new version). Model or seed changes are handled by a full refresh:
    `ingest.dbt_runner.build` passes --full-refresh whenever the project's fingerprint differs
    from the one the warehouse was built with. -#}

{% macro only_new_articles(article_id_column) -%}
    {%- if is_incremental() %}
    where {{ article_id_column }} not in (select article_id from {{ this }})
    {%- endif %}
{%- endmacro %}

{% macro drop_superseded_articles() -%}
    delete from {{ this }} where article_id not in (select article_id from {{ ref('int_current_articles') }})
{%- endmacro %}
