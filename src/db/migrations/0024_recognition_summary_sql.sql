-- The recognition summary (product_recognition_years, see src/db/schema/reports.ts) kept by
-- triggers in the writing transaction: any change to a product's star records, or to the
-- product's entity, place or deletion, recomputes that product's rows; a change of an entity's
-- type is copied to its products' rows. Reports read the
-- summary instead of grouping every recognition per product, and see a write at its commit.
CREATE OR REPLACE FUNCTION refresh_product_recognition(pid uuid) RETURNS void AS $$
BEGIN
  -- one writer per product at a time: a second transaction recording a recognition of the same
  -- product waits here, then (a new snapshot per statement) sees the first one's rows and records
  PERFORM 1 FROM products WHERE id = pid FOR UPDATE;
  DELETE FROM product_recognition_years WHERE product_id = pid;
  INSERT INTO product_recognition_years
    (product_id, year, stars, recognitions, first_year, next_year, entity_id, entity_type, unit_structure, unit_code, province_code, district_code)
  SELECT y.product_id, y.year, y.stars, y.n, min(y.year) OVER (), lead(y.year) OVER (ORDER BY y.year),
    p.entity_id, e.type, p.unit_structure, p.unit_code, p.province_code, p.district_code
  FROM (SELECT r.product_id, r.year, max(r.stars) AS stars, count(*)::int AS n
        FROM product_star_records r WHERE r.product_id = pid AND r.stars >= 3 GROUP BY r.product_id, r.year) y
  JOIN products p ON p.id = y.product_id AND p.deleted_at IS NULL
  JOIN entities e ON e.id = p.entity_id;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The whole summary from the records (this migration's back-fill, and bulk loads that bypass
-- the triggers, e.g. bench/history.ts under session_replication_role = replica).
CREATE OR REPLACE FUNCTION rebuild_product_recognition_years() RETURNS void AS $$
BEGIN
  DELETE FROM product_recognition_years;
  INSERT INTO product_recognition_years
    (product_id, year, stars, recognitions, first_year, next_year, entity_id, entity_type, unit_structure, unit_code, province_code, district_code)
  SELECT y.product_id, y.year, y.stars, y.n,
    min(y.year) OVER (PARTITION BY y.product_id), lead(y.year) OVER (PARTITION BY y.product_id ORDER BY y.year),
    p.entity_id, e.type, p.unit_structure, p.unit_code, p.province_code, p.district_code
  FROM (SELECT r.product_id, r.year, max(r.stars) AS stars, count(*)::int AS n
        FROM product_star_records r WHERE r.stars >= 3 GROUP BY r.product_id, r.year) y
  JOIN products p ON p.id = y.product_id AND p.deleted_at IS NULL
  JOIN entities e ON e.id = p.entity_id;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION product_star_records_summary() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM refresh_product_recognition(OLD.product_id);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.product_id IS DISTINCT FROM OLD.product_id) THEN
    PERFORM refresh_product_recognition(NEW.product_id);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER product_star_records_summary AFTER INSERT OR UPDATE OR DELETE ON "product_star_records"
  FOR EACH ROW EXECUTE FUNCTION product_star_records_summary();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION products_recognition_summary() RETURNS trigger AS $$
BEGIN
  IF NEW.entity_id IS DISTINCT FROM OLD.entity_id OR NEW.deleted_at IS DISTINCT FROM OLD.deleted_at
    OR NEW.unit_structure IS DISTINCT FROM OLD.unit_structure OR NEW.unit_code IS DISTINCT FROM OLD.unit_code
    OR NEW.province_code IS DISTINCT FROM OLD.province_code OR NEW.district_code IS DISTINCT FROM OLD.district_code THEN
    PERFORM refresh_product_recognition(NEW.id);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER products_recognition_summary AFTER UPDATE ON "products"
  FOR EACH ROW EXECUTE FUNCTION products_recognition_summary();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION products_recognition_summary_delete() RETURNS trigger AS $$
BEGIN
  DELETE FROM product_recognition_years WHERE product_id = OLD.id;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER products_recognition_summary_delete BEFORE DELETE ON "products"
  FOR EACH ROW EXECUTE FUNCTION products_recognition_summary_delete();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION entities_recognition_summary() RETURNS trigger AS $$
BEGIN
  UPDATE product_recognition_years SET entity_type = NEW.type WHERE entity_id = NEW.id;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER entities_recognition_summary AFTER UPDATE OF type ON "entities"
  FOR EACH ROW WHEN (NEW.type IS DISTINCT FROM OLD.type) EXECUTE FUNCTION entities_recognition_summary();
--> statement-breakpoint
-- A province's rows lie all over the table: a covering index lets its reports read them by an
-- index-only scan instead of one heap page per row (drizzle's index builder has no INCLUDE).
CREATE INDEX "product_recognition_years_province_idx" ON "product_recognition_years" USING btree ("province_code", "year")
  INCLUDE ("next_year", "stars", "first_year", "recognitions", "product_id", "entity_id", "entity_type");
--> statement-breakpoint
SELECT rebuild_product_recognition_years();
--> statement-breakpoint
ANALYZE product_recognition_years;
