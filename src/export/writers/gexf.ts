// GEXF 1.3 (Gephi, Gephi Lite) written as it streams. The graph is dynamic: every entity and
// relationship with dates carries start/end (the first and last day its fuzzy dates cover: "2014-10"
// spans 2014-10-01 to 2014-10-31), so Gephi's timeline filters by time; undated ones are always there.
import { NODE_ATTRIBUTES, RELATIONSHIP_ATTRIBUTES, asText, xmlEscape, type Attribute, type ExportEdge, type ExportNode } from "../attributes";
import type { GraphWriter, Sink } from "./sink";

const GEXF_TYPE: Record<Attribute["type"], string> = { string: "string", long: "long", double: "double", boolean: "boolean", "string[]": "string" };

function attributes(cls: "node" | "edge", list: readonly Attribute[]): string {
  const lines = list.map((a, i) => `      <attribute id="${i}" title="${a.name}" type="${GEXF_TYPE[a.type]}"/>`);
  const first = cls === "node" ? `      <attribute id="kind" title="kind" type="string"/>\n` : `      <attribute id="type" title="type" type="string"/>\n`;
  return `    <attributes class="${cls}" mode="static">\n${first}${lines.join("\n")}\n    </attributes>\n`;
}

function attvalues(first: [string, string], props: Record<string, unknown>, list: readonly Attribute[]): string {
  let out = `<attvalue for="${first[0]}" value="${xmlEscape(first[1])}"/>`;
  list.forEach((a, i) => {
    const text = asText(props[a.name], a.type);
    if (text !== null) out += `<attvalue for="${i}" value="${xmlEscape(text)}"/>`;
  });
  return `<attvalues>${out}</attvalues>`;
}

function interval(props: Record<string, unknown>): string {
  const from = typeof props.dateFrom === "string" ? props.dateFrom : null;
  const to = typeof props.dateTo === "string" ? props.dateTo : null;
  return (from ? ` start="${from}"` : "") + (from && to ? ` end="${to}"` : "");
}

export class GexfWriter implements GraphWriter {
  constructor(private readonly out: Sink) {}

  begin(): Promise<void> {
    return this.out.write(
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
        `<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n` +
        `  <meta><creator>eu-japan-sti-graph</creator><description>EU–Japan STI cooperation graph: entities, sources and the relationships between them, each with its evidence</description></meta>\n` +
        `  <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">\n` +
        attributes("node", NODE_ATTRIBUTES) +
        attributes("edge", RELATIONSHIP_ATTRIBUTES) +
        `    <nodes>\n`,
    );
  }

  nodes(batch: ExportNode[]): Promise<void> {
    let chunk = "";
    for (const n of batch) {
      const label = String(n.props.name ?? n.props.title ?? n.id);
      chunk += `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(label)}"${interval(n.props)}>${attvalues(["kind", n.kind], n.props, NODE_ATTRIBUTES)}</node>\n`;
    }
    return this.out.write(chunk);
  }

  startEdges(): Promise<void> {
    return this.out.write(`    </nodes>\n    <edges>\n`);
  }

  edges(batch: ExportEdge[]): Promise<void> {
    let chunk = "";
    for (const e of batch) {
      chunk += `      <edge id="e${e.seq}" source="${xmlEscape(e.from)}" target="${xmlEscape(e.to)}" label="${e.type}"${interval(e.props)}>${attvalues(["type", e.type], e.props, RELATIONSHIP_ATTRIBUTES)}</edge>\n`;
    }
    return this.out.write(chunk);
  }

  end(): Promise<void> {
    return this.out.write(`    </edges>\n  </graph>\n</gexf>\n`);
  }
}
