// What a view hands the graph component: plain nodes and edges. The view owns the data; the
// component only draws it (graphology model inside, sigma on top).
export interface GraphNode {
  id: string;
  label: string;
  kind: string;
  /** Drawn larger (e.g. by degree or weight). Default 8. */
  size?: number;
  /** A short note shown in the keyboard list, e.g. "12 more not shown". */
  note?: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label?: string;
  /** Thickness, e.g. from weight. Default 1.5. */
  size?: number;
  /** Inferred (curated) edges are drawn in a lighter, warmer colour. */
  stated?: boolean;
  /** Overrides the colour (e.g. a secondary kind of link). */
  color?: string;
}
