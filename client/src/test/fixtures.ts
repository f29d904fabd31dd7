/**
 * A small graph in the API's shapes, built from the seeds' real names (seed 003's
 * system table, seeds 000/001's measures), for the pure-logic tests and the
 * dev mock server. It is hand-made, so it is close to, not equal to, what the
 * server derives.
 */
import type {
  ActorKind,
  ActorRef,
  CoordinationKind,
  Evidence,
  GraphEdgeData,
  GraphNodeData,
  Level,
  MatrixCell,
  MeasureStatus,
  Sector,
  Subgraph,
  SystemMatrix,
} from '../api/index.ts';

export const DOC_000 = { id: 'doc:000-588be4bdfbf0e9d5', title: 'Tiltak 20: Styrke familieperspektivet i alle sektorer', fileName: '000_588be4bdfbf0e9d5.txt' };
export const DOC_001 = { id: 'doc:001-5ce2774f9b8cd589', title: 'Tiltak 8: Utvikle retningslinjer for det statlige tilbudet til utsatte sped- og småbarn', fileName: '001_5ce2774f9b8cd589.txt' };
export const DOC_002 = { id: 'doc:002-4dab5cff7451f1e3', title: 'Bedre tverrfaglig samarbeid', fileName: '002_4dab5cff7451f1e3.txt' };
export const DOC_003 = { id: 'doc:003-327b104fa933f692', title: 'Videre arbeid med utsatte barn og unge i kommunene', fileName: '003_327b104fa933f692.txt' };
export const DOCS = [DOC_000, DOC_001, DOC_002, DOC_003];

export const LEVELS: Level[] = [
  { id: 'level:departement', name: 'Departement', nameEn: 'Ministry', rank: 0 },
  { id: 'level:direktorat', name: 'Direktorat', nameEn: 'Directorate', rank: 1 },
  { id: 'level:regional-stat', name: 'Regional stat', nameEn: 'Regional state', rank: 2 },
  { id: 'level:fylke', name: 'Fylke / fylkeskommune', nameEn: 'County', rank: 3 },
  { id: 'level:kommune', name: 'Kommune', nameEn: 'Municipality', rank: 4 },
];

const M = (id: string, name: string, abbreviation: string) => ({ id, name, abbreviation });
const HOD = M('actor:hod', 'Helse- og omsorgsdepartementet', 'HOD');
const KD = M('actor:kd', 'Kunnskapsdepartementet', 'KD');
const BFD = M('actor:bfd', 'Barne- og familiedepartementet', 'BFD');
const ASD = M('actor:asd', 'Arbeids- og sosialdepartementet', 'ASD');
const JD = M('actor:jd', 'Justis- og beredskapsdepartementet', 'JD');

export const SECTORS: Sector[] = [
  { id: 'sector:helse', name: 'Helse', nameEn: 'Health', ministry: HOD },
  { id: 'sector:utdanning', name: 'Utdanning', nameEn: 'Education', ministry: KD },
  { id: 'sector:integrering', name: 'Integrering', nameEn: 'Integration', ministry: KD },
  { id: 'sector:barn-og-familie', name: 'Barn og familie', nameEn: 'Children and family', ministry: BFD },
  { id: 'sector:arbeid-og-velferd', name: 'Arbeid og velferd', nameEn: 'Labour and welfare', ministry: ASD },
  { id: 'sector:justis', name: 'Justis', nameEn: 'Justice', ministry: JD },
];

type A = [id: string, name: string, abbreviation: string | null, kind: ActorKind];
const ACTORS: A[] = [
  ['actor:hod', 'Helse- og omsorgsdepartementet', 'HOD', 'MINISTRY'],
  ['actor:kd', 'Kunnskapsdepartementet', 'KD', 'MINISTRY'],
  ['actor:bfd', 'Barne- og familiedepartementet', 'BFD', 'MINISTRY'],
  ['actor:bld', 'Barne- og likestillingsdepartementet', 'BLD', 'MINISTRY'],
  ['actor:asd', 'Arbeids- og sosialdepartementet', 'ASD', 'MINISTRY'],
  ['actor:jd', 'Justis- og beredskapsdepartementet', 'JD', 'MINISTRY'],
  ['actor:hdir', 'Helsedirektoratet', 'Hdir', 'DIRECTORATE'],
  ['actor:udir', 'Utdanningsdirektoratet', 'Udir', 'DIRECTORATE'],
  ['actor:imdi', 'Integrerings- og mangfoldsdirektoratet', 'IMDi', 'DIRECTORATE'],
  ['actor:bufdir', 'Barne-, ungdoms- og familiedirektoratet', 'Bufdir', 'DIRECTORATE'],
  ['actor:avdir', 'Arbeids- og velferdsdirektoratet', 'AVdir', 'DIRECTORATE'],
  ['actor:pod', 'Politidirektoratet', 'POD', 'DIRECTORATE'],
  ['actor:kdi', 'Kriminalomsorgsdirektoratet', 'KDI', 'DIRECTORATE'],
  ['actor:statsforvalteren', 'Statsforvalteren', 'FM', 'REGIONAL_STATE'],
  ['actor:bufetat', 'Bufetat', null, 'REGIONAL_STATE'],
  ['actor:spesialisthelsetjenesten', 'Spesialisthelsetjenesten', null, 'REGIONAL_STATE'],
  ['actor:politidistriktene', 'Politidistriktene', null, 'REGIONAL_STATE'],
  ['actor:vgo', 'Videregående opplæring', 'VGO', 'COUNTY'],
  ['actor:nav-fylke', 'NAV fylke', null, 'COUNTY'],
  ['actor:kommunale-helsetjenester', 'Kommunale helsetjenester', null, 'MUNICIPAL_SERVICE'],
  ['actor:barnevernet', 'Barnevernstjenesten', 'Barnevernet', 'MUNICIPAL_SERVICE'],
  ['actor:ppt', 'Pedagogisk-psykologisk tjeneste', 'PPT', 'MUNICIPAL_SERVICE'],
  ['actor:nav-kontor', 'NAV-kontor', null, 'MUNICIPAL_SERVICE'],
  ['actor:slt', 'SLT-samarbeidet', 'SLT', 'MUNICIPAL_SERVICE'],
  ['actor:ks', 'Kommunesektorens organisasjon', 'KS', 'ORGANISATION'],
  ['actor:barneombudet', 'Barneombudet', null, 'OMBUDSMAN'],
];

export const ACTOR_REFS: Record<string, ActorRef> = Object.fromEntries(
  ACTORS.map(([id, name, abbreviation, kind]) => [id, { id, name, abbreviation, kind }]),
);

/** Where each actor sits: [level, sector]. */
export const PLACES: [actor: string, level: string, sector: string][] = [
  ['actor:hod', 'level:departement', 'sector:helse'],
  ['actor:kd', 'level:departement', 'sector:utdanning'],
  ['actor:kd', 'level:departement', 'sector:integrering'],
  ['actor:bfd', 'level:departement', 'sector:barn-og-familie'],
  ['actor:bld', 'level:departement', 'sector:barn-og-familie'],
  ['actor:asd', 'level:departement', 'sector:arbeid-og-velferd'],
  ['actor:jd', 'level:departement', 'sector:justis'],
  ['actor:hdir', 'level:direktorat', 'sector:helse'],
  ['actor:udir', 'level:direktorat', 'sector:utdanning'],
  ['actor:imdi', 'level:direktorat', 'sector:integrering'],
  ['actor:bufdir', 'level:direktorat', 'sector:barn-og-familie'],
  ['actor:avdir', 'level:direktorat', 'sector:arbeid-og-velferd'],
  ['actor:pod', 'level:direktorat', 'sector:justis'],
  ['actor:kdi', 'level:direktorat', 'sector:justis'],
  ['actor:statsforvalteren', 'level:regional-stat', 'sector:helse'],
  ['actor:spesialisthelsetjenesten', 'level:regional-stat', 'sector:helse'],
  ['actor:statsforvalteren', 'level:regional-stat', 'sector:utdanning'],
  ['actor:statsforvalteren', 'level:regional-stat', 'sector:barn-og-familie'],
  ['actor:bufetat', 'level:regional-stat', 'sector:barn-og-familie'],
  ['actor:politidistriktene', 'level:regional-stat', 'sector:justis'],
  ['actor:vgo', 'level:fylke', 'sector:utdanning'],
  ['actor:nav-fylke', 'level:fylke', 'sector:arbeid-og-velferd'],
  ['actor:kommunale-helsetjenester', 'level:kommune', 'sector:helse'],
  ['actor:ppt', 'level:kommune', 'sector:utdanning'],
  ['actor:barnevernet', 'level:kommune', 'sector:barn-og-familie'],
  ['actor:nav-kontor', 'level:kommune', 'sector:arbeid-og-velferd'],
  ['actor:slt', 'level:kommune', 'sector:justis'],
];

const ev = (doc: typeof DOC_000, start: number, quote: string): Evidence => ({ document: doc, start, end: start + quote.length, quote });

export const MATRIX: SystemMatrix = {
  levels: LEVELS,
  sectors: SECTORS,
  cells: (() => {
    const cells: MatrixCell[] = [];
    for (const level of LEVELS) {
      for (const sector of SECTORS) {
        const actors = PLACES.filter(([, l, s]) => l === level.id && s === sector.id).map(([a]) => ACTOR_REFS[a]);
        if (actors.length > 0) cells.push({ level: { id: level.id }, sector: { id: sector.id }, actors, evidence: [ev(DOC_003, 100, actors[0].abbreviation ?? actors[0].name)] });
      }
    }
    return cells;
  })(),
};

function actorNode(id: string, degree: number): { id: string; data: GraphNodeData } {
  const a = ACTOR_REFS[id];
  const places = PLACES.filter(([p]) => p === id);
  const sectorIds = [...new Set(places.map(([, , s]) => s))];
  const levelIds = [...new Set(places.map(([, l]) => l))];
  const ranks = levelIds.map((l) => LEVELS.find((x) => x.id === l)!.rank);
  return {
    id,
    data: {
      id,
      type: 'Actor',
      label: a.abbreviation ?? a.name,
      name: a.name,
      kind: a.kind,
      status: null,
      sectorIds,
      levelIds,
      sector: sectorIds[0] ?? null,
      levelRank: ranks.length ? Math.min(...ranks) : null,
      parent: null,
      documentIds: [DOC_003.id],
      degree,
      curated: true,
    },
  };
}

type C = [a: string, b: string, kinds: CoordinationKind[], weight: number, doc: string];
/** Coordination pairs, source id < target id as the API sends them. */
export const COORDINATIONS: C[] = [
  ['actor:bfd', 'actor:jd', ['SHARED_RESPONSIBILITY'], 1, DOC_000.id],
  ['actor:bufdir', 'actor:kdi', ['JOINT_WORK'], 1, DOC_000.id],
  ['actor:bld', 'actor:kd', ['SHARED_RESPONSIBILITY'], 1, DOC_001.id],
  ['actor:avdir', 'actor:bufdir', ['SAME_INITIATIVE'], 1, DOC_002.id],
  ['actor:bufdir', 'actor:hdir', ['SAME_INITIATIVE'], 2, DOC_002.id],
  ['actor:bufdir', 'actor:udir', ['SAME_INITIATIVE', 'LEADS_OR_COORDINATES'], 3, DOC_002.id],
  ['actor:hdir', 'actor:udir', ['SAME_INITIATIVE', 'LEADS_OR_COORDINATES'], 3, DOC_002.id],
  ['actor:imdi', 'actor:udir', ['SAME_INITIATIVE', 'LEADS_OR_COORDINATES'], 1, DOC_002.id],
  ['actor:ks', 'actor:udir', ['SAME_INITIATIVE', 'LEADS_OR_COORDINATES'], 2, DOC_002.id],
  ['actor:bufdir', 'actor:ks', ['SAME_INITIATIVE'], 2, DOC_002.id],
  ['actor:hdir', 'actor:ks', ['SAME_INITIATIVE'], 2, DOC_002.id],
  ['actor:asd', 'actor:bfd', ['SAME_INITIATIVE'], 1, DOC_003.id],
  ['actor:bfd', 'actor:kd', ['SAME_INITIATIVE'], 1, DOC_003.id],
  ['actor:bfd', 'actor:hod', ['SAME_INITIATIVE'], 1, DOC_003.id],
  ['actor:hod', 'actor:kd', ['SAME_INITIATIVE'], 1, DOC_003.id],
  ['actor:barneombudet', 'actor:ks', ['SAME_INITIATIVE'], 1, DOC_002.id],
];

function degrees(pairs: [string, string][]): Map<string, number> {
  const d = new Map<string, number>();
  for (const [a, b] of pairs) {
    d.set(a, (d.get(a) ?? 0) + 1);
    d.set(b, (d.get(b) ?? 0) + 1);
  }
  return d;
}

/** The coordination network, as graph(filter: { view: NETWORK }) returns it. */
export const NETWORK: Subgraph = (() => {
  const deg = degrees(COORDINATIONS.map(([a, b]) => [a, b]));
  const ids = [...new Set(COORDINATIONS.flatMap(([a, b]) => [a, b]))].sort();
  return {
    nodes: ids.map((id) => actorNode(id, deg.get(id) ?? 0)),
    edges: COORDINATIONS.map(([a, b, kinds, weight, doc]) => {
      const id = `${a}-[COORDINATES_WITH]->${b}`;
      const data: GraphEdgeData = { id, source: a, target: b, type: 'COORDINATES_WITH', kinds, weight, documentIds: [doc] };
      return { id, source: a, target: b, data };
    }),
    truncated: false,
  };
})();

type Me = [number: string, title: string, status: MeasureStatus, doc: typeof DOC_000, responsible: string[], involved: string[]];
export const MEASURES: Me[] = [
  ['8', 'Utvikle retningslinjer for det statlige tilbudet til utsatte sped- og småbarn', 'ON_TRACK', DOC_001, ['actor:bld'], ['actor:bufdir']],
  ['10', 'Sikre foreldreveiledning i introduksjonsprogrammet', 'ON_TRACK', DOC_001, ['actor:kd'], []],
  ['11', 'Gi bedre støtte til småbarnsfamilier - samarbeid barnehage barnevern', 'ON_TRACK', DOC_001, ['actor:bld', 'actor:kd'], ['actor:barnevernet']],
  ['12', 'Hjemmebesøk for gravide i risikogruppen skal vurderes', 'UNKNOWN', DOC_001, ['actor:hod'], ['actor:hdir']],
  ['13', 'Foreldres egne oppveksterfaringer med vold i veiledere og retningslinjer', 'UNKNOWN', DOC_001, ['actor:hdir'], []],
  ['14', 'Sørge for at Alternativ til vold (ATV) får et familiemandat', 'STARTED', DOC_001, ['actor:bld'], []],
  ['20', 'Styrke familieperspektivet i alle sektorer', 'IN_PROGRESS', DOC_000, ['actor:bfd'], ['actor:bufdir']],
  ['21', 'Utrede bedre koordinerte tilbud til barn og unge', 'ON_TRACK', DOC_000, ['actor:hod'], ['actor:ks', 'actor:statsforvalteren']],
  ['22', 'Vurdere samarbeid mellom familievernet og kriminalomsorgen', 'ON_TRACK', DOC_000, ['actor:bfd', 'actor:jd'], ['actor:kdi', 'actor:bufdir']],
];

export const measureId = (doc: typeof DOC_000, number: string) => `measure:${doc.id.slice(4)}:${number}`;

/** Measures and their bodies, as graph(filter: { view: MEASURES }) returns it. */
export const MEASURES_GRAPH: Subgraph = (() => {
  const edges: Subgraph['edges'] = [];
  const nodes: Subgraph['nodes'] = [];
  const actorIds = new Set<string>();
  for (const [number, title, status, doc, responsible, involved] of MEASURES) {
    const id = measureId(doc, number);
    nodes.push({
      id,
      data: { id, type: 'Measure', label: `Tiltak ${number}`, name: title, kind: null, status, sectorIds: [], levelIds: [], sector: null, levelRank: null, parent: null, documentIds: [doc.id], degree: responsible.length + involved.length, curated: null },
    });
    for (const [type, list] of [['RESPONSIBLE_FOR', responsible], ['INVOLVED_IN', involved]] as const) {
      for (const a of list) {
        actorIds.add(a);
        const eid = `${a}-[${type}]->${id}`;
        edges.push({ id: eid, source: a, target: id, data: { id: eid, source: a, target: id, type, kinds: [], weight: 1, documentIds: [doc.id] } });
      }
    }
  }
  const deg = degrees(edges.map((e) => [e.source, e.target]));
  for (const a of [...actorIds].sort()) nodes.push(actorNode(a, deg.get(a) ?? 0));
  return { nodes, edges, truncated: false };
})();
