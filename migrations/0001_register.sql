-- The unified customer register. Portable SQL: this file runs on SQLite and PostgreSQL alike.
-- Timestamps are ISO 8601 UTC text ("2026-11-23T09:30:00Z") so that both dialects sort them.

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('account_manager', 'manager', 'admin')),
    email TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
);

-- The group's own companies or business areas.
CREATE TABLE group_companies (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    business_area TEXT NOT NULL DEFAULT ''
);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    -- Lower-cased name with Finnish letter order; the list sorts and pages on it.
    sort_name TEXT NOT NULL,
    business_id TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('company', 'parish', 'parish_union', 'association',
                                       'public_body', 'person')),
    language TEXT NOT NULL DEFAULT 'fi' CHECK (language IN ('fi', 'sv', 'en')),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('prospect', 'active', 'former')),
    owner_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    parent_id INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    -- City of the main address, kept by the repository so that the list filters and sorts on it
    -- without a join over a million addresses.
    city TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX customers_sort_name ON customers (sort_name, id);
CREATE INDEX customers_business_id ON customers (business_id, id);
CREATE INDEX customers_city ON customers (city, id);
CREATE INDEX customers_kind ON customers (kind, id);
CREATE INDEX customers_status ON customers (status, id);
CREATE INDEX customers_owner ON customers (owner_id, id);
CREATE INDEX customers_changed ON customers (changed_at, id);
CREATE INDEX customers_parent ON customers (parent_id);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_customer ON contacts (customer_id);

CREATE TABLE addresses (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('visiting', 'postal', 'billing')),
    street TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT 'FI'
);
CREATE INDEX addresses_customer ON addresses (customer_id);

-- The customer's own phone numbers, email addresses and web sites.
CREATE TABLE channels (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('phone', 'email', 'web')),
    value TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT ''
);
CREATE INDEX channels_customer ON channels (customer_id);

-- The customer relationship per group company (asiakkuus).
CREATE TABLE relationships (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    company_id INTEGER NOT NULL REFERENCES group_companies (id),
    since TEXT NOT NULL DEFAULT '',
    customer_number TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('prospect', 'active', 'ended')),
    UNIQUE (customer_id, company_id)
);
CREATE INDEX relationships_company ON relationships (company_id, customer_id);

-- Where a record came from: the legacy system and its key there.
CREATE TABLE source_keys (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    source_system TEXT NOT NULL,
    source_key TEXT NOT NULL,
    UNIQUE (source_system, source_key)
);
CREATE INDEX source_keys_customer ON source_keys (customer_id);

CREATE TABLE timeline_entries (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('note', 'call', 'meeting', 'email')),
    occurred_at TEXT NOT NULL,
    author_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT ''
);
CREATE INDEX timeline_customer ON timeline_entries (customer_id, occurred_at);

-- Every change to customer data. Not a foreign key to customers: the history of a deleted
-- customer stays readable.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    changed_at TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    customer_id INTEGER NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_customer ON audit_log (customer_id, id);
