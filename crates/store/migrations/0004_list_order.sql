-- Schema version 4: indexes that list merged events in their order (by first possible
-- day, undated last, then id) for `tidings serve`'s pages.
--
-- Lists sort on `coalesce(date_start, '~')`: '~' sorts after every date, so this is the
-- order "date_start IS NULL, date_start, id" as one expression an index can hold. A page
-- after a cursor is then a range in these indexes (keyset paging), with or without a
-- country or type; a date range is read through the index on `date`.

CREATE INDEX merged_events_list ON merged_events(coalesce(date_start, '~'), id);
CREATE INDEX merged_events_country_list ON merged_events(country, coalesce(date_start, '~'), id);
CREATE INDEX merged_events_type_list ON merged_events(event_type, coalesce(date_start, '~'), id);
CREATE INDEX merged_events_date ON merged_events(date);
DROP INDEX merged_events_country;

-- Statistics for the planner to choose among them (refreshed after every merge).
ANALYZE merged_events;
