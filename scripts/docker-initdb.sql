-- Run once by the postgres image when its volume is created (docker-compose.yml): the app's own role,
-- which reads and writes rows and nothing else (docs/decisions/0035-database-roles.md). The migrations,
-- run as the image's user `vigie`, give it its grants. Development passwords: local use only.
CREATE ROLE vigie_app LOGIN PASSWORD 'vigie_app' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION;
