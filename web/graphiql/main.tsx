// The offline GraphQL IDE served at GET /graphql (browsers): GraphiQL 5 bundled with its Monaco
// workers, no CDN. It talks to the same /graphql endpoint with POST (CSRF prevention stays on).
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { DOC_EXPLORER_PLUGIN } from "@graphiql/plugin-doc-explorer";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { buildSchema } from "graphql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { EXAMPLES } from "./examples";
// The schema as committed (schema.graphql), bundled at build time: the docs and completion work
// without introspection, which is off in production.
import sdl from "../../schema.graphql?raw";

const schema = buildSchema(sdl);

const fetcher = createGraphiQLFetcher({ url: `${window.location.origin}/graphql` });

const tabs = EXAMPLES.map((example) => ({
  query: example.query,
  variables: example.variables ? JSON.stringify(example.variables, null, 2) : null,
}));

// GraphiQL fills the first editor's variables from its own storage only, not from the default
// tabs: give them on a first visit (with saved tabs, passing them would open an extra tab).
const firstVisit = window.localStorage.getItem("graphiql:tabState") === null;

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      schema={schema}
      defaultTabs={tabs}
      initialVariables={firstVisit ? (tabs[0]?.variables ?? undefined) : undefined}
      defaultEditorToolsVisibility="variables"
      visiblePlugin={DOC_EXPLORER_PLUGIN}
    >
      <GraphiQL.Logo>
        <a href="/" title="Back to the explorer">
          EU–Japan STI graph
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
