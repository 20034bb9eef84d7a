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

{#- Blocking: same speaker, same first or last three words, and published within about a month
    (a quote is keyed to its own week; its partner to that week and the four after it). -#}
word_keys as (
    select quote_id, article_id, speaker_id, published_date, 'head:' || array_to_string(words[1:3], ' ') as word_key
    from quotes
    union
    select quote_id, article_id, speaker_id, published_date, 'tail:' || array_to_string(words[-3:], ' ') as word_key
    from quotes
),

own_week_keys as (
    select quote_id, article_id, speaker_id, published_date, word_key, date_trunc('week', published_date) as week_start
    from word_keys
),

reach_week_keys as (
    select
        word_keys.quote_id,
        word_keys.article_id,
        word_keys.speaker_id,
        word_keys.published_date,
        word_keys.word_key,
        cast(week.generate_series as date) as week_start
    from word_keys,
        generate_series(
            date_trunc('week', word_keys.published_date),
            date_trunc('week', word_keys.published_date) + interval 28 day,
            interval 7 day
        ) as week
),

candidate_pairs as (
    select distinct
        left_key.quote_id as node_id,
        right_key.quote_id as neighbour_id
    from reach_week_keys as left_key
    inner join own_week_keys as right_key
        on right_key.speaker_id = left_key.speaker_id
        and right_key.word_key = left_key.word_key
        and right_key.week_start = left_key.week_start
    where left_key.quote_id <> right_key.quote_id
      and left_key.article_id <> right_key.article_id
      and abs(date_diff('day', left_key.published_date, right_key.published_date)) <= 30
),

similar_pairs as (
    select pairs.node_id, pairs.neighbour_id
    from candidate_pairs as pairs
    inner join quotes as left_quote on left_quote.quote_id = pairs.node_id
    inner join quotes as right_quote on right_quote.quote_id = pairs.neighbour_id
    -- identical texts skip the costly edit distance (wire copies are often verbatim)
    where case
        when left_quote.normalised_text = right_quote.normalised_text then true
        else greatest(
            1.0 - levenshtein(left_quote.normalised_text, right_quote.normalised_text)
                / greatest(length(left_quote.normalised_text), length(right_quote.normalised_text), 1),
            len(list_intersect(left_quote.words, right_quote.words))
                / greatest(len(list_distinct(list_concat(left_quote.words, right_quote.words))), 1)
        ) >= {{ var('quote_similarity_threshold', 0.75) }}
    end
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
