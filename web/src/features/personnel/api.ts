import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ApplyBody,
  CancelBody,
  DecisionBody,
  DepartBody,
  EligibilityCheckBody,
  EligibilityCheckResult,
  EntrustedUnitBody,
  EntrustedUnitList,
  ExamBody,
  ImportReport,
  IssueBody,
  LinkableAccounts,
  OfficerBody,
  OfficerDetail,
  OfficerListQuery,
  OfficerOptions,
  OfficerPage,
  PersonnelActionBody,
  PersonnelActionList,
  PersonnelStatistics,
  RejectBody,
  RenewBody,
  ReviewBody,
  SettingsBody,
  SettingsOverview,
  TrainingBody,
  UpdateOfficerBody,
} from '../../../../common/contracts/personnel';
import { http, withQuery } from '../../app/api';

export type {
  Certificate,
  OfficerDetail,
  OfficerSummary,
  OfficerPage,
  PersonnelStatistics,
  ImportReport,
  EligibilityCheckResult,
  OfficerEligibility,
  Application,
  PersonnelAction,
  PersonnelActionList,
} from '../../../../common/contracts/personnel';

export type OfficerFilter = Omit<OfficerListQuery, 'page' | 'pageSize'>;
export type OfficerOption = z.infer<typeof OfficerOptions>['items'][number];

const KEY = ['personnel'] as const;

export function useOfficers(filter: OfficerFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...KEY, 'officers', { ...filter, page, pageSize }],
    queryFn: () => http.get<OfficerPage>('/api/personnel/officers', { ...filter, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useOfficer(id: string | null) {
  return useQuery({
    queryKey: [...KEY, 'officer', id],
    queryFn: () => http.get<OfficerDetail>(`/api/personnel/officers/${id}`),
    enabled: !!id,
  });
}

/** 人事处理记录 of one officer, with whether the caller may record one. */
export function useOfficerActions(id: string) {
  return useQuery({
    queryKey: [...KEY, 'officer', id, 'actions'],
    queryFn: () => http.get<PersonnelActionList>(`/api/personnel/officers/${id}/actions`),
  });
}

export function useMyOfficer() {
  return useQuery({
    queryKey: [...KEY, 'me'],
    queryFn: () => http.get<{ officerId: string | null }>('/api/personnel/me'),
  });
}

export function useOfficerOptions() {
  return useQuery({
    queryKey: [...KEY, 'options'],
    queryFn: () => http.get<z.infer<typeof OfficerOptions>>('/api/personnel/officers/options'),
  });
}

export function useLinkableAccounts(enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'accounts'],
    queryFn: () => http.get<z.infer<typeof LinkableAccounts>>('/api/personnel/linkable-accounts'),
    enabled,
  });
}

export function useStatistics(year: number) {
  return useQuery({
    queryKey: [...KEY, 'statistics', year],
    queryFn: () => http.get<PersonnelStatistics>('/api/personnel/statistics', { year }),
  });
}

export function useSettings() {
  return useQuery({
    queryKey: [...KEY, 'settings'],
    queryFn: () => http.get<SettingsOverview>('/api/personnel/settings'),
  });
}

export function useEntrustedUnits() {
  return useQuery({
    queryKey: [...KEY, 'entrusted'],
    queryFn: () => http.get<z.infer<typeof EntrustedUnitList>>('/api/personnel/entrusted-units'),
  });
}

/** Every change invalidates the whole module's cache: lists, the record, statistics and warnings move together. */
function usePersonnelMutation<V, R = unknown>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
      await client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

type In<T extends z.ZodType> = z.input<T>;

export const useCreateOfficer = () =>
  usePersonnelMutation((body: In<typeof OfficerBody>) =>
    http.post<{ id: string }>('/api/personnel/officers', body),
  );
export const useUpdateOfficer = () =>
  usePersonnelMutation(({ id, body }: { id: string; body: In<typeof UpdateOfficerBody> }) =>
    http.patch(`/api/personnel/officers/${id}`, body),
  );
export const useRevealIdNumber = () =>
  useMutation({
    mutationFn: (id: string) => http.post<{ idNumber: string }>(`/api/personnel/officers/${id}/id-number`),
  });
export const useUploadPhoto = () =>
  usePersonnelMutation(
    ({ id, mimeType, contentBase64 }: { id: string; mimeType: string; contentBase64: string }) =>
      http.put(`/api/personnel/officers/${id}/photo`, { mimeType, contentBase64 }),
  );
export const useDepart = () =>
  usePersonnelMutation(({ id, body }: { id: string; body: In<typeof DepartBody> }) =>
    http.post(`/api/personnel/officers/${id}/depart`, body),
  );
export const useRecordTraining = () =>
  usePersonnelMutation(({ id, body }: { id: string; body: In<typeof TrainingBody> }) =>
    http.post(`/api/personnel/officers/${id}/training`, body),
  );
export const useRecordExam = () =>
  usePersonnelMutation(({ id, body }: { id: string; body: In<typeof ExamBody> }) =>
    http.post(`/api/personnel/officers/${id}/exams`, body),
  );
export const useRecordPersonnelAction = () =>
  usePersonnelMutation(({ id, body }: { id: string; body: In<typeof PersonnelActionBody> }) =>
    http.post<{ id: string }>(`/api/personnel/officers/${id}/actions`, body),
  );
export const useApply = () =>
  usePersonnelMutation(({ id, body }: { id: string; body: In<typeof ApplyBody> }) =>
    http.post(`/api/personnel/officers/${id}/applications`, body),
  );
export const useIssue = () =>
  usePersonnelMutation(({ id, body }: { id: string; body: In<typeof IssueBody> }) =>
    http.post(`/api/personnel/applications/${id}/issue`, body),
  );
export const useReject = () =>
  usePersonnelMutation(({ id, body }: { id: string; body: In<typeof RejectBody> }) =>
    http.post(`/api/personnel/applications/${id}/reject`, body),
  );

export type CertificateAction = 'review' | 'renew' | 'cancel' | 'suspend' | 'restore' | 'revoke';
const ACTION_PATHS: Record<CertificateAction, string> = {
  review: 'reviews',
  renew: 'renewal',
  cancel: 'cancellation',
  suspend: 'suspension',
  restore: 'restoration',
  revoke: 'revocation',
};
export type CertificateActionBody =
  | In<typeof ReviewBody>
  | In<typeof RenewBody>
  | In<typeof CancelBody>
  | In<typeof DecisionBody>;
export const useCertificateAction = () =>
  usePersonnelMutation(
    ({ id, action, body }: { id: string; action: CertificateAction; body: CertificateActionBody }) =>
      http.post(`/api/personnel/certificates/${id}/${ACTION_PATHS[action]}`, body),
  );

export const useEligibilityCheck = () =>
  useMutation({
    mutationFn: (body: EligibilityCheckBody) =>
      http.post<EligibilityCheckResult>('/api/personnel/eligibility-checks', body),
  });

export const useImport = () =>
  usePersonnelMutation(
    ({ dryRun, fileName, contentBase64 }: { dryRun: boolean; fileName: string; contentBase64: string }) =>
      http.post<ImportReport>(`/api/personnel/imports?dryRun=${dryRun}`, { fileName, contentBase64 }),
  );

export const useSaveSettings = () =>
  usePersonnelMutation((body: In<typeof SettingsBody>) => http.post('/api/personnel/settings', body));
export const useSetEntrustedUnit = () =>
  usePersonnelMutation(({ unitId, body }: { unitId: string; body: In<typeof EntrustedUnitBody> }) =>
    http.put(`/api/personnel/entrusted-units/${unitId}`, body),
  );

export function exportUrl(filter: OfficerFilter): string {
  return withQuery('/api/personnel/export.xlsx', filter);
}
export const TEMPLATE_URL = '/api/personnel/import-template.xlsx';

/** A file's bytes as base64, for the JSON upload body. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
