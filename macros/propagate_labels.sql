{#-
    Connected components by min-label propagation: emits CTEs labels_0 .. labels_<rounds>.
    `edges` must be a CTE with columns (node_id, neighbour_id) that includes a self-loop per node.
    After n rounds every node carries the smallest node_id within n hops; clusters of mentions
    of one meeting or quote are small and shallow, so a handful of rounds reaches the fixpoint.
-#}
{% macro propagate_labels(edges, rounds=6) -%}
labels_0 as (
    select node_id, min(neighbour_id) as label
    from {{ edges }}
    group by node_id
),
{%- for round in range(1, rounds + 1) %}
labels_{{ round }} as (
    select edges.node_id, min(labels.label) as label
    from {{ edges }} as edges
    inner join labels_{{ round - 1 }} as labels on labels.node_id = edges.neighbour_id
    group by edges.node_id
){{ "," if not loop.last }}
{%- endfor %}
{%- endmacro %}
