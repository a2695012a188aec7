-- The interference register (内部人员干预执法办案记录和责任追究制度, System 10, legal-spec §12): the 登记表 with its
-- evidence, the 主要领导's 批示 and what follows, the close-of-case declarations, the 第8条 supervision log, the
-- non-recording findings, the recorder's protection flags, the monthly reports, and the personal files
-- (廉政档案、执法档案). docs/domain/interference.md. Forward-only; runs unchanged on PGlite and PostgreSQL 15+.

-- Dated configuration: the 批示 period, the protection window, the "two or more" window; defaults in code.
CREATE TABLE interference_settings (
  effective_from date PRIMARY KEY,
  settings jsonb NOT NULL,
  note text NOT NULL,
  created_by uuid REFERENCES users (id),
  created_by_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Files uploaded for a register (or a supervision record) before it is submitted; a register takes them whole.
CREATE TABLE interference_uploads (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  uploaded_by uuid NOT NULL REFERENCES users (id),
  file_name text NOT NULL,
  file_key text NOT NULL,
  file_size bigint NOT NULL,
  sm3 text NOT NULL,
  mime text,
  used_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- 《内部人员过问案件办理行为登记表》 (第5条). Written once: a correction is a new register linked by corrects_id.
-- Each register is a link of its own SM3 chain (seq, prev_hash, hash), whose hash also goes into the audit trail.
CREATE TABLE interference_registers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint NOT NULL UNIQUE CHECK (seq > 0),
  register_no text NOT NULL UNIQUE,
  case_id uuid NOT NULL REFERENCES cases (id),
  case_no text NOT NULL,
  case_stage text NOT NULL,
  case_stage_label text NOT NULL,
  case_unit_id uuid REFERENCES org_units (id),
  recorder_id uuid NOT NULL REFERENCES users (id),
  recorder_name text NOT NULL,
  recorder_unit_id uuid REFERENCES org_units (id),
  recorder_unit_name text NOT NULL,
  intervener_id uuid NOT NULL REFERENCES users (id),
  intervener_name text NOT NULL,
  intervener_post text NOT NULL,
  intervener_unit text NOT NULL,
  intervener_is_principal boolean NOT NULL,
  occurred_at timestamptz NOT NULL,
  place text NOT NULL,
  content text NOT NULL,
  method text NOT NULL CHECK (method IN ('oral', 'phone', 'electronic', 'written', 'via_other', 'other')),
  method_note text,
  intermediary_name text,
  intermediary_relation text,
  types text[] NOT NULL CHECK (cardinality(types) > 0 AND types <@ ARRAY['I1','I2','I3','I4','I5','I6','I7','I8']),
  type_note text,
  response text NOT NULL CHECK (response IN ('refused', 'told_procedure', 'other')),
  response_note text,
  account text NOT NULL,
  no_recording_reason text,
  corrects_id uuid REFERENCES interference_registers (id),
  correction_note text,
  -- principal: straight to the 主要领导 (第5条); discipline: the 主要领导 is the intervener, so the 纪检 team.
  route text NOT NULL CHECK (route IN ('principal', 'discipline')),
  -- The intervener and the people in his or her line at submission: never shown the register (第6条).
  sealed_from uuid[] NOT NULL,
  instruction_due_on date NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  prev_hash text NOT NULL,
  hash text NOT NULL UNIQUE,
  CHECK (method <> 'via_other' OR (intermediary_name IS NOT NULL AND intermediary_relation IS NOT NULL)),
  CHECK (corrects_id IS NULL OR correction_note IS NOT NULL),
  CHECK (intervener_id <> recorder_id)
);
CREATE INDEX interference_registers_case_idx ON interference_registers (case_id);
CREATE INDEX interference_registers_recorder_idx ON interference_registers (recorder_id);
CREATE INDEX interference_registers_intervener_idx ON interference_registers (intervener_id);

CREATE TABLE interference_attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  register_id uuid NOT NULL REFERENCES interference_registers (id),
  kind text NOT NULL CHECK (kind IN ('recording', 'message', 'paper_scan', 'other')),
  file_name text NOT NULL,
  file_key text NOT NULL,
  file_size bigint NOT NULL,
  sm3 text NOT NULL,
  mime text
);
CREATE INDEX interference_attachments_register_idx ON interference_attachments (register_id);

-- What follows a register: the 批示 (filed or referred), an escalation for a late 批示, the verification, the
-- discipline outcome, a referral to the judicial organs (第9条).
CREATE TABLE interference_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  register_id uuid NOT NULL REFERENCES interference_registers (id),
  kind text NOT NULL CHECK (kind IN ('instruction', 'escalated', 'verification', 'outcome', 'judicial_referral')),
  decision text,
  consequence boolean,
  body text NOT NULL,
  decided_on date NOT NULL,
  organ text,
  actor_id uuid REFERENCES users (id),
  actor_name text NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX interference_actions_register_idx ON interference_actions (register_id, at);

-- 有/无 内部人员过问, declared by each handler of a case before it is closed or archived.
CREATE TABLE interference_declarations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  user_id uuid NOT NULL REFERENCES users (id),
  user_name text NOT NULL,
  unit_id uuid REFERENCES org_units (id),
  answer text NOT NULL CHECK (answer IN ('none', 'some')),
  register_count integer NOT NULL,
  declared_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  UNIQUE (case_id, user_id)
);

-- 第8条: supervision by a department with guidance or supervision duties: written instructions and the work record
-- of oral enquiries. Not interference; an oral guidance or correction (which must be written) is flagged for review.
CREATE TABLE supervisory_contacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  department text NOT NULL,
  person_id uuid REFERENCES users (id),
  person_name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('guidance', 'corrective', 'inquiry')),
  form text NOT NULL CHECK (form IN ('written', 'oral')),
  occurred_at timestamptz NOT NULL,
  content text NOT NULL,
  file_name text,
  file_key text,
  file_size bigint,
  sm3 text,
  flagged boolean NOT NULL,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_by_name text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  review_outcome text CHECK (review_outcome IN ('proper', 'treat_as_interference')),
  review_note text,
  reviewed_by uuid REFERENCES users (id),
  reviewed_by_name text,
  reviewed_at timestamptz,
  CHECK (flagged = (kind IN ('guidance', 'corrective') AND form = 'oral')),
  CHECK (form = 'oral' OR file_key IS NOT NULL)
);
CREATE INDEX supervisory_contacts_case_idx ON supervisory_contacts (case_id);

-- 第10条: an officer who did not record (or recorded falsely) interference established from another source, and
-- a superior who told the officer not to record or to record falsely.
CREATE TABLE interference_findings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('non_recording', 'false_recording', 'superior_instructed')),
  subject_id uuid NOT NULL REFERENCES users (id),
  subject_name text NOT NULL,
  case_id uuid NOT NULL REFERENCES cases (id),
  case_no text NOT NULL,
  register_id uuid REFERENCES interference_registers (id),
  intervener_id uuid REFERENCES users (id),
  intervener_name text,
  occurred_on date NOT NULL,
  source text NOT NULL CHECK (source IN ('confession', 'third_party', 'audit', 'message_found', 'other')),
  source_note text NOT NULL,
  prior_count integer NOT NULL,
  measure text NOT NULL CHECK (measure IN ('criticism', 'discipline', 'aggravated')),
  basis text NOT NULL,
  related_finding_id uuid REFERENCES interference_findings (id),
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_by_name text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK (kind <> 'false_recording' OR register_id IS NOT NULL)
);
CREATE INDEX interference_findings_subject_idx ON interference_findings (subject_id, kind);

-- 第6条: a personnel or certificate action against a recorder within the protection window, or the recorder's own
-- report; 纪检 must record the statutory cause and procedure (or find retaliation).
CREATE TABLE retaliation_flags (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  recorder_id uuid NOT NULL REFERENCES users (id),
  recorder_name text NOT NULL,
  register_id uuid REFERENCES interference_registers (id),
  source text NOT NULL CHECK (source IN ('personnel_action', 'self_report')),
  action_kind text NOT NULL,
  action_id uuid,
  action_on date NOT NULL,
  description text NOT NULL,
  raised_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  conclusion text CHECK (conclusion IN ('lawful', 'retaliation')),
  statutory_cause text,
  procedure_note text,
  resolved_by uuid REFERENCES users (id),
  resolved_by_name text,
  resolved_at timestamptz,
  CHECK ((status = 'resolved') = (conclusion IS NOT NULL AND resolved_at IS NOT NULL))
);
CREATE INDEX retaliation_flags_status_idx ON retaliation_flags (status);

-- The monthly report per section (零报告 when nothing was registered), for the 主要领导's signature; it prints the
-- register chain's digest (count and head hash per month) so that removing the newest registers is detectable.
CREATE TABLE interference_monthly_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  month text NOT NULL CHECK (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  unit_id uuid NOT NULL REFERENCES org_units (id),
  unit_name text NOT NULL,
  figures jsonb NOT NULL,
  zero boolean NOT NULL,
  chain_digest jsonb NOT NULL,
  generated_by uuid NOT NULL REFERENCES users (id),
  generated_by_name text NOT NULL,
  generated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  signed_by uuid REFERENCES users (id),
  signed_by_name text,
  signed_at timestamptz,
  UNIQUE (month, unit_id)
);

-- 廉政档案 and 执法档案: entries about a person, from the interference register (第11条) and later from fault
-- liability (System 1). Append-only.
CREATE TABLE personal_file_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  subject_id uuid NOT NULL REFERENCES users (id),
  subject_name text NOT NULL,
  file_kind text NOT NULL CHECK (file_kind IN ('integrity', 'enforcement')),
  category text NOT NULL,
  title text NOT NULL,
  detail text NOT NULL,
  source_type text NOT NULL,
  source_id uuid,
  occurred_on date NOT NULL,
  recorded_by_name text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX personal_file_entries_subject_idx ON personal_file_entries (subject_id, file_kind, occurred_on);

-- Nothing submitted is edited or removed (第6条 protection; legal-spec §12.10).
CREATE FUNCTION interference_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (干预登记记录提交后不得修改或删除)', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['interference_registers', 'interference_attachments', 'interference_actions',
                           'interference_declarations', 'interference_findings', 'personal_file_entries'] LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW '
      'EXECUTE FUNCTION interference_append_only()', t || '_append_only', t);
  END LOOP;
END $$;

-- A reviewed supervision record, a resolved flag and a signed report are final; none is ever deleted. (One function
-- per table: plpgsql cannot name a column the other tables lack.)
CREATE FUNCTION supervisory_contacts_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.reviewed_at IS NOT NULL THEN
    RAISE EXCEPTION 'supervisory_contacts: a reviewed record is final and none is deleted (已复核，不得修改)'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER supervisory_contacts_final BEFORE UPDATE OR DELETE ON supervisory_contacts
  FOR EACH ROW EXECUTE FUNCTION supervisory_contacts_final();

CREATE FUNCTION retaliation_flags_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.status = 'resolved' THEN
    RAISE EXCEPTION 'retaliation_flags: a resolved flag is final and none is deleted (已办结，不得修改)'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER retaliation_flags_final BEFORE UPDATE OR DELETE ON retaliation_flags
  FOR EACH ROW EXECUTE FUNCTION retaliation_flags_final();

CREATE FUNCTION interference_monthly_reports_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.signed_at IS NOT NULL THEN
    RAISE EXCEPTION 'interference_monthly_reports: a signed report is final and none is deleted (已签批，不得修改)'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER interference_monthly_reports_final BEFORE UPDATE OR DELETE ON interference_monthly_reports
  FOR EACH ROW EXECUTE FUNCTION interference_monthly_reports_final();
