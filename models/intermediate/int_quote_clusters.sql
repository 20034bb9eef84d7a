{#- Groups the same statement reported by several articles: same speaker, published within
    30 days, sharing the first or last three words, and similar enough (normalised edit
    distance or word overlap). Blocking keys keep the self-join small on large corpora. -#}
with

quotes as (
    select
        quote_id,
        article_id,
        speaker_id,
        published_date,
        normalised_text,
        string_split(normalised_text, ' ') as words
    from {{ ref('int_quotes_enriched') }}
    where speaker_id is not null
),

blocking_keys as (
    select quote_id, 'head:' || array_to_string(words[1:3], ' ') as block_key from quotes
    union
    select quote_id, 'tail:' || array_to_string(words[-3:], ' ') as block_key from quotes
),

candidate_pairs as (
    select distinct
        left_quote.quote_id as node_id,
        right_quote.quote_id as neighbour_id,
        left_quote.normalised_text as left_text,
        right_quote.normalised_text as right_text,
        left_quote.words as left_words,
        right_quote.words as right_words
    from quotes as left_quote
    inner join blocking_keys as left_key on left_key.quote_id = left_quote.quote_id
    inner join blocking_keys as right_key on right_key.block_key = left_key.block_key
    inner join quotes as right_quote on right_quote.quote_id = right_key.quote_id
    where left_quote.quote_id <> right_quote.quote_id
      and left_quote.article_id <> right_quote.article_id
      and left_quote.speaker_id = right_quote.speaker_id
      and abs(date_diff('day', left_quote.published_date, right_quote.published_date)) <= 30
),

similar_pairs as (
    select node_id, neighbour_id
    from candidate_pairs
    where greatest(
        1.0 - levenshtein(left_text, right_text) / greatest(length(left_text), length(right_text), 1),
        len(list_intersect(left_words, right_words)) / greatest(len(list_distinct(list_concat(left_words, right_words))), 1)
    ) >= {{ var('quote_similarity_threshold', 0.75) }}
),

edges as (
    select node_id, neighbour_id from similar_pairs
    union
    select quote_id, quote_id from {{ ref('int_quotes_enriched') }}
),

{{ propagate_labels('edges') }},

clusters as (
    select
        node_id as quote_id,
        label as cluster_key
    from labels_6
)

select * from clusters
