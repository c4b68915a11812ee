-- A year page in reading order without reading the whole year (KeysetPages.yearByOffset).

-- Events starting in the year, oldest first, in exactly the page's order (ends unknown last): the
-- first page is its first hundred entries in the year's range.
create index event_chronological_idx on event (date_start, date_end, id)
    where review <> 'rejected';

-- Events that start in one year and end in a later one: the only ones a year's page shows although
-- they started before it. Few (a week over New Year, multi-year spans), so a page finds them
-- without touching the year's other events.
create index event_year_crossing_idx on event
    using gist (daterange(date_start, coalesce(date_end, date_start), '[]'))
    where review <> 'rejected' and date_start is not null
        and extract(year from date_start) <> extract(year from coalesce(date_end, date_start));
