-- Data quality: the customer list filters by "invalid email" and "invalid phone" and the register
-- counts them. Scanning every channel and contact for them takes seconds at a million customers
-- (and the list would do it for every page); these partial indexes hold only the bad ones, so
-- both are instant. The conditions must stay term for term the ones in
-- src/core/storage/DataQualityRepository.cpp: a database uses a partial index only for a query
-- whose condition contains the index's.
--
-- Invalid email: a space, no "x@y.z" shape, two "@" or two dots in a row. Invalid phone: not
-- E.164 ("+" and 7 to 15 digits; CustomerValidator stores every number it can read so). A
-- contact's empty email or phone is no problem; a channel must have a value. Portable SQL
-- (LIKE, replace, substr, length): the same file serves SQLite and PostgreSQL.

CREATE INDEX channels_bad_email ON channels (customer_id)
    WHERE kind = 'email' AND (value LIKE '% %' OR value NOT LIKE '_%@_%._%' OR value LIKE '%@%@%'
         OR value LIKE '%..%');

CREATE INDEX contacts_bad_email ON contacts (customer_id)
    WHERE email <> '' AND (email LIKE '% %' OR email NOT LIKE '_%@_%._%' OR email LIKE '%@%@%'
         OR email LIKE '%..%');

CREATE INDEX channels_bad_phone ON channels (customer_id)
    WHERE kind = 'phone' AND NOT (value LIKE '+%' AND length(value) BETWEEN 8 AND 16
         AND replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
             substr(value, 2), '0', ''), '1', ''), '2', ''), '3', ''), '4', ''), '5', ''), '6', ''),
             '7', ''), '8', ''), '9', '') = '');

CREATE INDEX contacts_bad_phone ON contacts (customer_id)
    WHERE phone <> '' AND NOT (phone LIKE '+%' AND length(phone) BETWEEN 8 AND 16
         AND replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
             substr(phone, 2), '0', ''), '1', ''), '2', ''), '3', ''), '4', ''), '5', ''), '6', ''),
             '7', ''), '8', ''), '9', '') = '');
