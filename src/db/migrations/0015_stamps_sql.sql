-- GS1 Digital Link (/01/{gtin}) looks products up by their GTIN in its 14-digit form.
CREATE INDEX IF NOT EXISTS "products_gtin14_idx" ON "products" (lpad("gtin", 14, '0')) WHERE "gtin" IS NOT NULL;
--> statement-breakpoint
-- Public verification caches certificate, batch and product rows in each server process
-- (services/verification-cache.ts): any change to them tells every process to read again.
CREATE OR REPLACE FUNCTION ocop_notify_verification() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('ocop_verification', TG_TABLE_NAME);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER certificates_notify_verification AFTER INSERT OR UPDATE OR DELETE ON certificates FOR EACH STATEMENT EXECUTE FUNCTION ocop_notify_verification();
--> statement-breakpoint
CREATE TRIGGER stamp_batches_notify_verification AFTER INSERT OR UPDATE OR DELETE ON stamp_batches FOR EACH STATEMENT EXECUTE FUNCTION ocop_notify_verification();
--> statement-breakpoint
CREATE TRIGGER products_notify_verification AFTER UPDATE OR DELETE ON products FOR EACH STATEMENT EXECUTE FUNCTION ocop_notify_verification();
