import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ApprovalBody,
  AssignOfficerBody,
  CasePage,
  CaseQuery,
  CorrectDocumentBody,
  CollectiveBody,
  CustodyBody,
  DecisionRequestBody,
  EvidenceBody,
  ExtensionBody,
  FileBackBody,
  FileUploadQuery,
  HearingResponseBody,
  InquiryRecordBody,
  InspectionRecordBody,
  LegalOpinionBody,
  LegalReviewSubmitBody,
  NoticeDeliveryBody,
  OfficerCandidateList,
  PartyBody,
  PreservationBody,
  PreservationDecisionBody,
  ProposalChangeBody,
  RecusalBody,
  RemoveOfficerBody,
  ReportBody,
  StatementBody,
  StatementReviewBody,
  TimelineList,
  ViolationBody,
} from '../../../../common/contracts/cases';
import type { CaseDetail, CaseSummary } from '../../../../common/contracts/cases';
import { ENFORCEMENT_CATEGORIES, type EnforcementCategory } from '../../../../common/contracts/personnel';
import { http, withQuery } from '../../app/api';
import { sendFile, type UploadProgress } from '../../app/upload';

export type { UploadProgress };

export type { CaseDetail, CaseSummary };
export type CasePageData = z.infer<typeof CasePage>;
export type CaseFilter = Omit<z.input<typeof CaseQuery>, 'page' | 'pageSize'>;
export type TimelineEntry = z.infer<typeof TimelineList>['items'][number];
export type OfficerCandidate = z.infer<typeof OfficerCandidateList>['items'][number];
export type PartyView = CaseDetail['parties'][number];
export type CaseViolation = CaseDetail['violations'][number];
export type CaseOfficer = CaseDetail['officers'][number];
export type Evidence = CaseDetail['evidence'][number];
export type EvidenceFile = Evidence['files'][number];
export type CaseRecord = CaseDetail['records'][number];
export type Preservation = CaseDetail['preservations'][number];
export type Statement = CaseDetail['statements'][number];
export type LegalReview = CaseDetail['legalReviews'][number];
export type Collective = CaseDetail['collective'][number];
export type Delivery = CaseDetail['deliveries'][number];
export type OfficialDocument = CaseDetail['documents'][number];
export type Proposal = CaseDetail['proposals'][number];
export type Step = CaseDetail['steps'][number];
export type PendingApproval = CaseDetail['pendingApprovals'][number];
export type ApprovalKind = PendingApproval['kind'];

type In<T extends z.ZodType> = z.input<T>;

const KEY = ['cases'] as const;
const detailKey = (id: string) => [...KEY, 'detail', id] as const;

// ------------------------------------------------------------------------------------------- queries

export function useCases(filter: CaseFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...KEY, 'list', { ...filter, page, pageSize }],
    queryFn: () => http.get<CasePageData>('/api/cases', { ...filter, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: detailKey(id ?? ''),
    queryFn: () => http.get<CaseDetail>(`/api/cases/${id}`),
    enabled: !!id,
  });
}

export function useCaseTimeline(id: string, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'timeline', id],
    queryFn: () => http.get<z.infer<typeof TimelineList>>(`/api/cases/${id}/timeline`),
    enabled,
  });
}

/** Officers who may be assigned to a case of this category on that day, with the refusals of those who may not. */
export function useOfficerCandidates(category: EnforcementCategory | undefined, on: string, enabled = true) {
  return useQuery({
    // The same key as the filing form's picker (api-admin.ts): one cache for both.
    queryKey: [...KEY, 'officer-candidates', category ?? null, on],
    queryFn: () =>
      http.get<z.infer<typeof OfficerCandidateList>>('/api/officer-candidates', { category, on }),
    enabled,
    staleTime: 60_000,
  });
}

/**
 * Everyone who may be assigned to a case in any category, for the list's 执法人员 filter. The candidates route
 * asks for a category, so this asks for each and merges; loaded only when the filter is used.
 */
export function useOfficerFilterOptions(enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'officer-filter-options'],
    queryFn: async () => {
      const lists = await Promise.all(
        ENFORCEMENT_CATEGORIES.map((category) =>
          http.get<z.infer<typeof OfficerCandidateList>>('/api/officer-candidates', { category }),
        ),
      );
      const byUser = new Map<string, OfficerCandidate>();
      for (const c of lists.flatMap((l) => l.items)) if (!byUser.has(c.userId)) byUser.set(c.userId, c);
      return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    },
    enabled,
    staleTime: 5 * 60_000,
  });
}

// ------------------------------------------------------------------------------------------- URLs

export function caseExportUrl(filter: CaseFilter): string {
  return withQuery('/api/cases/export.xlsx', filter);
}
export function caseFileUrl(caseId: string, fileId: string): string {
  return `/api/cases/${caseId}/files/${fileId}`;
}
export function documentUrl(caseId: string, documentId: string, format: 'pdf' | 'docx'): string {
  return `/api/cases/${caseId}/documents/${documentId}/${format}`;
}

// ------------------------------------------------------------------------------------------- mutations

async function invalidateCase(client: QueryClient, caseId: string): Promise<void> {
  // The detail (the page re-renders from its new abilities) is awaited, so that a closing modal shows the new
  // state; the module's lists and to-dos (api-admin.ts shares the root key), deadlines and the bell follow.
  await client.invalidateQueries({ queryKey: detailKey(caseId) });
  void client.invalidateQueries({
    queryKey: KEY,
    predicate: (q) => !(q.queryKey[1] === 'detail' && q.queryKey[2] === caseId),
  });
  void client.invalidateQueries({ queryKey: ['deadlines'] });
  void client.invalidateQueries({ queryKey: ['notifications'] });
}

/** A mutation on one case: every success invalidates the case detail (and the lists that show the case). */
function useCaseMutation<V, R = unknown>(caseId: string, fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => invalidateCase(client, caseId),
  });
}

type Created = { id: string };
const base = (caseId: string) => `/api/cases/${caseId}`;

export const useDecideApproval = (caseId: string) =>
  useCaseMutation(caseId, ({ approvalId, body }: { approvalId: string; body: In<typeof ApprovalBody> }) =>
    http.post(`${base(caseId)}/approvals/${approvalId}`, body),
  );

export const useSaveParty = (caseId: string) =>
  useCaseMutation(caseId, ({ partyId, body }: { partyId: string | null; body: In<typeof PartyBody> }) =>
    partyId
      ? http.put(`${base(caseId)}/parties/${partyId}`, body)
      : http.post<Created>(`${base(caseId)}/parties`, body),
  );

export const useAddViolation = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof ViolationBody>) =>
    http.post<Created>(`${base(caseId)}/violations`, body),
  );
export const useRemoveViolation = (caseId: string) =>
  useCaseMutation(caseId, (violationId: string) =>
    http.post(`${base(caseId)}/violations/${violationId}/remove`),
  );

export const useAssignOfficer = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof AssignOfficerBody>) =>
    http.post(`${base(caseId)}/officers`, body),
  );
export const useRemoveOfficer = (caseId: string) =>
  useCaseMutation(caseId, ({ rowId, body }: { rowId: string; body: In<typeof RemoveOfficerBody> }) =>
    http.post(`${base(caseId)}/officers/${rowId}/remove`, body),
  );
export const useDeclareRecusal = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof RecusalBody>) => http.post(`${base(caseId)}/recusal`, body));

export const useAddEvidence = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof EvidenceBody>) =>
    http.post<Created>(`${base(caseId)}/evidence`, body),
  );
export const useAddCustody = (caseId: string) =>
  useCaseMutation(caseId, ({ evidenceId, body }: { evidenceId: string; body: In<typeof CustodyBody> }) =>
    http.post(`${base(caseId)}/evidence/${evidenceId}/custody`, body),
  );

export const useRecordInquiry = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof InquiryRecordBody>) =>
    http.post<{ id: string; documentId: string }>(`${base(caseId)}/inquiries`, body),
  );
export const useRecordInspection = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof InspectionRecordBody>) =>
    http.post<{ id: string; documentId: string }>(`${base(caseId)}/inspections`, body),
  );

export const useRequestPreservation = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof PreservationBody>) =>
    http.post<Created>(`${base(caseId)}/preservations`, body),
  );
export const useDecidePreservation = (caseId: string) =>
  useCaseMutation(
    caseId,
    ({ preservationId, body }: { preservationId: string; body: In<typeof PreservationDecisionBody> }) =>
      http.post(`${base(caseId)}/preservations/${preservationId}/decision`, body),
  );

export const useSubmitReport = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof ReportBody>) => http.post(`${base(caseId)}/report`, body));
export const useChangeProposal = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof ProposalChangeBody>) =>
    http.post(`${base(caseId)}/proposal`, body),
  );

export const useIssueNotice = (caseId: string) =>
  useCaseMutation(caseId, () => http.post<Created>(`${base(caseId)}/notice`));
export const useRecordNoticeDelivery = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof NoticeDeliveryBody>) =>
    http.post(`${base(caseId)}/notice/delivery`, body),
  );

export const useRecordStatement = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof StatementBody>) =>
    http.post<Created>(`${base(caseId)}/statements`, body),
  );
export const useReviewStatement = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof StatementReviewBody>) =>
    http.post(`${base(caseId)}/statements/review`, body),
  );
export const useRecordHearingResponse = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof HearingResponseBody>) =>
    http.post(`${base(caseId)}/hearing-response`, body),
  );
export const useCloseDefence = (caseId: string) =>
  useCaseMutation(caseId, () => http.post(`${base(caseId)}/close-defence`));

export const useSubmitLegalReview = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof LegalReviewSubmitBody>) =>
    http.post(`${base(caseId)}/legal-review`, body),
  );
export const useGiveLegalOpinion = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof LegalOpinionBody>) =>
    http.post(`${base(caseId)}/legal-review/opinion`, body),
  );
export const useRecordCollective = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof CollectiveBody>) => http.post(`${base(caseId)}/collective`, body));

export const useRequestDecision = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof DecisionRequestBody>) =>
    http.post(`${base(caseId)}/decision-request`, body),
  );
export const useRequestExtension = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof ExtensionBody>) => http.post(`${base(caseId)}/extension`, body));
export const useRecordDelivery = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof NoticeDeliveryBody>) =>
    http.post(`${base(caseId)}/deliveries`, body),
  );
export const useFileBack = (caseId: string) =>
  useCaseMutation(caseId, (body: In<typeof FileBackBody>) => http.post(`${base(caseId)}/file-back`, body));

export const useCorrectDocument = (caseId: string) =>
  useCaseMutation(
    caseId,
    ({ documentId, body }: { documentId: string; body: In<typeof CorrectDocumentBody> }) =>
      http.post<Created>(`${base(caseId)}/documents/${documentId}/correct`, body),
  );

// ------------------------------------------------------------------------------------------- raw file uploads

export interface EvidenceUpload {
  evidenceId: string;
  file: File;
  meta: In<typeof FileUploadQuery>;
  onProgress?: (p: UploadProgress) => void;
}

export const useUploadEvidenceFile = (caseId: string) => {
  const client = useQueryClient();
  return useCaseMutation(caseId, ({ evidenceId, file, meta, onProgress }: EvidenceUpload) =>
    sendFile<Created>(
      client,
      'PUT',
      withQuery(`${base(caseId)}/evidence/${evidenceId}/files`, meta),
      file,
      onProgress,
    ),
  );
};

export const useUploadConsent = (caseId: string) => {
  const client = useQueryClient();
  return useCaseMutation(
    caseId,
    ({
      partyId,
      address,
      file,
      onProgress,
    }: {
      partyId: string;
      address: string;
      file: File;
      onProgress?: (p: UploadProgress) => void;
    }) =>
      sendFile(
        client,
        'PUT',
        withQuery(`${base(caseId)}/parties/${partyId}/e-delivery-consent`, { address }),
        file,
        onProgress,
      ),
  );
};
