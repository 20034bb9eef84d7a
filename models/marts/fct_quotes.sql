with

quotes as (
    select * from {{ ref('int_quotes_enriched') }}
),

clusters as (
    select * from {{ ref('int_quote_clusters') }}
),

copies as (
    select * from {{ ref('int_article_copies') }}
),

clustered_quotes as (
    select
        quotes.*,
        copies.copy_group_id,
        copies.is_duplicate_in_outlet,
        'qc_' || substr(md5(clusters.cluster_key), 1, 16) as quote_cluster_id
    from quotes
    inner join clusters on clusters.quote_id = quotes.quote_id
    inner join copies on copies.article_id = quotes.article_id
),

cluster_sources as (
    select
        quote_cluster_id,
        count(*) as cluster_size,
        count(distinct outlet_id) as cluster_n_outlets,
        count(distinct copy_group_id) as cluster_independent_reports,
        arg_min(quote_id, coalesce(published_date, date '9999-12-31')::varchar || quote_id) as cluster_first_quote_id,
        min(published_date) as cluster_first_published_date
    from clustered_quotes
    group by quote_cluster_id
),

quotes_with_clusters as (
    select
        clustered_quotes.quote_id,
        clustered_quotes.article_id,
        clustered_quotes.copy_group_id,
        clustered_quotes.is_duplicate_in_outlet,
        clustered_quotes.outlet_id,
        clustered_quotes.published_date,
        clustered_quotes.speaker_type,
        clustered_quotes.speaker_id,
        clustered_quotes.speaker_name,
        clustered_quotes.quote_text,
        clustered_quotes.cue_word,
        clustered_quotes.attribution_rule,
        clustered_quotes.correction_id,
        clustered_quotes.confidence,
        clustered_quotes.start_char,
        clustered_quotes.end_char,
        clustered_quotes.quote_cluster_id,
        cluster_sources.cluster_size,
        cluster_sources.cluster_n_outlets,
        cluster_sources.cluster_independent_reports,
        cluster_sources.cluster_first_quote_id,
        cluster_sources.cluster_first_published_date,
        clustered_quotes.quote_id = cluster_sources.cluster_first_quote_id as is_first_in_cluster
    from clustered_quotes
    inner join cluster_sources on cluster_sources.quote_cluster_id = clustered_quotes.quote_cluster_id
)

select * from quotes_with_clusters
