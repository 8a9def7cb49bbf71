-- One pre-assessment record per product: a round product that came with its dossier keeps the
-- commune's sheet pre-assessment on the dossier (key "sheet"), not on the round.
UPDATE "dossiers" d
SET "pre_assessment" = coalesce(d."pre_assessment", '{}'::jsonb) || jsonb_build_object('sheet', rp."pre_assessment")
FROM "evaluation_round_products" rp
WHERE rp."dossier_id" = d."id"::text AND rp."pre_assessment" IS NOT NULL;
--> statement-breakpoint
UPDATE "evaluation_round_products" SET "pre_assessment" = NULL WHERE "dossier_id" IS NOT NULL AND "pre_assessment" IS NOT NULL;
