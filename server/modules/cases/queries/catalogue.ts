import type { z } from 'zod';
import type {
  CaseSettingsState,
  FormBookView,
  ViolationTypeView,
} from '../../../../common/contracts/cases.js';
import type { EnforcementCategory } from '../../../../common/contracts/personnel.js';
import type { Db } from '../../../platform/db/database.js';
import { settingsOn, todayOf, type CaseActor, type CaseDeps } from '../cases.context.js';
import { catalogueRepository } from '../catalogue.repository.js';
import { DEFAULT_CASE_SETTINGS } from '../catalogue/settings-defaults.js';

export async function violationTypeList(
  db: Db,
  q: { q?: string; category?: EnforcementCategory; includeInactive?: 'true' | 'false' },
) {
  const rows = await catalogueRepository.violationTypes(db, {
    q: q.q,
    category: q.category,
    includeInactive: q.includeInactive === 'true',
  });
  return {
    items: rows.map(
      (r): ViolationTypeView => ({
        id: r.id,
        code: r.code,
        name: r.name,
        category: r.category,
        violatedProvision: r.violatedProvision,
        penaltyProvision: r.penaltyProvision,
        statutoryRange: r.statutoryRange,
        correctionOrder: r.correctionOrder,
        bands: r.bands,
        appliesTo: r.appliesTo,
        sourceTag: r.sourceTag,
        active: r.active,
      }),
    ),
  };
}

/** Form books: the legal section (case.configure) sees all; an officer sees the books allocated to them. */
export async function formBooks(
  db: Db,
  actor: CaseActor,
): Promise<{ items: z.infer<typeof FormBookView>[] }> {
  const all = actor.roles.includes('legal_reviewer');
  const books = await catalogueRepository.books(db, all ? null : actor.userId);
  const numbers = await catalogueRepository.numbersOfBooks(
    db,
    books.map((b) => b.book.id),
  );
  return {
    items: books.map(({ book, holderName }) => {
      const own = numbers.filter((n) => n.bookId === book.id);
      const counts = { allocated: 0, issued: 0, void: 0, lost: 0 };
      for (const n of own) counts[n.status]++;
      return {
        id: book.id,
        prefix: book.prefix,
        firstNo: book.firstNo,
        lastNo: book.lastNo,
        holderId: book.holderId,
        holderName,
        allocatedAt: book.allocatedAt.toISOString(),
        note: book.note,
        counts,
        numbers: own.map((n) => ({
          serial: n.serial,
          number: n.number,
          status: n.status,
          caseId: n.caseId,
          reason: n.reason,
          mayChange: n.status === 'allocated' && (all || book.holderId === actor.userId),
        })),
      };
    }),
  };
}

export async function settingsState(deps: CaseDeps): Promise<z.infer<typeof CaseSettingsState>> {
  const db = deps.database.db;
  const today = todayOf(deps);
  const versions = await catalogueRepository.settingsVersions(db);
  const current = versions.find((v) => v.effectiveFrom <= today);
  return {
    current: await settingsOn(db, today),
    currentFrom: current?.effectiveFrom ?? null,
    versions: versions.map((v) => ({
      effectiveFrom: v.effectiveFrom,
      note: v.note,
      createdByName: v.createdByName,
      createdAt: v.createdAt.toISOString(),
    })),
    defaults: DEFAULT_CASE_SETTINGS,
  };
}
