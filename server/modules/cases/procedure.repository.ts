import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.js';
import {
  caseRecords,
  caseStatements,
  collectiveDiscussions,
  deliveries,
  evidenceCustody,
  evidenceFiles,
  evidenceItems,
  evidencePreservations,
  legalReviews,
  officialDocuments,
  type LegalReviewRow,
  type OfficialDocumentRow,
} from './cases.schema.js';

/**
 * The only file writing SQL for the procedure tables of a case: evidence, files, custody, records (笔录),
 * preservation, statements, legal reviews, collective discussions, documents and deliveries.
 */
export const procedureRepository = {
  // ------------------------------------------------------------------ evidence
  async insertEvidence(tx: Tx, v: Omit<typeof evidenceItems.$inferInsert, 'seq'>) {
    const [last] = await tx
      .select({ n: sql<number>`coalesce(max(${evidenceItems.seq}), 0)::int` })
      .from(evidenceItems)
      .where(eq(evidenceItems.caseId, v.caseId));
    return (
      await tx
        .insert(evidenceItems)
        .values({ ...v, seq: (last?.n ?? 0) + 1 })
        .returning()
    )[0]!;
  },
  async evidence(db: Db | Tx, caseId: string) {
    return db
      .select()
      .from(evidenceItems)
      .where(eq(evidenceItems.caseId, caseId))
      .orderBy(asc(evidenceItems.seq));
  },
  async findEvidence(db: Db | Tx, caseId: string, id: string) {
    return (
      (
        await db
          .select()
          .from(evidenceItems)
          .where(and(eq(evidenceItems.caseId, caseId), eq(evidenceItems.id, id)))
          .limit(1)
      )[0] ?? null
    );
  },
  async insertFile(tx: Tx, v: typeof evidenceFiles.$inferInsert) {
    return (await tx.insert(evidenceFiles).values(v).returning())[0]!;
  },
  async files(db: Db | Tx, caseId: string) {
    return db
      .select()
      .from(evidenceFiles)
      .where(eq(evidenceFiles.caseId, caseId))
      .orderBy(asc(evidenceFiles.uploadedAt));
  },
  async findFile(db: Db | Tx, caseId: string, id: string) {
    return (
      (
        await db
          .select()
          .from(evidenceFiles)
          .where(and(eq(evidenceFiles.caseId, caseId), eq(evidenceFiles.id, id)))
          .limit(1)
      )[0] ?? null
    );
  },
  async insertCustody(tx: Tx, v: typeof evidenceCustody.$inferInsert) {
    await tx.insert(evidenceCustody).values(v);
  },
  async custody(db: Db | Tx, caseId: string) {
    return db
      .select()
      .from(evidenceCustody)
      .where(eq(evidenceCustody.caseId, caseId))
      .orderBy(asc(evidenceCustody.at));
  },
  async insertRecord(tx: Tx, v: typeof caseRecords.$inferInsert) {
    return (await tx.insert(caseRecords).values(v).returning())[0]!;
  },
  async setRecordDocument(tx: Tx, id: string, documentId: string) {
    await tx.update(caseRecords).set({ documentId }).where(eq(caseRecords.id, id));
  },
  async records(db: Db | Tx, caseId: string) {
    return db
      .select()
      .from(caseRecords)
      .where(eq(caseRecords.caseId, caseId))
      .orderBy(asc(caseRecords.createdAt));
  },

  // ------------------------------------------------------------------ preservation
  async insertPreservation(tx: Tx, v: typeof evidencePreservations.$inferInsert) {
    return (await tx.insert(evidencePreservations).values(v).returning())[0]!;
  },
  async updatePreservation(tx: Tx, id: string, patch: Partial<typeof evidencePreservations.$inferInsert>) {
    await tx.update(evidencePreservations).set(patch).where(eq(evidencePreservations.id, id));
  },
  async preservations(db: Db | Tx, caseId: string) {
    return db
      .select()
      .from(evidencePreservations)
      .where(eq(evidencePreservations.caseId, caseId))
      .orderBy(asc(evidencePreservations.requestedAt));
  },

  // ------------------------------------------------------------------ statements
  async insertStatement(tx: Tx, v: typeof caseStatements.$inferInsert) {
    return (await tx.insert(caseStatements).values(v).returning())[0]!;
  },
  async reviewStatement(tx: Tx, id: string, patch: Partial<typeof caseStatements.$inferInsert>) {
    await tx.update(caseStatements).set(patch).where(eq(caseStatements.id, id));
  },
  async statements(db: Db | Tx, caseId: string) {
    return db
      .select()
      .from(caseStatements)
      .where(eq(caseStatements.caseId, caseId))
      .orderBy(asc(caseStatements.recordedAt));
  },

  // ------------------------------------------------------------------ legal review
  async insertLegalReview(tx: Tx, v: Omit<typeof legalReviews.$inferInsert, 'round'>) {
    const [last] = await tx
      .select({ n: sql<number>`coalesce(max(${legalReviews.round}), 0)::int` })
      .from(legalReviews)
      .where(eq(legalReviews.caseId, v.caseId));
    return (
      await tx
        .insert(legalReviews)
        .values({ ...v, round: (last?.n ?? 0) + 1 })
        .returning()
    )[0]!;
  },
  async pendingLegalReview(db: Db | Tx, caseId: string): Promise<LegalReviewRow | null> {
    return (
      (
        await db
          .select()
          .from(legalReviews)
          .where(and(eq(legalReviews.caseId, caseId), isNull(legalReviews.opinion)))
          .limit(1)
      )[0] ?? null
    );
  },
  async updateLegalReview(tx: Tx, id: string, patch: Partial<typeof legalReviews.$inferInsert>) {
    await tx.update(legalReviews).set(patch).where(eq(legalReviews.id, id));
  },
  async legalReviews(db: Db | Tx, caseId: string) {
    return db
      .select()
      .from(legalReviews)
      .where(eq(legalReviews.caseId, caseId))
      .orderBy(asc(legalReviews.round));
  },
  /** Cases waiting for a legal opinion (the reviewers' queue). */
  async pendingLegalReviews(db: Db) {
    return db
      .select()
      .from(legalReviews)
      .where(isNull(legalReviews.opinion))
      .orderBy(asc(legalReviews.submittedAt))
      .limit(500);
  },

  // ------------------------------------------------------------------ collective discussion
  async insertCollective(tx: Tx, v: typeof collectiveDiscussions.$inferInsert) {
    return (await tx.insert(collectiveDiscussions).values(v).returning())[0]!;
  },
  async setCollectiveDocument(tx: Tx, id: string, documentId: string) {
    await tx.update(collectiveDiscussions).set({ documentId }).where(eq(collectiveDiscussions.id, id));
  },
  async collective(db: Db | Tx, caseId: string) {
    return db
      .select()
      .from(collectiveDiscussions)
      .where(eq(collectiveDiscussions.caseId, caseId))
      .orderBy(asc(collectiveDiscussions.heldAt));
  },

  // ------------------------------------------------------------------ documents
  async insertDocument(tx: Tx, v: typeof officialDocuments.$inferInsert): Promise<OfficialDocumentRow> {
    return (await tx.insert(officialDocuments).values(v).returning())[0]!;
  },
  async documents(db: Db | Tx, caseId: string): Promise<OfficialDocumentRow[]> {
    return db
      .select()
      .from(officialDocuments)
      .where(eq(officialDocuments.caseId, caseId))
      .orderBy(asc(officialDocuments.issuedAt));
  },
  async findDocument(db: Db | Tx, caseId: string, id: string): Promise<OfficialDocumentRow | null> {
    return (
      (
        await db
          .select()
          .from(officialDocuments)
          .where(and(eq(officialDocuments.caseId, caseId), eq(officialDocuments.id, id)))
          .limit(1)
      )[0] ?? null
    );
  },
  /** The newest version of a kind of document of the case (a correction supersedes). */
  async latestDocument(db: Db | Tx, caseId: string, kind: string): Promise<OfficialDocumentRow | null> {
    return (
      (
        await db
          .select()
          .from(officialDocuments)
          .where(and(eq(officialDocuments.caseId, caseId), eq(officialDocuments.kind, kind)))
          .orderBy(desc(officialDocuments.issuedAt), desc(officialDocuments.version))
          .limit(1)
      )[0] ?? null
    );
  },
  async supersededBy(db: Db | Tx, id: string): Promise<string | null> {
    return (
      (
        await db
          .select({ id: officialDocuments.id })
          .from(officialDocuments)
          .where(eq(officialDocuments.supersedesId, id))
          .limit(1)
      )[0]?.id ?? null
    );
  },

  // ------------------------------------------------------------------ deliveries
  async insertDelivery(tx: Tx, v: typeof deliveries.$inferInsert) {
    return (await tx.insert(deliveries).values(v).returning())[0]!;
  },
  async deliveries(db: Db | Tx, caseId: string) {
    return db
      .select()
      .from(deliveries)
      .where(eq(deliveries.caseId, caseId))
      .orderBy(asc(deliveries.deliveredAt));
  },
};
