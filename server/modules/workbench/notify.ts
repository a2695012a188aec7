import type { Tx } from '../../platform/db/database.js';
import { workbenchRepository } from './workbench.repository.js';

/** A to-do or notice for the 工作台. */
export interface Notice {
  level?: 'info' | 'due_soon' | 'overdue' | 'escalated';
  title: string;
  body: string;
  /** The page it leads to. */
  link: string;
  /** One per user and key: a repeated notice is not put twice. */
  key: string;
}

/** Puts the same to-do on the 工作台 of these people (each once), inside the caller's transaction. */
export async function notifyUsers(tx: Tx, userIds: readonly string[], n: Notice): Promise<void> {
  await workbenchRepository.insertMany(
    tx,
    [...new Set(userIds)].map((userId) => ({
      userId,
      level: n.level ?? 'info',
      title: n.title,
      body: n.body,
      link: n.link,
      dedupeKey: n.key,
    })),
  );
}
