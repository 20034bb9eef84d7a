{#- The marts moved from `main` to `marts`: a warehouse built before keeps stale copies in main
    that BI tools would still list. Run at the start of every dbt invocation (dbt_project.yml). -#}
{% macro drop_relocated_marts() -%}
    {%- if execute and flags.WHICH in ('build', 'run') -%}
        {%- set stale = run_query(
            "select table_name from information_schema.tables where table_catalog = current_database()"
            ~ " and table_schema = 'main' and regexp_matches(table_name, '^(fct|dim|bdg)_')"
        ) -%}
        {%- for row in stale.rows -%}
            {%- do run_query('drop table if exists main.' ~ adapter.quote(row[0]) ~ ' cascade') -%}
        {%- endfor -%}
    {%- endif -%}
    select 1
{%- endmacro %}
