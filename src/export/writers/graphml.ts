// GraphML (Cytoscape, Gephi, yEd) written as it streams, with typed keys (attr.type string, long,
// boolean); lists, which GraphML has no type for, are JSON arrays in a string.
import { NODE_ATTRIBUTES, RELATIONSHIP_ATTRIBUTES, asText, xmlEscape, type Attribute, type ExportEdge, type ExportNode } from "../attributes";
import type { GraphWriter, Sink } from "./sink";

const GRAPHML_TYPE: Record<Attribute["type"], string> = { string: "string", long: "long", double: "double", boolean: "boolean", "string[]": "string" };

function keys(target: "node" | "edge", prefix: string, list: readonly Attribute[]): string {
  return list.map((a) => `  <key id="${prefix}${a.name}" for="${target}" attr.name="${a.name}" attr.type="${GRAPHML_TYPE[a.type]}"/>\n`).join("");
}

function data(prefix: string, props: Record<string, unknown>, list: readonly Attribute[]): string {
  let out = "";
  for (const a of list) {
    const text = asText(props[a.name], a.type);
    if (text !== null) out += `<data key="${prefix}${a.name}">${xmlEscape(text)}</data>`;
  }
  return out;
}

export class GraphMLWriter implements GraphWriter {
  constructor(private readonly out: Sink) {}

  begin(): Promise<void> {
    return this.out.write(
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
        `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n` +
        `  <key id="label" for="node" attr.name="label" attr.type="string"/>\n` +
        `  <key id="kind" for="node" attr.name="kind" attr.type="string"/>\n` +
        keys("node", "n_", NODE_ATTRIBUTES) +
        `  <key id="type" for="edge" attr.name="type" attr.type="string"/>\n` +
        keys("edge", "e_", RELATIONSHIP_ATTRIBUTES) +
        `  <graph id="eu-japan-sti" edgedefault="directed">\n`,
    );
  }

  nodes(batch: ExportNode[]): Promise<void> {
    let chunk = "";
    for (const n of batch) {
      const label = String(n.props.name ?? n.props.title ?? n.id);
      chunk += `    <node id="${xmlEscape(n.id)}"><data key="label">${xmlEscape(label)}</data><data key="kind">${n.kind}</data>${data("n_", n.props, NODE_ATTRIBUTES)}</node>\n`;
    }
    return this.out.write(chunk);
  }

  edges(batch: ExportEdge[]): Promise<void> {
    let chunk = "";
    for (const e of batch) {
      chunk += `    <edge id="e${e.seq}" source="${xmlEscape(e.from)}" target="${xmlEscape(e.to)}"><data key="type">${e.type}</data>${data("e_", e.props, RELATIONSHIP_ATTRIBUTES)}</edge>\n`;
    }
    return this.out.write(chunk);
  }

  end(): Promise<void> {
    return this.out.write(`  </graph>\n</graphml>\n`);
  }
}
