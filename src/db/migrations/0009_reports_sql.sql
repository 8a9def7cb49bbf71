-- Current-structure documents and targets carry their legacy district too (as every located
-- record): a legacy district's reports and officers see its area's records.
CREATE TRIGGER programme_documents_legacy_district BEFORE INSERT OR UPDATE OF unit_structure, unit_code ON "programme_documents"
  FOR EACH ROW EXECUTE FUNCTION set_legacy_district();
--> statement-breakpoint
CREATE TRIGGER programme_targets_legacy_district BEFORE INSERT OR UPDATE OF unit_structure, unit_code ON "programme_targets"
  FOR EACH ROW EXECUTE FUNCTION set_legacy_district();
