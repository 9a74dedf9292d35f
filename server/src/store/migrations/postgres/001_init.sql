-- The meeting index, the event log and the committed commands (for exactly-once retries).
CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  join_code TEXT NOT NULL UNIQUE,
  facilitator_key_hash TEXT NOT NULL,
  title TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  -- The seq of the meeting's last event: appends advance it with a compare-and-set UPDATE, which
  -- row-locks the meeting and so serialises writers across nodes.
  last_seq INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX meetings_by_created_at ON meetings (created_at, id);

-- JSON rather than JSONB: bodies are only stored and returned, and JSON keeps them byte for byte.
CREATE TABLE events (
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  at BIGINT NOT NULL,
  type TEXT NOT NULL,
  command_id TEXT NOT NULL,
  body JSON NOT NULL,
  PRIMARY KEY (meeting_id, seq)
);

CREATE TABLE commands (
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  command_id TEXT NOT NULL,
  ack JSON NOT NULL,
  PRIMARY KEY (meeting_id, command_id)
);
