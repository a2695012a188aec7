import type { UseQueryResult } from '@tanstack/react-query';
import { Table, type TableProps } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from './api-error';

export interface Paged<T> {
  items: T[];
  total: number;
}

export interface PageState {
  page: number;
  pageSize: number;
}

/** Page number and size of a server-paginated list, back to page 1 whenever the filter changes. */
export function usePaging<F>(initialFilter: F, pageSize = 20) {
  const [filter, setFilterState] = useState<F>(initialFilter);
  const [paging, setPaging] = useState<PageState>({ page: 1, pageSize });
  const setFilter = (f: F) => {
    setFilterState(f);
    setPaging((p) => ({ ...p, page: 1 }));
  };
  return { filter, setFilter, paging, setPaging };
}

type DataTableProps<T> = Omit<TableProps<T>, 'pagination' | 'dataSource' | 'loading'> & {
  query: UseQueryResult<Paged<T>>;
  paging: PageState;
  onPaging: (p: PageState) => void;
};

/** antd Table over a server-paginated query: total from the server, page changes fetch, errors inline. */
export function DataTable<T extends object>({ query, paging, onPaging, ...rest }: DataTableProps<T>) {
  return (
    <>
      <ApiErrorAlert error={query.error} />
      <Table<T>
        size="middle"
        {...rest}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => `共 ${total} 条`,
          onChange: (page, pageSize) => onPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
        }}
      />
    </>
  );
}
