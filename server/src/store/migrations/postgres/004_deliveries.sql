-- Minutes delivered where their readers are (#17). `delivery_targets` holds a community organiser's
-- mail addresses and chat webhooks, or a one-off meeting facilitator's addresses (secrets). `deliveries` is the outbox:
-- a meeting's end inserts one row per target in the same transaction as its `meeting:ended`, and
-- a worker claims due rows with a lease, sends, and marks them sent or retries with backoff.
CREATE TABLE delivery_targets (
  id TEXT PRIMARY KEY,
  community_id TEXT REFERENCES communities (id) ON DELETE CASCADE,
  meeting_id TEXT REFERENCES meetings (id) ON DELETE CASCADE,
  channel TEXT NOT NULL,
  address TEXT NOT NULL,
  secret TEXT,
  created_at BIGINT NOT NULL,
  -- A community's target serves all its meetings; a one-off meeting's, that meeting only.
  CHECK ((community_id IS NULL) <> (meeting_id IS NULL))
);

CREATE INDEX delivery_targets_by_community ON delivery_targets (community_id);
CREATE INDEX delivery_targets_by_meeting ON delivery_targets (meeting_id);

CREATE TABLE deliveries (
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  target_id TEXT NOT NULL REFERENCES delivery_targets (id) ON DELETE CASCADE,
  community_id TEXT,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  claim TEXT,
  lease_until BIGINT,
  last_error TEXT,
  sent_at BIGINT,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (meeting_id, target_id)
);

CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at);
CREATE INDEX deliveries_by_community ON deliveries (community_id, created_at);

-- The read-only link the deliveries of a meeting carry (one per meeting, made at the first send).
CREATE TABLE delivery_links (
  meeting_id TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
  link_id TEXT NOT NULL,
  secret TEXT NOT NULL
);
