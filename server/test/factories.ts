import crypto from 'node:crypto';
import type { Role } from '../../common/roles.js';
import type { Database } from '../platform/db/database.js';
import { hashPassword } from '../platform/auth/password.js';
import { orgRepository } from '../modules/org/index.js';
import { iamRepository } from '../modules/iam/iam.repository.js';

const seq = () => crypto.randomBytes(4).toString('hex');

/** The 执法主体 every organisation record hangs off (created once per database). */
export async function buildEntity(database: Database) {
  const existing = await orgRepository.entity(database.db);
  if (existing) return existing;
  return database.transaction((tx) =>
    orgRepository.insertEntity(tx, {
      name: '测试市应急管理局',
      uscc: '11150400MB0C123471',
      address: '测试地址',
      legalBasis: '《中华人民共和国安全生产法》第十条',
    }),
  );
}

export async function buildUnit(
  database: Database,
  overrides: { name?: string; kind?: 'section' | 'institution' } = {},
) {
  const entity = await buildEntity(database);
  const s = seq();
  return database.transaction((tx) =>
    orgRepository.insertUnit(tx, {
      entityId: entity.id,
      name: overrides.name ?? `测试科${s}`,
      kind: overrides.kind ?? 'section',
      code: `T${s.toUpperCase()}`,
    }),
  );
}

export const TEST_PASSWORD = 'Test#Pass2026';

/** An account with exactly the given roles; password TEST_PASSWORD unless given. */
export async function buildUser(
  database: Database,
  opts: {
    roles?: Role[];
    password?: string;
    mustChangePassword?: boolean;
    unitId?: string | null;
    username?: string;
  } = {},
) {
  const username = opts.username ?? `u${seq()}`;
  const password = opts.password ?? TEST_PASSWORD;
  const passwordHash = await hashPassword(password);
  const user = await database.transaction(async (tx) => {
    const row = await iamRepository.insert(tx, {
      username,
      displayName: `测试${username}`,
      unitId: opts.unitId ?? null,
      positionId: null,
      phone: null,
      passwordHash,
      mustChangePassword: opts.mustChangePassword ?? false,
    });
    if (opts.roles?.length) await iamRepository.replaceRoles(tx, row.id, opts.roles, null);
    return row;
  });
  return { user, username, password };
}
