import { sql } from 'drizzle-orm';
import { DEFAULT_SECURITY_POLICY, type PasswordPolicy } from '../../../common/password-policy.js';
import type { Database, Tx } from '../db/database.js';

/**
 * The security policy set by the security administrator. Read often (idle timeout on every request), so it
 * is cached briefly; other instances see a change within CACHE_MS.
 */
const CACHE_MS = 5_000;

export class SecurityPolicyStore {
  private cached: { at: number; policy: PasswordPolicy } | null = null;
  constructor(private readonly database: Database) {}

  async get(): Promise<PasswordPolicy> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < CACHE_MS) return this.cached.policy;
    const rows = await this.database.query<{ policy: PasswordPolicy }>(
      'SELECT policy FROM security_policy WHERE id = 1',
    );
    const policy = { ...DEFAULT_SECURITY_POLICY, ...(rows[0]?.policy ?? {}) };
    this.cached = { at: now, policy };
    return policy;
  }

  async details(): Promise<{ policy: PasswordPolicy; updatedAt: Date | null; updatedBy: string | null }> {
    const rows = await this.database.query<{
      policy: PasswordPolicy;
      updated_at: Date;
      display_name: string | null;
    }>(
      `SELECT p.policy, p.updated_at, u.display_name FROM security_policy p LEFT JOIN users u ON u.id = p.updated_by WHERE p.id = 1`,
    );
    const r = rows[0];
    return {
      policy: { ...DEFAULT_SECURITY_POLICY, ...(r?.policy ?? {}) },
      updatedAt: r?.updated_at ?? null,
      updatedBy: r?.display_name ?? null,
    };
  }

  async save(tx: Tx, policy: PasswordPolicy, by: string): Promise<void> {
    await tx.execute(sql`
      INSERT INTO security_policy (id, policy, updated_at, updated_by) VALUES (1, ${JSON.stringify(policy)}::jsonb, now(), ${by})
      ON CONFLICT (id) DO UPDATE SET policy = EXCLUDED.policy, updated_at = now(), updated_by = EXCLUDED.updated_by`);
    this.cached = null;
  }

  invalidate(): void {
    this.cached = null;
  }
}
