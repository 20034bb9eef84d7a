with

articles as (
    select * from {{ ref('int_current_articles') }}
),

meeting_mentions as (
    select * from {{ ref('int_meeting_mentions') }}
),

bounds as (
    select
        least(
            coalesce(min(articles.published_date), current_date),
            coalesce((select min(date_start) from meeting_mentions), current_date)
        ) - interval 365 day as first_day,
        greatest(
            coalesce(max(articles.published_date), current_date),
            coalesce((select max(date_last) from meeting_mentions), current_date)
        ) + interval 365 day as last_day
    from articles
),

spine as (
    select cast(generate_series as date) as date_day
    from bounds, generate_series(bounds.first_day, bounds.last_day, interval 1 day)
),

calendar as (
    select
        date_day,
        cast(year(date_day) as integer) as year,
        cast(quarter(date_day) as integer) as quarter,
        cast(month(date_day) as integer) as month,
        monthname(date_day) as month_name,
        cast(date_trunc('week', date_day) as date) as week_start,
        cast(weekofyear(date_day) as integer) as iso_week,
        cast(isodow(date_day) as integer) as day_of_week,
        dayname(date_day) as day_name,
        isodow(date_day) in (6, 7) as is_weekend
    from spine
)

select * from calendar
