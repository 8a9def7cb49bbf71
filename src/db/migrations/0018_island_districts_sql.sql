-- Island districts with no communes before 2025 (Lý Sơn 536, Bạch Long Vĩ 318, Cồn Cỏ 471, Hoàng Sa 498,
-- Côn Đảo 755) had no row in the commune mapping: each went, whole, into the special zone (đặc khu)
-- of its name. New installations get these rows from the reference-data loader
-- (src/seed/reference-data.ts#islandDistrictMappings); this adds them to databases loaded before,
-- and re-derives the legacy district of the records placed in those zones. No-op on an empty database.
INSERT INTO admin_unit_mappings (legacy_code, current_code, legacy_province_code, current_province_code, part, ordinal)
SELECT d.code, c.code, d.province_code, p.current_province_code, 'full',
  (SELECT coalesce(max(ordinal), 0) FROM admin_unit_mappings) + row_number() OVER (ORDER BY d.code)
FROM admin_units d
JOIN admin_units p ON p.structure = 'legacy' AND p.level = 'province' AND p.code = d.province_code
JOIN admin_units c ON c.structure = 'current' AND c.level = 'commune' AND c.province_code = p.current_province_code AND c.short_name = d.short_name
WHERE d.structure = 'legacy' AND d.level = 'district'
  AND NOT EXISTS (SELECT 1 FROM admin_units lc WHERE lc.structure = 'legacy' AND lc.level = 'commune' AND lc.district_code = d.code)
ON CONFLICT DO NOTHING;
--> statement-breakpoint
UPDATE admin_units d SET current_province_code = m.current_province_code
FROM admin_unit_mappings m
WHERE d.structure = 'legacy' AND d.level = 'district' AND m.legacy_code = d.code;
--> statement-breakpoint
UPDATE "business_plans" SET unit_code = unit_code
WHERE unit_structure = 'current' AND unit_code IN (
  SELECT m.current_code FROM admin_unit_mappings m JOIN admin_units d ON d.structure = 'legacy' AND d.level = 'district' AND d.code = m.legacy_code);
--> statement-breakpoint
UPDATE "buyer_profiles" SET unit_code = unit_code
WHERE unit_structure = 'current' AND unit_code IN (
  SELECT m.current_code FROM admin_unit_mappings m JOIN admin_units d ON d.structure = 'legacy' AND d.level = 'district' AND d.code = m.legacy_code);
--> statement-breakpoint
UPDATE "certificates" SET unit_code = unit_code
WHERE unit_structure = 'current' AND unit_code IN (
  SELECT m.current_code FROM admin_unit_mappings m JOIN admin_units d ON d.structure = 'legacy' AND d.level = 'district' AND d.code = m.legacy_code);
--> statement-breakpoint
UPDATE "communication_logs" SET unit_code = unit_code
WHERE unit_structure = 'current' AND unit_code IN (
  SELECT m.current_code FROM admin_unit_mappings m JOIN admin_units d ON d.structure = 'legacy' AND d.level = 'district' AND d.code = m.legacy_code);
--> statement-breakpoint
UPDATE "demands" SET unit_code = unit_code
WHERE unit_structure = 'current' AND unit_code IN (
  SELECT m.current_code FROM admin_unit_mappings m JOIN admin_units d ON d.structure = 'legacy' AND d.level = 'district' AND d.code = m.legacy_code);
--> statement-breakpoint
UPDATE "dossiers" SET unit_code = unit_code
WHERE unit_structure = 'current' AND unit_code IN (
  SELECT m.current_code FROM admin_unit_mappings m JOIN admin_units d ON d.structure = 'legacy' AND d.level = 'district' AND d.code = m.legacy_code);
--> statement-breakpoint
UPDATE "entities" SET unit_code = unit_code
WHERE unit_structure = 'current' AND unit_code IN (
  SELECT m.current_code FROM admin_unit_mappings m JOIN admin_units d ON d.structure = 'legacy' AND d.level = 'district' AND d.code = m.legacy_code);
--> statement-breakpoint
UPDATE "ideas" SET unit_code = unit_code
WHERE unit_structure = 'current' AND unit_code IN (
  SELECT m.current_code FROM admin_unit_mappings m JOIN admin_units d ON d.structure = 'legacy' AND d.level = 'district' AND d.code = m.legacy_code);
--> statement-breakpoint
UPDATE "products" SET unit_code = unit_code
WHERE unit_structure = 'current' AND unit_code IN (
  SELECT m.current_code FROM admin_unit_mappings m JOIN admin_units d ON d.structure = 'legacy' AND d.level = 'district' AND d.code = m.legacy_code);
--> statement-breakpoint
UPDATE "programme_documents" SET unit_code = unit_code
WHERE unit_structure = 'current' AND unit_code IN (
  SELECT m.current_code FROM admin_unit_mappings m JOIN admin_units d ON d.structure = 'legacy' AND d.level = 'district' AND d.code = m.legacy_code);
--> statement-breakpoint
UPDATE "programme_targets" SET unit_code = unit_code
WHERE unit_structure = 'current' AND unit_code IN (
  SELECT m.current_code FROM admin_unit_mappings m JOIN admin_units d ON d.structure = 'legacy' AND d.level = 'district' AND d.code = m.legacy_code);
--> statement-breakpoint
UPDATE "trade_records" SET unit_code = unit_code
WHERE unit_structure = 'current' AND unit_code IN (
  SELECT m.current_code FROM admin_unit_mappings m JOIN admin_units d ON d.structure = 'legacy' AND d.level = 'district' AND d.code = m.legacy_code);
--> statement-breakpoint
UPDATE "training_classes" SET unit_code = unit_code
WHERE unit_structure = 'current' AND unit_code IN (
  SELECT m.current_code FROM admin_unit_mappings m JOIN admin_units d ON d.structure = 'legacy' AND d.level = 'district' AND d.code = m.legacy_code);
