import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../db/database.js';
import { randomToken, sm3Hex } from '../crypto/sm.js';

export type SessionEndReason = 'logout' | 'idle' | 'password_changed' | 'disabled' | 'roles_changed';

export interface SessionRow {
  id: string;
  user_id: string;
  csrf_token: string;
  last_seen_at: Date;
  ended_at: Date | null;
}

/** Server-side sessions in the database, so that any instance behind a load balancer can serve any request. */
export class SessionRepository {
  constructor(private readonly database: Database) {}

  /** Returns the cookie token (only its SM3 digest is stored) and the CSRF token bound to the session. */
  async create(tx: Tx, userId: string, ip: string | null, userAgent: string | null) {
    const token = randomToken();
    const csrfToken = randomToken(24);
    const id = sm3Hex(token);
    await tx.execute(sql`
      INSERT INTO sessions (id, user_id, csrf_token, ip, user_agent) VALUES (${id}, ${userId}, ${csrfToken}, ${ip}, ${userAgent})`);
    return { token, csrfToken, id };
  }

  async findByToken(token: string): Promise<SessionRow | null> {
    const rows = await this.database.query<SessionRow>(
      'SELECT id, user_id, csrf_token, last_seen_at, ended_at FROM sessions WHERE id = $1',
      [sm3Hex(token)],
    );
    return rows[0] ?? null;
  }

  async touch(id: string): Promise<void> {
    await this.database.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1 AND ended_at IS NULL', [
      id,
    ]);
  }

  async end(tx: Tx, id: string, reason: SessionEndReason): Promise<void> {
    await tx.execute(
      sql`UPDATE sessions SET ended_at = now(), end_reason = ${reason} WHERE id = ${id} AND ended_at IS NULL`,
    );
  }

  /** Ends every open session of a user except `keep` (password change, disable, role change). */
  async endAllForUser(
    tx: Tx,
    userId: string,
    reason: SessionEndReason,
    keep: string | null = null,
  ): Promise<number> {
    const res = await tx.execute(sql`
      UPDATE sessions SET ended_at = now(), end_reason = ${reason}
       WHERE user_id = ${userId} AND ended_at IS NULL AND (${keep}::text IS NULL OR id <> ${keep})`);
    return res.rowCount ?? 0;
  }
}
