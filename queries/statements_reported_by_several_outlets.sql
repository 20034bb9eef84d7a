-- Statements carried by more than one outlet, with the first source.
select
    quotes.speaker_name,
    any_value(quotes.quote_text) filter (where quotes.is_first_in_cluster) as first_wording,
    quotes.cluster_first_published_date,
    count(*) as n_reports,
    count(distinct quotes.copy_group_id) as n_independent_reports,
    list(distinct outlets.outlet_name) as outlets
from fct_quotes as quotes
left join dim_outlets as outlets on outlets.outlet_id = quotes.outlet_id
group by quotes.quote_cluster_id, quotes.speaker_name, quotes.cluster_first_published_date
having count(distinct quotes.outlet_id) > 1
order by n_reports desc
