import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ArrangeBody,
  CaseHearing,
  HearingCandidates,
  HearingDetail,
  HearingList,
  HearingListQuery,
  HearingRoomBody,
  HearingRooms,
  HearingStats,
  NoticeWindow,
  NotifyBody,
  PostponeBody,
  RecordBody,
  RecusalDecisionBody,
  RecusalRequestBody,
  ReportBody,
  TerminateBody,
} from '../../../../common/contracts/hearings';
import { http, withQuery } from '../../app/api';
import { sendFile, type UploadProgress } from '../../app/upload';

export type { UploadProgress };

export type { HearingDetail, HearingStats };
export type HearingListData = z.infer<typeof HearingList>;
export type HearingListItem = HearingListData['items'][number];
export type HearingFilter = Omit<z.input<typeof HearingListQuery>, 'page' | 'pageSize'>;
export type HearingCandidate = z.infer<typeof HearingCandidates>['items'][number];
export type HearingRoom = z.infer<typeof HearingRooms>['items'][number];
export type HearingMember = HearingDetail['members'][number];
export type HearingAgent = HearingDetail['agents'][number];
export type HearingRecusal = HearingDetail['recusals'][number];
export type HearingPostponement = HearingDetail['postponements'][number];
export type HearingDocument = HearingDetail['documents'][number];
export type NoticeWindowData = z.infer<typeof NoticeWindow>;

type In<T extends z.ZodType> = z.input<T>;
type Created = { id: string };

const KEY = ['hearings'] as const;
/**
 * The case's hearing lives under the case module's root key, so that the case mutations (the hearing request
 * recorded from the case page) refresh it as well.
 */
const caseHearingKey = (caseId: string) => ['cases', 'hearing', caseId] as const;

// ------------------------------------------------------------------------------------------- queries

/** GET /api/cases/:id/hearing: the case's hearing, or `{ hearing: null }` before a request. */
export function useCaseHearing(caseId: string, enabled = true) {
  return useQuery({
    queryKey: caseHearingKey(caseId),
    queryFn: () => http.get<z.infer<typeof CaseHearing>>(`/api/cases/${caseId}/hearing`),
    enabled,
  });
}

export function useHearing(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'detail', id ?? ''],
    queryFn: () => http.get<HearingDetail>(`/api/hearings/${id}`),
    enabled: !!id,
  });
}

export function useHearings(filter: HearingFilter, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'list', { ...filter, page, pageSize }],
    queryFn: () => http.get<HearingListData>('/api/hearings', { ...filter, page, pageSize }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useHearingStats(year: number) {
  return useQuery({
    queryKey: [...KEY, 'stats', year],
    queryFn: () => http.get<HearingStats>('/api/hearings/stats', { year }),
    placeholderData: keepPreviousData,
  });
}

/** Who may be chair, 听证员 or clerk of this hearing; `excluded` says why one may not be chair or 听证员. */
export function useHearingCandidates(hearingId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'candidates', hearingId ?? ''],
    queryFn: () => http.get<z.infer<typeof HearingCandidates>>(`/api/hearings/${hearingId}/candidates`),
    enabled: enabled && !!hearingId,
    staleTime: 60_000,
  });
}

/** The earliest lawful hearing day for a notice delivered on `noticeOn` (≥ 7 working days between). */
export function useNoticeWindow(noticeOn: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'notice-window', noticeOn ?? ''],
    queryFn: () => http.get<NoticeWindowData>('/api/hearings/notice-window', { noticeOn }),
    enabled: enabled && !!noticeOn,
    staleTime: 5 * 60_000,
  });
}

export function useHearingRooms(enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'rooms'],
    queryFn: () => http.get<z.infer<typeof HearingRooms>>('/api/hearing-rooms'),
    enabled,
    staleTime: 60_000,
  });
}

// ------------------------------------------------------------------------------------------- URLs

export function agentFileUrl(hearingId: string, agentId: string): string {
  return `/api/hearings/${hearingId}/agents/${agentId}/file`;
}
/**
 * A hearing document (a case document of a hearing kind) through the hearing, so that the hearing staff who may
 * not open the case still read it; the case page's documents tab lists the same documents by the case URL.
 */
export function hearingDocumentUrl(hearingId: string, documentId: string, format: 'pdf' | 'docx'): string {
  return `/api/hearings/${hearingId}/documents/${documentId}/${format}`;
}

// ------------------------------------------------------------------------------------------- mutations

/** What a mutation needs to know of its hearing: itself and its case (whose status and deadlines move too). */
export interface HearingRef {
  id: string;
  caseId: string;
}

async function invalidateHearing(client: QueryClient, ref: HearingRef): Promise<void> {
  // The hearing and the case's view of it are awaited, so that a closing modal shows the new stage; the case
  // itself (its status, deadlines, documents), the lists, the deadlines and the bell follow.
  await Promise.all([
    client.invalidateQueries({ queryKey: [...KEY, 'detail', ref.id] }),
    client.invalidateQueries({ queryKey: caseHearingKey(ref.caseId) }),
  ]);
  void client.invalidateQueries({ queryKey: KEY });
  void client.invalidateQueries({ queryKey: ['cases'] });
  void client.invalidateQueries({ queryKey: ['deadlines'] });
  void client.invalidateQueries({ queryKey: ['notifications'] });
}

function useHearingMutation<V, R = unknown>(ref: HearingRef, fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => invalidateHearing(client, ref) });
}

const base = (id: string) => `/api/hearings/${id}`;

export const useArrangeHearing = (ref: HearingRef) =>
  useHearingMutation(ref, (body: In<typeof ArrangeBody>) => http.post(`${base(ref.id)}/arrange`, body));

export const useRequestRecusal = (ref: HearingRef) =>
  useHearingMutation(ref, (body: In<typeof RecusalRequestBody>) =>
    http.post<Created>(`${base(ref.id)}/recusals`, body),
  );
export const useDecideRecusal = (ref: HearingRef) =>
  useHearingMutation(
    ref,
    ({ recusalId, body }: { recusalId: string; body: In<typeof RecusalDecisionBody> }) =>
      http.post(`${base(ref.id)}/recusals/${recusalId}/decide`, body),
  );

export const useNotifyHearing = (ref: HearingRef) =>
  useHearingMutation(ref, (body: In<typeof NotifyBody>) => http.post(`${base(ref.id)}/notify`, body));
export const usePostponeHearing = (ref: HearingRef) =>
  useHearingMutation(ref, (body: In<typeof PostponeBody>) => http.post(`${base(ref.id)}/postpone`, body));
export const useTerminateHearing = (ref: HearingRef) =>
  useHearingMutation(ref, (body: In<typeof TerminateBody>) => http.post(`${base(ref.id)}/terminate`, body));
export const useRecordHearing = (ref: HearingRef) =>
  useHearingMutation(ref, (body: In<typeof RecordBody>) => http.post(`${base(ref.id)}/record`, body));
export const useReportHearing = (ref: HearingRef) =>
  useHearingMutation(ref, (body: In<typeof ReportBody>) => http.post(`${base(ref.id)}/report`, body));

export const useSaveHearingRoom = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: In<typeof HearingRoomBody> }) =>
      id ? http.put(`/api/hearing-rooms/${id}`, body) : http.post<Created>('/api/hearing-rooms', body),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
};

// ------------------------------------------------------------------------------------------- raw file upload

export interface AgentUpload {
  name: string;
  relation: string;
  phone: string | null;
  /** The 授权委托书 (scan or photo). */
  file: File;
  onProgress?: (p: UploadProgress) => void;
}

/** POST /api/hearings/:id/agents?name=&relation=&phone= with the 授权委托书 as the raw body. */
export const useAddAgent = (ref: HearingRef) => {
  const client = useQueryClient();
  return useHearingMutation(ref, ({ file, onProgress, ...meta }: AgentUpload) =>
    sendFile<Created>(client, 'POST', withQuery(`${base(ref.id)}/agents`, meta), file, onProgress),
  );
};
