import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { HearingRoomBody } from '../../../../common/contracts/hearings.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/http/errors.js';
import type { CaseActor, CaseDeps } from '../../cases/index.js';
import { MAX_AGENTS } from '../hearing.policy.js';
import { hearingRepository } from '../hearing.repository.js';
import { HEARING_AUDIT } from '../hearings.audit.js';
import { hearingTrail, loadHearing, loadHearingForCommand, requireHearingAbility } from './shared.js';

export interface AgentMeta {
  name: string;
  relation: string;
  phone?: string | undefined;
}

/** Largest 授权委托书 scan accepted. */
export const MAX_AUTHORIZATION_BYTES = 50 * 1024 ** 2;

/**
 * 委托代理人: at most two (第六十四条第五项), each with the signed 授权委托书 stored with its SM3. The file is stored
 * first (streamed), then the row is written in a transaction that checks the limit again.
 */
export async function addAgent(
  deps: CaseDeps,
  actor: CaseActor,
  hearingId: string,
  meta: AgentMeta,
  file: { source: Readable; fileName: string | null },
  ctx: AuditContext,
): Promise<string> {
  const check = async (tx: Parameters<typeof loadHearingForCommand>[0]) => {
    const h = await loadHearingForCommand(tx, hearingId, actor);
    if (h.facts.agents >= MAX_AGENTS)
      throw new AppError(
        'HEARING_LIMIT',
        `当事人可以委托一至二人代理参加听证，本案已登记${h.facts.agents}名代理人`,
        {
          basis: '《中华人民共和国行政处罚法》第六十四条第五项',
          rule: 'hearing.max-agents',
        },
      );
    requireHearingAbility(h, 'addAgent', actor);
    return h;
  };
  await deps.database.transaction(check);
  const blob = await deps.blobs.put(file.source, { maxBytes: MAX_AUTHORIZATION_BYTES });
  if (blob.size === 0) throw new AppError('FILE_INVALID', '上传的授权委托书为空');
  return deps.database.transaction(async (tx) => {
    const h = await check(tx);
    const row = await hearingRepository.insertAgent(tx, {
      hearingId,
      name: meta.name,
      relation: meta.relation,
      phone: meta.phone || null,
      fileKey: blob.key,
      fileName: file.fileName ?? `授权委托书-${meta.name}`,
      fileSm3: blob.sm3,
      fileSize: blob.size,
      addedBy: actor.userId,
    });
    await hearingTrail(tx, h, actor, ctx, {
      action: HEARING_AUDIT.agentAdded,
      payload: { agentId: row.id, name: meta.name, relation: meta.relation, sm3: blob.sm3, size: blob.size },
    });
    return row.id;
  });
}

/** Opens an agent's 授权委托书 for someone who may see the hearing; the read is audited. */
export async function readAgentFile(
  deps: CaseDeps,
  actor: CaseActor,
  hearingId: string,
  agentId: string,
  ctx: AuditContext,
) {
  const hearing = await hearingRepository.byId(deps.database.db, hearingId);
  if (!hearing) throw new AppError('NOT_FOUND');
  await loadHearing(deps.database.db, hearing, actor);
  const agent = (await hearingRepository.agents(deps.database.db, hearingId)).find((a) => a.id === agentId);
  if (!agent) throw new AppError('NOT_FOUND');
  await deps.database.transaction(async (tx) => {
    await recordAudit(tx, ctx, {
      action: HEARING_AUDIT.agentFileRead,
      objectType: 'case',
      objectId: hearing.caseId,
      payload: { hearingId, agentId, sm3: agent.fileSm3 },
    });
  });
  return { agent, blobs: deps.blobs };
}

/** Creates or changes a hearing room (name unique). */
export async function saveRoom(
  deps: CaseDeps,
  id: string | null,
  input: z.infer<typeof HearingRoomBody>,
  ctx: AuditContext,
): Promise<string> {
  return deps.database.transaction(async (tx) => {
    const same = await hearingRepository.roomByName(tx, input.name);
    if (same && same.id !== id) throw new AppError('CONFLICT', `已有名为「${input.name}」的听证室`);
    let roomId = id;
    if (id) {
      if (!(await hearingRepository.room(tx, id))) throw new AppError('NOT_FOUND');
      await hearingRepository.updateRoom(tx, id, { ...input, capacity: input.capacity ?? null });
    } else {
      roomId = (await hearingRepository.insertRoom(tx, { ...input, capacity: input.capacity ?? null })).id;
    }
    await recordAudit(tx, ctx, {
      action: HEARING_AUDIT.roomSaved,
      objectType: 'hearing-room',
      objectId: roomId!,
      payload: { ...input, created: !id },
    });
    return roomId!;
  });
}
