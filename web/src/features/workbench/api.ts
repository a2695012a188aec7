import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { NotificationPage as NotificationPageSchema } from '../../../../common/contracts/workbench';
import { http } from '../../app/api';

export type NotificationPage = z.infer<typeof NotificationPageSchema>;
export type { Notification } from '../../../../common/contracts/workbench';

export const notificationKeys = {
  all: ['notifications'] as const,
  page: (unreadOnly: boolean, page: number, pageSize: number) =>
    ['notifications', { unreadOnly, page, pageSize }] as const,
};

export function useNotifications(unreadOnly: boolean, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: notificationKeys.page(unreadOnly, page, pageSize),
    queryFn: () =>
      http.get<NotificationPage>('/api/workbench/notifications', {
        unreadOnly: unreadOnly || undefined,
        page,
        pageSize,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => http.post<{ ok: true }>(`/api/workbench/notifications/${id}/read`),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
