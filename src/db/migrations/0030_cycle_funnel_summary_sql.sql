-- The cycle funnel summary (cycle_funnel_items, see src/db/schema/reports.ts) kept by triggers in
-- the writing transaction: a change to an idea or a business plan recomputes its row; a change to
-- a plan's support, capital, notes or dossiers recomputes the plan's "implemented"; a change of an
-- idea's would-be entity recomputes its plans; a change of an entity's type is copied to its rows.
-- The funnel and targets reports read the summary and see a write at its commit.
CREATE OR REPLACE FUNCTION refresh_funnel_idea(iid uuid) RETURNS void AS $$
BEGIN
  -- one writer per idea at a time (see refresh_product_recognition); NO KEY UPDATE does not
  -- conflict with the KEY SHARE locks of foreign-key checks
  PERFORM 1 FROM ideas WHERE id = iid FOR NO KEY UPDATE;
  DELETE FROM cycle_funnel_items WHERE kind = 'idea' AND item_id = iid;
  INSERT INTO cycle_funnel_items
    (kind, item_id, year, entity_id, idea_id, entity_type, implemented, unit_structure, unit_code, province_code, district_code)
  SELECT 'idea', i.id, i.cycle_year, i.entity_id, NULL, coalesce(e.type, i.proposed_entity->>'type', 'household'), false,
    i.unit_structure, i.unit_code, i.province_code, i.district_code
  FROM ideas i LEFT JOIN entities e ON e.id = i.entity_id
  WHERE i.id = iid AND i.first_submitted_at IS NOT NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refresh_funnel_plan(pid uuid) RETURNS void AS $$
BEGIN
  IF pid IS NULL THEN RETURN; END IF;
  PERFORM 1 FROM business_plans WHERE id = pid FOR NO KEY UPDATE;
  DELETE FROM cycle_funnel_items WHERE kind = 'plan' AND item_id = pid;
  INSERT INTO cycle_funnel_items
    (kind, item_id, year, entity_id, idea_id, entity_type, implemented, unit_structure, unit_code, province_code, district_code)
  SELECT 'plan', b.id, b.cycle_year, b.entity_id, b.idea_id, coalesce(e.type, i.proposed_entity->>'type', 'household'),
    (exists (SELECT 1 FROM implementation_support s WHERE s.business_plan_id = b.id AND s.deleted_at IS NULL)
      OR exists (SELECT 1 FROM implementation_capital c WHERE c.business_plan_id = b.id)
      OR exists (SELECT 1 FROM implementation_notes n WHERE n.business_plan_id = b.id)
      OR exists (SELECT 1 FROM dossiers d WHERE d.business_plan_id = b.id)),
    b.unit_structure, b.unit_code, b.province_code, b.district_code
  FROM business_plans b LEFT JOIN entities e ON e.id = b.entity_id LEFT JOIN ideas i ON i.id = b.idea_id
  WHERE b.id = pid AND b.status = 'accepted';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The whole summary from the records (this migration's back-fill, and bulk loads that bypass
-- the triggers, e.g. bench/history.ts under session_replication_role = replica).
CREATE OR REPLACE FUNCTION rebuild_cycle_funnel_items() RETURNS void AS $$
BEGIN
  DELETE FROM cycle_funnel_items;
  INSERT INTO cycle_funnel_items
    (kind, item_id, year, entity_id, idea_id, entity_type, implemented, unit_structure, unit_code, province_code, district_code)
  SELECT 'idea', i.id, i.cycle_year, i.entity_id, NULL, coalesce(e.type, i.proposed_entity->>'type', 'household'), false,
    i.unit_structure, i.unit_code, i.province_code, i.district_code
  FROM ideas i LEFT JOIN entities e ON e.id = i.entity_id
  WHERE i.first_submitted_at IS NOT NULL;
  INSERT INTO cycle_funnel_items
    (kind, item_id, year, entity_id, idea_id, entity_type, implemented, unit_structure, unit_code, province_code, district_code)
  SELECT 'plan', b.id, b.cycle_year, b.entity_id, b.idea_id, coalesce(e.type, i.proposed_entity->>'type', 'household'),
    b.id IN (SELECT s.business_plan_id FROM implementation_support s WHERE s.deleted_at IS NULL
      UNION ALL SELECT c.business_plan_id FROM implementation_capital c
      UNION ALL SELECT n.business_plan_id FROM implementation_notes n
      UNION ALL SELECT d.business_plan_id FROM dossiers d WHERE d.business_plan_id IS NOT NULL),
    b.unit_structure, b.unit_code, b.province_code, b.district_code
  FROM business_plans b LEFT JOIN entities e ON e.id = b.entity_id LEFT JOIN ideas i ON i.id = b.idea_id
  WHERE b.status = 'accepted';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ideas_funnel_summary() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM cycle_funnel_items WHERE kind = 'idea' AND item_id = OLD.id;
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' OR NEW.first_submitted_at IS DISTINCT FROM OLD.first_submitted_at OR NEW.cycle_year IS DISTINCT FROM OLD.cycle_year
    OR NEW.entity_id IS DISTINCT FROM OLD.entity_id OR NEW.proposed_entity IS DISTINCT FROM OLD.proposed_entity
    OR NEW.unit_structure IS DISTINCT FROM OLD.unit_structure OR NEW.unit_code IS DISTINCT FROM OLD.unit_code
    OR NEW.province_code IS DISTINCT FROM OLD.province_code OR NEW.district_code IS DISTINCT FROM OLD.district_code THEN
    PERFORM refresh_funnel_idea(NEW.id);
  END IF;
  -- the plans made from the idea count under its would-be entity's type when they have no entity
  IF TG_OP = 'UPDATE' AND NEW.proposed_entity IS DISTINCT FROM OLD.proposed_entity THEN
    PERFORM refresh_funnel_plan(b.id) FROM business_plans b WHERE b.idea_id = NEW.id;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER ideas_funnel_summary AFTER INSERT OR UPDATE OR DELETE ON "ideas"
  FOR EACH ROW EXECUTE FUNCTION ideas_funnel_summary();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION business_plans_funnel_summary() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM cycle_funnel_items WHERE kind = 'plan' AND item_id = OLD.id;
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status OR NEW.cycle_year IS DISTINCT FROM OLD.cycle_year
    OR NEW.entity_id IS DISTINCT FROM OLD.entity_id OR NEW.idea_id IS DISTINCT FROM OLD.idea_id
    OR NEW.unit_structure IS DISTINCT FROM OLD.unit_structure OR NEW.unit_code IS DISTINCT FROM OLD.unit_code
    OR NEW.province_code IS DISTINCT FROM OLD.province_code OR NEW.district_code IS DISTINCT FROM OLD.district_code THEN
    PERFORM refresh_funnel_plan(NEW.id);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER business_plans_funnel_summary AFTER INSERT OR UPDATE OR DELETE ON "business_plans"
  FOR EACH ROW EXECUTE FUNCTION business_plans_funnel_summary();
--> statement-breakpoint
-- support, capital, notes and dossiers: the plan (old and new) is implemented or not
CREATE OR REPLACE FUNCTION plan_implementation_funnel_summary() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM refresh_funnel_plan(OLD.business_plan_id);
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.business_plan_id IS DISTINCT FROM OLD.business_plan_id) THEN
    PERFORM refresh_funnel_plan(NEW.business_plan_id);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER implementation_support_funnel_summary AFTER INSERT OR UPDATE OF business_plan_id, deleted_at OR DELETE ON "implementation_support"
  FOR EACH ROW EXECUTE FUNCTION plan_implementation_funnel_summary();
--> statement-breakpoint
CREATE TRIGGER implementation_capital_funnel_summary AFTER INSERT OR UPDATE OF business_plan_id OR DELETE ON "implementation_capital"
  FOR EACH ROW EXECUTE FUNCTION plan_implementation_funnel_summary();
--> statement-breakpoint
CREATE TRIGGER implementation_notes_funnel_summary AFTER INSERT OR UPDATE OF business_plan_id OR DELETE ON "implementation_notes"
  FOR EACH ROW EXECUTE FUNCTION plan_implementation_funnel_summary();
--> statement-breakpoint
CREATE TRIGGER dossiers_funnel_summary AFTER INSERT OR UPDATE OF business_plan_id OR DELETE ON "dossiers"
  FOR EACH ROW EXECUTE FUNCTION plan_implementation_funnel_summary();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION entities_funnel_summary() RETURNS trigger AS $$
BEGIN
  UPDATE cycle_funnel_items SET entity_type = NEW.type WHERE entity_id = NEW.id;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER entities_funnel_summary AFTER UPDATE OF type ON "entities"
  FOR EACH ROW WHEN (NEW.type IS DISTINCT FROM OLD.type) EXECUTE FUNCTION entities_funnel_summary();
--> statement-breakpoint
-- A province's rows lie all over the table: a covering index lets its reports read them by an
-- index-only scan (drizzle's index builder has no INCLUDE).
CREATE INDEX "cycle_funnel_items_province_idx" ON "cycle_funnel_items" USING btree ("province_code", "year")
  INCLUDE ("kind", "entity_type", "implemented");
--> statement-breakpoint
SELECT rebuild_cycle_funnel_items();
--> statement-breakpoint
ANALYZE cycle_funnel_items;
