import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AccessLogEntry,
  ChainCheck,
  ChainMonth,
  DeclarationBody,
  DeclarationStatus,
  FileEntryView,
  FindingBody,
  FindingView,
  FlagResolutionBody,
  FlagView,
  InstructionBody,
  InterferenceSettingsBody,
  InterferenceSettingsValues,
  InterferenceStats,
  JudicialBody,
  MonthlyReportView,
  OutcomeBody,
  PersonalFileKind,
  PersonOption,
  RegisterBody,
  RegisterListQuery,
  RegisterSummary,
  RegisterView,
  RetaliationReportBody,
  SupervisionBody,
  SupervisionReviewBody,
  SupervisionView,
  UploadView,
  VerificationBody,
} from '../../../../common/contracts/interference';
import { http } from '../../app/api';
import { sendFile, type UploadProgress } from '../../app/upload';

export type { UploadProgress };
export type { ChainMonth, DeclarationStatus, FileEntryView, FindingView, FlagView, InterferenceStats };
export type { MonthlyReportView, RegisterSummary, RegisterView, SupervisionView, UploadView };

type In<T extends z.ZodType> = z.input<T>;
type Out<T extends z.ZodType> = z.infer<T>;
type Ok = { ok: true };
type Created = { id: string };

export type RegisterPage = { items: RegisterSummary[]; total: number; page: number; pageSize: number };
export type RegisterFilter = Omit<In<typeof RegisterListQuery>, 'page' | 'pageSize'>;
export type Person = Out<typeof PersonOption>;
export type AccessLogRow = Out<typeof AccessLogEntry>;
export type ChainCheckResult = Out<typeof ChainCheck>;
export type RegisterAction = RegisterView['actions'][number];
export type RegisterAttachment = RegisterView['attachments'][number];
export type DossierSubject = { subjectId: string; subjectName: string; entries: number };
export type SettingsValues = Out<typeof InterferenceSettingsValues>;
/** GET /api/interference/settings (the server's SettingsView). */
export interface SettingsOverview {
  current: SettingsValues;
  meta: { key: string; label: string; basis: string }[];
  history: { effectiveFrom: string; values: SettingsValues; note: string; createdByName: string }[];
}

/** Everything of the module: registers, queues, reports, files, statistics. */
const KEY = ['interference'] as const;
/**
 * The case's declarations and supervision log live under the case module's root key, so that a case mutation
 * (an officer added or removed) refreshes them as the closing tab does.
 */
const declarationsKey = (caseId: string) => ['cases', 'interference-declarations', caseId] as const;
const supervisionKey = (caseId: string) => ['cases', 'supervision', caseId] as const;

// ------------------------------------------------------------------------------------------- queries: registers

/** The register (干预登记簿) in the caller's scope: the server filters what each person may see. */
export function useRegisters(filter: RegisterFilter, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'registers', { ...filter, page, pageSize }],
    queryFn: () => http.get<RegisterPage>('/api/interference/registers', { ...filter, page, pageSize }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One register; every read is audited by the server, so it is not refetched on focus. */
export function useRegister(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'register', id ?? ''],
    queryFn: () => http.get<RegisterView>(`/api/interference/registers/${id}`),
    enabled: !!id,
    refetchOnWindowFocus: false,
    staleTime: 60_000,
  });
}

export function useAccessLog(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'access-log', id],
    queryFn: () => http.get<AccessLogRow[]>(`/api/interference/registers/${id}/access-log`),
    enabled,
  });
}

/** The bureau's staff a recorder may name as intervener (not the recorder, not the administrators). */
export function usePeople(enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'people'],
    queryFn: () => http.get<Person[]>('/api/interference/people'),
    enabled,
    staleTime: 5 * 60_000,
  });
}

// ------------------------------------------------------------------------------------------- queries: the case

export function useDeclarations(caseId: string, enabled = true) {
  return useQuery({
    queryKey: declarationsKey(caseId),
    queryFn: () => http.get<DeclarationStatus>(`/api/cases/${caseId}/interference-declarations`),
    enabled,
  });
}

export function useCaseSupervision(caseId: string, enabled = true) {
  return useQuery({
    queryKey: supervisionKey(caseId),
    queryFn: () => http.get<SupervisionView[]>(`/api/cases/${caseId}/supervision`),
    enabled,
  });
}

// ------------------------------------------------------------------------------------------- queries: oversight

export function useSupervisionQueue(openOnly: boolean) {
  return useQuery({
    queryKey: [...KEY, 'supervision', openOnly],
    queryFn: () =>
      http.get<SupervisionView[]>('/api/interference/supervision', { open: openOnly ? 'true' : 'false' }),
    placeholderData: keepPreviousData,
  });
}

export function useFindings() {
  return useQuery({
    queryKey: [...KEY, 'findings'],
    queryFn: () => http.get<FindingView[]>('/api/interference/findings'),
  });
}

export function useFlags(enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'flags'],
    queryFn: () => http.get<FlagView[]>('/api/interference/flags'),
    enabled,
  });
}

export function useReports(month: string | null) {
  return useQuery({
    queryKey: [...KEY, 'reports', month ?? ''],
    queryFn: () => http.get<MonthlyReportView[]>('/api/interference/reports', { month }),
    placeholderData: keepPreviousData,
  });
}

/** The chain check is audited: it runs when asked (`enabled` by a button), not on every visit. */
export function useChainCheck(enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'chain'],
    queryFn: () => http.get<ChainCheckResult>('/api/interference/chain'),
    enabled,
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

export function useDossierSubjects() {
  return useQuery({
    queryKey: [...KEY, 'dossiers'],
    queryFn: () => http.get<DossierSubject[]>('/api/dossiers'),
  });
}

/** One person's files; each read is audited, so not refetched on focus. */
export function useDossier(userId: string | null, kind: PersonalFileKind | undefined) {
  return useQuery({
    queryKey: [...KEY, 'dossier', userId ?? '', kind ?? 'all'],
    queryFn: () => http.get<FileEntryView[]>(`/api/dossiers/${userId}`, { kind }),
    enabled: !!userId,
    refetchOnWindowFocus: false,
    staleTime: 60_000,
  });
}

export function useSettings() {
  return useQuery({
    queryKey: [...KEY, 'settings'],
    queryFn: () => http.get<SettingsOverview>('/api/interference/settings'),
  });
}

export function useInterferenceStats(year: number) {
  return useQuery({
    queryKey: [...KEY, 'stats', year],
    queryFn: () => http.get<InterferenceStats>('/api/interference/stats', { year }),
    placeholderData: keepPreviousData,
  });
}

// ------------------------------------------------------------------------------------------- URLs

export const registerPdfUrl = (id: string) => `/api/interference/registers/${id}/pdf`;
export const attachmentUrl = (id: string, attachmentId: string) =>
  `/api/interference/registers/${id}/attachments/${attachmentId}`;
export const supervisionFileUrl = (id: string) => `/api/interference/supervision/${id}/file`;
export const reportPdfUrl = (id: string) => `/api/interference/reports/${id}/pdf`;
export const dossierExportUrl = (userId: string) => `/api/dossiers/${userId}/export`;

// ------------------------------------------------------------------------------------------- mutations

async function invalidateAll(client: QueryClient, caseId?: string): Promise<void> {
  // The chain check is audited and runs only when asked again.
  await client.invalidateQueries({ queryKey: KEY, predicate: (q) => q.queryKey[1] !== 'chain' });
  if (caseId) {
    void client.invalidateQueries({ queryKey: declarationsKey(caseId) });
    void client.invalidateQueries({ queryKey: supervisionKey(caseId) });
    // The closing gate asks for the declarations: the closing tab's readiness follows.
    void client.invalidateQueries({ queryKey: ['cases', 'closing', caseId] });
  }
  void client.invalidateQueries({ queryKey: ['notifications'] });
}

function useInterferenceMutation<V, R = unknown>(fn: (v: V) => Promise<R>, caseOf?: (v: V) => string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: (_r, v) => invalidateAll(client, caseOf?.(v)) });
}

export interface EvidenceUpload {
  file: File;
  onProgress?: (p: UploadProgress) => void;
}

/** POST /api/interference/uploads with the raw file; answers its id and the SM3 the server computed. */
export function useUploadEvidence() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: EvidenceUpload) =>
      sendFile<UploadView>(client, 'POST', '/api/interference/uploads', file, onProgress),
  });
}

export const useSubmitRegister = () =>
  useInterferenceMutation(
    (body: In<typeof RegisterBody>) =>
      http.post<{ id: string; registerNo: string }>('/api/interference/registers', body),
    (body) => body.caseId,
  );

const registerBase = (id: string) => `/api/interference/registers/${id}`;

export const useInstruct = (id: string) =>
  useInterferenceMutation((body: In<typeof InstructionBody>) =>
    http.post<Ok>(`${registerBase(id)}/instruction`, body),
  );
export const useVerify = (id: string) =>
  useInterferenceMutation((body: In<typeof VerificationBody>) =>
    http.post<Ok>(`${registerBase(id)}/verification`, body),
  );
export const useConclude = (id: string) =>
  useInterferenceMutation((body: In<typeof OutcomeBody>) =>
    http.post<Ok>(`${registerBase(id)}/outcome`, body),
  );
export const useReferToJudiciary = (id: string) =>
  useInterferenceMutation((body: In<typeof JudicialBody>) =>
    http.post<Ok>(`${registerBase(id)}/judicial-referral`, body),
  );

export const useDeclare = (caseId: string) =>
  useInterferenceMutation(
    (body: In<typeof DeclarationBody>) =>
      http.post<Ok>(`/api/cases/${caseId}/interference-declarations`, body),
    () => caseId,
  );

export type SupervisionInput = Omit<In<typeof SupervisionBody>, 'uploadId'> & { file?: File | null };

/** A supervision record; the scan of a written opinion is uploaded first (the same raw upload as evidence). */
export const useRecordSupervision = () => {
  const client = useQueryClient();
  return useInterferenceMutation(
    async ({ file, ...body }: SupervisionInput) => {
      const uploadId = file
        ? (await sendFile<UploadView>(client, 'POST', '/api/interference/uploads', file)).id
        : undefined;
      return http.post<{ id: string; flagged: boolean }>('/api/interference/supervision', {
        ...body,
        uploadId,
      });
    },
    (body) => body.caseId,
  );
};
export const useReviewSupervision = () =>
  useInterferenceMutation(({ id, body }: { id: string; body: In<typeof SupervisionReviewBody> }) =>
    http.post<Ok>(`/api/interference/supervision/${id}/review`, body),
  );

export const useRecordFinding = () =>
  useInterferenceMutation((body: In<typeof FindingBody>) =>
    http.post<{ id: string; measure: string; superiorFindingId: string | null }>(
      '/api/interference/findings',
      body,
    ),
  );

export const useResolveFlag = () =>
  useInterferenceMutation(({ id, body }: { id: string; body: In<typeof FlagResolutionBody> }) =>
    http.post<Ok>(`/api/interference/flags/${id}/resolve`, body),
  );
export const useReportRetaliation = () =>
  useInterferenceMutation((body: In<typeof RetaliationReportBody>) =>
    http.post<Created>('/api/interference/retaliation-reports', body),
  );

export const useGenerateReports = () =>
  useInterferenceMutation((month: string) =>
    http.post<{ generated: number; keptSigned: number }>('/api/interference/reports', { month }),
  );
export const useSignReport = () =>
  useInterferenceMutation((id: string) => http.post<Ok>(`/api/interference/reports/${id}/sign`));

export const useSaveSettings = () =>
  useInterferenceMutation((body: In<typeof InterferenceSettingsBody>) =>
    http.put<Ok>('/api/interference/settings', body),
  );
