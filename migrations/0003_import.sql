-- Excel conversion: import batches, the outcome of every input row, the changes a batch made (so
-- that it can be undone) and the blocking keys the matching engine finds candidates by.

-- One run of the import of one sheet of one file.
CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    file_path TEXT NOT NULL DEFAULT '',
    -- SHA-256 of the file's bytes: the same file imported again is recognised whatever its name.
    file_hash TEXT NOT NULL DEFAULT '',
    sheet TEXT NOT NULL DEFAULT '',
    source_system TEXT NOT NULL,
    profile TEXT NOT NULL DEFAULT '',
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'applied' CHECK (status IN ('applied', 'undone')),
    undone_at TEXT NOT NULL DEFAULT '',
    rows_read INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    possible_duplicates INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX import_batches_started ON import_batches (started_at, id);

-- Every input row of a batch: where it was in the file, what became of it and the customer it
-- went to. Not a foreign key to customers: the lineage stays readable when a customer goes.
CREATE TABLE import_rows (
    batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    row_number INTEGER NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('new', 'update', 'unchanged', 'possible_duplicate',
                                             'rejected', 'skipped')),
    customer_id INTEGER,
    source_key TEXT NOT NULL DEFAULT '',
    score REAL NOT NULL DEFAULT 0,
    matched_by TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    -- The row's cells as JSON, kept for rows that did not reach the register, so that the report
    -- can give them back to be fixed and imported again.
    cells TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (batch_id, row_number)
);
CREATE INDEX import_rows_customer ON import_rows (customer_id);

-- What a batch did to each customer, in order: the record before (empty for a created one) and
-- after, as JSON. Undo restores "before" where the record still equals "after".
CREATE TABLE import_changes (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create', 'update')),
    before_json TEXT NOT NULL DEFAULT '',
    after_json TEXT NOT NULL
);
CREATE INDEX import_changes_batch ON import_changes (batch_id, id);
CREATE INDEX import_changes_customer ON import_changes (customer_id);

-- The batch a source key arrived with.
ALTER TABLE source_keys ADD COLUMN batch_id INTEGER REFERENCES import_batches (id) ON DELETE SET NULL;

-- Blocking keys of the matching engine (business ID, phone, email, name tokens with place...):
-- candidates for a record are the customers sharing one of its keys.
CREATE TABLE match_keys (
    match_key TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    PRIMARY KEY (match_key, customer_id)
);
CREATE INDEX match_keys_customer ON match_keys (customer_id);
