-- Personnel (System 3, 行政执法人员资格管理制度): officers, certificates with their history, applications (申领),
-- training and exams, the register of entrusted units, dated settings, and the field-key check value.
-- Forward-only; runs unchanged on PGlite and PostgreSQL 15+.

-- The check value of the field-encryption key (HMAC-SM3 of a constant under the key): an instance started with
-- a different key than the one that encrypted the stored ID numbers refuses to start instead of writing data
-- that the others cannot read. Reveals nothing about the key.
CREATE TABLE field_key_check (
  id integer PRIMARY KEY CHECK (id = 1),
  check_value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE officers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The account of the officer, where one exists (an officer may have none).
  user_id uuid UNIQUE REFERENCES users (id),
  name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 32),
  -- 公民身份号码: SM4-CBC + HMAC-SM3 ciphertext; a keyed HMAC-SM3 digest for uniqueness; the masked form
  -- (1504**********1234) that every reader is shown.
  id_number_cipher text,
  id_number_digest text UNIQUE,
  id_number_masked text,
  unit_id uuid NOT NULL REFERENCES org_units (id),
  position_id uuid REFERENCES positions (id),
  staffing_type text NOT NULL CHECK (staffing_type IN
    ('civil_servant', 'managed_civil_servant', 'institution', 'worker', 'dispatched', 'temporary')),
  education text CHECK (education IN ('doctorate', 'master', 'bachelor', 'associate', 'secondary')),
  -- 法律职业资格 (行政处罚法 第58条第2款: a first-time legal reviewer must hold it).
  legal_qualification boolean NOT NULL DEFAULT false,
  legal_qualification_no text,
  -- First day as 法制审核人员: reviewers serving before 2021-07-15 are not "初次" under the revised law.
  legal_review_since date,
  photo_key text,
  status text NOT NULL DEFAULT 'serving' CHECK (status IN ('serving', 'departed')),
  departed_on date,
  departure_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (legal_qualification OR legal_qualification_no IS NULL),
  CHECK ((status = 'departed') = (departed_on IS NOT NULL)),
  CHECK ((id_number_cipher IS NULL) = (id_number_digest IS NULL) AND (id_number_cipher IS NULL) = (id_number_masked IS NULL))
);
CREATE INDEX officers_unit_idx ON officers (unit_id);
CREATE INDEX officers_name_idx ON officers (name);

-- 申领: an application checked against the prerequisites when filed, then issued or rejected.
CREATE TABLE certificate_applications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  officer_id uuid NOT NULL REFERENCES officers (id),
  kind text NOT NULL CHECK (kind IN ('enforcement', 'supervision')),
  region text NOT NULL,
  categories text[] NOT NULL,
  applied_on date NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'issued', 'rejected', 'withdrawn')),
  -- The prerequisite check as it stood when filed (rule, met, detail, basis).
  prerequisites jsonb NOT NULL,
  decided_on date,
  decision_note text,
  certificate_id uuid,
  created_by uuid REFERENCES users (id),
  created_by_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX certificate_applications_pending_uq ON certificate_applications (officer_id, kind)
  WHERE status = 'pending';

CREATE TABLE certificates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  officer_id uuid NOT NULL REFERENCES officers (id),
  number text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('enforcement', 'supervision')),
  issuing_authority text NOT NULL,
  region text NOT NULL,
  categories text[] NOT NULL,
  issued_on date NOT NULL,
  valid_until date NOT NULL,
  -- 三年一审注册: the next registration review is due on this date.
  next_review_due date NOT NULL,
  -- The status after the latest event; `expired` is derived from valid_until, never stored.
  status text NOT NULL CHECK (status IN ('valid', 'suspended', 'revoked', 'cancelled')),
  status_changed_on date NOT NULL,
  replaces_id uuid REFERENCES certificates (id),
  -- The 换发 deadline opened in the deadline engine when the certificate was issued.
  renewal_deadline_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (valid_until > issued_on),
  CHECK (kind = 'supervision' OR cardinality(categories) > 0)
);
CREATE INDEX certificates_officer_idx ON certificates (officer_id);
CREATE INDEX certificates_valid_until_idx ON certificates (valid_until) WHERE status = 'valid';
ALTER TABLE certificate_applications ADD CONSTRAINT certificate_applications_certificate_fk
  FOREIGN KEY (certificate_id) REFERENCES certificates (id);

-- The history of a certificate: every change with its reason, approver and the date it took effect. The status
-- on a past date is replayed from these rows (eligibility "on that date"), so they are append-only.
CREATE TABLE certificate_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  certificate_id uuid NOT NULL REFERENCES certificates (id),
  kind text NOT NULL CHECK (kind IN
    ('issued', 'imported', 'reviewed', 'renewed', 'suspended', 'restored', 'revoked', 'cancelled')),
  effective_on date NOT NULL,
  status_before text CHECK (status_before IN ('valid', 'suspended', 'revoked', 'cancelled')),
  status_after text NOT NULL CHECK (status_after IN ('valid', 'suspended', 'revoked', 'cancelled')),
  review_kind text CHECK (review_kind IN ('annual', 'registration')),
  review_result text CHECK (review_result IN ('pass', 'fail')),
  reason text NOT NULL DEFAULT '',
  basis text,
  approver_id uuid REFERENCES users (id),
  approver_name text NOT NULL,
  document_no text,
  recorded_by uuid REFERENCES users (id),
  recorded_by_name text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK ((kind = 'reviewed') = (review_kind IS NOT NULL AND review_result IS NOT NULL))
);
CREATE INDEX certificate_events_certificate_idx ON certificate_events (certificate_id, effective_on, recorded_at);

CREATE FUNCTION certificate_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'certificate_events is append-only (证件变更记录只能追加)' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER certificate_events_no_update_delete BEFORE UPDATE OR DELETE ON certificate_events
  FOR EACH ROW EXECUTE FUNCTION certificate_events_append_only();

CREATE TABLE training_records (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  officer_id uuid NOT NULL REFERENCES officers (id),
  course text NOT NULL,
  provider text NOT NULL DEFAULT '',
  category text NOT NULL CHECK (category IN ('public_law', 'sector_law', 'skills')),
  -- 学时 in half hours, kept exact.
  hours numeric(5, 1) NOT NULL CHECK (hours > 0 AND hours <= 200),
  completed_on date NOT NULL,
  certificate_no text,
  recorded_by uuid REFERENCES users (id),
  recorded_by_name text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX training_records_officer_idx ON training_records (officer_id, completed_on);

CREATE TABLE exam_records (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  officer_id uuid NOT NULL REFERENCES officers (id),
  kind text NOT NULL CHECK (kind IN ('general', 'special')),
  taken_on date NOT NULL,
  score numeric(5, 1) NOT NULL CHECK (score >= 0),
  pass_mark numeric(5, 1) NOT NULL CHECK (pass_mark >= 0),
  passed boolean NOT NULL,
  note text,
  recorded_by uuid REFERENCES users (id),
  recorded_by_name text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (passed = (score >= pass_mark))
);
CREATE INDEX exam_records_officer_idx ON exam_records (officer_id, taken_on);

-- 受委托组织 (行政处罚法 第20、21条): 事业编制 staff may hold a certificate only in a unit entrusted by law.
CREATE TABLE personnel_entrusted_units (
  unit_id uuid PRIMARY KEY REFERENCES org_units (id),
  basis text NOT NULL,
  entrusted_from date NOT NULL,
  entrusted_until date,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (entrusted_until IS NULL OR entrusted_until >= entrusted_from)
);

-- Dated configuration (training minimum, certificate validity...): the version in force on a date applies;
-- without a row the defaults in code apply.
CREATE TABLE personnel_settings (
  effective_from date PRIMARY KEY,
  settings jsonb NOT NULL,
  note text NOT NULL,
  created_by uuid REFERENCES users (id),
  created_by_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
