import { describe, expect, it } from 'vitest';
import { documentId } from './ids.ts';

describe('documentId (issue 11, item 6)', () => {
  it('keeps the ids of names that do not collide', () => {
    expect(documentId('000_588be4bdfbf0e9d5.txt')).toBe('doc:000-588be4bdfbf0e9d5');
    expect(documentId('Rapport 1.txt')).toBe('doc:rapport-1');
    expect(documentId('Tiltaksplan for barn og unge.md')).toBe('doc:tiltaksplan-for-barn-og-unge');
    expect(documentId('Årsrapport Bufdir 2021.txt')).toBe('doc:arsrapport-bufdir-2021');
    expect(documentId('Plan for kvalitet i skolen/Øvre Eiker.txt')).toBe('doc:ovre-eiker');
  });

  it('gives names in other scripts ids of their own', () => {
    const ids = ['文件.txt', 'доклад.txt', 'отчёт.txt', '..txt', '.txt', '—.txt'].map(documentId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeGreaterThan('doc:'.length);
    expect(documentId('доклад.txt')).toBe('doc:доклад');
    expect(documentId('文件.txt')).toBe('doc:文件');
  });

  it('is the same on every run', () => {
    expect(documentId('..txt')).toBe(documentId('..txt'));
    expect(documentId('..txt')).toMatch(/^doc:[a-z0-9-]+$/);
  });
});
