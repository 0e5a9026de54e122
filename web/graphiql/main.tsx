// The offline GraphQL IDE served at GET /graphql (browsers): GraphiQL 5 bundled with its Monaco
// workers, no CDN. It talks to the same /graphql endpoint with POST (CSRF prevention stays on).
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { EXAMPLES } from "./examples";

const fetcher = createGraphiQLFetcher({ url: `${window.location.origin}/graphql` });

const tabs = EXAMPLES.map((example) => ({
  query: example.query,
  variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined,
}));

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={tabs} defaultEditorToolsVisibility="variables">
      <GraphiQL.Logo>
        <a href="/" title="Back to the explorer">EU–Japan STI graph</a>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
