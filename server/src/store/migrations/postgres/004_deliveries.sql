-- Minutes delivered where a community reads them (#17). `delivery_targets` holds the organiser's
-- mail addresses and chat webhooks (secrets: shown to organisers only). `deliveries` is the outbox:
-- a meeting's end inserts one row per target in the same transaction as its `meeting:ended`, and
-- a worker claims due rows with a lease, sends, and marks them sent or retries with backoff.
CREATE TABLE delivery_targets (
  id TEXT PRIMARY KEY,
  community_id TEXT NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  channel TEXT NOT NULL,
  address TEXT NOT NULL,
  secret TEXT,
  created_at BIGINT NOT NULL
);

CREATE INDEX delivery_targets_by_community ON delivery_targets (community_id);

CREATE TABLE deliveries (
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  target_id TEXT NOT NULL REFERENCES delivery_targets (id) ON DELETE CASCADE,
  community_id TEXT NOT NULL,
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
