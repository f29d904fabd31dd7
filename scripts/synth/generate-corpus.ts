/**
 * The synthetic national corpus: status reports with `measures` measures in
 * all, one county table per county, and project pages in every municipality.
 * Pure and deterministic: the same options give the same files, byte for byte.
 */
import { createRng } from './prng.ts';
import { COUNTIES, chooseMunicipalities, type Municipality } from './places.ts';
import { countyTable } from './county-tables.ts';
import { projectName, projectPage, type ExpectedProject } from './project-pages.ts';
import { reportSizes, statusReport, type ExpectedMeasure, type GeneratedFile } from './status-reports.ts';

export interface CorpusOptions {
  municipalities: number;
  measures: number;
  seed: number;
  /** Project pages per municipality (default 2.5, rounded over the whole corpus). */
  projectsPerMunicipality?: number;
}

/** What the corpus states, for tests and for the benchmarks' choice of queries. */
export interface CorpusManifest {
  options: Required<CorpusOptions>;
  municipalities: Municipality[];
  counties: string[];
  measures: ExpectedMeasure[];
  projects: ExpectedProject[];
  /** Local services named in the county tables. */
  localServices: number;
}

export interface Corpus {
  files: GeneratedFile[];
  manifest: CorpusManifest;
}

/** Generates the corpus in memory. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const opts: Required<CorpusOptions> = { ...options, projectsPerMunicipality: options.projectsPerMunicipality ?? 2.5 };
  if (!Number.isInteger(opts.municipalities) || opts.municipalities < 1) throw new Error('municipalities must be a whole number ≥ 1');
  if (!Number.isInteger(opts.measures) || opts.measures < 0) throw new Error('measures must be a whole number ≥ 0');
  const root = createRng(opts.seed);
  const municipalities = chooseMunicipalities(opts.municipalities, root.fork('places'));
  const files: GeneratedFile[] = [];

  // County tables, in the counties' order.
  let localServices = 0;
  const counties = COUNTIES.filter((c) => municipalities.some((m) => m.county === c.name));
  counties.forEach((county, i) => {
    const inCounty = municipalities.filter((m) => m.county === county.name);
    const t = countyTable(i + 1, county, inCounty, root.fork(`county:${county.name}`));
    files.push(t.file);
    localServices += t.localServices;
  });

  // Status reports.
  const measures: ExpectedMeasure[] = [];
  reportSizes(opts.measures, root.fork('report-sizes')).forEach((size, i) => {
    const r = statusReport(i + 1, size, root.fork(`report:${i + 1}`), municipalities);
    files.push(r.file);
    measures.push(...r.measures);
  });

  // Project pages, spread over the municipalities in turn.
  const projects: ExpectedProject[] = [];
  const total = Math.round(municipalities.length * opts.projectsPerMunicipality);
  const used = new Set<string>();
  const order = root.fork('project-order').shuffle(municipalities);
  for (let i = 0; i < total; i++) {
    const m = order[i % order.length];
    const rng = root.fork(`project:${i + 1}`);
    const p = projectPage(i + 1, projectName(m, used, rng), m, rng);
    files.push(p.file);
    projects.push(p.project);
  }

  return {
    files,
    manifest: { options: opts, municipalities, counties: counties.map((c) => c.name), measures, projects, localServices },
  };
}
