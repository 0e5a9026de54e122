// The connection of Query.sources.
import { Source } from "../shared/common.type";
import { Connection } from "../shared/connection.type";

export const SourceConnection = Connection(
  Source,
  "Source",
  "Source documents (cursor connection, keyset cursors), oldest first: by date as written (YYYY, YYYY-MM or YYYY-MM-DD, compared as text), then id; sources without a date last.",
);
