/**
 * Hand-labelled pairs of efforts in the seeds, to judge the overlap scorer
 * against what the documents themselves say. A positive is a pair a
 * facilitator should see as overlapping (same purpose or target group, other
 * owner); a negative is a pair that shares words but not purpose. Pairs with
 * the same owner line are left out: the scorer never pairs them. Ids are short:
 * "T15" is Tiltak 15, other names are initiative keys.
 */

export interface OverlapLabel {
  a: string;
  b: string;
  overlaps: boolean;
  /** Why, in one line, with the seed that says so. */
  reason: string;
}

const yes = (a: string, b: string, reason: string): OverlapLabel => ({ a, b, overlaps: true, reason });
const no = (a: string, b: string, reason: string): OverlapLabel => ({ a, b, overlaps: false, reason });

export const OVERLAP_LABELS: readonly OverlapLabel[] = [
  // Learning networks and the efforts seed 002 names as overlapping.
  yes('T15', 'ks-laeringsnettverk', 'Both set up learning networks for municipalities: BLD through Fylkesmannen (001), KS on its own (000, 002).'),
  yes('T15', 'T21', "HOD's Tiltak 21 reports KS' learning networks (000); BLD's Tiltak 15 sets up municipal learning networks (001)."),
  yes('ks-laeringsnettverk', 'bti', "Seed 002 names KS' learning networks and Hdir's BTI as existing efforts with the same or overlapping purpose."),
  yes('ks-laeringsnettverk', 'modellkommune', "Seed 002 names KS' learning networks and Bufdir's model-municipality work as overlapping."),
  yes('bti', 'modellkommune', "Seed 002 names Hdir's BTI and Bufdir's model-municipality work as overlapping."),
  yes('bts', 'bti', 'BTS (Udir) and BTI (Hdir) both aim at interdisciplinary work around vulnerable children in municipalities; 002 starts BTS because such efforts overlap.'),
  yes('bts', 'ks-laeringsnettverk', 'BTS and KS\u2019 learning networks both support municipal cooperation; 002 names the networks as an effort BTS must coordinate with.'),
  yes('bts', 'modellkommune', 'BTS and the model-municipality work both support municipal cooperation for vulnerable children (002).'),
  yes('T21', 'bts', "HOD's Tiltak 21 reports the BTS project (000), which Udir leads (002): one effort under two owners."),
  yes('T21', 'ks-laeringsnettverk', "HOD's Tiltak 21 reports KS' learning network \u00abGod samhandling for barn og unge\u00bb (000)."),
  yes('direktoratenes-struktur', 'kjernegruppen', "Seed 003: the directorates' structure (coordinated by Bufdir) exists to support the ministries' core group."),
  // Parent guidance and parent support under different ministries.
  yes('T10', 'T18', 'Parent guidance (foreldreveiledning) in the introduction programme (KD) and for worried parents of teenagers (BLD).'),
  yes('T18', 'T19', 'Both build on the ICDP parent-guidance programme: BLD for parents of teenagers, JD for fathers in prison.'),
  yes('T10', 'T19', 'Parent-guidance programmes under KD and JD.'),
  yes('T19', 'T22', "Parents in prison: JD's \u00abPappa i fengsel\u00bb and BFD+JD's parent support to inmates."),
  yes('T18', 'T22', 'Parent-support programmes: BLD/Bufdir for parents of teenagers, BFD+JD for inmates.'),
  yes('T10', 'T22', 'Parent guidance and parent-support programmes, KD versus BFD+JD.'),
  yes('T20', 'T22', "BFD's parent-support strategy (Bufdir coordinates it) and parent support to inmates under BFD+JD."),
  // Pregnancy and infancy across health and child welfare.
  yes('T12', 'T8', 'Both target families with babies at risk: home visits to pregnant women (HOD) and the state offer to vulnerable infants (BLD).'),
  yes('T12', 'T9', "\u00abFamilie for første gang\u00bb is a home-visiting programme for first-time parents (domain knowledge; the seed text does not say so), as is HOD's Tiltak 12."),
  // Negatives: shared words or field, different purpose, or not parallel.
  no('T14', 'T19', 'Treatment of violent parents (ATV) versus a parent group in prison: different purpose and target group.'),
  no('T13', 'T17', 'Share only the word "retningslinjer": violence experiences in health guides versus specialised child-welfare help.'),
  no('T13', 'T8', 'Share "retningslinjer" and "omsorgssvikt", but health guides and the state offer to infants are different work.'),
  no('T12', 'T13', 'Both are Hdir revising its own guidelines on different subjects: one health line, not an overlap between agencies.'),
  no('T11', 'T16', 'Both concern child welfare, but early detection with kindergartens differs from following up parents of children in care.'),
  no('T11', 'T17', 'Kindergarten-child welfare cooperation versus specialised help measures: different work.'),
  no('T21', 'T12', 'Coordinated services versus home visits in pregnancy.'),
  no('T20', 'kjernegruppen', "A family perspective in every sector versus the ministries' core group."),
  no('bti', 'kjernegruppen', 'A municipal early-intervention model versus the ministries\u2019 core group.'),
  no('ny-giv', 'T10', 'Completing upper secondary school (2011–2013) versus parent guidance for refugees.'),
  no('T14', 'T15', 'ATV\u2019s family mandate versus municipal learning networks.'),
  no('0-24-samarbeidet', 'kjernegruppen', 'The core group continues the 0-24 collaboration (003): a successor, not a parallel effort.'),
  no('0-24-samarbeidet', 'bts', 'BTS is a project inside the 0-24 collaboration (000, 002): a part, not a parallel effort.'),
  no('bts', 'kjernegruppen', 'Directorates\u2019 project from 2019 versus the ministries\u2019 core group from 2022: different level and period.'),
];
