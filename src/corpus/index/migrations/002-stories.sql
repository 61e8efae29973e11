-- What the story index needs per shown article (the first file by name that gives an id, with the
-- corpus-level roles of its outlet), and the sampled shingles as an inverted index.
CREATE TABLE shown (
  id TEXT PRIMARY KEY,
  file TEXT NOT NULL,
  position INTEGER NOT NULL,
  outlet_key TEXT,
  -- JSON array of [role, reason] per paragraph, after the corpus-level roles
  roles TEXT NOT NULL,
  body_words INTEGER NOT NULL,
  shingle_size INTEGER NOT NULL,
  -- sorted unique 32-bit shingle hashes, little-endian, base64
  shingles TEXT NOT NULL
);
CREATE INDEX shown_by_outlet ON shown (outlet_key);

-- The content-defined sample of each shown article's shingles (hash % sampleModulo = 0).
CREATE TABLE story_keys (
  hash BIGINT NOT NULL,
  id TEXT NOT NULL,
  PRIMARY KEY (hash, id)
);
CREATE INDEX story_keys_by_id ON story_keys (id);

-- Ids and outlets whose shown rows must be recomputed: written in the same transaction as the file
-- change that makes them stale, so a build killed between the two finishes the work when resumed.
CREATE TABLE stale_ids (id TEXT PRIMARY KEY);
CREATE TABLE stale_outlets (outlet_key TEXT PRIMARY KEY);
