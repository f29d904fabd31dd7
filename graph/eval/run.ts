/**
 * The eval of gold folders: each folder is loaded through the real loader into
 * a fresh in-process store and scored against its gold.
 */
import { basename, resolve } from 'node:path';
import { readGoldFolder } from './read-gold.ts';
import { overallOf, scoreFolder, type EvalResult, type FileScore } from './score.ts';
import { loadServed } from './served.ts';

/** Scores the loader on each folder; file labels carry the folder's name when there are several. */
export async function evaluateFolders(dirs: readonly string[]): Promise<EvalResult> {
  const files: FileScore[] = [];
  const notes: string[] = [];
  for (const dir of dirs) {
    const folder = readGoldFolder(dir);
    const served = await loadServed(dir);
    const scored = scoreFolder(folder, served, dirs.length > 1 ? `${basename(resolve(dir))}/` : '');
    files.push(...scored.files);
    notes.push(...scored.notes);
  }
  return { dirs: [...dirs], files, overall: overallOf(files), notes };
}
