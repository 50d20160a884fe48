-- The application's own database role (docs/decisions/0035-database-roles.md).
-- Not expressible in schema.prisma, hence written by hand. Idempotent, and safe where the migrating user
-- may not create roles (a managed PostgreSQL): then it warns, and the operator creates `vigie_app`.
--
-- vigie_app: reads and writes rows, nothing else (no SUPERUSER, BYPASSRLS, CREATEDB, CREATEROLE; no DDL on
-- the app's schema, no access to Prisma's bookkeeping). Migrations run as the user that owns the tables.
-- It owns the job queue's schema (pg-boss creates queue partitions at run time), and may create a schema in
-- the database because pg-boss's installer runs CREATE SCHEMA IF NOT EXISTS, which PostgreSQL checks
-- against that privilege even when the schema exists.
DO $migration$
DECLARE
  app_schema text := current_schema();
  item record;
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vigie_app') THEN
    BEGIN
      CREATE ROLE vigie_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION;
    EXCEPTION
      WHEN insufficient_privilege THEN
        RAISE WARNING 'vigie: role vigie_app could not be created (%): create it (LOGIN, no other attribute) and run the migrations again', SQLERRM;
        RETURN;
      WHEN duplicate_object OR unique_violation THEN
        NULL; -- created at the same moment by another migration run of this server
    END;
  END IF;

  EXECUTE format('GRANT USAGE ON SCHEMA %I TO vigie_app', app_schema);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO vigie_app', app_schema);
  EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO vigie_app', app_schema);
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO vigie_app', app_schema);
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO vigie_app', app_schema);
  -- Prisma's bookkeeping exists wherever migrations are recorded (not in Prisma's shadow databases).
  IF to_regclass(format('%I._prisma_migrations', app_schema)) IS NOT NULL THEN
    EXECUTE format('REVOKE ALL ON TABLE %I._prisma_migrations FROM vigie_app', app_schema);
  END IF;
  EXECUTE format('GRANT CREATE ON DATABASE %I TO vigie_app', current_database());

  -- The job queue (lib/jobs/worker.ts, JOBS_SCHEMA): created here if missing, and handed to vigie_app
  -- with what an earlier start created in it as the owner.
  BEGIN
    CREATE SCHEMA IF NOT EXISTS pgboss;
    ALTER SCHEMA pgboss OWNER TO vigie_app;
    FOR item IN
      SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'pgboss' AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
         AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i') AND c.relkind = 'S')
    LOOP
      EXECUTE format(
        CASE item.relkind WHEN 'S' THEN 'ALTER SEQUENCE pgboss.%I OWNER TO vigie_app'
                          WHEN 'v' THEN 'ALTER VIEW pgboss.%I OWNER TO vigie_app'
                          WHEN 'm' THEN 'ALTER MATERIALIZED VIEW pgboss.%I OWNER TO vigie_app'
                          ELSE 'ALTER TABLE pgboss.%I OWNER TO vigie_app' END,
        item.relname);
    END LOOP;
    FOR item IN
      SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = 'pgboss'
    LOOP
      EXECUTE format('ALTER ROUTINE %s OWNER TO vigie_app', item.signature);
    END LOOP;
    FOR item IN
      SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'pgboss' AND t.typtype IN ('e', 'c', 'd') AND t.typrelid = 0
    LOOP
      EXECUTE format('ALTER TYPE pgboss.%I OWNER TO vigie_app', item.typname);
    END LOOP;
  EXCEPTION
    WHEN insufficient_privilege THEN
      RAISE WARNING 'vigie: schema pgboss could not be given to vigie_app (%): run ALTER SCHEMA pgboss OWNER TO vigie_app as its owner', SQLERRM;
  END;
END
$migration$;
