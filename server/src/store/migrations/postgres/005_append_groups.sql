-- Appends in groups (#20): a node sends the appends that queued up while its last group was in
-- flight as ONE statement, `SELECT append_group($1)`, its own transaction (one COMMIT, one WAL
-- flush). Each append is tried in a subtransaction of its own (BEGIN … EXCEPTION), so one that
-- fails rolls back alone and the others stay; each gets its outcome, in the order given:
--   {"kind": "appended"} | {"kind": "missing"} | {"kind": "known", "commandId": …}
--   | {"kind": "moved", "newer": [event rows after the expected seq] | null}
--   | {"kind": "failed", "code": SQLSTATE, "message": …}
-- An append is {"stream": "meeting" | "community", "streamId", "expectedSeq", "lastSeq", "endedAt",
-- "events": [[column values in the stream's event column order, body as JSON text]],
-- "acks": [[command id, ack as JSON text]]}. Bodies and acks go in as text so the JSON columns
-- keep them byte for byte.
-- `SET search_path FROM CURRENT` binds the functions to the schema they are created in.

-- Why an append of a meeting was not taken: no such meeting, a command id stored already, or
-- the log moved on (with what it holds after the expected seq, read after any wait for the row).
CREATE FUNCTION meeting_refusal(a json) RETURNS json
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
  stream_id text := a->>'streamId';
  known_id text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM meetings WHERE id = stream_id) THEN
    RETURN json_build_object('kind', 'missing');
  END IF;
  SELECT command_id INTO known_id FROM commands
  WHERE meeting_id = stream_id
    AND command_id IN (SELECT pair.value->>0 FROM json_array_elements(a->'acks') pair)
  LIMIT 1;
  IF known_id IS NOT NULL THEN
    RETURN json_build_object('kind', 'known', 'commandId', known_id);
  END IF;
  RETURN json_build_object('kind', 'moved', 'newer', (
    SELECT json_agg(json_build_object('seq', seq, 'at', at, 'command_id', command_id, 'body', body)
                    ORDER BY seq)
    FROM events WHERE meeting_id = stream_id AND seq > (a->>'expectedSeq')::integer));
END $$;

CREATE FUNCTION community_refusal(a json) RETURNS json
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
  stream_id text := a->>'streamId';
  known_id text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM communities WHERE id = stream_id) THEN
    RETURN json_build_object('kind', 'missing');
  END IF;
  SELECT command_id INTO known_id FROM community_commands
  WHERE community_id = stream_id
    AND command_id IN (SELECT pair.value->>0 FROM json_array_elements(a->'acks') pair)
  LIMIT 1;
  IF known_id IS NOT NULL THEN
    RETURN json_build_object('kind', 'known', 'commandId', known_id);
  END IF;
  RETURN json_build_object('kind', 'moved', 'newer', (
    SELECT json_agg(json_build_object('seq', seq, 'at', at, 'body', body) ORDER BY seq)
    FROM community_events WHERE community_id = stream_id AND seq > (a->>'expectedSeq')::integer));
END $$;

-- The compare-and-set of the single-statement append before it: `last_seq` advances only from
-- the expected seq and only when none of the command ids is stored; the UPDATE holds the row
-- (a writer that holds it is waited for, then the row is read as it committed). A meeting's end
-- queues its deliveries (the outbox, #17) and sets `ended_at` once, in the same transaction.
CREATE FUNCTION append_meeting(a json) RETURNS json
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
  stream_id text := a->>'streamId';
  ends_at bigint := (a->>'endedAt')::bigint;
BEGIN
  UPDATE meetings SET last_seq = (a->>'lastSeq')::integer
  WHERE id = stream_id AND last_seq = (a->>'expectedSeq')::integer
    AND NOT EXISTS (
      SELECT 1 FROM commands
      WHERE meeting_id = stream_id
        AND command_id IN (SELECT pair.value->>0 FROM json_array_elements(a->'acks') pair));
  IF NOT FOUND THEN
    RETURN meeting_refusal(a);
  END IF;
  INSERT INTO events (meeting_id, seq, at, type, command_id, body)
  SELECT stream_id, (e.value->>0)::integer, (e.value->>1)::bigint, e.value->>2, e.value->>3,
    (e.value->>4)::json
  FROM json_array_elements(a->'events') e;
  INSERT INTO commands (meeting_id, command_id, ack)
  SELECT stream_id, pair.value->>0, (pair.value->>1)::json FROM json_array_elements(a->'acks') pair;
  IF ends_at IS NOT NULL THEN
    INSERT INTO deliveries
      (meeting_id, target_id, community_id, state, attempts, next_attempt_at, created_at)
    SELECT m.id, t.id, t.community_id, 'pending', 0, ends_at, ends_at
    FROM meetings m JOIN delivery_targets t
      ON t.community_id = m.community_id OR t.meeting_id = m.id
    WHERE m.id = stream_id AND m.ended_at IS NULL
    ON CONFLICT DO NOTHING;
    UPDATE meetings SET ended_at = ends_at WHERE id = stream_id AND ended_at IS NULL;
  END IF;
  RETURN json_build_object('kind', 'appended');
END $$;

CREATE FUNCTION append_community(a json) RETURNS json
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
  stream_id text := a->>'streamId';
BEGIN
  UPDATE communities SET last_seq = (a->>'lastSeq')::integer
  WHERE id = stream_id AND last_seq = (a->>'expectedSeq')::integer
    AND NOT EXISTS (
      SELECT 1 FROM community_commands
      WHERE community_id = stream_id
        AND command_id IN (SELECT pair.value->>0 FROM json_array_elements(a->'acks') pair));
  IF NOT FOUND THEN
    RETURN community_refusal(a);
  END IF;
  INSERT INTO community_events (community_id, seq, at, type, body)
  SELECT stream_id, (e.value->>0)::integer, (e.value->>1)::bigint, e.value->>2, (e.value->>3)::json
  FROM json_array_elements(a->'events') e;
  INSERT INTO community_commands (community_id, command_id, ack)
  SELECT stream_id, pair.value->>0, (pair.value->>1)::json FROM json_array_elements(a->'acks') pair;
  RETURN json_build_object('kind', 'appended');
END $$;

-- The group, in the order given (appends to one stream follow each other). A key violation is a
-- backstop the compare-and-set makes unreachable; it is answered as the refusal it stands for.
-- OTHERS leaves out query_canceled: a statement timeout still fails the whole group.
CREATE FUNCTION append_group(appends json) RETURNS json
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
  a json;
  outcome json;
  outcomes json[] := '{}';
BEGIN
  FOR a IN SELECT value FROM json_array_elements(appends) LOOP
    BEGIN
      IF a->>'stream' = 'meeting' THEN
        outcome := append_meeting(a);
      ELSE
        outcome := append_community(a);
      END IF;
    EXCEPTION
      WHEN unique_violation THEN
        IF a->>'stream' = 'meeting' THEN
          outcome := meeting_refusal(a);
        ELSE
          outcome := community_refusal(a);
        END IF;
      WHEN OTHERS THEN
        outcome := json_build_object('kind', 'failed', 'code', SQLSTATE, 'message', SQLERRM);
    END;
    outcomes := outcomes || outcome;
  END LOOP;
  RETURN array_to_json(outcomes);
END $$;
