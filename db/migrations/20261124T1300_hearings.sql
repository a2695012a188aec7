-- Hearings (行政处罚听证, legal-spec §8; 行政处罚法 第63–65条): rooms, one hearing per case with its members,
-- the party's agents (≤2, 第64条第5项), recusal requests and the one postponement. A hearing that is reported or
-- terminated is frozen: the trigger refuses any further change of the row or of its children.

CREATE TABLE hearing_rooms (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE CHECK (char_length(name) BETWEEN 1 AND 50),
  location text NOT NULL CHECK (char_length(location) BETWEEN 1 AND 200),
  capacity integer CHECK (capacity > 0),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE hearings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL UNIQUE REFERENCES cases (id),
  stage text NOT NULL DEFAULT 'requested' CHECK (stage IN
    ('requested', 'arranged', 'notified', 'postponed', 'held', 'reported', 'terminated')),
  -- The request (第64条第1项): received, postmark (posted requests count from it), the window's last day.
  request_channel text NOT NULL CHECK (request_channel IN ('written', 'post', 'electronic')),
  request_received_on date NOT NULL,
  request_postmark_on date,
  request_due_on date,
  request_content text NOT NULL DEFAULT '',
  CHECK (request_postmark_on IS NULL OR request_postmark_on <= request_received_on),
  -- The penalty proposed when the hearing was requested (what is heard; the decision may not be harsher).
  heard_penalty jsonb,
  -- Arrangement (第64条第2–4项).
  chair_id uuid REFERENCES users (id),
  officer_ids uuid[] NOT NULL DEFAULT '{}',
  clerk_id uuid REFERENCES users (id),
  room_id uuid REFERENCES hearing_rooms (id),
  place text,
  scheduled_at timestamptz,
  duration_minutes integer NOT NULL DEFAULT 120 CHECK (duration_minutes BETWEEN 30 AND 600),
  public boolean NOT NULL DEFAULT true,
  closed_reason text CHECK (closed_reason IN ('state_secret', 'commercial_secret', 'privacy')),
  closed_note text,
  CHECK (public OR closed_reason IS NOT NULL),
  overrun_reason text,
  -- Notice of time and place, at least 7 working days before.
  notified_on date,
  notice_document_id uuid REFERENCES official_documents (id),
  -- The hearing: outcome, times, attendance and transcript (signed, or the refusal noted).
  outcome text CHECK (outcome IN ('completed', 'withdrawn', 'absent', 'left')),
  held_from timestamptz,
  held_to timestamptz,
  attendance jsonb,
  transcript jsonb,
  signed boolean,
  refusal text,
  termination_detail text,
  CHECK (signed IS NOT FALSE OR char_length(coalesce(refusal, '')) > 0),
  -- The chair's report and recommendation.
  report jsonb,
  recommendation text CHECK (recommendation IN ('maintain', 'lower', 'no_penalty', 'reinvestigate')),
  recommended_penalty jsonb,
  reported_at timestamptz,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hearings_scheduled_idx ON hearings (scheduled_at);
CREATE INDEX hearings_stage_idx ON hearings (stage);

CREATE TABLE hearing_agents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  hearing_id uuid NOT NULL REFERENCES hearings (id),
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
  relation text NOT NULL CHECK (char_length(relation) BETWEEN 1 AND 50),
  phone text,
  -- The 授权委托书, stored in the blob store with its SM3.
  file_key text NOT NULL,
  file_name text NOT NULL,
  file_sm3 text NOT NULL CHECK (file_sm3 ~ '^[0-9a-f]{64}$'),
  file_size bigint NOT NULL CHECK (file_size >= 0),
  added_by uuid NOT NULL REFERENCES users (id),
  added_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hearing_agents_hearing_idx ON hearing_agents (hearing_id);

CREATE TABLE hearing_recusals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  hearing_id uuid NOT NULL REFERENCES hearings (id),
  target_user_id uuid NOT NULL REFERENCES users (id),
  target_role text NOT NULL CHECK (target_role IN ('chair', 'officer', 'clerk')),
  applicant text NOT NULL,
  requested_on date NOT NULL,
  reason text NOT NULL,
  decision text CHECK (decision IN ('granted', 'rejected')),
  decision_reason text,
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz,
  document_id uuid REFERENCES official_documents (id),
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hearing_recusals_hearing_idx ON hearing_recusals (hearing_id);

CREATE TABLE hearing_postponements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  hearing_id uuid NOT NULL REFERENCES hearings (id),
  requested_on date NOT NULL,
  reason text NOT NULL,
  original_at timestamptz NOT NULL,
  document_id uuid REFERENCES official_documents (id),
  decided_by uuid NOT NULL REFERENCES users (id),
  decided_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hearing_postponements_hearing_idx ON hearing_postponements (hearing_id);

-- A reported or terminated hearing is final: its row cannot change or go, nor can its agents, recusals and
-- postponements be added, changed or removed.
CREATE FUNCTION hearings_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION '听证记录不得删除' USING ERRCODE = 'P0001';
  END IF;
  IF OLD.stage IN ('reported', 'terminated') THEN
    RAISE EXCEPTION '听证已%，记录不得修改', CASE OLD.stage WHEN 'reported' THEN '完成' ELSE '终止' END
      USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER hearings_frozen BEFORE UPDATE OR DELETE ON hearings
  FOR EACH ROW EXECUTE FUNCTION hearings_frozen();

CREATE FUNCTION hearing_children_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s text;
BEGIN
  SELECT stage INTO s FROM hearings
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.hearing_id ELSE NEW.hearing_id END;
  IF TG_OP = 'DELETE' OR s IN ('reported', 'terminated') THEN
    RAISE EXCEPTION '听证已结束或记录为只增，% 不得修改或删除', TG_TABLE_NAME USING ERRCODE = 'P0001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER hearing_agents_frozen BEFORE INSERT OR UPDATE OR DELETE ON hearing_agents
  FOR EACH ROW EXECUTE FUNCTION hearing_children_frozen();
CREATE TRIGGER hearing_recusals_frozen BEFORE INSERT OR UPDATE OR DELETE ON hearing_recusals
  FOR EACH ROW EXECUTE FUNCTION hearing_children_frozen();
CREATE TRIGGER hearing_postponements_frozen BEFORE INSERT OR UPDATE OR DELETE ON hearing_postponements
  FOR EACH ROW EXECUTE FUNCTION hearing_children_frozen();
