-- Communities: an index row each and their own event stream, apart from meetings'.
CREATE TABLE communities (
  id TEXT PRIMARY KEY,
  invite_code TEXT NOT NULL UNIQUE,
  organiser_key_hash TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seq INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE community_events (
  community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  at INTEGER NOT NULL,
  type TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (community_id, seq)
) STRICT, WITHOUT ROWID;
