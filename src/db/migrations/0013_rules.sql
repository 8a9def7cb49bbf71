ALTER TABLE "products" ADD COLUMN "product_set_code" text;--> statement-breakpoint
ALTER TABLE "evaluation_round_products" ADD COLUMN "sheet_code" text;