-- A small corpus for the search tests: stories, entities with aliases and a technology taxonomy,
-- story_entities and deals, inserted the way the ingest pipeline would. Loaded after Schema::upgrade.
INSERT INTO stories(rowid, id, title, body, date, source_path, feed) VALUES
(1, 'story-1', 'Nvidia demand for TSMC packaging stays strong',
 'Nvidia Corp’s demand for advanced packaging from Taiwan Semiconductor Manufacturing Co (TSMC, 台積電) remains strong, Nvidia CEO Jensen Huang (黃仁勳) said. Blackwell uses CoWoS-L; Hopper uses CoWoS-S.',
 '2024-01-17', '/corpus/taipei-times.txt', ''),
(2, 'story-2', 'TSMC to expand CoWoS capacity',
 '台积电 will double its CoWoS capacity this year, chairman C.C. Wei said.',
 '2024-03-02', '/corpus/digitimes.txt', ''),
(3, 'story-3', 'Innotron to invest in Shanghai packaging plant',
 'Innotron Memory (合肥長鑫) is to invest 17.1 billion yuan in an advanced packaging plant in Shanghai that will use through-silicon via (TSV). Innotron signed a contract with the local government.',
 '2024-07-20', '/corpus/taipei-times.txt', ''),
(4, 'story-4', 'Samsung Electronics wins HBM contract',
 'Samsung Electronics Co signed a contract to supply HBM3E memory to Nvidia. Samsung did not disclose the amount.',
 '2024-09-05', '/corpus/reuters.txt', ''),
(5, 'story-5', 'SK Hynix raises funds',
 'SK Hynix Inc raised 1 trillion won for HBM expansion in Icheon, South Korea.',
 '2023-11-30', '/corpus/reuters.txt', ''),
(6, 'story-6', 'US weighs sanctions on CXMT',
 'The Biden administration is weighing sanctions against ChangXin Memory Technologies (CXMT, 長鑫存儲). The Commerce Department may add it to the Entity List.',
 '2024-08-01', '/corpus/taipei-times.txt', ''),
(7, 'story-7', 'Café Société opens a chip design office',
 'Société Générale & partners financed the <new> semiconductor office.',
 '', '/corpus/misc.txt', ''),
(8, 'story-8', 'Photonics startup raises seed round',
 'A silicon photonics startup raised money; no packaging news here.',
 '2022-05-05', '/feeds/feed.xml', 'EE Times'),
(9, 'story-9', 'Next CoWoS variant',
 'TSMC showed an LSI bridge for future packages.',
 '2024-10-10', '/corpus/digitimes.txt', '');

INSERT INTO story_fts(rowid, title, body) SELECT rowid, title, body FROM stories;

INSERT INTO entities(id, type, name, key, parent_id) VALUES
(1, 'company', 'TSMC', 'tsmc', NULL),
(2, 'company', 'Nvidia', 'nvidia', NULL),
(3, 'company', 'Samsung Electronics', 'samsung electronics', NULL),
(4, 'company', 'SK Hynix', 'sk hynix', NULL),
(5, 'company', 'Innotron Memory', 'innotron memory', NULL),
(6, 'company', 'CXMT', 'cxmt', NULL),
(7, 'technology', 'CoWoS', 'cowos', NULL),
(8, 'technology', 'CoWoS-L', 'cowos-l', 7),
(9, 'technology', 'CoWoS-S', 'cowos-s', 7),
(10, 'technology', 'HBM', 'hbm', NULL),
(11, 'technology', 'HBM3E', 'hbm3e', 10),
(12, 'technology', 'TSV', 'tsv', NULL),
(13, 'person', 'Jensen Huang', 'jensen huang', NULL),
(14, 'person', 'C.C. Wei', 'c.c. wei', NULL),
(15, 'organization', 'Commerce Department', 'commerce department', NULL),
(16, 'place', 'Shanghai', 'shanghai', NULL),
(17, 'place', 'South Korea', 'south korea', NULL),
(18, 'product', 'Blackwell', 'blackwell', NULL),
(19, 'company', 'Société Générale', 'societe generale', NULL),
(20, 'technology', 'LSI bridge', 'lsi bridge', 8),
-- Same name, other type: company:Shanghai must not find the place.
(21, 'organization', 'Shanghai Municipal Government', 'shanghai municipal government', NULL);

INSERT INTO aliases(entity_id, alias, key) VALUES
(1, 'Taiwan Semiconductor Manufacturing Co', 'taiwan semiconductor manufacturing co'),
(1, '台積電', '台積電'),
(2, 'Nvidia Corp', 'nvidia corp'),
(3, 'Samsung', 'samsung'),
(3, '三星電子', '三星電子'),
(5, '合肥長鑫', '合肥長鑫'),
(6, 'ChangXin Memory Technologies', 'changxin memory technologies'),
(6, '長鑫存儲', '長鑫存儲'),
(12, 'through-silicon via', 'through-silicon via'),
(13, '黃仁勳', '黃仁勳'),
(15, 'US Commerce Department', 'us commerce department');

INSERT INTO story_entities(entity_id, story_rowid, mentions) VALUES
(1, 1, 2), (2, 1, 3), (8, 1, 1), (9, 1, 1), (13, 1, 1), (18, 1, 1),
(1, 2, 1), (7, 2, 1), (14, 2, 1),
(5, 3, 2), (12, 3, 1), (16, 3, 1), (21, 3, 1),
(3, 4, 2), (11, 4, 1), (2, 4, 1),
(4, 5, 1), (10, 5, 1), (17, 5, 1),
(6, 6, 2), (15, 6, 1),
(19, 7, 1),
(1, 9, 1), (20, 9, 1);

UPDATE entities SET story_count = (SELECT count(*) FROM story_entities WHERE entity_id = entities.id),
                    mention_count = (SELECT coalesce(sum(mentions), 0) FROM story_entities WHERE entity_id = entities.id);

INSERT INTO deals(id, story_rowid, kind, status, evidence, evidence_start, evidence_end) VALUES
(1, 3, 'investment', 'planned', 'Innotron Memory is to invest 17.1 billion yuan', 0, 40),
(2, 3, 'contract', 'completed', 'Innotron signed a contract with the local government.', 180, 232),
(3, 4, 'contract', 'completed', 'Samsung Electronics Co signed a contract to supply HBM3E memory', 0, 60),
(4, 5, 'fundraising', 'completed', 'SK Hynix Inc raised 1 trillion won', 0, 33),
(5, 6, 'sanction', 'considered', 'weighing sanctions against ChangXin Memory Technologies', 30, 85);
