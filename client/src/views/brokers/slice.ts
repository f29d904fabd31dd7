/** The brokers view's slice: which part is on show, how nodes are sized, which links the gap matrix counts. No imports, so panels can share the constants. */

/** The parts of the "brokers and gaps" view. */
export type BrokerSection = 'brokers' | 'gaps' | 'unclear';
export const BROKER_SECTIONS: readonly BrokerSection[] = ['brokers', 'gaps', 'unclear'];

/** Which links the sector gap matrix counts: between bodies below the ministries (where the gaps are), or at every level. */
export type GapScope = 'below-ministries' | 'all';

/** What sets a body's node size in the network: its links in the view, or how much it brokers between others. */
export type SizeBy = 'degree' | 'betweenness';

export interface BrokersSlice {
  section: BrokerSection;
  sizeBy: SizeBy;
  gapScope: GapScope;
  /** Brokers drawn when the network is too large to draw whole (the server's brokerMap). */
  top: number;
}

export type BrokersAction =
  | { type: 'setSection'; section: BrokerSection }
  | { type: 'setSizeBy'; sizeBy: SizeBy }
  | { type: 'setGapScope'; scope: GapScope }
  | { type: 'setTop'; top: number };

export function reduceBrokers(s: BrokersSlice, a: BrokersAction): BrokersSlice {
  if (a.type === 'setSection') return s.section === a.section ? s : { ...s, section: a.section };
  if (a.type === 'setSizeBy') return { ...s, sizeBy: a.sizeBy };
  if (a.type === 'setGapScope') return { ...s, gapScope: a.scope };
  if (a.type === 'setTop') return s.top === a.top ? s : { ...s, top: a.top };
  return s;
}
