/**
 * Raw file uploads for the feature APIs: the file's bytes as the body (`application/octet-stream`), its name
 * percent-encoded in `x-file-name`, the CSRF header as every state change, metadata in the query string.
 * XMLHttpRequest rather than fetch, for the upload progress.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../../common/contracts/auth';
import { ApiError } from './api';
import { SESSION_KEY } from './session';

export interface UploadProgress {
  loaded: number;
  total: number;
}

function csrfTokenOf(client: QueryClient): string {
  // api.ts keeps the token private; the session answer carries the same token (acceptSession sets both).
  return client.getQueryData<SessionInfo>(SESSION_KEY)?.csrfToken ?? '';
}

function errorOf(xhr: XMLHttpRequest): ApiError {
  try {
    const body = JSON.parse(xhr.responseText) as { code?: string; message?: string; basis?: string };
    if (typeof body.code === 'string' && typeof body.message === 'string')
      return new ApiError(xhr.status, body as ConstructorParameters<typeof ApiError>[1]);
  } catch {
    // not JSON
  }
  return new ApiError(xhr.status, { code: 'INTERNAL', message: `上传失败（HTTP ${xhr.status}）` });
}

/** Sends `file` as the raw body of `method url`; resolves with the JSON answer, rejects with an ApiError. */
export function sendFile<T>(
  client: QueryClient,
  method: 'POST' | 'PUT',
  url: string,
  file: File,
  onProgress?: (p: UploadProgress) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.setRequestHeader('x-csrf-token', csrfTokenOf(client));
    xhr.upload.onprogress = (e) =>
      onProgress?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        } catch {
          resolve(undefined as T);
        }
      } else reject(errorOf(xhr));
    };
    xhr.onerror = () =>
      reject(new ApiError(0, { code: 'NETWORK_ERROR', message: '无法连接服务器，请检查网络后重试' }));
    xhr.onabort = () => reject(new ApiError(0, { code: 'NETWORK_ERROR', message: '上传已取消' }));
    xhr.send(file);
  });
}
