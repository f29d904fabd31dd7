import { describe, expect, it } from 'vitest';
import type { UploadAnswer } from '../../admin/index.ts';
import { nextToSend, uploadQueue, type UploadItem } from './upload-queue.ts';

const answer = { document: { fileName: 'a.pdf', documentId: 'doc:a', counts: { actors: 1, measures: 2, initiatives: 0, links: 3 }, warnings: [], review: [] }, totals: { nodes: {}, edges: {} }, version: '2' } satisfies UploadAnswer;

describe('the upload queue', () => {
  it('sends files one at a time, in order, through progress to done or failed', () => {
    let q: UploadItem[] = uploadQueue([], { type: 'add', files: [{ key: '1', fileName: 'a.pdf', size: 10 }, { key: '2', fileName: 'b.docx', size: 20 }] });
    expect(nextToSend(q)?.key).toBe('1');
    q = uploadQueue(q, { type: 'progress', key: '1', sent: 5, total: 10 });
    expect(q[0]).toMatchObject({ status: 'sending', progress: 0.5 });
    expect(nextToSend(q)).toBeNull();
    q = uploadQueue(q, { type: 'sent', key: '1' });
    expect(q[0].status).toBe('reading');
    expect(nextToSend(q)).toBeNull();
    q = uploadQueue(q, { type: 'done', key: '1', answer });
    expect(q[0]).toMatchObject({ status: 'done', answer });
    expect(nextToSend(q)?.key).toBe('2');
    q = uploadQueue(q, { type: 'failed', key: '2', error: { code: 'ZIP_BOMB', text: 'b.docx: nei', detail: 'x' } });
    expect(q[1].status).toBe('failed');
    expect(nextToSend(q)).toBeNull();
    q = uploadQueue(q, { type: 'add', files: [{ key: '3', fileName: 'c.txt', size: 1 }] });
    expect(uploadQueue(q, { type: 'clearFinished' }).map((i) => i.key)).toEqual(['3']);
  });

  it('never shows more than all of a file sent', () => {
    const q = uploadQueue(uploadQueue([], { type: 'add', files: [{ key: '1', fileName: 'a', size: 1 }] }), { type: 'progress', key: '1', sent: 20, total: 10 });
    expect(q[0].progress).toBe(1);
  });
});
