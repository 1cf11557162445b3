-- Referral and bed-search histories are append-only (HT-8 style audit trails).
CREATE TRIGGER referral_history_append_only BEFORE UPDATE OR DELETE ON referral_history
  FOR EACH ROW EXECUTE FUNCTION koordinat_refuse_change();
--> statement-breakpoint
CREATE TRIGGER referral_declines_append_only BEFORE UPDATE OR DELETE ON referral_declines
  FOR EACH ROW EXECUTE FUNCTION koordinat_refuse_change();
