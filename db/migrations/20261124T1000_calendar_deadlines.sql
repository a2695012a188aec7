-- Issue 3: the working-day calendar (imported year notices, local overlay) and statutory deadline instances.
-- Forward-only; runs unchanged on PGlite and PostgreSQL 15+. See docs/domain/calendar.md and deadlines.md.

-- One row: a random token that changes with every calendar change (import, overlay edit) so that every server
-- instance sharing the database notices and rebuilds its cached calendar; and the 调休上班日 counting setting
-- (legal-spec §1.3: count_makeup_workdays_as_workdays, default true).
CREATE TABLE calendar_state (
  id integer PRIMARY KEY CHECK (id = 1),
  token uuid NOT NULL,
  count_makeup_workdays boolean NOT NULL DEFAULT true,
  changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO calendar_state (id, token) VALUES (1, gen_random_uuid());

-- A year's 国务院办公厅 notice imported by a calendar maintainer (UI or `zhifa calendar import`). Append-only:
-- a correction is a new version of the same year; the highest version wins over the bundled file.
CREATE TABLE calendar_year_imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year integer NOT NULL CHECK (year BETWEEN 2019 AND 2035),
  version integer NOT NULL CHECK (version >= 1),
  data jsonb NOT NULL,
  title text NOT NULL CHECK (title <> ''),
  doc_no text NOT NULL CHECK (doc_no <> ''),
  file_name text,
  day_count integer NOT NULL,
  imported_by uuid REFERENCES users (id),
  imported_by_name text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (year, version)
);

-- Local rest or working days (《全国年节及纪念日放假办法》第四条; local orders), each citing its source document.
CREATE TABLE calendar_overlay_days (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  date date NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('rest', 'work')),
  name text NOT NULL CHECK (name <> ''),
  source text NOT NULL CHECK (source <> ''),
  created_by uuid REFERENCES users (id),
  created_by_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A statutory period running for one object (case, hearing, transfer...). Stored when the triggering step
-- happens, with the rule id and version and the calendar version used (STYLE §4); recomputed when the calendar
-- changes; flagged by the warnings sweep.
CREATE TABLE deadlines (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  rule_id text NOT NULL,
  rule_version integer NOT NULL,
  basis text NOT NULL,
  object_type text NOT NULL,
  object_id text NOT NULL,
  title text NOT NULL,
  link text,
  unit_id uuid REFERENCES org_units (id),
  responsible_user_id uuid REFERENCES users (id),
  period_unit text NOT NULL CHECK (period_unit IN ('hour', 'calendar_day', 'working_day', 'month', 'year')),
  direction text NOT NULL DEFAULT 'after' CHECK (direction IN ('after', 'before')),
  original_length integer NOT NULL CHECK (original_length > 0),
  length integer NOT NULL CHECK (length > 0),
  trigger_date date,
  trigger_at timestamptz,
  due_date date,
  due_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'met', 'missed', 'suspended', 'extended', 'waived')),
  projected boolean NOT NULL DEFAULT false,
  calendar_version text NOT NULL,
  count_makeup_workdays boolean NOT NULL DEFAULT true,
  -- [{from, to, reason}]: 中止 intervals (dates, or ISO instants for hour periods); `to` null while suspended.
  suspensions jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- [{newLength, reason, approvedBy, approvedByName, at}]: approved 延期.
  extensions jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- What the sweep last flagged, for which due instant (a recomputed or extended due is flagged afresh).
  warn_level text CHECK (warn_level IN ('due_soon', 'overdue')),
  warned_due_at timestamptz,
  completed_at timestamptz,
  closed_reason text,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((period_unit = 'hour') = (trigger_at IS NOT NULL AND trigger_date IS NULL)),
  CHECK ((period_unit = 'hour') = (due_date IS NULL))
);
-- One running period per rule and object: a retried step does not open the same deadline twice.
CREATE UNIQUE INDEX deadlines_active_object_uq ON deadlines (rule_id, object_type, object_id)
  WHERE status IN ('open', 'suspended', 'extended');
CREATE INDEX deadlines_running_due_idx ON deadlines (due_at) WHERE status IN ('open', 'extended');
CREATE INDEX deadlines_active_idx ON deadlines (id) WHERE status IN ('open', 'suspended', 'extended');
CREATE INDEX deadlines_responsible_idx ON deadlines (responsible_user_id, status);
CREATE INDEX deadlines_unit_idx ON deadlines (unit_id, status);
CREATE INDEX deadlines_object_idx ON deadlines (object_type, object_id);
