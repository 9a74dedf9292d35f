-- The meeting index, the event log and the committed commands (for exactly-once retries).
CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  join_code TEXT NOT NULL UNIQUE,
  facilitator_key_hash TEXT NOT NULL,
  title TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  -- The seq of the meeting's last event: the expected-seq check reads it instead of MAX(seq).
  last_seq INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX meetings_by_created_at ON meetings (created_at, id);

CREATE TABLE events (
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  at INTEGER NOT NULL,
  type TEXT NOT NULL,
  command_id TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (meeting_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE commands (
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  command_id TEXT NOT NULL,
  ack TEXT NOT NULL,
  PRIMARY KEY (meeting_id, command_id)
) STRICT, WITHOUT ROWID;
