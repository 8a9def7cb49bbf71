-- The public catalogue's answers are cached in each server process (services/portal/catalogue-cache.ts):
-- any change to the tables they are read from tells every process to forget them, on commit.
CREATE OR REPLACE FUNCTION ocop_notify_catalogue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('ocop_catalogue', TG_TABLE_NAME);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER products_notify_catalogue AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON products FOR EACH STATEMENT EXECUTE FUNCTION ocop_notify_catalogue();
--> statement-breakpoint
CREATE TRIGGER entities_notify_catalogue AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON entities FOR EACH STATEMENT EXECUTE FUNCTION ocop_notify_catalogue();
--> statement-breakpoint
CREATE TRIGGER product_photos_notify_catalogue AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON product_photos FOR EACH STATEMENT EXECUTE FUNCTION ocop_notify_catalogue();
--> statement-breakpoint
CREATE TRIGGER admin_units_notify_catalogue AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON admin_units FOR EACH STATEMENT EXECUTE FUNCTION ocop_notify_catalogue();
