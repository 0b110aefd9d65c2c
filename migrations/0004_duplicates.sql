-- One true record: runs of the duplicate finder and the candidate groups they found, the admins'
-- decisions on them, merges (with what their undo needs) and where each field's current value
-- came from.

-- One run of the duplicate finder over the register or a filtered part of it.
CREATE TABLE duplicate_runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL DEFAULT '',
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- The filter in words ("Helsinki, companies"), empty for the whole register.
    filter TEXT NOT NULL DEFAULT '',
    min_score REAL NOT NULL DEFAULT 0,
    customers INTEGER NOT NULL DEFAULT 0,
    comparisons INTEGER NOT NULL DEFAULT 0,
    groups_found INTEGER NOT NULL DEFAULT 0
);

-- A group of customers the finder thinks are one customer, and what an admin decided about it.
-- Not foreign keys to customers: a decided group stays readable after its members merged away.
CREATE TABLE duplicate_groups (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES duplicate_runs (id) ON DELETE CASCADE,
    score REAL NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'later', 'merged', 'not_duplicate', 'obsolete')),
    decided_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    decided_at TEXT NOT NULL DEFAULT '',
    merge_id INTEGER
);
CREATE INDEX duplicate_groups_status ON duplicate_groups (status, score);
CREATE INDEX duplicate_groups_run ON duplicate_groups (run_id);

CREATE TABLE duplicate_group_members (
    group_id INTEGER NOT NULL REFERENCES duplicate_groups (id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL,
    PRIMARY KEY (group_id, customer_id)
);
CREATE INDEX duplicate_group_members_customer ON duplicate_group_members (customer_id);

-- The scored pairs that tied a group together (customer_a < customer_b) and the fields that
-- agreed, as the finder explained them.
CREATE TABLE duplicate_pairs (
    group_id INTEGER NOT NULL REFERENCES duplicate_groups (id) ON DELETE CASCADE,
    customer_a INTEGER NOT NULL,
    customer_b INTEGER NOT NULL,
    score REAL NOT NULL,
    agreed TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (group_id, customer_a, customer_b)
);

-- Pairs an admin said are two customers (customer_a < customer_b): never proposed again.
CREATE TABLE not_duplicates (
    customer_a INTEGER NOT NULL,
    customer_b INTEGER NOT NULL,
    decided_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (customer_a, customer_b)
);

-- One merge of customers into a survivor, with the survivor before and after as JSON: undo
-- restores "before" when the survivor still equals "after".
CREATE TABLE merges (
    id INTEGER PRIMARY KEY,
    survivor_id INTEGER NOT NULL,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    merged_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'applied' CHECK (status IN ('applied', 'undone')),
    undone_at TEXT NOT NULL DEFAULT '',
    survivor_before TEXT NOT NULL,
    survivor_after TEXT NOT NULL
);
CREATE INDEX merges_survivor ON merges (survivor_id);

-- The customers merged into the survivor, as they were (JSON), so that undo brings them back
-- with their own ids.
CREATE TABLE merge_members (
    merge_id INTEGER NOT NULL REFERENCES merges (id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL,
    before_json TEXT NOT NULL,
    PRIMARY KEY (merge_id, customer_id)
);
CREATE INDEX merge_members_customer ON merge_members (customer_id);

-- Rows of other tables a merge moved from a member to the survivor (timeline entries, child
-- customers, import lineage, later modules' data), so that undo moves them back. row_key is the
-- row's key in its participant's own terms.
CREATE TABLE merge_moves (
    merge_id INTEGER NOT NULL REFERENCES merges (id) ON DELETE CASCADE,
    participant TEXT NOT NULL,
    row_key TEXT NOT NULL,
    from_customer INTEGER NOT NULL,
    PRIMARY KEY (merge_id, participant, row_key)
);

-- Where a customer's field got its current value: an import batch of a source system, a user's
-- edit, or a merge that took it from a member. field is the customer column ("name",
-- "business_id", ...) or a child list ("addresses", "phones", "emails", "contacts").
CREATE TABLE field_sources (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    source_system TEXT NOT NULL DEFAULT '',
    batch_id INTEGER REFERENCES import_batches (id) ON DELETE SET NULL,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    merge_id INTEGER,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (customer_id, field)
);
