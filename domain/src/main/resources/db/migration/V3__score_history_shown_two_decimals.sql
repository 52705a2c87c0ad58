-- A 5-point rule set shows buyers its total itself (two decimals, 4.83); one decimal only fits the 100-point sets.
-- SET DATA TYPE is standard SQL: H2 and PostgreSQL both accept it.
ALTER TABLE score_history ALTER COLUMN shown SET DATA TYPE NUMERIC(4, 2);
