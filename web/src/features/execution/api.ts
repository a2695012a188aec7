import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AgreementBody,
  AgreementFilingBody,
  AgreementTerminateBody,
  AgreementView,
  ArchiveBody,
  ArchiveOverview,
  ArchivePage,
  ArchiveQuery,
  CaseFineView,
  CashBankedBody,
  CashReceivedBody,
  CashRow,
  ChallengeBody,
  ChallengeEndBody,
  ClosingBody,
  ClosingDecisionBody,
  ClosingView,
  CourtApplicationBody,
  DemandBody,
  DemandDeliveryBody,
  FinanceDesk,
  FineListQuery,
  FinePage,
  FineRow,
  FineStats,
  FineView,
  LineResolveBody,
  LoanBody,
  LoanDecisionBody,
  LoanView,
  OnSpotBody,
  OutcomeBody,
  PaymentBody,
  PaymentView,
  ReceiptBookBody,
  ReceiptBookView,
  ReceiptNumberView,
  ReceiptStatusBody,
  RulingBody,
  ScheduleBody,
  ScheduleDecisionBody,
  ScheduleView,
  StatementImportResult,
  StatementLineView,
  StatementPage,
  StatementUploadQuery,
  TerminateFineBody,
} from '../../../../common/contracts/execution';
import type { OfficerCandidateList } from '../../../../common/contracts/cases';
import { http, withQuery } from '../../app/api';
import { sendFile, type UploadProgress } from '../../app/upload';

export type { UploadProgress };
export type { AgreementView, CashRow, ClosingView, FineRow, FineStats, FineView, LoanView, PaymentView };
export type { ScheduleView, StatementLineView };

type Out<T extends z.ZodType> = z.infer<T>;
type In<T extends z.ZodType> = z.input<T>;
type Created = { id: string };
type Ok = { ok: true };

export type FinePageData = Out<typeof FinePage>;
export type FineFilter = Omit<In<typeof FineListQuery>, 'page' | 'pageSize'>;
export type FinanceDeskData = Out<typeof FinanceDesk>;
export type StatementPageData = Out<typeof StatementPage>;
export type StatementView = StatementPageData['items'][number];
export type StatementImport = Out<typeof StatementImportResult>;
export type ReceiptBook = Out<typeof ReceiptBookView>;
export type ReceiptNumber = Out<typeof ReceiptNumberView>;
export type ChallengeView = FineView['challenges'][number];
export type DemandView = FineView['demands'][number];
export type CourtApplicationView = FineView['courtApplications'][number];
export type Closure = ClosingView['closures'][number];
export type ArchivePageData = Out<typeof ArchivePage>;
export type ArchiveRow = ArchivePageData['items'][number];
export type ArchiveFilter = Omit<In<typeof ArchiveQuery>, 'page' | 'pageSize'>;
export type ArchiveOverviewData = Out<typeof ArchiveOverview>;
export type ClosingQueueRow = ArchiveOverviewData['queue'][number];
export type HolderCandidate = Out<typeof OfficerCandidateList>['items'][number];

/** Lists, the desk, the statistics, statements, agreements, receipts and cash: everything of the money side. */
const KEY = ['fines'] as const;
/**
 * The case's fine and its closing live under the case module's root key, so that the case mutations (a decision
 * delivered, a document corrected) refresh them as well, as the hearing tab does.
 */
const caseFineKey = (caseId: string) => ['cases', 'fine', caseId] as const;
const closingKey = (caseId: string) => ['cases', 'closing', caseId] as const;
const ARCHIVES = ['archives'] as const;

// ------------------------------------------------------------------------------------------- queries: fines

export function useFines(filter: FineFilter, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'list', { ...filter, page, pageSize }],
    queryFn: () => http.get<FinePageData>('/api/fines', { ...filter, page, pageSize }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useFine(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'detail', id ?? ''],
    queryFn: () => http.get<FineView>(`/api/fines/${id}`),
    enabled: !!id,
  });
}

/** GET /api/cases/:id/fine: the case's fine obligation, or `{ fine: null }` when the case has none. */
export function useCaseFine(caseId: string, enabled = true) {
  return useQuery({
    queryKey: caseFineKey(caseId),
    queryFn: () => http.get<Out<typeof CaseFineView>>(`/api/cases/${caseId}/fine`),
    enabled,
  });
}

export function useFinanceDesk() {
  return useQuery({
    queryKey: [...KEY, 'desk'],
    queryFn: () => http.get<FinanceDeskData>('/api/fines/desk'),
  });
}

export function useFineStats(year: number) {
  return useQuery({
    queryKey: [...KEY, 'stats', year],
    queryFn: () => http.get<FineStats>('/api/fines/stats', { year }),
    placeholderData: keepPreviousData,
  });
}

// ------------------------------------------------------------------------------------------- queries: money side

export function useStatements(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...KEY, 'statements', { page, pageSize }],
    queryFn: () => http.get<StatementPageData>('/api/fine-statements', { page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useStatementLines(statementId: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'statement-lines', statementId ?? ''],
    queryFn: () => http.get<{ items: StatementLineView[] }>(`/api/fine-statements/${statementId}/lines`),
    enabled: !!statementId,
  });
}

export function useAgreements(enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'agreements'],
    queryFn: () => http.get<{ items: AgreementView[] }>('/api/collection-agreements'),
    enabled,
  });
}

export function useReceiptBooks() {
  return useQuery({
    queryKey: [...KEY, 'receipt-books'],
    queryFn: () => http.get<{ items: ReceiptBook[] }>('/api/receipt-books'),
  });
}

/** The numbers of one book, or (`mine`) every number the caller holds. */
export function useReceiptNumbers(query: { bookId?: string; mine?: boolean }, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'receipt-numbers', query],
    queryFn: () => http.get<{ items: ReceiptNumber[] }>('/api/receipt-numbers', query),
    enabled,
  });
}

export function useCashHandovers() {
  return useQuery({
    queryKey: [...KEY, 'cash'],
    queryFn: () => http.get<{ items: CashRow[] }>('/api/cash-handovers'),
  });
}

/**
 * The officers a receipt book may be issued to: the same candidates list the case forms use (without a category,
 * anyone holding a valid certificate is eligible).
 */
export function useReceiptHolderCandidates(on: string, enabled: boolean) {
  return useQuery({
    queryKey: ['execution', 'receipt-holders', on],
    queryFn: () => http.get<Out<typeof OfficerCandidateList>>('/api/receipt-holders'),
    enabled,
    staleTime: 60_000,
  });
}

// ------------------------------------------------------------------------------------------- queries: closing

export function useClosing(caseId: string, enabled = true) {
  return useQuery({
    queryKey: closingKey(caseId),
    queryFn: () => http.get<ClosingView>(`/api/cases/${caseId}/closing`),
    enabled,
  });
}

export function useArchives(filter: ArchiveFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...ARCHIVES, 'list', { ...filter, page, pageSize }],
    queryFn: () => http.get<ArchivePageData>('/api/archives', { ...filter, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useArchiveOverview() {
  return useQuery({
    queryKey: [...ARCHIVES, 'overview'],
    queryFn: () => http.get<ArchiveOverviewData>('/api/archives/overview'),
  });
}

// ------------------------------------------------------------------------------------------- URLs

/** A case document (催告书, 强制执行申请书, 结案审批表...) by the case documents' URL. */
export function caseDocumentUrl(caseId: string, documentId: string, format: 'pdf' | 'docx' = 'pdf'): string {
  return `/api/cases/${caseId}/documents/${documentId}/${format}`;
}
export function archivePdfUrl(caseId: string): string {
  return `/api/cases/${caseId}/archive.pdf`;
}
export function archiveManifestUrl(caseId: string): string {
  return `/api/cases/${caseId}/archive-manifest.csv`;
}

// ------------------------------------------------------------------------------------------- mutations

/** What a fine mutation needs to know: the obligation and its case. */
export interface FineRef {
  id: string;
  caseId: string;
}

async function invalidateFine(client: QueryClient, ref: FineRef): Promise<void> {
  // The fine itself (by both URLs) is awaited so that a closing modal shows the new state; the lists, the desk,
  // the case (its documents, status, deadlines), its closing readiness and the bell follow.
  await Promise.all([
    client.invalidateQueries({ queryKey: [...KEY, 'detail', ref.id] }),
    client.invalidateQueries({ queryKey: caseFineKey(ref.caseId) }),
  ]);
  void client.invalidateQueries({ queryKey: KEY });
  void client.invalidateQueries({ queryKey: ['cases'] });
  void client.invalidateQueries({ queryKey: ARCHIVES });
  void client.invalidateQueries({ queryKey: ['deadlines'] });
  void client.invalidateQueries({ queryKey: ['notifications'] });
}

function useFineMutation<V, R = unknown>(ref: FineRef, fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => invalidateFine(client, ref) });
}

/** A mutation of the money side not tied to one fine (statements, agreements, receipts, cash). */
function useMoneyMutation<V, R = unknown>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
      void client.invalidateQueries({ queryKey: ['cases', 'fine'] });
      void client.invalidateQueries({ queryKey: ['deadlines'] });
      void client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

const fineBase = (id: string) => `/api/fines/${id}`;

export const useRecordPayment = (ref: FineRef) =>
  useFineMutation(ref, (body: In<typeof PaymentBody>) => http.post<Ok>(`${fineBase(ref.id)}/payments`, body));
export const useCollectOnSpot = (ref: FineRef) =>
  useFineMutation(ref, (body: In<typeof OnSpotBody>) =>
    http.post<Ok>(`${fineBase(ref.id)}/on-the-spot`, body),
  );

export const useApplySchedule = (ref: FineRef) =>
  useFineMutation(ref, (body: In<typeof ScheduleBody>) =>
    http.post<Ok>(`${fineBase(ref.id)}/schedules`, body),
  );
export const useDecideSchedule = (ref: FineRef) =>
  useFineMutation(
    ref,
    ({ scheduleId, body }: { scheduleId: string; body: In<typeof ScheduleDecisionBody> }) =>
      http.post<Ok>(`${fineBase(ref.id)}/schedules/${scheduleId}/decision`, body),
  );

export const useRecordChallenge = (ref: FineRef) =>
  useFineMutation(ref, (body: In<typeof ChallengeBody>) =>
    http.post<Ok>(`${fineBase(ref.id)}/challenges`, body),
  );
/** The result of a challenge; a reversal (撤销、变更、确认违法、确认无效) opens a fault lead, so the fault lists follow. */
export const useEndChallenge = (ref: FineRef) => {
  const client = useQueryClient();
  return useFineMutation(
    ref,
    async ({ challengeId, body }: { challengeId: string; body: In<typeof ChallengeEndBody> }) => {
      const r = await http.post<Ok>(`${fineBase(ref.id)}/challenges/${challengeId}/end`, body);
      void client.invalidateQueries({ queryKey: ['fault'] });
      return r;
    },
  );
};

export const useIssueDemand = (ref: FineRef) =>
  useFineMutation(ref, (body: In<typeof DemandBody>) => http.post<Ok>(`${fineBase(ref.id)}/demands`, body));
export const useRecordDemandDelivery = (ref: FineRef) =>
  useFineMutation(ref, ({ demandId, body }: { demandId: string; body: In<typeof DemandDeliveryBody> }) =>
    http.post<Ok>(`${fineBase(ref.id)}/demands/${demandId}/delivery`, body),
  );

export const useApplyCourt = (ref: FineRef) =>
  useFineMutation(ref, (body: In<typeof CourtApplicationBody>) =>
    http.post<Ok>(`${fineBase(ref.id)}/court-applications`, body),
  );
export const useRecordRuling = (ref: FineRef) =>
  useFineMutation(ref, ({ applicationId, body }: { applicationId: string; body: In<typeof RulingBody> }) =>
    http.post<Ok>(`${fineBase(ref.id)}/court-applications/${applicationId}/ruling`, body),
  );
export const useRecordOutcome = (ref: FineRef) =>
  useFineMutation(ref, ({ applicationId, body }: { applicationId: string; body: In<typeof OutcomeBody> }) =>
    http.post<Ok>(`${fineBase(ref.id)}/court-applications/${applicationId}/outcome`, body),
  );

export const useTerminateFine = (ref: FineRef) =>
  useFineMutation(ref, (body: In<typeof TerminateFineBody>) =>
    http.post<Ok>(`${fineBase(ref.id)}/terminate`, body),
  );

// --- statements

export interface StatementUpload extends In<typeof StatementUploadQuery> {
  file: File;
  onProgress?: (p: UploadProgress) => void;
}

/** POST /api/fine-statements?fileName&source&agreementId with the statement file (CSV/XLSX) as the raw body. */
export const useImportStatement = () => {
  const client = useQueryClient();
  return useMoneyMutation(({ file, onProgress, ...meta }: StatementUpload) =>
    sendFile<StatementImport>(
      client,
      'POST',
      withQuery('/api/fine-statements', { ...meta }),
      file,
      onProgress,
    ),
  );
};

export const useResolveLine = () =>
  useMoneyMutation(({ lineId, body }: { lineId: string; body: In<typeof LineResolveBody> }) =>
    http.post<Ok>(`/api/fine-statement-lines/${lineId}/resolve`, body),
  );

// --- agreements

export const useSaveAgreement = () =>
  useMoneyMutation(({ id, body }: { id: string | null; body: In<typeof AgreementBody> }) =>
    id
      ? http.put<unknown>(`/api/collection-agreements/${id}`, body)
      : http.post<Created>('/api/collection-agreements', body),
  );
export const useFileAgreement = () =>
  useMoneyMutation(({ id, body }: { id: string; body: In<typeof AgreementFilingBody> }) =>
    http.post<Ok>(`/api/collection-agreements/${id}/filing`, body),
  );
export const useTerminateAgreement = () =>
  useMoneyMutation(({ id, body }: { id: string; body: In<typeof AgreementTerminateBody> }) =>
    http.post<Ok>(`/api/collection-agreements/${id}/terminate`, body),
  );

// --- receipts and cash

export const useIssueReceiptBook = () =>
  useMoneyMutation((body: In<typeof ReceiptBookBody>) => http.post<Created>('/api/receipt-books', body));
export const useSetReceiptStatus = () =>
  useMoneyMutation(({ serial, body }: { serial: string; body: In<typeof ReceiptStatusBody> }) =>
    http.post<Ok>(`/api/receipt-numbers/${encodeURIComponent(serial)}/status`, body),
  );
export const useCashReceived = () =>
  useMoneyMutation(({ paymentId, body }: { paymentId: string; body: In<typeof CashReceivedBody> }) =>
    http.post<Ok>(`/api/cash-handovers/${paymentId}/received`, body),
  );
export const useCashBanked = () =>
  useMoneyMutation(({ paymentId, body }: { paymentId: string; body: In<typeof CashBankedBody> }) =>
    http.post<Ok>(`/api/cash-handovers/${paymentId}/banked`, body),
  );

// --- closing, archive, loans

async function invalidateClosing(client: QueryClient, caseId: string | null): Promise<void> {
  if (caseId) await client.invalidateQueries({ queryKey: closingKey(caseId) });
  void client.invalidateQueries({ queryKey: ['cases'] });
  void client.invalidateQueries({ queryKey: ARCHIVES });
  void client.invalidateQueries({ queryKey: ['deadlines'] });
  void client.invalidateQueries({ queryKey: ['notifications'] });
}

function useClosingMutation<V, R = unknown>(caseId: string | null, fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => invalidateClosing(client, caseId) });
}

const caseBase = (caseId: string) => `/api/cases/${caseId}`;

export const useRequestClosing = (caseId: string) =>
  useClosingMutation(caseId, (body: In<typeof ClosingBody>) =>
    http.post<Ok>(`${caseBase(caseId)}/closing`, body),
  );
export const useDecideClosing = (caseId: string) =>
  useClosingMutation(caseId, (body: In<typeof ClosingDecisionBody>) =>
    http.post<Ok>(`${caseBase(caseId)}/closing/decision`, body),
  );
export const useArchiveCase = (caseId: string) =>
  useClosingMutation(caseId, (body: In<typeof ArchiveBody>) =>
    http.post<Ok>(`${caseBase(caseId)}/archive`, body),
  );
export const useRequestLoan = (caseId: string) =>
  useClosingMutation(caseId, (body: In<typeof LoanBody>) =>
    http.post<Created>(`${caseBase(caseId)}/loans`, body),
  );

/** Loans are decided and returned from the case's tab and from the archive page: both refresh. */
export const useDecideLoan = (caseId: string | null) =>
  useClosingMutation(caseId, ({ loanId, body }: { loanId: string; body: In<typeof LoanDecisionBody> }) =>
    http.post<Ok>(`/api/case-loans/${loanId}/decision`, body),
  );
export const useReturnLoan = (caseId: string | null) =>
  useClosingMutation(caseId, (loanId: string) => http.post<Ok>(`/api/case-loans/${loanId}/return`));
