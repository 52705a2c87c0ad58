-- The token hash as VARCHAR: Hibernate validates a String column as VARCHAR, and PostgreSQL's CHAR is bpchar.
ALTER TABLE api_token ALTER COLUMN token_hash SET DATA TYPE VARCHAR(64);
