-- Who was quoted most by each outlet (an article the outlet published twice, e.g. as .txt and .html, counts once).
with

quote_counts as (
    select outlet_id, speaker_name, count(*) as n_quotes
    from fct_quotes
    where speaker_id is not null
      and not is_duplicate_in_outlet
    group by outlet_id, speaker_name
),

ranked as (
    select *, row_number() over (partition by outlet_id order by n_quotes desc, speaker_name) as speaker_rank
    from quote_counts
)

select outlets.outlet_name, ranked.speaker_name, ranked.n_quotes
from ranked
inner join dim_outlets as outlets on outlets.outlet_id = ranked.outlet_id
where ranked.speaker_rank = 1
order by ranked.n_quotes desc, outlets.outlet_name
