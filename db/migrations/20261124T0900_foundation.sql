-- Foundation: organisation, accounts and roles, sessions, security policy, the audit trail, notifications.
-- Forward-only; runs unchanged on PGlite and PostgreSQL 15+.

CREATE TABLE law_enforcement_entities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  uscc text NOT NULL UNIQUE,
  address text NOT NULL,
  legal_basis text NOT NULL,
  phone text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE org_units (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_id uuid NOT NULL REFERENCES law_enforcement_entities (id),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('section', 'institution')),
  code text NOT NULL UNIQUE,
  duties text NOT NULL DEFAULT '',
  sort_order integer NOT NULL DEFAULT 100,
  -- 分管局领导: the leader in charge of this unit; overdue items escalate to him or her.
  supervising_leader_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (entity_id, name)
);

CREATE TABLE positions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  is_leadership boolean NOT NULL DEFAULT false,
  sort_order integer NOT NULL DEFAULT 100
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  unit_id uuid REFERENCES org_units (id),
  position_id uuid REFERENCES positions (id),
  phone text,
  password_hash text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT true,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  disabled boolean NOT NULL DEFAULT false,
  password_changed_at timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_unit_idx ON users (unit_id);
ALTER TABLE org_units ADD CONSTRAINT org_units_leader_fk FOREIGN KEY (supervising_leader_id) REFERENCES users (id);

CREATE TABLE user_roles (
  user_id uuid NOT NULL REFERENCES users (id),
  role text NOT NULL CHECK (role IN ('officer', 'section_head', 'legal_reviewer', 'leader', 'principal',
                                     'discipline', 'finance', 'sysadmin', 'secadmin', 'auditadmin')),
  granted_by uuid REFERENCES users (id),
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, role)
);
CREATE INDEX user_roles_role_idx ON user_roles (role);

-- 三员分立 in the database too: an administrator role is held alone (the application checks first and
-- explains; this trigger is the last line).
CREATE FUNCTION user_roles_separation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM user_roles r
    WHERE r.user_id = NEW.user_id AND r.role <> NEW.role
      AND (r.role IN ('sysadmin', 'secadmin', 'auditadmin') OR NEW.role IN ('sysadmin', 'secadmin', 'auditadmin'))
  ) THEN
    RAISE EXCEPTION 'separation of duties: administrator roles are exclusive (三员分立)' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER user_roles_separation BEFORE INSERT OR UPDATE ON user_roles
  FOR EACH ROW EXECUTE FUNCTION user_roles_separation();

CREATE TABLE security_policy (
  id integer PRIMARY KEY CHECK (id = 1),
  policy jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id)
);

CREATE TABLE sessions (
  id text PRIMARY KEY,                    -- SM3 of the cookie token: a database leak yields no usable cookie
  user_id uuid NOT NULL REFERENCES users (id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ip text,
  user_agent text,
  ended_at timestamptz,
  end_reason text CHECK (end_reason IN ('logout', 'idle', 'password_changed', 'disabled', 'roles_changed'))
);
CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE ended_at IS NULL;

-- The audit trail: a legal record. Append-only (trigger + revoked privileges) and SM3 hash-chained:
-- hash = SM3(prev_hash || body), where body is the exact canonical JSON of the event that was hashed. The
-- other columns are that same event, for querying; `zhifa audit verify` checks both the chain and that the
-- columns still say what the body says. Ids are gap-free (assigned under the chain lock), so a missing id
-- shows as a hole too. See server/platform/audit.
CREATE TABLE audit_events (
  id bigint PRIMARY KEY,
  occurred_at timestamptz NOT NULL,
  actor_id uuid,
  actor_name text NOT NULL,
  actor_roles text[] NOT NULL,
  actor_unit text,
  action text NOT NULL,
  object_type text NOT NULL,
  object_id text,
  payload jsonb NOT NULL,
  request_id text,
  ip text,
  body text NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL UNIQUE
);
CREATE INDEX audit_events_occurred_idx ON audit_events (occurred_at);
CREATE INDEX audit_events_action_idx ON audit_events (action);
CREATE INDEX audit_events_object_idx ON audit_events (object_type, object_id);
CREATE INDEX audit_events_actor_idx ON audit_events (actor_name);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (审计记录只能追加，不得修改或删除)' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM PUBLIC;

CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  level text NOT NULL CHECK (level IN ('info', 'due_soon', 'overdue', 'escalated')),
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  link text,
  -- Idempotency: a sweep that runs twice does not notify twice.
  dedupe_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  UNIQUE (user_id, dedupe_key)
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC);
