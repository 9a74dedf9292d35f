-- Communities: an index row each and their own event stream, apart from meetings'.
CREATE TABLE communities (
  id TEXT PRIMARY KEY,
  invite_code TEXT NOT NULL UNIQUE,
  organiser_key_hash TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  -- Advanced by a compare-and-set UPDATE, which row-locks the community (as meetings.last_seq).
  last_seq INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE community_events (
  community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  at BIGINT NOT NULL,
  type TEXT NOT NULL,
  body JSON NOT NULL,
  PRIMARY KEY (community_id, seq)
);
