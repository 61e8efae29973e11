-- Files of the corpus folder and the articles they give, as parsed (a function of the file's bytes).
-- Portable SQL: the same file runs on SQLite and PostgreSQL.
CREATE TABLE files (
  name TEXT PRIMARY KEY,
  -- digests of the file's bytes and of its sidecar's: what tells a changed file from an unchanged one
  digest TEXT NOT NULL,
  -- JSON array of why anything in the file was left out
  errors TEXT NOT NULL
);

CREATE TABLE articles (
  file TEXT NOT NULL REFERENCES files (name) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  id TEXT NOT NULL,
  title TEXT,
  outlet TEXT,
  -- the outlet lower-cased: what corpus-level roles group by
  outlet_key TEXT,
  agency TEXT,
  date TEXT,
  url TEXT,
  byline TEXT,
  dateline TEXT,
  format TEXT NOT NULL,
  warnings TEXT NOT NULL,
  words INTEGER NOT NULL,
  body_words INTEGER NOT NULL,
  PRIMARY KEY (file, position)
);
CREATE INDEX articles_by_id ON articles (id);
CREATE INDEX articles_by_outlet ON articles (outlet_key);

CREATE TABLE paragraphs (
  file TEXT NOT NULL,
  position INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  text TEXT NOT NULL,
  role TEXT NOT NULL,
  reason TEXT,
  words INTEGER NOT NULL,
  PRIMARY KEY (file, position, idx),
  FOREIGN KEY (file, position) REFERENCES articles (file, position) ON DELETE CASCADE
);
