{#- Use a folder's custom schema name as-is (staging, intermediate, reference, marts) instead of
    dbt's <target>_<custom> default, so BI tools list one plain `marts` schema for analysts. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
