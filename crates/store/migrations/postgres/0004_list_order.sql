-- Schema version 4 (PostgreSQL): the list-order indexes of migrations/0004_list_order.sql.
-- Columns are COLLATE "C", so '~' sorts after every date here too.

CREATE INDEX merged_events_list ON merged_events((coalesce(date_start, '~')), id);
CREATE INDEX merged_events_country_list ON merged_events(country, (coalesce(date_start, '~')), id);
CREATE INDEX merged_events_type_list ON merged_events(event_type, (coalesce(date_start, '~')), id);
CREATE INDEX merged_events_date ON merged_events(date);
DROP INDEX merged_events_country;

-- Statistics for the planner to choose among them (refreshed after every merge).
ANALYZE merged_events;
