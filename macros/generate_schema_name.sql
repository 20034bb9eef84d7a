{#- Use a folder's custom schema name as-is (staging, intermediate, reference); marts land in main,
    so analysts and BI tools can query fct_/dim_ tables without a schema prefix. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
