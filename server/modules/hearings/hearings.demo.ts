import type { Role } from '../../../common/roles.js';
import { todayInShanghai } from '../../kernel/local-date.js';
import { systemContext } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/database.js';
import { blobStoreOf, type CaseActor, type CaseDeps } from '../cases/index.js';
import { fieldProtectorFor } from '../personnel/index.js';
import { saveRoom } from './commands/agents-rooms.js';
import { arrangeHearing } from './commands/arrange.js';
import { notifyHearing } from './commands/conduct.js';
import { respondToHearing } from './commands/request.js';
import { calendarOf } from './commands/shared.js';
import { earliestHearingDay } from './rules/hearing-dates.js';

/**
 * Demo hearings, through the real commands: two hearing rooms, and for the demo case whose 告知书 was delivered
 * today, the party's written request, the arrangement (李娜 chairs, 陈杰 records) on the earliest lawful day and the
 * 听证会通知书 delivered today, so that the hearing calendar has an entry.
 */
export async function seedHearingsDemo(
  database: Database,
  config: { fieldKey?: string | null; dataDir?: string | null },
  hearingCaseId: string | null,
): Promise<void> {
  const deps: CaseDeps = {
    database,
    protector: fieldProtectorFor(database, config),
    blobs: blobStoreOf(database, config.dataDir),
  };
  const ctx = systemContext();
  const first = await saveRoom(
    deps,
    null,
    { name: '第一听证室', location: '局机关三楼301', capacity: 30, active: true },
    ctx,
  );
  await saveRoom(
    deps,
    null,
    { name: '第二听证室', location: '局机关三楼305', capacity: 12, active: true },
    ctx,
  );
  if (!hearingCaseId) return;
  const rows = await database.query<{
    id: string;
    username: string;
    display_name: string;
    unit_id: string;
    roles: Role[];
  }>(
    `SELECT u.id, u.username, u.display_name, u.unit_id, array_agg(r.role) AS roles
       FROM users u JOIN user_roles r ON r.user_id = u.id GROUP BY u.id`,
  );
  const actor = (username: string): CaseActor => {
    const u = rows.find((r) => r.username === username)!;
    return { userId: u.id, name: u.display_name, roles: u.roles, unitId: u.unit_id, unitName: null };
  };
  const [zhangwei, lina, chenjie] = ['zhangwei', 'lina', 'chenjie'].map(actor) as [
    CaseActor,
    CaseActor,
    CaseActor,
  ];
  const today = todayInShanghai(new Date());
  const { hearingId } = await respondToHearing(
    deps,
    zhangwei,
    hearingCaseId,
    {
      response: 'requested',
      receivedOn: today,
      postmarkOn: null,
      channel: 'written',
      note: '我公司对拟处罚款数额有异议，要求举行听证。',
    },
    ctx,
  );
  if (!hearingId) return;
  const day = earliestHearingDay(await calendarOf(database.db), today);
  await arrangeHearing(
    deps,
    lina,
    hearingId,
    {
      chairId: lina.userId,
      officerIds: [],
      clerkId: chenjie.userId,
      roomId: first,
      place: '赤峰市应急管理局机关三楼301听证室',
      scheduledAt: `${day}T09:30`,
      durationMinutes: 120,
      public: true,
      closedNote: '',
      // Around a long holiday the earliest lawful day can fall after the 15-day period; the reason is recorded.
      overrunReason: '按法定通知期限，安排于最早可以举行听证之日',
    },
    ctx,
  );
  await notifyHearing(
    deps,
    zhangwei,
    hearingId,
    { noticeOn: today, method: 'direct', contactPerson: '张伟', contactPhone: '0476-8330000' },
    ctx,
  );
}
