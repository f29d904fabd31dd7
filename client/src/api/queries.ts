/**
 * The GraphQL documents the explorer sends. Each is validated against
 * server/schema.graphql in queries.test.ts, so a renamed field fails a test
 * rather than a projector demo.
 */

const EVIDENCE = /* GraphQL */ `
  fragment EvidenceFields on Evidence {
    document { id title fileName }
    start
    end
    quote
  }
`;

const ACTOR_REF = /* GraphQL */ `
  fragment ActorRefFields on Actor { id name abbreviation kind }
`;

const NODE_SUMMARY = /* GraphQL */ `
  fragment NodeSummaryFields on Node {
    __typename
    id
    ... on Actor { name abbreviation kind }
    ... on Measure { number title status }
    ... on Initiative { name }
    ... on Document { title }
    ... on Sector { name nameEn }
    ... on Level { name nameEn }
  }
`;

export const META_QUERY = /* GraphQL */ `
  query Meta {
    levels { id name nameEn rank }
    sectors { id name nameEn ministry { id name abbreviation } }
    documents { id title fileName year genre }
  }
`;

// Renamed bodies show once, under the name of the chosen year (today's by default): column
// ministries by the line's name, cell actors by their line's label and display name.
export const SYSTEM_MATRIX_QUERY = /* GraphQL */ `
  query SystemMatrix($asOfYear: Int, $language: Language) {
    systemMatrix(foldRenames: true) {
      levels { id name nameEn rank }
      sectors { id name nameEn ministry { id name: currentName(asOfYear: $asOfYear) abbreviation: shortName(asOfYear: $asOfYear) } }
      cells {
        level { id }
        sector { id }
        actors { id kind name: displayName(asOfYear: $asOfYear, language: $language) abbreviation: shortName(asOfYear: $asOfYear) }
        evidence { ...EvidenceFields }
        groups { id label memberCount kind countyId }
        ungrouped { id }
      }
    }
  }
  ${EVIDENCE}
`;

// A subgraph as the canvas draws it: the graph of a view, and the brokers' map.
const SUBGRAPH = /* GraphQL */ `
  fragment SubgraphFields on Subgraph {
    nodes {
      id
      data {
        id type label name kind status sectorIds levelIds sector levelRank
        parent documentIds degree curated x y
      }
    }
    edges {
      id source target
      data { id source target type kinds weight documentIds }
    }
    truncated
  }
`;

export const GRAPH_QUERY = /* GraphQL */ `
  query Graph($filter: GraphFilter) {
    graph(filter: $filter) { ...SubgraphFields }
  }
  ${SUBGRAPH}
`;

export const NODE_QUERY = /* GraphQL */ `
  query NodeDetails($id: ID!, $language: Language) {
    node(id: $id) {
      __typename
      id
      ... on Actor {
        ...ActorRefFields
        aliases curated succeededOn
        lineId
        displayName(language: $language)
        nameHistory {
          name abbreviation from until
          actor { id responsibleFor { id number title status } involvedIn { id number title status } initiatives { id name } evidence { ...EvidenceFields } }
        }
        levels { id name nameEn rank }
        sectors { id name nameEn }
        parent { ...ActorRefFields }
        children { ...ActorRefFields }
        predecessors { ...ActorRefFields }
        successors { ...ActorRefFields }
        responsibleFor { id number title status }
        involvedIn { id number title status }
        initiatives { id name }
        evidence { ...EvidenceFields }
      }
      ... on Measure {
        number title text status statusText progress
        responsible { ...ActorRefFields }
        involved { ...ActorRefFields }
        document { id title fileName }
        evidence { ...EvidenceFields }
      }
      ... on Initiative {
        name description leadRole period startYear endYear
        lead { ...ActorRefFields }
        participants { ...ActorRefFields }
        buildsOn { id name }
        evidence { ...EvidenceFields }
      }
      ... on Document { title fileName year genre }
      ... on Sector { name nameEn }
      ... on Level { name nameEn rank }
    }
  }
  ${ACTOR_REF}
  ${EVIDENCE}
`;

export const COORDINATION_QUERY = /* GraphQL */ `
  query Coordination($actorIds: [ID!]) {
    coordination(actorIds: $actorIds) {
      source { ...ActorRefFields }
      target { ...ActorRefFields }
      weight
      kinds
      evidence { ...EvidenceFields }
    }
  }
  ${ACTOR_REF}
  ${EVIDENCE}
`;

export const PATH_QUERY = /* GraphQL */ `
  query Path($from: ID!, $to: ID!, $maxHops: Int) {
    path(from: $from, to: $to, maxHops: $maxHops) {
      nodes { ...NodeSummaryFields }
      edges {
        source target type reversed
        evidence { ...EvidenceFields }
      }
    }
  }
  ${NODE_SUMMARY}
  ${EVIDENCE}
`;

export const SEARCH_QUERY = /* GraphQL */ `
  query Search($text: String!, $limit: Int) {
    search(text: $text, limit: $limit, foldRenames: true) {
      node { ...NodeSummaryFields }
      score
      snippet
    }
  }
  ${NODE_SUMMARY}
`;

/** The quotes behind many nodes and links at once, with page and place, for exports. */
export const EVIDENCE_OF_QUERY = /* GraphQL */ `
  query EvidenceOf($ids: [ID!]!) {
    evidenceOf(ids: $ids) {
      id
      evidence { document { id title fileName } start end quote page location }
    }
  }
`;

export const DOCUMENT_QUERY = /* GraphQL */ `
  query Document($id: ID!) {
    document(id: $id) { id title fileName text }
  }
`;

/** An effort's owners with their sectors and levels: what the overlap view draws them with, so it needs no network. */
const EFFORT = /* GraphQL */ `
  fragment OwnerFields on Actor { id name abbreviation kind sectors { id } levels { id rank } }
  fragment EffortFields on Node {
    __typename
    id
    ... on Measure {
      number title text progress status
      responsible { ...OwnerFields }
      document { id title fileName }
    }
    ... on Initiative {
      name description
      lead { ...OwnerFields }
      participants { ...OwnerFields }
      evidence { document { id title fileName } start end quote }
    }
  }
`;

export const OVERLAPS_QUERY = /* GraphQL */ `
  query Overlaps($minScore: Float, $limit: Int, $language: Language) {
    overlaps(minScore: $minScore, limit: $limit) {
      a { ...EffortFields }
      b { ...EffortFields }
      score
      sharedTerms
      explanation(language: $language)
    }
  }
  ${EFFORT}
`;

export const BROKERS_QUERY = /* GraphQL */ `
  query Brokers($limit: Int) {
    brokers(limit: $limit) {
      actor { ...ActorRefFields }
      betweenness
      degree
      weightedDegree
      partners
      crossSectorPartners
      sectorsBridged { id }
    }
  }
  ${ACTOR_REF}
`;

// The brokers' map is computed on the server (graph/analytics/broker-map.ts): a national network is
// megabytes, its backbone a hundred bodies.
export const BROKER_MAP_QUERY = /* GraphQL */ `
  query BrokerMap($top: Int, $asOfYear: Int, $language: Language) {
    brokerMap(top: $top, foldRenames: true, asOfYear: $asOfYear, language: $language) {
      reduced
      brokers
      bridged
      total
      graph { ...SubgraphFields }
    }
  }
  ${SUBGRAPH}
`;

export const SECTOR_GAPS_QUERY = /* GraphQL */ `
  query SectorGaps($levelIds: [ID!]) {
    sectorGaps(levelIds: $levelIds) {
      sectors { id name nameEn ministry { id name abbreviation } }
      cells {
        a { id }
        b { id }
        links
        weight
        examples { source { ...ActorRefFields } target { ...ActorRefFields } weight kinds }
      }
      gaps { a { id } b { id } }
    }
  }
  ${ACTOR_REF}
`;

export const UNCLEAR_RESPONSIBILITY_QUERY = /* GraphQL */ `
  query UnclearResponsibility($language: Language) {
    unclearResponsibility {
      measure { id number title status document { id title fileName } }
      reason
      owners { ...ActorRefFields }
      explanation(language: $language)
      evidence { ...EvidenceFields }
    }
  }
  ${ACTOR_REF}
  ${EVIDENCE}
`;

// Level of detail (issue 14.3): the aggregated map of a large view, and the members of its groups.
export const OVERVIEW_QUERY = /* GraphQL */ `
  query Overview($filter: OverviewFilter) {
    overview(filter: $filter) {
      nodes {
        id
        data {
          id type label name kind status sectorIds levelIds sector levelRank
          parent documentIds degree curated x y memberCount stem groupId
        }
      }
      edges {
        id source target
        data { id source target type kinds weight documentIds count }
      }
      aggregated
      totalNodes
      totalEdges
      groups { id label memberCount grouping levelId sectorId countyId kind }
    }
  }
`;

export const GROUP_MEMBERS_QUERY = /* GraphQL */ `
  query GroupMembers($id: ID!, $text: String, $limit: Int, $offset: Int) {
    groupMembers(id: $id, text: $text, limit: $limit, offset: $offset) { ...ActorRefFields }
  }
  ${ACTOR_REF}
`;

export const GROUP_MEASURES_QUERY = /* GraphQL */ `
  query GroupMeasures($id: ID!, $text: String, $limit: Int, $offset: Int) {
    groupMeasures(id: $id, text: $text, limit: $limit, offset: $offset) { id number title status }
  }
`;

/** Every document, by name, for the schema test. */
export const ALL_QUERIES: Record<string, string> = {
  META_QUERY,
  SYSTEM_MATRIX_QUERY,
  GRAPH_QUERY,
  NODE_QUERY,
  COORDINATION_QUERY,
  PATH_QUERY,
  SEARCH_QUERY,
  DOCUMENT_QUERY,
  OVERLAPS_QUERY,
  BROKERS_QUERY,
  BROKER_MAP_QUERY,
  SECTOR_GAPS_QUERY,
  UNCLEAR_RESPONSIBILITY_QUERY,
  OVERVIEW_QUERY,
  GROUP_MEMBERS_QUERY,
  GROUP_MEASURES_QUERY,
};
