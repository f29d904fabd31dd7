/**
 * The upload dialog's list of files as pure state: each file waits, is sent
 * (with its progress), is read by the server, and ends loaded (with its
 * summary and review list) or refused (with the error). Files go one at a
 * time, in the order they were added.
 */
import type { UploadAnswer } from '../../admin/index.ts';

export type UploadStatus = 'waiting' | 'sending' | 'reading' | 'done' | 'failed';

export interface UploadItem {
  key: string;
  fileName: string;
  size: number;
  status: UploadStatus;
  /** 0–1 of the bytes sent. */
  progress: number;
  answer: UploadAnswer | null;
  /** The error's code and text, already in the user's language. */
  error: { code: string; text: string; detail: string } | null;
}

export type UploadAction =
  | { type: 'add'; files: Array<{ key: string; fileName: string; size: number }> }
  | { type: 'progress'; key: string; sent: number; total: number }
  | { type: 'sent'; key: string }
  | { type: 'done'; key: string; answer: UploadAnswer }
  | { type: 'failed'; key: string; error: { code: string; text: string; detail: string } }
  | { type: 'clearFinished' };

export function uploadQueue(items: readonly UploadItem[], action: UploadAction): UploadItem[] {
  const update = (key: string, patch: Partial<UploadItem>) => items.map((i) => (i.key === key ? { ...i, ...patch } : i));
  switch (action.type) {
    case 'add':
      return [...items, ...action.files.map((f) => ({ ...f, status: 'waiting' as const, progress: 0, answer: null, error: null }))];
    case 'progress':
      return update(action.key, { status: 'sending', progress: action.total > 0 ? Math.min(1, action.sent / action.total) : 0 });
    case 'sent':
      return update(action.key, { status: 'reading', progress: 1 });
    case 'done':
      return update(action.key, { status: 'done', progress: 1, answer: action.answer });
    case 'failed':
      return update(action.key, { status: 'failed', error: action.error });
    case 'clearFinished':
      return items.filter((i) => i.status !== 'done' && i.status !== 'failed');
  }
}

/** The next file to send, when none is on its way. */
export function nextToSend(items: readonly UploadItem[]): UploadItem | null {
  if (items.some((i) => i.status === 'sending' || i.status === 'reading')) return null;
  return items.find((i) => i.status === 'waiting') ?? null;
}
