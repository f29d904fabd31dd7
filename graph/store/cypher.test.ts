import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../model/index.ts';
import { findEdgesQuery, findNodesQuery, mergeEdgesQuery, mergeNodesQuery } from './cypher.ts';

describe('cypher builders', () => {
  it('put values in parameters and only allow-listed words in the text', () => {
    const q = findNodesQuery({ label: 'Actor', where: { name: ["x' OR 1=1"] }, limit: 5 }, (n) => n);
    expect(q.cypher).not.toContain("x' OR");
    expect(q.params).toMatchObject({ k0: 'name', v0: ["x' OR 1=1"], limit: 5 });
  });

  it('refuse labels and types outside the model', () => {
    expect(() => mergeNodesQuery('Actor) DETACH DELETE (n' as never, null, [])).toThrow(InvalidInputError);
    expect(() => mergeEdgesQuery('X]->() DELETE r//' as never, [])).toThrow(InvalidInputError);
    expect(() => findEdgesQuery({ types: ['NOPE' as never] })).toThrow(InvalidInputError);
  });

  it('merge nodes in one UNWIND per label and kind', () => {
    expect(mergeNodesQuery('Actor', 'MINISTRY', [{ id: 'actor:bfd', docs: ['doc:x'] }]).cypher).toMatchInlineSnapshot(
      `"UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:Actor SET n += row.props, n.ev = [k IN coalesce(n.ev, []) WHERE NOT k IN row.ev] + row.ev, n.docs = [d IN coalesce(n.docs, []) WHERE NOT d IN row.docs] + row.docs REMOVE n:Directorate:RegionalBody:County:Service:Municipality:CountyMunicipality:Organisation:Ombudsman:OtherActor SET n:Ministry"`,
    );
  });

  it('start edge reads from the id index when ids are given', () => {
    expect(findEdgesQuery({ nodeIds: ['actor:bfd'], types: ['RESPONSIBLE_FOR'] }).cypher).toMatchInlineSnapshot(
      `"MATCH (x:Entity) WHERE x.id IN $nodeIds MATCH (x)-[r:RESPONSIBLE_FOR]-(:Entity) WITH DISTINCT r MATCH (a)-[r]->(b) WHERE r.rejected IS NULL RETURN r, type(r) AS type, a.id AS source, b.id AS target ORDER BY r.id"`,
    );
  });

  it('hide rejected facts unless asked for them', () => {
    expect(findNodesQuery({ label: 'Actor' }, (n) => n).cypher).toContain('n.rejected IS NULL');
    expect(findNodesQuery({ label: 'Actor', includeRejected: true }, (n) => n).cypher).not.toContain('rejected');
    expect(findEdgesQuery({ types: ['COORDINATES_WITH'], includeRejected: true }).cypher).not.toContain('rejected');
  });
});
