import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AllocationFactsBody,
  AllocationView,
  AppealBody,
  AppealOutcomeBody,
  CloseBody,
  DecisionBody,
  FaultDocumentKind,
  FaultPersonOption,
  FaultSettingsBody,
  FaultSettingsView,
  FaultStats,
  FindingBody,
  InformBody,
  InquiryBody,
  LeadBody,
  MatterListQuery,
  MatterSummary,
  MatterView,
  NoticeBody,
  ReviewApplicationBody,
  ReviewDecisionBody,
  SourceOption,
  StatementBody,
  StatsQuery,
  SubjectsBody,
  TriageBody,
} from '../../../../common/contracts/fault';
import { http, withQuery } from '../../app/api';

export type { AllocationView, FaultPersonOption, FaultStats, MatterSummary, MatterView, SourceOption };

type In<T extends z.ZodType> = z.input<T>;
type Out<T extends z.ZodType> = z.infer<T>;
type Ok = { ok: true };
type Created = { id: string };

export type MatterPage = { items: MatterSummary[]; total: number; page: number; pageSize: number };
/** The list's filters (GET /api/fault/matters and its export). */
export type MatterFilter = Omit<In<typeof MatterListQuery>, 'page' | 'pageSize'>;
/** The list's query: its filters and the page (coerced by the server, numbers here). */
export type MatterQuery = MatterFilter & { page?: number; pageSize?: number };
export type FaultSettings = Out<typeof FaultSettingsView>;
export type StatsRange = In<typeof StatsQuery>;

export type LeadInput = In<typeof LeadBody>;
export type TriageInput = In<typeof TriageBody>;
export type SubjectsInput = In<typeof SubjectsBody>;
export type InquiryInput = In<typeof InquiryBody>;
export type AllocationFactsInput = In<typeof AllocationFactsBody>;
export type FindingInput = In<typeof FindingBody>;
export type InformInput = In<typeof InformBody>;
export type StatementInput = In<typeof StatementBody>;
export type DecisionInput = In<typeof DecisionBody>;
export type NoticeInput = In<typeof NoticeBody>;
export type ReviewApplicationInput = In<typeof ReviewApplicationBody>;
export type ReviewDecisionInput = In<typeof ReviewDecisionBody>;
export type AppealInput = In<typeof AppealBody>;
export type AppealOutcomeInput = In<typeof AppealOutcomeBody>;
export type CloseInput = In<typeof CloseBody>;
export type FaultSettingsInput = In<typeof FaultSettingsBody>;

/** Everything of the module: lists, matters, people, sources, settings, statistics. */
const KEY = ['fault'] as const;
const BASE = '/api/fault';
const matterBase = (id: string) => `${BASE}/matters/${id}`;

// ------------------------------------------------------------------------------------------- queries

/** The matters (过错线索与追究) for holders of fault.view. */
export function useMatters(query: MatterQuery, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'matters', query],
    queryFn: () => http.get<MatterPage>(`${BASE}/matters`, query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The matters where the caller is accused or registered the lead (any logged-in user). */
export function useMyMatters() {
  return useQuery({
    queryKey: [...KEY, 'mine'],
    queryFn: () => http.get<MatterSummary[]>(`${BASE}/matters/mine`),
  });
}

/** One matter; 404 unless the caller may see it (fault.view, the registrar or the accused). */
export function useMatter(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'matter', id ?? ''],
    queryFn: () => http.get<MatterView>(matterBase(id ?? '')),
    enabled: !!id,
    retry: false,
  });
}

/** The bureau's staff who may be named in a lead or as investigators. */
export function useFaultPeople(enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'people'],
    queryFn: () => http.get<FaultPersonOption[]>(`${BASE}/people`),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** The records a lead may be linked to: the case's reversals and missed deadlines; interference findings. */
export function useSources(caseId: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'sources', caseId ?? ''],
    queryFn: () => http.get<SourceOption[]>(`${BASE}/sources`, { caseId: caseId ?? undefined }),
    enabled,
  });
}

export function useFaultSettings(enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'settings'],
    queryFn: () => http.get<FaultSettings>(`${BASE}/settings`),
    enabled,
  });
}

export function useFaultStats(range: StatsRange) {
  return useQuery({
    queryKey: [...KEY, 'stats', range],
    queryFn: () => http.get<FaultStats>(`${BASE}/stats`, range),
    placeholderData: keepPreviousData,
  });
}

// ------------------------------------------------------------------------------------------- URLs

/** The xlsx of the list, with the same filters (page and size are ignored by the server). */
export const mattersExportUrl = (filter: MatterFilter) => withQuery(`${BASE}/matters/export`, { ...filter });

export interface DocumentOptions {
  /** For the decision and the receipt (送达回证): whose. */
  personId?: string;
  /** For an inquiry (调查笔录) or a review (复核决定书): which record. */
  recordId?: string;
  format?: 'pdf' | 'docx';
}

/** GET /api/fault/matters/:id/documents/:kind, as a link target. */
export const documentUrl = (id: string, kind: FaultDocumentKind, options: DocumentOptions = {}) =>
  withQuery(`${matterBase(id)}/documents/${kind}`, {
    personId: options.personId,
    recordId: options.recordId,
    format: options.format ?? 'pdf',
  });

// ------------------------------------------------------------------------------------------- mutations

async function invalidateAll(client: QueryClient): Promise<void> {
  await client.invalidateQueries({ queryKey: KEY });
  // A lead, a decision or a notice sends notifications.
  void client.invalidateQueries({ queryKey: ['notifications'] });
}

function useFaultMutation<V, R = unknown>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => invalidateAll(client) });
}

export const useCreateLead = () =>
  useFaultMutation((body: LeadInput) => http.post<Created>(`${BASE}/leads`, body));

export const useTriage = (id: string) =>
  useFaultMutation((body: TriageInput) => http.post<Ok>(`${matterBase(id)}/triage`, body));

export const useAddSubjects = (id: string) =>
  useFaultMutation((body: SubjectsInput) => http.post<Ok>(`${matterBase(id)}/subjects`, body));

export const useAddInquiry = (id: string) =>
  useFaultMutation((body: InquiryInput) => http.post<Created>(`${matterBase(id)}/inquiries`, body));

/**
 * The 第九条 proposal for the facts the investigators establish. It changes nothing on the matter, so it
 * invalidates no query (a refetch would only disturb the finding form that asks for it).
 */
export const useAllocation = (id: string) =>
  useMutation({
    mutationFn: (body: AllocationFactsInput) =>
      http.post<AllocationView>(`${matterBase(id)}/allocation`, body),
  });

export const useSubmitFinding = (id: string) =>
  useFaultMutation((body: FindingInput) => http.post<Ok>(`${matterBase(id)}/finding`, body));

export const useInform = (id: string) =>
  useFaultMutation((body: InformInput) => http.post<Ok>(`${matterBase(id)}/inform`, body));

export const useStatement = (id: string) =>
  useFaultMutation((body: StatementInput) => http.post<Ok>(`${matterBase(id)}/statements`, body));

export const useDecision = (id: string) =>
  useFaultMutation((body: DecisionInput) => http.post<Ok>(`${matterBase(id)}/decision`, body));

export const useNotice = (id: string) =>
  useFaultMutation((body: NoticeInput) => http.post<Ok>(`${matterBase(id)}/notices`, body));

export const useReviewApplication = (id: string) =>
  useFaultMutation((body: ReviewApplicationInput) => http.post<Created>(`${matterBase(id)}/reviews`, body));

export const useReviewDecision = (id: string) =>
  useFaultMutation(({ reviewId, body }: { reviewId: string; body: ReviewDecisionInput }) =>
    http.post<Ok>(`${matterBase(id)}/reviews/${reviewId}/decision`, body),
  );

export const useAppeal = (id: string) =>
  useFaultMutation((body: AppealInput) => http.post<Created>(`${matterBase(id)}/appeals`, body));

export const useAppealOutcome = (id: string) =>
  useFaultMutation(({ appealId, body }: { appealId: string; body: AppealOutcomeInput }) =>
    http.post<Ok>(`${matterBase(id)}/appeals/${appealId}/outcome`, body),
  );

export const useCloseMatter = (id: string) =>
  useFaultMutation((body: CloseInput) => http.post<Ok>(`${matterBase(id)}/close`, body));

export const useSaveFaultSettings = () =>
  useFaultMutation((body: FaultSettingsInput) => http.put<FaultSettings>(`${BASE}/settings`, body));
