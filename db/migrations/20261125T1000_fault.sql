-- Fault liability (行政执法过错责任追究制度, System 1, legal-spec §3): one matter per lead, from triage to the end;
-- the persons found liable with their shares, treatment, measures, notice and review window; the 调查笔录, the
-- 复核 applications and the 申诉 records. The 复议/诉讼 result on a fine challenge opens a reversal lead.

ALTER TABLE fine_challenges ADD COLUMN result text CHECK (result IN ('upheld', 'revoked', 'changed',
  'confirmed_illegal', 'confirmed_invalid', 'withdrawn', 'other'));

-- Bureau settings (第八条第二项 "多次": the window and the count); one row, changed with an audit event.
CREATE TABLE fault_settings (
  id integer PRIMARY KEY CHECK (id = 1),
  repeat_window_months integer NOT NULL CHECK (repeat_window_months BETWEEN 1 AND 60),
  repeat_threshold integer NOT NULL CHECK (repeat_threshold BETWEEN 2 AND 10),
  updated_by_name text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE fault_matters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year integer NOT NULL,
  seq integer NOT NULL,
  no text NOT NULL UNIQUE,
  source text NOT NULL CHECK (source IN ('reconsideration', 'litigation', 'file_review', 'complaint', 'supervision',
    'interference_finding', 'missed_deadline', 'crime_not_transferred', 'other')),
  case_id uuid REFERENCES cases (id),
  source_ref_kind text CHECK (source_ref_kind IN ('challenge', 'deadline', 'interference_finding', 'document')),
  source_ref_id uuid,
  source_ref_label text,
  reference text,
  received_on date NOT NULL,
  summary text NOT NULL,
  subject_ids uuid[] NOT NULL DEFAULT '{}',
  auto_created boolean NOT NULL DEFAULT false,
  registered_by uuid REFERENCES users (id),
  registered_by_name text NOT NULL,
  registered_at timestamptz NOT NULL DEFAULT now(),
  stage text NOT NULL DEFAULT 'lead' CHECK (stage IN ('lead', 'dismissed', 'investigating', 'found', 'decided',
    'closed')),
  triage_decision text CHECK (triage_decision IN ('investigate', 'dismiss')),
  triage_on date,
  triage_reason text,
  triage_by_name text,
  investigator_ids uuid[] NOT NULL DEFAULT '{}',
  investigation_due_on date,
  finding jsonb,
  found_on date,
  found_by_name text,
  decided_on date,
  decision_meeting text,
  decided_by_name text,
  closed_on date,
  close_note text,
  UNIQUE (year, seq)
);
CREATE INDEX fault_matters_stage_idx ON fault_matters (stage, received_on);
CREATE INDEX fault_matters_case_idx ON fault_matters (case_id);
-- One reversal lead per challenge.
CREATE UNIQUE INDEX fault_matters_source_ref_uq ON fault_matters (source_ref_kind, source_ref_id)
  WHERE auto_created;

-- The persons found liable (and those exempted), one row each, from the finding on.
CREATE TABLE fault_people (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  matter_id uuid NOT NULL REFERENCES fault_matters (id),
  person_id uuid NOT NULL REFERENCES users (id),
  person_name text NOT NULL,
  unit_name text,
  role text NOT NULL,
  level text NOT NULL CHECK (level IN ('sole', 'main', 'some')),
  rule text NOT NULL CHECK (rule IN ('R1', 'R2a', 'R2b', 'R3', 'R4', 'manual')),
  treatment text NOT NULL CHECK (treatment IN ('exempt', 'lighter', 'heavier', 'normal', 'manual')),
  proposed_measures text[] NOT NULL DEFAULT '{}',
  proposal_note text NOT NULL DEFAULT '',
  informed_on date,
  inform_method text,
  statement_due_on date,
  statement_kind text CHECK (statement_kind IN ('statement', 'waiver')),
  statement_on date,
  statement_content text,
  decided_measures text[],
  decision_reason text NOT NULL DEFAULT '',
  discipline_body text,
  notice_due_on date,
  delivered_on date,
  delivery_method text,
  receiver_name text,
  late boolean NOT NULL DEFAULT false,
  late_reason text,
  review_due_on date,
  current_measures text[],
  UNIQUE (matter_id, person_id)
);
CREATE INDEX fault_people_person_idx ON fault_people (person_id);

-- 调查笔录: append-only.
CREATE TABLE fault_inquiries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  matter_id uuid NOT NULL REFERENCES fault_matters (id),
  person_id uuid NOT NULL REFERENCES users (id),
  held_at timestamptz NOT NULL,
  place text NOT NULL,
  investigator_ids uuid[] NOT NULL,
  content text NOT NULL,
  recorded_by_name text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fault_inquiries_matter_idx ON fault_inquiries (matter_id);

CREATE TABLE fault_reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  matter_id uuid NOT NULL REFERENCES fault_matters (id),
  person_id uuid NOT NULL REFERENCES users (id),
  received_on date NOT NULL,
  grounds text NOT NULL,
  late boolean NOT NULL,
  late_justification text,
  due_on date NOT NULL,
  decided_on date,
  result text CHECK (result IN ('upheld', 'reduced', 'revoked')),
  measures text[],
  reason text,
  decided_by_name text,
  recorded_by_name text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fault_reviews_matter_idx ON fault_reviews (matter_id);

CREATE TABLE fault_appeals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  matter_id uuid NOT NULL REFERENCES fault_matters (id),
  person_id uuid NOT NULL REFERENCES users (id),
  filed_on date NOT NULL,
  body text NOT NULL,
  content text NOT NULL,
  decided_on date,
  outcome text,
  recorded_by_name text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fault_appeals_matter_idx ON fault_appeals (matter_id);

CREATE FUNCTION fault_inquiries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'fault_inquiries is append-only (调查笔录不得修改或删除)' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER fault_inquiries_append_only BEFORE UPDATE OR DELETE ON fault_inquiries
  FOR EACH ROW EXECUTE FUNCTION fault_inquiries_append_only();

-- A decided review and a decided appeal are final.
CREATE FUNCTION fault_reviews_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.decided_on IS NOT NULL THEN
    RAISE EXCEPTION 'fault_reviews: a decided review is final (复核决定作出后不得修改)' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER fault_reviews_final BEFORE UPDATE OR DELETE ON fault_reviews
  FOR EACH ROW EXECUTE FUNCTION fault_reviews_final();
CREATE FUNCTION fault_appeals_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.decided_on IS NOT NULL THEN
    RAISE EXCEPTION 'fault_appeals: a decided appeal is final (申诉处理结果登记后不得修改)' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER fault_appeals_final BEFORE UPDATE OR DELETE ON fault_appeals
  FOR EACH ROW EXECUTE FUNCTION fault_appeals_final();
-- Matters are never deleted.
CREATE FUNCTION fault_matters_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never deleted (过错责任追究记录不得删除)', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER fault_matters_no_delete BEFORE DELETE ON fault_matters
  FOR EACH ROW EXECUTE FUNCTION fault_matters_no_delete();
CREATE TRIGGER fault_people_no_delete BEFORE DELETE ON fault_people
  FOR EACH ROW EXECUTE FUNCTION fault_matters_no_delete();
