-- Row-level security on every union-owned table (docs/decisions/0037-row-level-security.md). Written by hand:
-- policies are not expressible in schema.prisma.
--
-- The app (role vigie_app, ADR 0035) sets `vigie.ctx` on its connection before each statement to a context
-- token: base64(JSON) "." hex(HMAC-SHA256(key, base64(JSON))). The key is derived from AUTH_SECRET; the
-- database holds only its HMAC pads, in a table the app's role cannot read. A token that does not verify
-- counts as no context: SQL run through the app's connection (an injection) cannot forge another union's
-- context with set_config.
--
-- Contexts: {"k":"union","u":<union>,"id":<user>} a union's account; {"k":"all","id":<user>} an instance
-- admin; {"k":"user","id":<user>} an account without a union; {"k":"system"} jobs and maintenance;
-- {"k":"reporter","h":<receipt hash>} a member's follow-up; {"k":"feed","h":<token hash>} a calendar feed.

CREATE SCHEMA IF NOT EXISTS vigie_rls;
REVOKE ALL ON SCHEMA vigie_rls FROM PUBLIC;

CREATE TABLE vigie_rls.context_key (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  inner_pad  bytea NOT NULL CHECK (length(inner_pad) = 64),
  outer_pad  bytea NOT NULL CHECK (length(outer_pad) = 64),
  updated_at timestamptz NOT NULL DEFAULT now()
);
REVOKE ALL ON vigie_rls.context_key FROM PUBLIC;

-- The verified context of this statement, or NULL. SECURITY DEFINER: reads the key the caller cannot.
CREATE FUNCTION vigie_rls.context() RETURNS jsonb
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
  raw text := current_setting('vigie.ctx', true);
  dot integer;
  payload text;
  key_row record;
BEGIN
  IF raw IS NULL OR raw = '' THEN RETURN NULL; END IF;
  dot := strpos(raw, '.');
  IF dot = 0 THEN RETURN NULL; END IF;
  payload := left(raw, dot - 1);
  SELECT inner_pad, outer_pad INTO key_row FROM vigie_rls.context_key;
  IF NOT FOUND THEN RETURN NULL; END IF;
  IF encode(sha256(key_row.outer_pad || sha256(key_row.inner_pad || convert_to(payload, 'UTF8'))), 'hex') <> substr(raw, dot + 1) THEN
    RETURN NULL;
  END IF;
  RETURN convert_from(decode(payload, 'base64'), 'UTF8')::jsonb;
EXCEPTION WHEN others THEN
  RETURN NULL;
END
$fn$;

-- First start against a database migrated by `prisma migrate deploy`: the app installs its key when none
-- is there, and learns whether the one there is its own. It can never replace a key.
CREATE FUNCTION vigie_rls.install_key(inner_pad bytea, outer_pad bytea) RETURNS boolean
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
  INSERT INTO vigie_rls.context_key (inner_pad, outer_pad) VALUES (install_key.inner_pad, install_key.outer_pad)
    ON CONFLICT (singleton) DO NOTHING;
  RETURN EXISTS (SELECT FROM vigie_rls.context_key k WHERE k.inner_pad = install_key.inner_pad AND k.outer_pad = install_key.outer_pad);
END
$fn$;

CREATE FUNCTION vigie_rls.kind() RETURNS text LANGUAGE sql STABLE AS $fn$ SELECT vigie_rls.context() ->> 'k' $fn$;
CREATE FUNCTION vigie_rls.sees_all() RETURNS boolean LANGUAGE sql STABLE AS $fn$
  SELECT coalesce(vigie_rls.context() ->> 'k' IN ('system', 'all'), false)
$fn$;
CREATE FUNCTION vigie_rls.union_id() RETURNS uuid LANGUAGE sql STABLE AS $fn$
  SELECT CASE WHEN c ->> 'k' = 'union' THEN (c ->> 'u')::uuid END FROM vigie_rls.context() AS c
$fn$;
CREATE FUNCTION vigie_rls.user_id() RETURNS uuid LANGUAGE sql STABLE AS $fn$
  SELECT CASE WHEN c ->> 'k' IN ('union', 'all', 'user') THEN (c ->> 'id')::uuid END FROM vigie_rls.context() AS c
$fn$;
-- A reporter's context names their receipt's hash, or the report their follow-up cookie names (whose
-- hash is then read as the owner: a policy cannot query the table it protects).
DO $reporter$
BEGIN
  EXECUTE format($sql$
    CREATE FUNCTION vigie_rls.receipt_hash() RETURNS text
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %I, pg_catalog, pg_temp AS $fn$
      SELECT CASE
               WHEN c ->> 'k' <> 'reporter' THEN NULL
               WHEN c ? 'h' THEN c ->> 'h'
               ELSE (SELECT r.receipt_hash FROM member_reports r WHERE r.id = (c ->> 'r')::uuid)
             END
        FROM vigie_rls.context() AS c
    $fn$ $sql$, current_schema());
END
$reporter$;
CREATE FUNCTION vigie_rls.feed_hash() RETURNS text LANGUAGE sql STABLE AS $fn$
  SELECT CASE WHEN c ->> 'k' = 'feed' THEN c ->> 'h' END FROM vigie_rls.context() AS c
$fn$;

DO $grants$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'vigie_app') THEN
    GRANT USAGE ON SCHEMA vigie_rls TO vigie_app;
    GRANT EXECUTE ON FUNCTION vigie_rls.context(), vigie_rls.install_key(bytea, bytea), vigie_rls.kind(), vigie_rls.sees_all(),
      vigie_rls.union_id(), vigie_rls.user_id(), vigie_rls.receipt_hash(), vigie_rls.feed_hash() TO vigie_app;
  END IF;
END
$grants$;

-- Tables whose every row belongs to one union: that union's accounts, admins and jobs only.
-- Each function is called once per statement (an InitPlan), not once per row.
DO $policies$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY[
    'deployments', 'consultations', 'case_deadlines', 'case_events', 'case_tasks', 'case_flags', 'letters',
    'case_rollouts', 'agreements', 'agreement_clauses', 'member_reports', 'report_messages'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', table_name);
    EXECUTE format(
      'CREATE POLICY union_rows ON %I TO vigie_app
         USING ((SELECT vigie_rls.sees_all()) OR union_id = (SELECT vigie_rls.union_id()))
         WITH CHECK ((SELECT vigie_rls.sees_all()) OR union_id = (SELECT vigie_rls.union_id()))',
      table_name);
  END LOOP;
END
$policies$;

-- A member's follow-up reads the copies of their own report (one per union) and their messages.
CREATE POLICY reporter_reads ON member_reports FOR SELECT TO vigie_app
  USING (receipt_hash = (SELECT vigie_rls.receipt_hash()));
CREATE POLICY reporter_reads ON report_messages FOR SELECT TO vigie_app
  USING (EXISTS (
    SELECT FROM member_reports r
     WHERE r.id = report_messages.report_id AND r.union_id = report_messages.union_id
       AND r.receipt_hash = (SELECT vigie_rls.receipt_hash())));

-- Shared agreements (ADR 0025) are read by every union's accounts.
CREATE POLICY shared_reads ON agreements FOR SELECT TO vigie_app
  USING (is_shared AND (SELECT vigie_rls.kind()) = 'union');
CREATE POLICY shared_reads ON agreement_clauses FOR SELECT TO vigie_app
  USING ((SELECT vigie_rls.kind()) = 'union' AND EXISTS (
    SELECT FROM agreements a WHERE a.id = agreement_clauses.agreement_id AND a.is_shared));

-- Per account: an account's notifications and calendar feed are its own; jobs and admins write them for
-- others, a union's account for the accounts of its union (a task assigned to a colleague).
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON notifications TO vigie_app
  USING ((SELECT vigie_rls.sees_all()) OR user_id = (SELECT vigie_rls.user_id()))
  WITH CHECK ((SELECT vigie_rls.sees_all()) OR user_id = (SELECT vigie_rls.user_id()) OR union_id = (SELECT vigie_rls.union_id()));

ALTER TABLE calendar_feeds ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON calendar_feeds TO vigie_app
  USING ((SELECT vigie_rls.sees_all()) OR user_id = (SELECT vigie_rls.user_id()) OR token_hash = (SELECT vigie_rls.feed_hash()))
  WITH CHECK ((SELECT vigie_rls.sees_all()) OR user_id = (SELECT vigie_rls.user_id()));

-- Corrections to the shared catalogue: every union's accounts read them (they decide on them); each
-- union writes only its own proposals and answers.
DO $corrections$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY['tool_corrections', 'tool_correction_answers'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', table_name);
    EXECUTE format(
      'CREATE POLICY catalogue_reads ON %I FOR SELECT TO vigie_app USING ((SELECT vigie_rls.kind()) IS NOT NULL)', table_name);
    EXECUTE format(
      'CREATE POLICY union_writes ON %I FOR INSERT TO vigie_app
         WITH CHECK ((SELECT vigie_rls.sees_all()) OR union_id = (SELECT vigie_rls.union_id()))', table_name);
    EXECUTE format(
      'CREATE POLICY union_updates ON %I FOR UPDATE TO vigie_app
         USING ((SELECT vigie_rls.sees_all()) OR union_id = (SELECT vigie_rls.union_id()))
         WITH CHECK ((SELECT vigie_rls.sees_all()) OR union_id = (SELECT vigie_rls.union_id()))', table_name);
    EXECUTE format(
      'CREATE POLICY union_deletes ON %I FOR DELETE TO vigie_app
         USING ((SELECT vigie_rls.sees_all()) OR union_id = (SELECT vigie_rls.union_id()))', table_name);
  END LOOP;
END
$corrections$;
