-- Announced visits and meetings: who announced them, when, and whether any source later reports them as happened.
select
    coalesce(announcements.announcer_name, '(unnamed source)') as announcer_name,
    announcements.announced_on,
    meetings.kind,
    meetings.participant_names,
    meetings.date_start,
    meetings.date_end,
    meetings.status,
    meetings.n_outlets
from fct_announcements as announcements
inner join fct_meetings as meetings on meetings.meeting_id = announcements.meeting_id
order by announcements.announced_on, announcements.announcer_name
