// The operations the IDE opens with, one tab per job. Ids are from the curated seed (seed/).
export interface Example {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLES: Example[] = [
  {
    title: "Who met whom",
    query: `# Whom did the Director-General of DG Research and Innovation meet in Kyoto in October 2014?
# Each meeting comes with its event, date, places, both people's roles and the quotes.
query WhoMet($personId: ID!, $placeId: ID, $from: String, $to: String) {
  whoMet(personId: $personId, placeId: $placeId, from: $from, to: $to, first: 20) {
    totalCount
    edges {
      node {
        person { id name }
        meetingCount
        meetings {
          kind
          event { id name }
          date { value precision }
          places { name }
          subjectRoles
          otherRoles
          evidence { stated quote curatedReason source { title url } }
        }
      }
    }
  }
}`,
    variables: { personId: "person:robert-jan-smits", placeId: "place:kyoto", from: "2014-10", to: "2014-10" },
  },
  {
    title: "Project priorities",
    query: `# Which cooperation priorities does JEUPISTE serve, and through which chain?
# forward: false means the chain walks a relationship against its direction.
query ProjectPriorities($projectId: ID!) {
  projectPriorities(projectId: $projectId) {
    priority { id name }
    tier
    setBy { id name }
    stated
    nodes { id name kind }
    hops { type forward stated evidence { quote curatedReason source { title } } }
  }
}`,
    variables: { projectId: "project:jeupiste" },
  },
  {
    title: "Institution network",
    query: `# Which institutions did the Council for Science, Technology and Innovation connect to up to 2014?
query InstitutionNetwork($institutionId: ID!, $depth: Int!, $to: String) {
  institutionNetwork(institutionId: $institutionId, depth: $depth, to: $to) {
    truncated
    nodes { depth institution { id name } }
    edges { sourceId targetId weight via activities { via name date } }
  }
}`,
    variables: { institutionId: "institution:csti", depth: 1, to: "2014" },
  },
  {
    title: "How connected",
    query: `# How are the ERC and JST connected? The shortest paths, every hop typed and with its evidence.
query HowConnected($fromId: ID!, $toId: ID!) {
  howConnected(fromId: $fromId, toId: $toId, maxHops: 4, limit: 3) {
    length
    nodes { id name kind }
    hops { type forward stated evidence { quote curatedReason source { title } } }
  }
}`,
    variables: { fromId: "institution:erc", toId: "institution:jst" },
  },
  {
    title: "Search",
    query: `# Find entities by name, alias (Latin or Japanese script) or acronym.
query Search($text: String!) {
  search(text: $text, first: 10) {
    totalCount
    edges { node { score entity { id kind name aliases } } }
  }
}`,
    variables: { text: "桂誠" },
  },
  {
    title: "Timeline",
    query: `# Events in date order (undated last), here the meetings held in Tokyo from 2011 to 2016.
query Timeline($from: String, $to: String, $placeId: ID) {
  timeline(from: $from, to: $to, placeId: $placeId, first: 20) {
    totalCount
    edges {
      node {
        id name eventType
        date { value precision }
        places { name }
        participants { role participant { id name kind } }
      }
    }
  }
}`,
    variables: { from: "2011", to: "2016", placeId: "place:tokyo" },
  },
];
