// Target (c): @neo4j/graphql 7 serving type definitions over the same database and driver, with
// Apollo Server 5 on Express 5 (the same HTTP stack as the API). The type definitions map the labels,
// properties and relationship types the project's seed loader writes; every entity node also has the
// label Entity, which the full-text type below uses for the existing index entity_search.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { Neo4jGraphQL } from "@neo4j/graphql";
import express from "express";
import type { Driver } from "neo4j-driver";

export const TYPE_DEFS = /* GraphQL */ `
  type Participation @relationshipProperties {
    role: String
  }
  type Affiliation @relationshipProperties {
    title: String
    asOf: String
  }
  type Partnership @relationshipProperties {
    role: String
  }
  type Priority @relationshipProperties {
    tier: String
  }
  type StatedMeeting @relationshipProperties {
    date: String
    dateFrom: String
    dateTo: String
  }

  type Person @node {
    id: ID!
    name: String!
    honorific: String
    participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
    affiliatedWith: [Institution!]! @relationship(type: "AFFILIATED_WITH", direction: OUT, properties: "Affiliation")
    met: [Person!]! @relationship(type: "MET", direction: OUT, properties: "StatedMeeting")
    metBy: [Person!]! @relationship(type: "MET", direction: IN, properties: "StatedMeeting")
  }

  type Institution @node {
    id: ID!
    name: String!
    institutionType: String
    affiliates: [Person!]! @relationship(type: "AFFILIATED_WITH", direction: IN, properties: "Affiliation")
    participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
    organised: [Event!]! @relationship(type: "ORGANISED", direction: OUT)
    partnerIn: [Project!]! @relationship(type: "PARTNER_IN", direction: OUT, properties: "Partnership")
    partyTo: [Document!]! @relationship(type: "PARTY_TO", direction: OUT)
    partOf: [Institution!]! @relationship(type: "PART_OF", direction: OUT)
    units: [Institution!]! @relationship(type: "PART_OF", direction: IN)
  }

  type Event @node {
    id: ID!
    name: String!
    eventType: String
    date: String
    dateFrom: String
    dateTo: String
    participants: [Person!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
    institutions: [Institution!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
    organisers: [Institution!]! @relationship(type: "ORGANISED", direction: IN)
    projects: [Project!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
    heldIn: [Place!]! @relationship(type: "HELD_IN", direction: OUT)
    meetingOf: [Dialogue!]! @relationship(type: "MEETING_OF", direction: OUT)
    addresses: [ResearchArea!]! @relationship(type: "ADDRESSES", direction: OUT)
    setsPriority: [ResearchArea!]! @relationship(type: "SETS_PRIORITY", direction: OUT, properties: "Priority")
  }

  type Project @node {
    id: ID!
    name: String!
    startDate: String
    endDate: String
    partners: [Institution!]! @relationship(type: "PARTNER_IN", direction: IN, properties: "Partnership")
    fundedUnder: [Programme!]! @relationship(type: "FUNDED_UNDER", direction: OUT)
    addresses: [ResearchArea!]! @relationship(type: "ADDRESSES", direction: OUT)
    supports: [Dialogue!]! @relationship(type: "SUPPORTS", direction: OUT)
    participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
    concernedBy: [Document!]! @relationship(type: "CONCERNS", direction: IN)
  }

  type Dialogue @node {
    id: ID!
    name: String!
    supporters: [Project!]! @relationship(type: "SUPPORTS", direction: IN)
    concernedBy: [Document!]! @relationship(type: "CONCERNS", direction: IN)
    meetings: [Event!]! @relationship(type: "MEETING_OF", direction: IN)
  }

  type Document @node {
    id: ID!
    name: String!
    documentType: String
    date: String
    setsPriority: [ResearchArea!]! @relationship(type: "SETS_PRIORITY", direction: OUT, properties: "Priority")
    concernsDialogues: [Dialogue!]! @relationship(type: "CONCERNS", direction: OUT)
    parties: [Institution!]! @relationship(type: "PARTY_TO", direction: IN)
  }

  type ResearchArea @node {
    id: ID!
    name: String!
    prioritySetByDocuments: [Document!]! @relationship(type: "SETS_PRIORITY", direction: IN, properties: "Priority")
    prioritySetByEvents: [Event!]! @relationship(type: "SETS_PRIORITY", direction: IN, properties: "Priority")
  }

  type Programme @node {
    id: ID!
    name: String!
  }

  type Place @node {
    id: ID!
    name: String!
    placeType: String
  }

  type Entity
    @node(labels: ["Entity"])
    @fulltext(indexes: [{ indexName: "entity_search", queryName: "searchEntities", fields: ["name", "searchText"] }]) {
    id: ID!
    name: String!
    kind: String
    searchText: String
  }
`;

export interface NeoGraphQLServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts @neo4j/graphql on 127.0.0.1 (free port) over `driver`; transactions get `timeoutMs` like the API's. */
export async function startNeo4jGraphQL(driver: Driver, database: string, timeoutMs: number): Promise<NeoGraphQLServer> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: TYPE_DEFS,
    driver,
    // Dates are stored as ISO strings: range filters on strings must be switched on.
    features: { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } },
  });
  const schema = await neoSchema.getSchema();
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema, introspection: false, csrfPrevention: true });
  await apollo.start();
  app.use(
    "/graphql",
    express.json({ limit: 100 * 1024 }),
    expressMiddleware(apollo, {
      context: async () => ({
        sessionConfig: { database },
        transaction: { timeout: timeoutMs, metadata: { app: "bench-neo4j-graphql" } },
      }),
    }),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      await apollo.stop();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
