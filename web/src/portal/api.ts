import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PublicOfficerPage, VerificationResult } from '../../../common/contracts/portal';
import { http } from '../app/api';

export type { PublicOfficerPage, VerificationResult };

export function usePublicOfficers(q: { q?: string; unitId?: string }, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['portal', 'officers', { ...q, page, pageSize }],
    queryFn: () => http.get<PublicOfficerPage>('/api/portal/officers', { ...q, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useVerification(number: string | undefined) {
  return useQuery({
    queryKey: ['portal', 'verify', number],
    queryFn: () => http.get<VerificationResult>(`/api/portal/certificates/${encodeURIComponent(number!)}`),
    enabled: !!number,
    staleTime: 0,
  });
}
