-- Segmentation: segments as data (grouped in segmentations, one of them the primary), the sales
-- facts their rules read, each customer's segment with overrides and history, re-segmentation
-- runs with their preview, the care model per segment and channel, and targets per segment.

-- A named set of segments: one cut of the customer base. The primary one is what the list, the
-- card header and the segment report show.
CREATE TABLE segmentations (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_fi TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);

-- A segment and its rule. Rules are evaluated by priority (lowest first) and the first that holds
-- wins; position is the display order. rule is JSON (core/segments/Rule.h); an empty rule holds
-- for everyone (a catch-all). Segments are deactivated rather than deleted, so history keeps
-- their names.
CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    segmentation_id INTEGER NOT NULL REFERENCES segmentations (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name_fi TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    description_fi TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT '#808080',
    position INTEGER NOT NULL DEFAULT 0,
    priority INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    account_plan_required INTEGER NOT NULL DEFAULT 0,
    rule TEXT NOT NULL DEFAULT '',
    UNIQUE (segmentation_id, code)
);

-- Free tags on customers ("kumppani", "puitesopimus"); segment rules may test them.
CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (customer_id, tag)
);
CREATE INDEX customer_tags_tag ON customer_tags (tag, customer_id);

-- Sales per customer, group company and month ('2026-11'), from the group companies' systems
-- (imported) or generated. The primary key's order serves the per-customer aggregation of a run.
CREATE TABLE sales_facts (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    company_id INTEGER NOT NULL REFERENCES group_companies (id),
    month TEXT NOT NULL,
    revenue REAL NOT NULL DEFAULT 0,
    order_count INTEGER NOT NULL DEFAULT 0,
    batch_id INTEGER REFERENCES import_batches (id) ON DELETE SET NULL,
    PRIMARY KEY (customer_id, company_id, month)
);
CREATE INDEX sales_facts_month ON sales_facts (month, company_id);

-- The estimated potential (euros a year) an account manager keeps for a customer.
CREATE TABLE customer_potential (
    customer_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    potential REAL NOT NULL,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    changed_at TEXT NOT NULL
);

-- A re-segmentation run. A preview stores its moves; applying writes them in one transaction.
-- A review (month 12 of the yearly clock) lets owners confirm or override moves first.
CREATE TABLE segment_runs (
    id INTEGER PRIMARY KEY,
    segmentation_id INTEGER NOT NULL REFERENCES segmentations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'run' CHECK (kind IN ('run', 'review')),
    status TEXT NOT NULL DEFAULT 'preview' CHECK (status IN ('preview', 'applied', 'discarded')),
    as_of TEXT NOT NULL,
    created_at TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT '',
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    customers INTEGER NOT NULL DEFAULT 0,
    moved INTEGER NOT NULL DEFAULT 0
);

-- The whole from→to matrix of a run, stays included (segment 0: no segment).
CREATE TABLE segment_run_counts (
    run_id INTEGER NOT NULL REFERENCES segment_runs (id) ON DELETE CASCADE,
    from_segment_id INTEGER NOT NULL,
    to_segment_id INTEGER NOT NULL,
    customers INTEGER NOT NULL,
    PRIMARY KEY (run_id, from_segment_id, to_segment_id)
);

-- The customers a run moves (segment 0: no segment), and an owner's decision in a review.
CREATE TABLE segment_run_moves (
    run_id INTEGER NOT NULL REFERENCES segment_runs (id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    from_segment_id INTEGER NOT NULL,
    to_segment_id INTEGER NOT NULL,
    decision TEXT NOT NULL DEFAULT 'pending'
        CHECK (decision IN ('pending', 'confirmed', 'overridden')),
    decided_segment_id INTEGER NOT NULL DEFAULT 0,
    decision_reason TEXT NOT NULL DEFAULT '',
    decided_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    decided_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, customer_id)
);
CREATE INDEX segment_run_moves_cell ON segment_run_moves (run_id, from_segment_id, to_segment_id);

-- Each customer's current segment per segmentation. run_id is NULL for a manual override.
CREATE TABLE customer_segments (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    segmentation_id INTEGER NOT NULL REFERENCES segmentations (id) ON DELETE CASCADE,
    segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
    since TEXT NOT NULL,
    run_id INTEGER REFERENCES segment_runs (id) ON DELETE SET NULL,
    PRIMARY KEY (customer_id, segmentation_id)
);
CREATE INDEX customer_segments_segment ON customer_segments (segment_id, customer_id);

-- A manual segment for a customer, with its reason and optional last day; runs respect it
-- until it expires.
CREATE TABLE segment_overrides (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    segmentation_id INTEGER NOT NULL REFERENCES segmentations (id) ON DELETE CASCADE,
    segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    expires_on TEXT NOT NULL DEFAULT '',
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (customer_id, segmentation_id)
);

-- Every segment change (segment 0: none). Not a foreign key to customers, like audit_log: the
-- history of a merged or deleted customer stays countable for the report.
CREATE TABLE segment_history (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    segmentation_id INTEGER NOT NULL REFERENCES segmentations (id) ON DELETE CASCADE,
    from_segment_id INTEGER NOT NULL,
    to_segment_id INTEGER NOT NULL,
    changed_at TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('run', 'review', 'manual', 'override_ended')),
    run_id INTEGER REFERENCES segment_runs (id) ON DELETE SET NULL,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX segment_history_customer ON segment_history (customer_id, id);
CREATE INDEX segment_history_changed ON segment_history (segmentation_id, changed_at);

-- The care model (hoitomalli): the channels that serve customers and, per segment and channel,
-- the channel's role and contact rhythm. Free text in the admins' words.
CREATE TABLE care_channels (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_fi TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE care_model (
    segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
    channel_id INTEGER NOT NULL REFERENCES care_channels (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT '',
    rhythm TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (segment_id, channel_id)
);

-- Targets per segment and period ('2027' or '2027-Q1'), for the whole group (company_id 0 and
-- business_area ''), one group company, or one business area. NULL: no target set.
CREATE TABLE segment_targets (
    id INTEGER PRIMARY KEY,
    segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    company_id INTEGER NOT NULL DEFAULT 0,
    business_area TEXT NOT NULL DEFAULT '',
    target_customers INTEGER,
    target_revenue REAL,
    changed_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    changed_at TEXT NOT NULL,
    UNIQUE (segment_id, period, company_id, business_area)
);

-- The defaults: the segment report's rows (slide 17) as the primary segmentation, and the
-- channel slides' growth / loyal / basic cut as a second one.
INSERT INTO segmentations (id, code, name_fi, name_en, is_primary, position) VALUES
    (1, 'customer_value', 'Asiakkuussegmentti', 'Customer segment', 1, 1),
    (2, 'growth', 'Kasvu-, kanta- ja perusasiakkaat', 'Growth, loyal and basic', 0, 2);

INSERT INTO segments (id, segmentation_id, code, name_fi, name_en, description_fi, description_en,
                      colour, position, priority, account_plan_required, rule) VALUES
    (1, 1, 'vip', 'VIP', 'VIP',
     'Konsernin tärkeimmät asiakkaat: suuri myynti tai osto usealta konserniyhtiöltä.',
     'The group''s most important customers: large sales or buying from several group companies.',
     '#b8860b', 1, 1, 1,
     '{"combine":"all","criteria":[{"fact":"status","op":"not_in","values":["former"]}],"groups":[{"combine":"any","criteria":[{"fact":"revenue_12m","op":">=","value":50000}],"groups":[{"combine":"all","criteria":[{"fact":"revenue_12m","op":">=","value":20000},{"fact":"companies_12m","op":">=","value":3}]}]}]}'),
    (2, 1, 'loyal', 'Kanta-asiakkaat', 'Loyal customers',
     'Ostavat säännöllisesti ja kohtuullisen paljon.',
     'Buy regularly and a fair amount.',
     '#2e86c1', 2, 2, 1,
     '{"combine":"all","criteria":[{"fact":"revenue_12m","op":">=","value":5000},{"fact":"orders_12m","op":">=","value":6}]}'),
    (3, 1, 'develop', 'Kehitä ja kasvata', 'Develop and grow',
     'Myynti kasvaa tai potentiaali on selvästi nykyistä suurempi.',
     'Sales are growing or the potential is clearly above today''s.',
     '#27ae60', 3, 3, 0,
     '{"combine":"all","criteria":[{"fact":"revenue_12m","op":">=","value":1000}],"groups":[{"combine":"any","criteria":[{"fact":"trend_pct","op":">=","value":15},{"fact":"companies_12m","op":">=","value":2},{"fact":"potential","op":">=","value":10000}]}]}'),
    (4, 1, 'traffic', 'Trafiikkiasiakkaat', 'Traffic customers',
     'Satunnaisia ostoja viimeisen vuoden aikana.',
     'Occasional purchases within the last year.',
     '#e67e22', 4, 4, 0,
     '{"combine":"all","criteria":[{"fact":"revenue_12m","op":">","value":0}]}'),
    (5, 1, 'acquire', 'Hanki', 'Acquire',
     'Prospektit ja asiakkaat, jotka eivät ole ostaneet vuoteen: hankittavat.',
     'Prospects and customers who have not bought for a year: to acquire.',
     '#7f8c8d', 5, 5, 0, ''),
    (6, 2, 'growth', 'Kasvuasiakkaat', 'Growth customers',
     'Myynti kasvaa tai potentiaali on suuri.', 'Sales are growing or the potential is large.',
     '#27ae60', 1, 1, 1,
     '{"combine":"any","criteria":[{"fact":"trend_pct","op":">=","value":20},{"fact":"potential","op":">=","value":20000}]}'),
    (7, 2, 'loyal', 'Kanta-asiakkaat', 'Loyal customers',
     'Vakiintunut, merkittävä myynti.', 'Established, significant sales.',
     '#2e86c1', 2, 2, 0,
     '{"combine":"all","criteria":[{"fact":"revenue_12m","op":">=","value":5000}]}'),
    (8, 2, 'basic', 'Perusasiakkaat', 'Basic customers',
     'Muut asiakkaat.', 'Everyone else.', '#95a5a6', 3, 3, 0, '');

INSERT INTO care_channels (id, code, name_fi, name_en, position) VALUES
    (1, 'top_management', 'Ylin johto', 'Top management', 1),
    (2, 'events', 'PR-tilaisuudet, messut, tapahtumat', 'PR events, fairs, events', 2),
    (3, 'store', 'Myymälä', 'Store', 3),
    (4, 'direct', 'Suoramarkkinointi', 'Direct marketing', 4),
    (5, 'www', 'WWW', 'WWW', 5),
    (6, 'field_sales', 'Kenttämyynti', 'Field sales', 6),
    (7, 'service_project', 'Palvelu- ja projektimyynti', 'Service and project sales', 7),
    (8, 'contact_centre', 'CC-kanava', 'Contact centre', 8);

INSERT INTO care_model (segment_id, channel_id, role, rhythm) VALUES
    (1, 1, 'Kumppanuuskokous: asiakkuussuunnitelman seuranta, tulevat tapahtumat ja murrokset', 'Neljännesvuosittain (kk 3, 6, 9, 12)'),
    (1, 2, 'Henkilökohtainen kutsu asiakastilaisuuksiin ja messuille', '2 kertaa vuodessa'),
    (1, 6, 'Vastuumyyjä hoitaa koko konsernin tarjooman', 'Kuukausittain'),
    (1, 7, 'Projektit ja palvelut suunnitellaan asiakkuussuunnitelmassa', 'Tarpeen mukaan'),
    (1, 8, 'Nimetty yhteyshenkilö palvelukeskuksessa', 'Aina tavoitettavissa'),
    (2, 1, 'Vuosittainen tapaaminen johdon kanssa', 'Kerran vuodessa'),
    (2, 2, 'Kutsu messuille ja alueellisiin tilaisuuksiin', 'Kerran vuodessa'),
    (2, 4, 'Kohdennetut tarjoukset ostohistorian mukaan', 'Neljännesvuosittain'),
    (2, 6, 'Säännölliset asiakaskäynnit', '2–4 kertaa vuodessa'),
    (2, 8, 'Tilausten ja palautteen seuranta', 'Jatkuva'),
    (3, 4, 'Lisämyynti muiden konserniyhtiöiden tuotteista', 'Neljännesvuosittain'),
    (3, 5, 'Verkkokauppa ja sisältöä asiakkaan toimialalle', 'Jatkuva'),
    (3, 6, 'Kasvusuunnitelma ja tarvekartoitus', '2 kertaa vuodessa'),
    (3, 8, 'Aktiivinen yhteydenotto ostojen jälkeen', 'Ostojen jälkeen'),
    (4, 3, 'Palvelu myymälässä', 'Asiakkaan aloitteesta'),
    (4, 4, 'Kampanjat ja uutiskirje', 'Kuukausittain'),
    (4, 5, 'Itsepalvelu verkkokaupassa', 'Jatkuva'),
    (4, 8, 'Puhelinpalvelu ja tilausten vastaanotto', 'Asiakkaan aloitteesta'),
    (5, 2, 'Tavoitetaan messuilla ja tapahtumissa', 'Tapahtumien mukaan'),
    (5, 4, 'Hankintakampanjat', 'Neljännesvuosittain'),
    (5, 5, 'Näkyvyys ja yhteydenottolomake', 'Jatkuva'),
    (5, 8, 'Soittokampanjat prospekteille', 'Kampanjoittain'),
    (6, 1, 'Kasvusuunnitelma johdon kanssa', 'Kahdesti vuodessa'),
    (6, 6, 'Aktiivinen myyntityö ja tarvekartoitus', 'Kuukausittain'),
    (7, 6, 'Säännölliset asiakaskäynnit', 'Neljännesvuosittain'),
    (7, 4, 'Kohdennetut tarjoukset', 'Neljännesvuosittain'),
    (8, 5, 'Itsepalvelu', 'Jatkuva'),
    (8, 8, 'Palvelu asiakkaan aloitteesta', 'Asiakkaan aloitteesta');
