import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AuditEvent as AuditEventSchema,
  AuditPage as AuditPageSchema,
  VerifyResult,
} from '../../../../common/contracts/audit';
import { http, withQuery } from '../../app/api';

export type AuditEvent = z.infer<typeof AuditEventSchema>;
export type AuditPage = z.infer<typeof AuditPageSchema>;
export type { VerifyResult };

export interface AuditFilter {
  actor?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  /** ISO date-times with offset; `to` is exclusive. */
  from?: string;
  to?: string;
}

const AUDIT_KEY = ['audit-events'] as const;

export function useAuditEvents(filter: AuditFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...AUDIT_KEY, { ...filter, page, pageSize }],
    queryFn: () => http.get<AuditPage>('/api/audit/events', { ...filter, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function csvUrl(filter: AuditFilter): string {
  return withQuery('/api/audit/events.csv', { ...filter });
}

export function useRefreshAudit() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: AUDIT_KEY });
}

export function useVerifyChain() {
  const refresh = useRefreshAudit();
  return useMutation({
    mutationFn: () => http.post<VerifyResult>('/api/audit/verify'),
    // The verification is itself audited.
    onSuccess: () => refresh(),
  });
}
