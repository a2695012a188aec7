import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AccountPage as AccountPageSchema,
  CreateAccountBody as CreateAccountBodySchema,
  CreatedAccount as CreatedAccountSchema,
  UpdateAccountBody as UpdateAccountBodySchema,
} from '../../../../common/contracts/accounts';
import type { Role } from '../../../../common/roles';
import { http } from '../../app/api';

export type { Account } from '../../../../common/contracts/accounts';
export type AccountPage = z.infer<typeof AccountPageSchema>;
export type CreateAccountBody = z.input<typeof CreateAccountBodySchema>;
export type UpdateAccountBody = z.input<typeof UpdateAccountBodySchema>;
export type CreatedAccount = z.infer<typeof CreatedAccountSchema>;
export type AccountStatus = 'active' | 'locked' | 'disabled';

export interface AccountFilter {
  q?: string;
  unitId?: string;
  role?: Role;
  status?: AccountStatus;
}

const ACCOUNTS_KEY = ['accounts'] as const;

export function useAccounts(filter: AccountFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...ACCOUNTS_KEY, { ...filter, page, pageSize }],
    queryFn: () => http.get<AccountPage>('/api/accounts', { ...filter, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

function useAccountMutation<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ACCOUNTS_KEY });
      // Member counts per unit change with accounts.
      await client.invalidateQueries({ queryKey: ['org'] });
    },
  });
}

export const useCreateAccount = () =>
  useAccountMutation((body: CreateAccountBody) => http.post<CreatedAccount>('/api/accounts', body));
export const useUpdateAccount = () =>
  useAccountMutation(({ id, body }: { id: string; body: UpdateAccountBody }) =>
    http.patch(`/api/accounts/${id}`, body),
  );
export const useResetPassword = () =>
  useAccountMutation((id: string) =>
    http.post<{ temporaryPassword: string }>(`/api/accounts/${id}/reset-password`),
  );
export const useUnlock = () => useAccountMutation((id: string) => http.post(`/api/accounts/${id}/unlock`));
export const useSetDisabled = () =>
  useAccountMutation(({ id, disabled }: { id: string; disabled: boolean }) =>
    http.put(`/api/accounts/${id}/status`, { disabled }),
  );
export const useSetRoles = () =>
  useAccountMutation(({ id, roles }: { id: string; roles: Role[] }) =>
    http.put(`/api/accounts/${id}/roles`, { roles }),
  );
