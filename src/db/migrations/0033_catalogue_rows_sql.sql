-- catalogue_rows (src/db/schema/portal.ts) holds the search and filter columns of every catalogued
-- product (not deleted, 3 stars or more), kept by statement triggers on products in the writing
-- transaction: the rows a statement changed leave catalogue_rows, and those still catalogued come
-- back with their new values. The public search reads this narrow table (services/products).
CREATE OR REPLACE FUNCTION catalogue_rows_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO catalogue_rows (id, entity_id, group_code, subgroup_code, unit_structure, unit_code, province_code, district_code, stars, search_text, sort_key)
  SELECT n.id, n.entity_id, n.group_code, n.subgroup_code, n.unit_structure, n.unit_code, n.province_code, n.district_code, n.stars, n.search_text, n.sort_key
  FROM new_rows n WHERE n.deleted_at IS NULL AND n.stars >= 3
  ON CONFLICT (id) DO UPDATE SET entity_id = excluded.entity_id, group_code = excluded.group_code, subgroup_code = excluded.subgroup_code,
    unit_structure = excluded.unit_structure, unit_code = excluded.unit_code, province_code = excluded.province_code,
    district_code = excluded.district_code, stars = excluded.stars, search_text = excluded.search_text, sort_key = excluded.sort_key;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION catalogue_rows_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM catalogue_rows c USING new_rows n
  WHERE c.id = n.id AND NOT coalesce(n.deleted_at IS NULL AND n.stars >= 3, false);
  INSERT INTO catalogue_rows (id, entity_id, group_code, subgroup_code, unit_structure, unit_code, province_code, district_code, stars, search_text, sort_key)
  SELECT n.id, n.entity_id, n.group_code, n.subgroup_code, n.unit_structure, n.unit_code, n.province_code, n.district_code, n.stars, n.search_text, n.sort_key
  FROM new_rows n WHERE n.deleted_at IS NULL AND n.stars >= 3
  ON CONFLICT (id) DO UPDATE SET entity_id = excluded.entity_id, group_code = excluded.group_code, subgroup_code = excluded.subgroup_code,
    unit_structure = excluded.unit_structure, unit_code = excluded.unit_code, province_code = excluded.province_code,
    district_code = excluded.district_code, stars = excluded.stars, search_text = excluded.search_text, sort_key = excluded.sort_key
  WHERE (catalogue_rows.entity_id, catalogue_rows.group_code, catalogue_rows.subgroup_code, catalogue_rows.unit_structure, catalogue_rows.unit_code,
         catalogue_rows.province_code, catalogue_rows.district_code, catalogue_rows.stars, catalogue_rows.search_text, catalogue_rows.sort_key)
    IS DISTINCT FROM (excluded.entity_id, excluded.group_code, excluded.subgroup_code, excluded.unit_structure, excluded.unit_code,
         excluded.province_code, excluded.district_code, excluded.stars, excluded.search_text, excluded.sort_key);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION catalogue_rows_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM catalogue_rows c USING old_rows o WHERE c.id = o.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION catalogue_rows_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE catalogue_rows;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER products_catalogue_rows_insert AFTER INSERT ON products REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_rows_insert();
--> statement-breakpoint
CREATE TRIGGER products_catalogue_rows_update AFTER UPDATE ON products REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_rows_update();
--> statement-breakpoint
CREATE TRIGGER products_catalogue_rows_delete AFTER DELETE ON products REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_rows_delete();
--> statement-breakpoint
CREATE TRIGGER products_catalogue_rows_truncate AFTER TRUNCATE ON products FOR EACH STATEMENT EXECUTE FUNCTION catalogue_rows_truncate();
--> statement-breakpoint
INSERT INTO catalogue_rows (id, entity_id, group_code, subgroup_code, unit_structure, unit_code, province_code, district_code, stars, search_text, sort_key)
SELECT id, entity_id, group_code, subgroup_code, unit_structure, unit_code, province_code, district_code, stars, search_text, sort_key
FROM products WHERE deleted_at IS NULL AND stars >= 3
ORDER BY sort_key, id
ON CONFLICT (id) DO NOTHING;
--> statement-breakpoint
ANALYZE catalogue_rows;
