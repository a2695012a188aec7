-- Personnel actions (人事处理记录): transfers, removals, dismissals, demotions, post changes, poor appraisals and
-- certificate suspensions/revocations taken against an officer. Written by the personnel module when it changes an
-- officer or a certificate, or recorded by hand (政策法规科); read by higher modules through the module's observer
-- port (the interference register's 第6条 protects officers who recorded internal interference).
-- Forward-only; runs unchanged on PGlite and PostgreSQL 15+.

CREATE TABLE personnel_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  officer_id uuid NOT NULL REFERENCES officers (id),
  -- The officer's account when the action was recorded (the link may change later; an officer may have none).
  user_id uuid REFERENCES users (id),
  kind text NOT NULL CHECK (kind IN ('transfer', 'removal', 'dismissal', 'demotion', 'post_change',
    'poor_appraisal', 'certificate_suspension', 'certificate_revocation', 'other')),
  effective_on date NOT NULL,
  -- What changed, in words: 政策法规科 → 综合科; 暂扣执法证件 T0001（有效 → 暂扣）.
  summary text NOT NULL CHECK (char_length(summary) BETWEEN 1 AND 300),
  -- Up to 500 characters typed, plus what a command puts before it (a departure: 调离本单位：…).
  reason text NOT NULL CHECK (char_length(btrim(reason)) BETWEEN 1 AND 1000),
  -- 法定事由 / 依据, where one is named.
  basis text CHECK (basis IS NULL OR char_length(basis) <= 500),
  document_no text CHECK (document_no IS NULL OR char_length(document_no) <= 64),
  source text NOT NULL CHECK (source IN ('manual', 'officer_update', 'certificate')),
  recorded_by uuid REFERENCES users (id),
  recorded_by_name text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX personnel_actions_officer_idx ON personnel_actions (officer_id, effective_on, recorded_at);
CREATE INDEX personnel_actions_user_idx ON personnel_actions (user_id, effective_on) WHERE user_id IS NOT NULL;

-- A record of what was done to a person is evidence (第6条 compares it with the interference register): it is
-- corrected by a new row, never changed or removed.
CREATE FUNCTION personnel_actions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'personnel_actions is append-only (人事处理记录只能追加)' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER personnel_actions_no_update_delete BEFORE UPDATE OR DELETE ON personnel_actions
  FOR EACH ROW EXECUTE FUNCTION personnel_actions_append_only();
