-- The score points an agent's action gained: the item's impact at the moment an agent finished it (replied,
-- agreed, rejected). NULL when the data refresh closed the item (the platform, another system or time did it) and
-- for items finished before this column existed: nobody priced those at that moment, so nothing is guessed.
-- Runs unchanged on H2 2.4 and PostgreSQL.
ALTER TABLE work_item ADD COLUMN gained NUMERIC(18, 8);
