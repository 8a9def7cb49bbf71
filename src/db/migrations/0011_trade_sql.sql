-- Trade-promotion records, buyer profiles and demands keep the legacy district of their place
-- like every other located record (see 0006_policy.sql).
CREATE TRIGGER trade_records_legacy_district BEFORE INSERT OR UPDATE OF unit_structure, unit_code ON "trade_records"
  FOR EACH ROW EXECUTE FUNCTION set_legacy_district();
--> statement-breakpoint
CREATE TRIGGER buyer_profiles_legacy_district BEFORE INSERT OR UPDATE OF unit_structure, unit_code ON "buyer_profiles"
  FOR EACH ROW EXECUTE FUNCTION set_legacy_district();
--> statement-breakpoint
CREATE TRIGGER demands_legacy_district BEFORE INSERT OR UPDATE OF unit_structure, unit_code ON "demands"
  FOR EACH ROW EXECUTE FUNCTION set_legacy_district();
