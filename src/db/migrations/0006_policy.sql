ALTER TABLE "products" ADD COLUMN "figures_public" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
-- Every located record keeps the legacy district its place belonged to before 2025-07-01: its
-- own for records kept under the legacy structure, and for current-structure records the
-- district of the first legacy commune (in the mapping's order) that went into its commune.
-- Legacy district officers and district reports then see their area's records whichever
-- structure they were kept under, and every writer (services, seeds, imports) gets it right.
CREATE OR REPLACE FUNCTION set_legacy_district() RETURNS trigger AS $$
BEGIN
  IF NEW.unit_structure = 'current' THEN
    NEW.district_code := (
      SELECT lu.district_code FROM admin_unit_mappings m
      JOIN admin_units lu ON lu.structure = 'legacy' AND lu.code = m.legacy_code
      WHERE m.current_code = NEW.unit_code ORDER BY m.ordinal LIMIT 1);
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER entities_legacy_district BEFORE INSERT OR UPDATE OF unit_structure, unit_code ON "entities"
  FOR EACH ROW EXECUTE FUNCTION set_legacy_district();
--> statement-breakpoint
UPDATE "entities" SET unit_code = unit_code WHERE unit_structure = 'current';
--> statement-breakpoint
CREATE TRIGGER products_legacy_district BEFORE INSERT OR UPDATE OF unit_structure, unit_code ON "products"
  FOR EACH ROW EXECUTE FUNCTION set_legacy_district();
--> statement-breakpoint
UPDATE "products" SET unit_code = unit_code WHERE unit_structure = 'current';
--> statement-breakpoint
CREATE TRIGGER ideas_legacy_district BEFORE INSERT OR UPDATE OF unit_structure, unit_code ON "ideas"
  FOR EACH ROW EXECUTE FUNCTION set_legacy_district();
--> statement-breakpoint
UPDATE "ideas" SET unit_code = unit_code WHERE unit_structure = 'current';
--> statement-breakpoint
CREATE TRIGGER business_plans_legacy_district BEFORE INSERT OR UPDATE OF unit_structure, unit_code ON "business_plans"
  FOR EACH ROW EXECUTE FUNCTION set_legacy_district();
--> statement-breakpoint
UPDATE "business_plans" SET unit_code = unit_code WHERE unit_structure = 'current';
--> statement-breakpoint
CREATE TRIGGER dossiers_legacy_district BEFORE INSERT OR UPDATE OF unit_structure, unit_code ON "dossiers"
  FOR EACH ROW EXECUTE FUNCTION set_legacy_district();
--> statement-breakpoint
UPDATE "dossiers" SET unit_code = unit_code WHERE unit_structure = 'current';
--> statement-breakpoint
CREATE TRIGGER communication_logs_legacy_district BEFORE INSERT OR UPDATE OF unit_structure, unit_code ON "communication_logs"
  FOR EACH ROW EXECUTE FUNCTION set_legacy_district();
--> statement-breakpoint
UPDATE "communication_logs" SET unit_code = unit_code WHERE unit_structure = 'current';
--> statement-breakpoint
CREATE TRIGGER training_classes_legacy_district BEFORE INSERT OR UPDATE OF unit_structure, unit_code ON "training_classes"
  FOR EACH ROW EXECUTE FUNCTION set_legacy_district();
--> statement-breakpoint
UPDATE "training_classes" SET unit_code = unit_code WHERE unit_structure = 'current';
--> statement-breakpoint
CREATE TRIGGER certificates_legacy_district BEFORE INSERT OR UPDATE OF unit_structure, unit_code ON "certificates"
  FOR EACH ROW EXECUTE FUNCTION set_legacy_district();
--> statement-breakpoint
UPDATE "certificates" SET unit_code = unit_code WHERE unit_structure = 'current';
