-- The administrative penalty case (行政处罚案件, legal-spec §2): case sources, the case with its parties,
-- violations and officers, the approval trail and every penalty proposal, evidence with files and chain of
-- custody, records (笔录), evidence preservation, statements and defence, legal review (法制审核), collective
-- discussion (集体讨论), official documents (文书), delivery (送达), and the pre-numbered forms of the simple
-- procedure. Forward-only; runs unchanged on PGlite and PostgreSQL 15+.

-- Dated configuration (number patterns, hearing and review thresholds, the 音像记录事项清单): the version in
-- force on the date of a step applies to that step; without a row the defaults in code apply.
CREATE TABLE case_settings (
  effective_from date PRIMARY KEY,
  settings jsonb NOT NULL,
  note text NOT NULL,
  created_by uuid REFERENCES users (id),
  created_by_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The catalogue of 违法行为 with the provision violated, the penalty provision and the 裁量基准 bands.
CREATE TABLE violation_types (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE CHECK (char_length(code) BETWEEN 1 AND 40),
  name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 200),
  category text NOT NULL CHECK (category IN
    ('hazardous_chemicals', 'non_coal_mines', 'industry_trade', 'fireworks', 'comprehensive')),
  violated_provision text NOT NULL,
  penalty_provision text NOT NULL,
  statutory_range jsonb NOT NULL,
  correction_order boolean NOT NULL DEFAULT false,
  bands jsonb NOT NULL,
  applies_to text[] NOT NULL,
  source_tag text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Gap-free numbers per scope and year (case numbers, document numbers). A number is taken by an UPDATE of the
-- row inside the caller's transaction: concurrent takers queue on the row lock, and a rolled-back
-- transaction gives its number back, so the sequence has no holes.
CREATE TABLE number_sequences (
  scope text NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  last_value integer NOT NULL DEFAULT 0 CHECK (last_value >= 0),
  PRIMARY KEY (scope, year)
);

-- 案源登记: where a possible case came from, and its triage.
CREATE TABLE case_sources (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  source_no text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('inspection', 'report', 'transfer', 'assigned', 'accident', 'other')),
  received_on date NOT NULL,
  subject_name text NOT NULL CHECK (char_length(subject_name) BETWEEN 1 AND 200),
  subject_address text,
  summary text NOT NULL CHECK (char_length(summary) BETWEEN 1 AND 4000),
  -- 举报人 or the transferring / assigning body. Kept out of list views (举报人 protection).
  informant text,
  unit_id uuid NOT NULL REFERENCES org_units (id),
  status text NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'filing', 'not_filed', 'filed')),
  triage_note text,
  triaged_by uuid REFERENCES users (id),
  triaged_at timestamptz,
  registered_by uuid NOT NULL REFERENCES users (id),
  registered_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_sources_status_idx ON case_sources (status, received_on DESC);

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- 案件编号, from the bureau's 文号 pattern, assigned when filing is approved (simple procedure: on decision).
  case_no text UNIQUE,
  -- The year and sequence behind case_no: every numbered 文书 of the case carries the same pair.
  case_year integer,
  case_seq integer,
  procedure text NOT NULL CHECK (procedure IN ('ordinary', 'simple')),
  source_id uuid REFERENCES case_sources (id),
  unit_id uuid NOT NULL REFERENCES org_units (id),
  title text NOT NULL CHECK (char_length(title) BETWEEN 2 AND 200),
  category text NOT NULL CHECK (category IN
    ('hazardous_chemicals', 'non_coal_mines', 'industry_trade', 'fireworks', 'comprehensive')),
  status text NOT NULL CHECK (status IN ('filing_review', 'not_filed', 'investigating', 'report_review',
    'notice', 'defence', 'hearing', 'legal_review', 'collective', 'decision', 'decided', 'delivered',
    'concluded', 'transfer_pending')),
  -- 第36条: the act's date (or its end when continuing) and whether life/health (or financial) safety was
  -- endangered with consequences (five years instead of two).
  act_date date NOT NULL,
  act_continuing boolean NOT NULL DEFAULT false,
  discovered_on date NOT NULL,
  extended_limitation boolean NOT NULL DEFAULT false,
  limitation_until date NOT NULL,
  filed_on date,
  facts text NOT NULL DEFAULT '',
  place text,
  -- 第58条 grounds the handlers or reviewers set; the rules add the amount and kind grounds.
  flag_major_public_interest boolean NOT NULL DEFAULT false,
  flag_major_rights boolean NOT NULL DEFAULT false,
  flag_complex boolean NOT NULL DEFAULT false,
  flag_other_law boolean NOT NULL DEFAULT false,
  crime_suspected boolean NOT NULL DEFAULT false,
  outcome text CHECK (outcome IN ('penalty', 'no_penalty_minor', 'no_penalty_unproven', 'transfer')),
  -- The current proposal (a copy of the newest penalty_proposals row), what the notice stated, and the decision.
  proposed_penalty jsonb,
  noticed_penalty jsonb,
  decided_penalty jsonb,
  fine_fen bigint CHECK (fine_fen >= 0),
  hearing_eligible boolean NOT NULL DEFAULT false,
  hearing_status text NOT NULL DEFAULT 'not_applicable' CHECK (hearing_status IN
    ('not_applicable', 'window_open', 'waived', 'requested', 'lapsed', 'held')),
  legal_review_required boolean NOT NULL DEFAULT false,
  collective_required boolean NOT NULL DEFAULT false,
  notice_delivered_on date,
  statement_status text NOT NULL DEFAULT 'none' CHECK (statement_status IN
    ('none', 'window_open', 'received', 'waived', 'lapsed', 'reviewed')),
  decided_on date,
  decision_no text UNIQUE,
  delivered_on date,
  -- Simple procedure: the pre-numbered form used, and the filing back with the bureau.
  form_serial text UNIQUE,
  filed_back_on date,
  -- Denormalised for the list: the parties' names, the officers' user ids.
  party_names text NOT NULL DEFAULT '',
  officer_ids uuid[] NOT NULL DEFAULT '{}',
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- Optimistic concurrency: every command bumps it; a stale write is a CONFLICT.
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX cases_status_idx ON cases (status, created_at DESC);
CREATE INDEX cases_unit_idx ON cases (unit_id, created_at DESC);
CREATE INDEX cases_created_idx ON cases (created_at DESC, id);
-- Officer filters are written `officer_ids @> ARRAY[$1]` so that they can use this index.
CREATE INDEX cases_officers_idx ON cases USING gin (officer_ids);
CREATE INDEX cases_created_by_idx ON cases (created_by);
CREATE INDEX cases_filed_idx ON cases (filed_on);

CREATE TABLE case_parties (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  kind text NOT NULL CHECK (kind IN ('natural', 'legal_person', 'unincorporated', 'individual_business')),
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  id_kind text NOT NULL CHECK (id_kind IN ('uscc', 'id_card', 'other')),
  -- 统一社会信用代码 or 公民身份号码: SM4-CBC + HMAC-SM3 ciphertext, and the masked form every reader sees.
  id_number_cipher text NOT NULL,
  id_number_masked text NOT NULL,
  address text,
  legal_rep text,
  phone text,
  is_minor boolean NOT NULL DEFAULT false,
  limited_capacity boolean NOT NULL DEFAULT false,
  -- 第61条第2款: electronic delivery only with the party's consent, whose signed confirmation is kept.
  e_delivery_consent boolean NOT NULL DEFAULT false,
  e_delivery_address text,
  consent_blob_key text,
  consent_sm3 text,
  consent_file_name text,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (NOT e_delivery_consent OR (e_delivery_address IS NOT NULL AND consent_blob_key IS NOT NULL))
);
CREATE INDEX case_parties_case_idx ON case_parties (case_id);

CREATE TABLE case_violations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  violation_type_id uuid NOT NULL REFERENCES violation_types (id),
  -- Copied at the time: the catalogue may change later, the case keeps what it applied.
  code text NOT NULL,
  name text NOT NULL,
  violated_provision text NOT NULL,
  penalty_provision text NOT NULL,
  band jsonb,
  circumstances text NOT NULL DEFAULT '',
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_id, violation_type_id)
);

CREATE TABLE case_officers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  user_id uuid NOT NULL REFERENCES users (id),
  role text NOT NULL CHECK (role IN ('lead', 'assistant')),
  assigned_by uuid NOT NULL REFERENCES users (id),
  assigned_at timestamptz NOT NULL DEFAULT now(),
  -- 回避 (第43条): each officer declares; a declared conflict takes the officer off the case.
  recusal text NOT NULL DEFAULT 'pending' CHECK (recusal IN ('pending', 'none', 'conflict')),
  recusal_note text,
  recusal_declared_at timestamptz,
  removed_at timestamptz,
  removed_reason text
);
CREATE UNIQUE INDEX case_officers_active_uq ON case_officers (case_id, user_id) WHERE removed_at IS NULL;

-- The approval trail: every submission, approval, return, rejection, opinion and change, in order. Append-only:
-- the fault-liability module (System 1) allocates responsibility from it.
CREATE TABLE case_steps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  kind text NOT NULL,
  actor_id uuid REFERENCES users (id),
  actor_name text NOT NULL,
  actor_role text,
  decision text,
  opinion text,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_steps_case_idx ON case_steps (case_id, at);

-- Pending approvals (立案审批, 案件审核, 先行登记保存, 办案期限延长, 决定审批): a to-do for the approver role.
CREATE TABLE case_approvals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  kind text NOT NULL CHECK (kind IN ('filing', 'report', 'preservation', 'extension', 'decision')),
  level integer NOT NULL DEFAULT 1,
  approver_role text NOT NULL,
  subject_id uuid,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'returned')),
  requested_by uuid NOT NULL REFERENCES users (id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz,
  opinion text
);
CREATE UNIQUE INDEX case_approvals_pending_uq ON case_approvals (case_id, kind, COALESCE(subject_id,
  '00000000-0000-0000-0000-000000000000'::uuid)) WHERE status = 'pending';
CREATE INDEX case_approvals_role_idx ON case_approvals (approver_role, status);

-- Every penalty proposal and every change to it after submission: who, the old and the new, why (第45条 and
-- System 1 第九条第四项 both need it). Append-only.
CREATE TABLE penalty_proposals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  version integer NOT NULL CHECK (version >= 1),
  stage text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('penalty', 'no_penalty_minor', 'no_penalty_unproven', 'transfer')),
  penalty jsonb NOT NULL,
  reason text NOT NULL DEFAULT '',
  proposed_by uuid REFERENCES users (id),
  proposed_by_name text NOT NULL,
  proposed_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_id, version)
);

CREATE TABLE evidence_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  seq integer NOT NULL,
  -- 第46条 eight kinds.
  kind text NOT NULL CHECK (kind IN ('documentary', 'physical', 'audiovisual', 'electronic', 'witness',
    'party_statement', 'expert_opinion', 'inspection_record')),
  title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '',
  provided_by text,
  collected_by uuid[] NOT NULL,
  collected_at timestamptz NOT NULL,
  place text NOT NULL,
  -- The case step it records (for the 音像记录事项清单 check).
  step text,
  lawfully_obtained boolean NOT NULL DEFAULT true,
  unlawful_note text,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_id, seq)
);

CREATE TABLE evidence_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  evidence_id uuid NOT NULL REFERENCES evidence_items (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  blob_key text NOT NULL,
  file_name text NOT NULL,
  mime text,
  size bigint NOT NULL CHECK (size >= 0),
  sm3 text NOT NULL CHECK (sm3 ~ '^[0-9a-f]{64}$'),
  is_av boolean NOT NULL DEFAULT false,
  device_no text,
  recorded_from timestamptz,
  recorded_to timestamptz,
  uploaded_by uuid NOT NULL REFERENCES users (id),
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evidence_files_case_idx ON evidence_files (case_id);

CREATE TABLE evidence_custody (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  evidence_id uuid NOT NULL REFERENCES evidence_items (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  at timestamptz NOT NULL,
  action text NOT NULL CHECK (action IN ('collected', 'transferred', 'stored', 'examined', 'returned',
    'destroyed', 'sealed')),
  from_person text,
  to_person text,
  place text,
  note text,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evidence_custody_item_idx ON evidence_custody (evidence_id, at);

-- 询问笔录 and 现场检查记录 as structured records (each also an evidence item and a document).
CREATE TABLE case_records (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  kind text NOT NULL CHECK (kind IN ('inquiry', 'inspection')),
  data jsonb NOT NULL,
  evidence_id uuid REFERENCES evidence_items (id),
  document_id uuid,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_records_case_idx ON case_records (case_id);

-- 先行登记保存 (第56条): approved by the 负责人, then a decision within 7 working days.
CREATE TABLE evidence_preservations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  items jsonb NOT NULL,
  place text NOT NULL,
  reason text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'rejected', 'preserved', 'decided')),
  requested_by uuid NOT NULL REFERENCES users (id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  approved_by uuid REFERENCES users (id),
  approved_at timestamptz,
  preserved_on date,
  deadline_id uuid,
  notice_document_id uuid,
  decision text CHECK (decision IN ('return', 'confiscate', 'seize', 'transfer', 'test', 'other')),
  decision_note text,
  decided_on date,
  decided_by uuid REFERENCES users (id)
);
CREATE INDEX evidence_preservations_case_idx ON evidence_preservations (case_id);

-- 陈述、申辩 (第45条): what the party said, and the review of it.
CREATE TABLE case_statements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  kind text NOT NULL CHECK (kind IN ('statement', 'waiver')),
  received_on date NOT NULL,
  channel text NOT NULL CHECK (channel IN ('written', 'oral', 'post', 'electronic')),
  content text NOT NULL,
  review_result text CHECK (review_result IN ('adopted', 'partly_adopted', 'not_adopted')),
  review_reason text,
  reviewed_by uuid REFERENCES users (id),
  reviewed_at timestamptz,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);

-- 法制审核 (第58条).
CREATE TABLE legal_reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  round integer NOT NULL,
  grounds jsonb NOT NULL,
  materials_note text NOT NULL DEFAULT '',
  missing_av jsonb NOT NULL DEFAULT '[]'::jsonb,
  submitted_by uuid NOT NULL REFERENCES users (id),
  submitted_at timestamptz NOT NULL DEFAULT now(),
  due_on date,
  reviewer_id uuid REFERENCES users (id),
  reviewer_name text,
  opinion text CHECK (opinion IN ('agree', 'amend', 'disagree')),
  checklist jsonb,
  reasons text,
  reviewed_at timestamptz,
  document_id uuid,
  UNIQUE (case_id, round)
);
CREATE INDEX legal_reviews_pending_idx ON legal_reviews (submitted_at) WHERE opinion IS NULL;

-- 集体讨论 (第57条第2款).
CREATE TABLE collective_discussions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  held_at timestamptz NOT NULL,
  place text NOT NULL,
  chair_id uuid NOT NULL REFERENCES users (id),
  chair_name text NOT NULL,
  recorder_name text NOT NULL,
  participants jsonb NOT NULL,
  minutes text NOT NULL,
  conclusion text NOT NULL CHECK (conclusion IN ('agree', 'amend', 'no_penalty', 'transfer')),
  conclusion_note text NOT NULL DEFAULT '',
  penalty jsonb,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  document_id uuid
);

-- 文书: immutable once issued; a correction is a new version that names the one it supersedes.
CREATE TABLE official_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid REFERENCES cases (id),
  kind text NOT NULL,
  title text NOT NULL,
  number text,
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  supersedes_id uuid REFERENCES official_documents (id),
  correction_reason text,
  data jsonb NOT NULL,
  pdf_key text NOT NULL,
  pdf_sm3 text NOT NULL,
  pdf_size integer NOT NULL,
  docx_key text NOT NULL,
  docx_sm3 text NOT NULL,
  docx_size integer NOT NULL,
  issued_by uuid REFERENCES users (id),
  issued_by_name text NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX official_documents_case_idx ON official_documents (case_id, issued_at);
CREATE UNIQUE INDEX official_documents_supersedes_uq ON official_documents (supersedes_id);

-- 送达 (第61条; 民事诉讼法 第87–95条).
CREATE TABLE deliveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  document_id uuid NOT NULL REFERENCES official_documents (id),
  method text NOT NULL CHECK (method IN ('direct', 'left', 'post', 'electronic', 'public_notice')),
  recipient text NOT NULL,
  delivered_at timestamptz NOT NULL,
  -- The day delivery takes legal effect (public notice: 30 days after publication).
  effective_on date NOT NULL,
  place text,
  witnesses jsonb NOT NULL DEFAULT '[]'::jsonb,
  refused_to_sign boolean NOT NULL DEFAULT false,
  post_no text,
  e_address text,
  notice_medium text,
  reason text,
  receipt_document_id uuid REFERENCES official_documents (id),
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deliveries_case_idx ON deliveries (case_id);

-- Pre-numbered 当场处罚决定书 forms (第52条): allocated to officers in ranges; every number accounted for.
CREATE TABLE form_books (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prefix text NOT NULL,
  first_no integer NOT NULL CHECK (first_no >= 1),
  last_no integer NOT NULL,
  holder_id uuid NOT NULL REFERENCES users (id),
  allocated_by uuid NOT NULL REFERENCES users (id),
  allocated_at timestamptz NOT NULL DEFAULT now(),
  note text NOT NULL DEFAULT '',
  CHECK (last_no >= first_no AND last_no - first_no < 1000)
);
CREATE TABLE form_numbers (
  serial text PRIMARY KEY,
  book_id uuid NOT NULL REFERENCES form_books (id),
  number integer NOT NULL,
  status text NOT NULL DEFAULT 'allocated' CHECK (status IN ('allocated', 'issued', 'void', 'lost')),
  case_id uuid REFERENCES cases (id),
  reason text,
  changed_by uuid REFERENCES users (id),
  changed_at timestamptz,
  CHECK (status <> 'issued' OR case_id IS NOT NULL),
  CHECK (status NOT IN ('void', 'lost') OR reason IS NOT NULL)
);
CREATE INDEX form_numbers_book_idx ON form_numbers (book_id, number);

-- Append-only tables: the trail, the proposals, files, custody, documents. A changed or removed row would
-- falsify the whole-process record (行政处罚法 第47条).
CREATE FUNCTION case_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% 为只增记录，不得修改或删除', TG_TABLE_NAME USING ERRCODE = 'P0001';
END $$;
CREATE TRIGGER case_steps_append_only BEFORE UPDATE OR DELETE ON case_steps
  FOR EACH ROW EXECUTE FUNCTION case_records_append_only();
CREATE TRIGGER penalty_proposals_append_only BEFORE UPDATE OR DELETE ON penalty_proposals
  FOR EACH ROW EXECUTE FUNCTION case_records_append_only();
CREATE TRIGGER evidence_files_append_only BEFORE UPDATE OR DELETE ON evidence_files
  FOR EACH ROW EXECUTE FUNCTION case_records_append_only();
CREATE TRIGGER evidence_custody_append_only BEFORE UPDATE OR DELETE ON evidence_custody
  FOR EACH ROW EXECUTE FUNCTION case_records_append_only();
CREATE TRIGGER official_documents_append_only BEFORE UPDATE OR DELETE ON official_documents
  FOR EACH ROW EXECUTE FUNCTION case_records_append_only();
CREATE TRIGGER deliveries_append_only BEFORE UPDATE OR DELETE ON deliveries
  FOR EACH ROW EXECUTE FUNCTION case_records_append_only();
