-- Published criteria-set versions never change: once out of draft only the status may move
-- (published → withdrawn), and only drafts may be deleted. Rounds and sheets keep pointing at
-- exactly the rules they were scored under.
CREATE OR REPLACE FUNCTION criteria_sets_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'criteria set % is % and cannot be deleted', OLD.code, OLD.status;
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status <> 'draft' AND (
       NEW.definition IS DISTINCT FROM OLD.definition
    OR NEW.code IS DISTINCT FROM OLD.code
    OR NEW.rule_version IS DISTINCT FROM OLD.rule_version
    OR NEW.effective_from IS DISTINCT FROM OLD.effective_from
    OR NEW.effective_to IS DISTINCT FROM OLD.effective_to
    OR NEW.groups IS DISTINCT FROM OLD.groups
    OR (OLD.status = 'withdrawn' AND NEW.status <> 'withdrawn')
    OR (OLD.status = 'published' AND NEW.status NOT IN ('published', 'withdrawn'))
  ) THEN
    RAISE EXCEPTION 'criteria set % is % and cannot change', OLD.code, OLD.status;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER criteria_sets_immutable BEFORE UPDATE OR DELETE ON criteria_sets
  FOR EACH ROW EXECUTE FUNCTION criteria_sets_guard();
--> statement-breakpoint
-- Certificates are never deleted and what they certify never changes; only revocation and
-- supersession are recorded on them afterwards.
CREATE OR REPLACE FUNCTION certificates_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'certificates are never deleted (revoke instead)';
  END IF;
  IF NEW.number IS DISTINCT FROM OLD.number
    OR NEW.product_id IS DISTINCT FROM OLD.product_id
    OR NEW.entity_id IS DISTINCT FROM OLD.entity_id
    OR NEW.round_id IS DISTINCT FROM OLD.round_id
    OR NEW.stars IS DISTINCT FROM OLD.stars
    OR NEW.level IS DISTINCT FROM OLD.level
    OR NEW.decision_number IS DISTINCT FROM OLD.decision_number
    OR NEW.decision_date IS DISTINCT FROM OLD.decision_date
    OR NEW.issued_on IS DISTINCT FROM OLD.issued_on
    OR NEW.valid_until IS DISTINCT FROM OLD.valid_until
    OR NEW.token IS DISTINCT FROM OLD.token
    OR (OLD.revoked_on IS NOT NULL AND NEW.revoked_on IS DISTINCT FROM OLD.revoked_on)
  THEN
    RAISE EXCEPTION 'certificate % cannot change what it certifies', OLD.number;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER certificates_immutable BEFORE UPDATE OR DELETE ON certificates
  FOR EACH ROW EXECUTE FUNCTION certificates_guard();
