{#-
    Connected components by min-label propagation, iterated until no label changes: emits a CTE
    `labels` (node_id, label) where label is the smallest node_id of the node's component.
    `edges` must be a CTE with columns (node_id, neighbour_id), symmetric, with a self-loop per node.

    A recursive CTE keyed by node (`using key`): each round reads only the nodes whose label
    changed in the round before and lowers their neighbours' labels; it stops when a round changes
    nothing, so a chain of any length becomes one component (six fixed rounds split chains longer
    than seven hops).
-#}
{% macro propagate_labels(edges) -%}
labels as (
    select
        node_id,
        label
    from (
        with recursive walk (node_id, label) using key (node_id) as (
            select
                node_id,
                min(neighbour_id) as label
            from {{ edges }}
            group by node_id

            union

            select
                edges.node_id,
                min(walk.label) as label
            from walk
            inner join {{ edges }} as edges on walk.node_id = edges.neighbour_id
            inner join recurring.walk as known on edges.node_id = known.node_id
            group by edges.node_id
            having min(walk.label) < min(known.label)
        )

        select
            node_id,
            label
        from walk
    )
)
{%- endmacro %}
