-- The matching engine's blocking keys as 64-bit hashes of their text (match_key_hash(), a
-- function every Luotsi connection registers; see src/core/storage/MatchKeyHash.h): an integer
-- key is half the size of the text and compares in one step, and the table has no rowid of its
-- own, so that a million customers' seven or eight keys each take one b-tree and its customer
-- index instead of three. A hash that two keys share only makes a candidate more to score.
CREATE TABLE match_keys_hashed (
    key_hash INTEGER NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    PRIMARY KEY (key_hash, customer_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO match_keys_hashed (key_hash, customer_id)
    SELECT match_key_hash(match_key), customer_id FROM match_keys ORDER BY 1, 2;
DROP TABLE match_keys;
ALTER TABLE match_keys_hashed RENAME TO match_keys;
CREATE INDEX match_keys_customer ON match_keys (customer_id);
