-- Full-text search over the customer register (SQLite: FTS5). One document per customer; its
-- rowid is the customer id. unicode61 with remove_diacritics folds case and ä/ö/å, so "hame"
-- and "Häme" find the same rows; the prefix indexes keep search-as-you-type fast.
CREATE VIRTUAL TABLE customer_search USING fts5(
    name, business_id, city, contacts, phones, emails,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
