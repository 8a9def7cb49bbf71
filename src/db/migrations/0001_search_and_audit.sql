-- Trigram indexes make the accent-insensitive, typo-tolerant search fast on both
-- PGlite and PostgreSQL: search_text holds the lower-case, diacritic-free form.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS entities_search_trgm_idx ON entities USING gin (search_text gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS products_search_trgm_idx ON products USING gin (search_text gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS admin_units_search_trgm_idx ON admin_units USING gin (search_text gin_trgm_ops);
--> statement-breakpoint
-- The audit log is append-only: nobody, not even the application, may rewrite history.
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
