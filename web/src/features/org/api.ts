import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  OrgOverview,
  OrgUnit as OrgUnitSchema,
  Position as PositionSchema,
  PositionBody as PositionBodySchema,
  UnitBody as UnitBodySchema,
  UpdateEntityBody as UpdateEntityBodySchema,
} from '../../../../common/contracts/org';
import { http } from '../../app/api';

export type OrgUnit = z.infer<typeof OrgUnitSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type UnitBody = z.input<typeof UnitBodySchema>;
export type PositionBody = z.input<typeof PositionBodySchema>;
export type EntityBody = z.input<typeof UpdateEntityBodySchema>;

const ORG_KEY = ['org'] as const;

export function useOrg() {
  return useQuery({ queryKey: ORG_KEY, queryFn: () => http.get<OrgOverview>('/api/org'), staleTime: 60_000 });
}

function useOrgMutation<T>(fn: (body: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ORG_KEY });
      // Unit and position names appear in account rows.
      await client.invalidateQueries({ queryKey: ['accounts'] });
    },
  });
}

export const useUpdateEntity = () => useOrgMutation((body: EntityBody) => http.put('/api/org/entity', body));
export const useSaveUnit = () =>
  useOrgMutation(({ id, body }: { id: string | null; body: UnitBody }) =>
    id ? http.put(`/api/org/units/${id}`, body) : http.post('/api/org/units', body),
  );
export const useSavePosition = () =>
  useOrgMutation(({ id, body }: { id: string | null; body: PositionBody }) =>
    id ? http.put(`/api/org/positions/${id}`, body) : http.post('/api/org/positions', body),
  );
