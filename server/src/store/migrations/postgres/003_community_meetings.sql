-- Meetings scheduled by a community, when meetings ended (for retention and conclusions), and
-- community commands' acks (for exactly-once retries, as `commands` does for meetings).
ALTER TABLE meetings ADD COLUMN community_id TEXT REFERENCES communities (id) ON DELETE CASCADE;
ALTER TABLE meetings ADD COLUMN ended_at BIGINT;

CREATE INDEX meetings_by_community ON meetings (community_id) WHERE community_id IS NOT NULL;
CREATE INDEX meetings_by_ended_at ON meetings (ended_at) WHERE ended_at IS NOT NULL;

CREATE TABLE community_commands (
  community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  command_id TEXT NOT NULL,
  ack JSON NOT NULL,
  PRIMARY KEY (community_id, command_id)
);

-- Meetings that ended before this migration: their end is their first stored meeting:ended, so
-- RETENTION_DAYS deletes them too.
UPDATE meetings SET ended_at = (
  SELECT MIN(events.at) FROM events
  WHERE events.meeting_id = meetings.id AND events.type = 'meeting:ended'
);
