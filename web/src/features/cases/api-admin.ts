import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ApprovalTodoList,
  CaseSettingsBody,
  CaseSettingsState,
  DismissSourceBody,
  FilingBody,
  FormBookBody,
  FormBookList,
  FormNumberStatusBody,
  OfficerCandidateList,
  SimpleCaseBody,
  SourceBody,
  SourcePage,
  SourceQuery,
  ViolationTypeBody,
  ViolationTypeList,
  ViolationTypeQuery,
} from '../../../../common/contracts/cases';
import type { EnforcementCategory } from '../../../../common/contracts/personnel';
import { http } from '../../app/api';

export type { CaseSettingsValues, SourceView, ViolationTypeView } from '../../../../common/contracts/cases';

type In<T extends z.ZodType> = z.input<T>;
type Out<T extends z.ZodType> = z.infer<T>;

export type SourceFilter = Omit<In<typeof SourceQuery>, 'page' | 'pageSize'>;
export type SourcePageData = Out<typeof SourcePage>;
export type OfficerCandidate = Out<typeof OfficerCandidateList>['items'][number];
export type ApprovalTodo = Out<typeof ApprovalTodoList>['items'][number];
export type FormBook = Out<typeof FormBookList>['items'][number];
export type FormNumber = FormBook['numbers'][number];
export type ViolationTypeFilter = In<typeof ViolationTypeQuery>;
export type ViolationTypeInput = In<typeof ViolationTypeBody>;
export type CaseSettings = Out<typeof CaseSettingsState>;

/** The whole module shares one root key, so that a change anywhere refreshes lists, cases and to-dos together. */
const KEY = ['cases'] as const;

export function useSources(filter: SourceFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...KEY, 'sources', { ...filter, page, pageSize }],
    queryFn: () => http.get<SourcePageData>('/api/case-sources', { ...filter, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** Officers who may be chosen for an act of this category on that day, each with the rule's answer. */
export function useOfficerCandidates(category: EnforcementCategory | undefined, on: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'officer-candidates', category ?? null, on ?? null],
    queryFn: () => http.get<Out<typeof OfficerCandidateList>>('/api/officer-candidates', { category, on }),
    enabled: !!category && !!on,
  });
}

/**
 * Officer accounts a form book can be handed to: the candidates on a day, of any category. Allocating is
 * case.configure's, so GET /api/officer-candidates must admit case.configure as well as case.handle.
 */
export function useOfficerAccounts(on: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'officer-candidates', null, on],
    queryFn: () => http.get<Out<typeof OfficerCandidateList>>('/api/officer-candidates', { on }),
    enabled,
  });
}

export function useApprovalTodos() {
  return useQuery({
    queryKey: [...KEY, 'approvals'],
    queryFn: () => http.get<Out<typeof ApprovalTodoList>>('/api/case-approvals'),
  });
}

export function useFormBooks() {
  return useQuery({
    queryKey: [...KEY, 'form-books'],
    queryFn: () => http.get<Out<typeof FormBookList>>('/api/form-books'),
  });
}

export function useViolationTypes(filter: ViolationTypeFilter) {
  return useQuery({
    queryKey: [...KEY, 'violation-types', filter],
    queryFn: () => http.get<Out<typeof ViolationTypeList>>('/api/violation-types', filter),
    placeholderData: keepPreviousData,
  });
}

export function useCaseSettings() {
  return useQuery({
    queryKey: [...KEY, 'settings'],
    queryFn: () => http.get<CaseSettings>('/api/case-settings'),
  });
}

/** Every change invalidates the module's cache and the bell: a filing or a new case lands in someone's to-dos. */
function useCasesMutation<V, R = unknown>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
      // The case page searches the catalogue under its own key.
      await client.invalidateQueries({ queryKey: ['violation-types'] });
      await client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

export const useRegisterSource = () =>
  useCasesMutation((body: In<typeof SourceBody>) => http.post<{ id: string }>('/api/case-sources', body));
export const useDismissSource = () =>
  useCasesMutation(({ id, body }: { id: string; body: In<typeof DismissSourceBody> }) =>
    http.post(`/api/case-sources/${id}/dismiss`, body),
  );
/** 立案审批表: creates the case in 立案审批中 and sends it to the approvers. */
export const useFileCase = () =>
  useCasesMutation((body: In<typeof FilingBody>) => http.post<{ id: string }>('/api/cases', body));
export const useCreateSimpleCase = () =>
  useCasesMutation((body: In<typeof SimpleCaseBody>) => http.post<{ id: string }>('/api/simple-cases', body));
export const useAllocateFormBook = () =>
  useCasesMutation((body: In<typeof FormBookBody>) => http.post<{ id: string }>('/api/form-books', body));
export const useSetFormNumberStatus = () =>
  useCasesMutation(({ serial, body }: { serial: string; body: In<typeof FormNumberStatusBody> }) =>
    http.post(`/api/form-numbers/${encodeURIComponent(serial)}/status`, body),
  );
export const useSaveViolationType = () =>
  useCasesMutation(({ id, body }: { id: string | null; body: ViolationTypeInput }) =>
    id
      ? http.put(`/api/violation-types/${id}`, body)
      : http.post<{ id: string }>('/api/violation-types', body),
  );
export const useSetViolationTypeActive = () =>
  useCasesMutation(({ id, active }: { id: string; active: boolean }) =>
    http.post(`/api/violation-types/${id}/active`, { active }),
  );
export const useSaveCaseSettings = () =>
  useCasesMutation((body: In<typeof CaseSettingsBody>) => http.post('/api/case-settings', body));
