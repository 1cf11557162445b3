-- REIMB-5 / REIMB-8: validity periods of the coefficient and of fare tariffs never overlap, so
-- every day has at most one value; two admins racing to add overlapping periods get one winner.
ALTER TABLE civil_servant_coefficients ADD CONSTRAINT civil_servant_coefficients_no_overlap
  EXCLUDE USING gist (daterange(valid_from, valid_until, '[]') WITH &&);
--> statement-breakpoint
ALTER TABLE regular_fare_tariffs ADD CONSTRAINT regular_fare_tariffs_no_overlap
  EXCLUDE USING gist (daterange(valid_from, valid_until, '[]') WITH &&);
--> statement-breakpoint
-- REIMB-11: the claim history is append-only.
CREATE TRIGGER reimbursement_claim_history_append_only BEFORE UPDATE OR DELETE ON reimbursement_claim_history
  FOR EACH ROW EXECUTE FUNCTION koordinat_refuse_change();
