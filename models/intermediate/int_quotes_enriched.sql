with

quotes as (
    select * from {{ ref('stg_quotes') }}
),

articles as (
    select * from {{ ref('int_current_articles') }}
),

speaker_corrections as (
    select * from {{ ref('stg_corrections') }}
    where action = 'set_speaker'
),

speakers as (
    select person_id as speaker_id, 'person' as speaker_type, canonical_name as speaker_name from {{ ref('stg_people') }}
    union all
    select organisation_id, 'organisation', canonical_name from {{ ref('stg_organisations') }}
),

quotes_in_current_articles as (
    select
        quotes.* replace (
            coalesce(speakers.speaker_type, quotes.speaker_type) as speaker_type,
            coalesce(speaker_corrections.entity_id, quotes.speaker_id) as speaker_id,
            coalesce(speakers.speaker_name, quotes.speaker_name) as speaker_name
        ),
        speaker_corrections.correction_id,
        articles.outlet_id,
        articles.published_date,
        trim(regexp_replace(lower(quotes.quote_text), '[^a-z0-9]+', ' ', 'g')) as normalised_text
    from quotes
    inner join articles on articles.article_id = quotes.article_id
    left join speaker_corrections
        on speaker_corrections.article_id = quotes.article_id
        and speaker_corrections.start_char = quotes.start_char
        and speaker_corrections.end_char = quotes.end_char
    left join speakers on speakers.speaker_id = speaker_corrections.entity_id
    {{ only_new_articles('quotes.article_id') }}
)

select * from quotes_in_current_articles
