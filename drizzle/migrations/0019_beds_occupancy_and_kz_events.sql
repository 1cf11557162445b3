CREATE TYPE "public"."bed_hold_release" AS ENUM('EXPIRED', 'REJECTED', 'CANCELLED', 'DISCHARGED', 'REPORTED');--> statement-breakpoint
ALTER TABLE "facility_beds" ADD COLUMN "occupancy_reported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "kz_attachment_requests" ADD COLUMN "overdue_notified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "kz_insurance_contracts" ADD COLUMN "expiry_warned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bed_reservations" ADD COLUMN "accept_by" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bed_reservations" ADD COLUMN "arrived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bed_reservations" ADD COLUMN "released_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bed_reservations" ADD COLUMN "release_reason" "bed_hold_release";--> statement-breakpoint
CREATE INDEX "facility_beds_type_idx" ON "facility_beds" USING btree ("bed_type","facility_id");--> statement-breakpoint
CREATE INDEX "kz_attachments_person_idx" ON "kz_attachments" USING btree ("person_id","starts_on");--> statement-breakpoint
CREATE INDEX "bed_reservations_search_idx" ON "bed_reservations" USING btree ("search_id");