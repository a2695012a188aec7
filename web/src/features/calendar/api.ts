import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CalendarSummary,
  ComputeResult,
  ImportList,
  ImportResult,
  OverlayBody,
  OverlayList,
  PeriodUnitName,
  YearView,
} from '../../../../common/contracts/calendar';
import type { DeadlineRuleView, DeadlineStatus, DeadlineView } from '../../../../common/contracts/deadlines';
import { http } from '../../app/api';

export type {
  CalendarSummary,
  ComputeResult,
  ImportResult,
  OverlayList,
  YearView,
  DeadlineRuleView,
  DeadlineView,
};
export type DeadlineDetail = DeadlineView & { skipped: { date: string; reason: string }[] };

const CALENDAR = ['calendar'] as const;
const DEADLINES = ['deadlines'] as const;

export function useCalendarSummary() {
  return useQuery({
    queryKey: [...CALENDAR, 'summary'],
    queryFn: () => http.get<CalendarSummary>('/api/calendar'),
  });
}

export function useYear(year: number) {
  return useQuery({
    queryKey: [...CALENDAR, 'year', year],
    queryFn: () => http.get<YearView>(`/api/calendar/years/${year}`),
    placeholderData: keepPreviousData,
  });
}

export function useImports(enabled: boolean) {
  return useQuery({
    queryKey: [...CALENDAR, 'imports'],
    queryFn: () => http.get<ImportList>('/api/calendar/imports'),
    enabled,
  });
}

export function useRules() {
  return useQuery({
    queryKey: ['deadline-rules'],
    queryFn: () => http.get<{ items: DeadlineRuleView[] }>('/api/deadline-rules'),
    staleTime: 10 * 60_000,
  });
}

/** The calculator's question: a rule and a start, or a length and a unit. */
export interface ComputeParams {
  rule?: string;
  start?: string;
  startAt?: string;
  length?: number;
  unit?: PeriodUnitName;
}

export function useCompute(params: ComputeParams | null) {
  return useQuery({
    queryKey: [...CALENDAR, 'compute', params],
    queryFn: () => http.get<ComputeResult>('/api/calendar/compute', { ...params }),
    enabled: params !== null,
    retry: false,
  });
}

function useCalendarMutation<T, R>(fn: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      // A calendar change moves due dates: everything computed from it is stale.
      await client.invalidateQueries({ queryKey: CALENDAR });
      await client.invalidateQueries({ queryKey: DEADLINES });
    },
  });
}

export const useImportYear = () =>
  useCalendarMutation((body: { fileName: string; content: Record<string, unknown> }) =>
    http.post<ImportResult>('/api/calendar/imports', body),
  );

export function useOverlay() {
  return useQuery({
    queryKey: [...CALENDAR, 'overlay'],
    queryFn: () => http.get<OverlayList>('/api/calendar/overlay'),
  });
}

export const useSaveOverlay = () =>
  useCalendarMutation(({ id, body }: { id: string | null; body: OverlayBody }) =>
    id ? http.put(`/api/calendar/overlay/${id}`, body) : http.post('/api/calendar/overlay', body),
  );

export const useDeleteOverlay = () =>
  useCalendarMutation((id: string) => http.del(`/api/calendar/overlay/${id}`));

export interface DeadlineFilter {
  mine: boolean;
  status?: DeadlineStatus;
}

export function useDeadlines(filter: DeadlineFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...DEADLINES, filter, page, pageSize],
    queryFn: () =>
      http.get<{ items: DeadlineView[]; total: number }>('/api/deadlines', {
        mine: filter.mine ? 'true' : undefined,
        status: filter.status,
        page,
        pageSize,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useDeadline(id: string | null) {
  return useQuery({
    queryKey: [...DEADLINES, 'detail', id],
    queryFn: () => http.get<DeadlineDetail>(`/api/deadlines/${id}`),
    enabled: !!id,
  });
}

function useDeadlineMutation<T>(fn: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: DEADLINES }) });
}

export const useExtendDeadline = () =>
  useDeadlineMutation(({ id, newLength, reason }: { id: string; newLength: number; reason: string }) =>
    http.post(`/api/deadlines/${id}/extend`, { newLength, reason }),
  );

export const useWaiveDeadline = () =>
  useDeadlineMutation(({ id, reason }: { id: string; reason: string }) =>
    http.post(`/api/deadlines/${id}/waive`, { reason }),
  );
