-- Fine collection (罚缴分离, 行政处罚法 第六十七条至第七十四条; 国务院令第235号), enforcement (行政强制法 第四十五条、
-- 第五十三条至第五十八条), closing (结案) and archiving (归档) of penalty cases. docs/domain/execution.md.

-- 代收罚款协议 (235号令 第六条): the bureau and the designated bank; filed with the 上一级行政机关 and the
-- 同级财政部门 within 15 days of signing.
CREATE TABLE collection_agreements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  bank_name text NOT NULL CHECK (char_length(bank_name) BETWEEN 2 AND 100),
  bank_address text NOT NULL CHECK (char_length(bank_address) BETWEEN 2 AND 200),
  account_name text NOT NULL,
  account_number text NOT NULL,
  -- [{name, address}]: the outlets where a party may pay.
  outlets jsonb NOT NULL DEFAULT '[]'::jsonb,
  e_payment text,
  budget_subject text NOT NULL,
  budget_level text NOT NULL CHECK (budget_level IN ('central', 'provincial', 'municipal', 'county')),
  reporting_method text NOT NULL,
  reporting_frequency text NOT NULL,
  signed_on date NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  filed_superior_on date,
  filed_finance_on date,
  terminated_on date,
  terminated_reason text,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CHECK (terminated_on IS NULL OR terminated_reason IS NOT NULL)
);

-- One per delivered fine decision: what the party owes and by when (第六十七条第三款).
CREATE TABLE fine_obligations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL UNIQUE REFERENCES cases (id),
  decision_no text NOT NULL,
  party_name text NOT NULL,
  procedure text NOT NULL CHECK (procedure IN ('ordinary', 'simple')),
  unit_id uuid NOT NULL REFERENCES org_units (id),
  amount_fen bigint NOT NULL CHECK (amount_fen > 0),
  decided_on date NOT NULL,
  delivered_on date NOT NULL,
  due_on date NOT NULL,
  -- The decision said that a late payment is surcharged (235号令 第七条; 行政强制法 第四十五条).
  surcharge_declared boolean NOT NULL,
  agreement_id uuid REFERENCES collection_agreements (id),
  stage text NOT NULL DEFAULT 'due' CHECK (stage IN
    ('due', 'paid', 'demanded', 'court_applied', 'court_granted', 'court_refused', 'executed', 'terminated')),
  paid_fen bigint NOT NULL DEFAULT 0 CHECK (paid_fen >= 0),
  surcharge_paid_fen bigint NOT NULL DEFAULT 0 CHECK (surcharge_paid_fen >= 0),
  paid_in_full_on date,
  terminated_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX fine_obligations_stage_idx ON fine_obligations (stage, due_on);
CREATE INDEX fine_obligations_decision_idx ON fine_obligations (decision_no);

-- 暂缓或者分期缴纳 (第六十六条第二款): the party's application and the agency's decision with its schedule.
CREATE TABLE fine_schedules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  obligation_id uuid NOT NULL REFERENCES fine_obligations (id),
  kind text NOT NULL CHECK (kind IN ('deferral', 'instalments')),
  applied_on date NOT NULL,
  reason text NOT NULL,
  -- [{dueOn, amountFen}] as applied for, then as approved.
  items jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  applied_by uuid NOT NULL REFERENCES users (id),
  decided_by uuid REFERENCES users (id),
  decided_by_name text,
  decided_at timestamptz,
  opinion text,
  document_id uuid REFERENCES official_documents (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fine_schedules_obligation_idx ON fine_schedules (obligation_id);

-- The collecting bank's or the e-payment channel's report (235号令 第十条), imported as a file.
CREATE TABLE bank_statements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agreement_id uuid REFERENCES collection_agreements (id),
  source text NOT NULL CHECK (source IN ('bank', 'e_payment')),
  file_name text NOT NULL,
  file_sm3 text NOT NULL CHECK (file_sm3 ~ '^[0-9a-f]{64}$'),
  line_count integer NOT NULL,
  matched_count integer NOT NULL,
  imported_by uuid NOT NULL REFERENCES users (id),
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX bank_statements_file_uq ON bank_statements (file_sm3);

CREATE TABLE bank_statement_lines (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  statement_id uuid NOT NULL REFERENCES bank_statements (id),
  line_no integer NOT NULL,
  payer text NOT NULL,
  amount_fen bigint NOT NULL CHECK (amount_fen > 0),
  paid_on date NOT NULL,
  reference text NOT NULL,
  memo text NOT NULL DEFAULT '',
  status text NOT NULL CHECK (status IN ('matched', 'unmatched', 'confirmed', 'ignored')),
  reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
  suggestions jsonb NOT NULL DEFAULT '[]'::jsonb,
  obligation_id uuid REFERENCES fine_obligations (id),
  resolved_by uuid REFERENCES users (id),
  resolved_at timestamptz,
  resolution_note text,
  UNIQUE (statement_id, line_no)
);
CREATE INDEX bank_statement_lines_status_idx ON bank_statement_lines (status);

-- 罚没款票据 books (第七十条): finance allocates serial ranges to officers; every number is accounted for.
CREATE TABLE receipt_books (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  receipt_type text NOT NULL,
  prefix text NOT NULL,
  first_no integer NOT NULL CHECK (first_no >= 1),
  last_no integer NOT NULL,
  holder_id uuid NOT NULL REFERENCES users (id),
  issued_by uuid NOT NULL REFERENCES users (id),
  issued_at timestamptz NOT NULL DEFAULT now(),
  CHECK (last_no >= first_no AND last_no - first_no < 1000)
);
CREATE TABLE receipt_numbers (
  serial text PRIMARY KEY,
  book_id uuid NOT NULL REFERENCES receipt_books (id),
  number integer NOT NULL,
  status text NOT NULL DEFAULT 'unused' CHECK (status IN ('unused', 'used', 'voided', 'lost')),
  payment_id uuid,
  reason text,
  changed_by uuid REFERENCES users (id),
  changed_at timestamptz,
  CHECK (status <> 'used' OR payment_id IS NOT NULL),
  CHECK (status NOT IN ('voided', 'lost') OR reason IS NOT NULL)
);
CREATE INDEX receipt_numbers_book_idx ON receipt_numbers (book_id, number);

-- Payments: from the bank's or the e-payment channel's report, recorded or confirmed by finance; or collected on
-- the spot (第六十八条、第六十九条) with a finance receipt number. Append-only: a wrong entry is reversed by finance.
CREATE TABLE fine_payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  obligation_id uuid NOT NULL REFERENCES fine_obligations (id),
  source text NOT NULL CHECK (source IN ('bank', 'e_payment', 'on_the_spot')),
  principal_fen bigint NOT NULL CHECK (principal_fen >= 0),
  surcharge_fen bigint NOT NULL DEFAULT 0 CHECK (surcharge_fen >= 0),
  paid_on date NOT NULL,
  payer text NOT NULL,
  reference text,
  receipt_serial text REFERENCES receipt_numbers (serial),
  statement_line_id uuid REFERENCES bank_statement_lines (id),
  on_spot_ground text CHECK (on_spot_ground IN ('small_amount', 'hard_to_collect', 'remote_area')),
  on_spot_reason text,
  party_requested boolean NOT NULL DEFAULT false,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_by_name text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (principal_fen + surcharge_fen > 0),
  CHECK (source <> 'on_the_spot' OR (receipt_serial IS NOT NULL AND on_spot_ground IS NOT NULL)),
  CHECK (source = 'on_the_spot' OR statement_line_id IS NOT NULL OR reference IS NOT NULL)
);
CREATE INDEX fine_payments_obligation_idx ON fine_payments (obligation_id, paid_on);
CREATE UNIQUE INDEX fine_payments_line_uq ON fine_payments (statement_line_id);
CREATE UNIQUE INDEX fine_payments_receipt_uq ON fine_payments (receipt_serial);
CREATE TRIGGER fine_payments_append_only BEFORE UPDATE OR DELETE ON fine_payments
  FOR EACH ROW EXECUTE FUNCTION case_records_append_only();

-- On-the-spot cash: officer -> finance within 2 working days, finance -> bank within 2 more (第七十一条).
CREATE TABLE cash_handovers (
  payment_id uuid PRIMARY KEY REFERENCES fine_payments (id),
  officer_id uuid NOT NULL REFERENCES users (id),
  collected_on date NOT NULL,
  handed_on date,
  received_by uuid REFERENCES users (id),
  banked_on date,
  banked_by uuid REFERENCES users (id),
  deposit_slip text,
  CHECK (handed_on IS NULL OR handed_on >= collected_on),
  CHECK (banked_on IS NULL OR (handed_on IS NOT NULL AND banked_on >= handed_on))
);

-- 行政复议 or 行政诉讼 brought against the decision: the surcharge is not counted meanwhile (第七十三条第三款).
CREATE TABLE fine_challenges (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  obligation_id uuid NOT NULL REFERENCES fine_obligations (id),
  kind text NOT NULL CHECK (kind IN ('reconsideration', 'litigation')),
  started_on date NOT NULL,
  ended_on date,
  outcome text,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX fine_challenges_obligation_idx ON fine_challenges (obligation_id);

-- 催告书 (行政强制法 第三十五条、第五十四条).
CREATE TABLE fine_demands (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  obligation_id uuid NOT NULL REFERENCES fine_obligations (id),
  document_id uuid NOT NULL REFERENCES official_documents (id),
  issued_on date NOT NULL,
  surcharge_fen bigint NOT NULL,
  delivered_on date,
  issued_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fine_demands_obligation_idx ON fine_demands (obligation_id);

-- 申请人民法院强制执行 (行政强制法 第五十三条至第五十八条) and what came of it.
CREATE TABLE court_applications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  obligation_id uuid NOT NULL REFERENCES fine_obligations (id),
  court text NOT NULL,
  applied_on date NOT NULL,
  principal_fen bigint NOT NULL,
  surcharge_fen bigint NOT NULL,
  document_id uuid NOT NULL REFERENCES official_documents (id),
  ruling text CHECK (ruling IN ('granted', 'refused')),
  ruling_on date,
  ruling_no text,
  outcome text CHECK (outcome IN ('executed', 'terminated')),
  outcome_on date,
  outcome_note text,
  applied_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX court_applications_obligation_idx ON court_applications (obligation_id);

-- 结案 (2015 办法 第六十四条、第六十五条): the handlers' request and the 负责人's approval with the 结案审批表.
CREATE TABLE case_closures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  reason text NOT NULL CHECK (reason IN ('executed', 'terminated', 'no_penalty', 'transferred')),
  reason_note text NOT NULL,
  summary text NOT NULL,
  requested_by uuid NOT NULL REFERENCES users (id),
  requested_by_name text NOT NULL,
  requested_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'returned')),
  decided_by uuid REFERENCES users (id),
  decided_by_name text,
  decided_at timestamptz,
  opinion text,
  document_id uuid REFERENCES official_documents (id)
);
CREATE INDEX case_closures_case_idx ON case_closures (case_id);
CREATE UNIQUE INDEX case_closures_open_uq ON case_closures (case_id) WHERE status IN ('pending', 'approved');

-- 归档: the sealed case file, with the SM3 manifest of its documents and evidence files at the moment of sealing.
CREATE TABLE case_archives (
  case_id uuid PRIMARY KEY REFERENCES cases (id),
  archive_no text NOT NULL UNIQUE,
  retention text NOT NULL CHECK (retention IN ('permanent', 'long', 'short')),
  archived_on date NOT NULL,
  archived_by uuid NOT NULL REFERENCES users (id),
  archived_by_name text NOT NULL,
  manifest jsonb NOT NULL,
  manifest_sm3 text NOT NULL CHECK (manifest_sm3 ~ '^[0-9a-f]{64}$'),
  archived_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER case_archives_append_only BEFORE UPDATE OR DELETE ON case_archives
  FOR EACH ROW EXECUTE FUNCTION case_records_append_only();

-- 借阅 of an archived file: the 负责人's approval, then lent and returned; every reading is audited.
CREATE TABLE case_file_loans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES case_archives (case_id),
  borrower_id uuid NOT NULL REFERENCES users (id),
  borrower_name text NOT NULL,
  purpose text NOT NULL,
  until_on date NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'returned')),
  requested_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid REFERENCES users (id),
  decided_by_name text,
  decided_at timestamptz,
  opinion text,
  returned_at timestamptz
);
CREATE INDEX case_file_loans_case_idx ON case_file_loans (case_id, requested_at DESC);

-- The case's new states: 已结案 (closing approved) and 已归档 (sealed).
ALTER TABLE cases DROP CONSTRAINT cases_status_check;
ALTER TABLE cases ADD CONSTRAINT cases_status_check CHECK (status IN ('filing_review', 'not_filed', 'investigating',
  'report_review', 'notice', 'defence', 'hearing', 'legal_review', 'collective', 'decision', 'decided', 'delivered',
  'concluded', 'transfer_pending', 'closed', 'archived'));

-- The seal (2015 办法 第六十五条: 案卷归档后，任何单位和个人不得修改、增加、抽取案卷材料): once a case has an
-- archive row, no row of its file may be added, changed or removed, and the case row itself is frozen. The triggers
-- are named case_file_sealed_<table> so that they fire before the tables' append-only triggers (name order) and the
-- refusal names the seal.
CREATE FUNCTION case_file_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN
    target := OLD.case_id;
  ELSE
    target := NEW.case_id;
  END IF;
  IF target IS NOT NULL AND EXISTS (SELECT 1 FROM case_archives WHERE case_id = target) THEN
    RAISE EXCEPTION '案卷已归档封存，不得增加、替换或抽取案卷材料（%）', TG_TABLE_NAME USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.case_id IS DISTINCT FROM NEW.case_id AND OLD.case_id IS NOT NULL
     AND EXISTS (SELECT 1 FROM case_archives WHERE case_id = OLD.case_id) THEN
    RAISE EXCEPTION '案卷已归档封存，不得增加、替换或抽取案卷材料（%）', TG_TABLE_NAME USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END $$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['case_parties', 'case_violations', 'case_officers', 'case_steps', 'case_approvals',
    'penalty_proposals', 'evidence_items', 'evidence_files', 'evidence_custody', 'case_records',
    'evidence_preservations', 'case_statements', 'legal_reviews', 'collective_discussions', 'official_documents',
    'deliveries', 'hearings', 'case_closures']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
      'EXECUTE FUNCTION case_file_sealed()', 'case_file_sealed_' || t, t);
  END LOOP;
END $$;

CREATE FUNCTION cases_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'archived' THEN
    RAISE EXCEPTION '案卷已归档封存，案件信息不得修改' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER cases_sealed BEFORE UPDATE OR DELETE ON cases FOR EACH ROW EXECUTE FUNCTION cases_sealed();
