-- HT-8: the case history is append-only.
CREATE TRIGGER ht_history_append_only BEFORE UPDATE OR DELETE ON ht_history
  FOR EACH ROW EXECUTE FUNCTION koordinat_refuse_change();
