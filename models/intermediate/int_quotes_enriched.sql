with

quotes as (
    select * from {{ ref('stg_quotes') }}
),

articles as (
    select * from {{ ref('int_current_articles') }}
),

quotes_in_current_articles as (
    select
        quotes.*,
        articles.outlet_id,
        articles.published_date,
        trim(regexp_replace(lower(quotes.quote_text), '[^a-z0-9]+', ' ', 'g')) as normalised_text
    from quotes
    inner join articles on articles.article_id = quotes.article_id
    {{ only_new_articles('quotes.article_id') }}
)

select * from quotes_in_current_articles
