-- An import batch's sales facts, found without a scan of every fact: batch undo and the import
-- history read them. Generated facts have no batch and stay out of the index.
CREATE INDEX sales_facts_batch ON sales_facts (batch_id) WHERE batch_id IS NOT NULL;
