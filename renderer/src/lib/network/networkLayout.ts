// Where the network drawing puts its nodes and which links it draws: a column per layer, at most a dozen nodes
// a column (the strongest units; the rest counted as "+N"), and per pair of columns the strongest links only.

/** Layout limits and the drawing's size in SVG units. */
export interface NetworkLayoutOptions {
  /** Nodes drawn per layer; a larger layer shows its strongest units and says how many are left out. */
  maxNodes?: number;
  /** Links drawn between two columns, strongest first. */
  maxLinks?: number;
  width?: number;
  height?: number;
}

/** One drawn unit: layer 0 is the input, `unit` its index in the layer. */
export interface DiagramNode {
  layer: number;
  unit: number;
  x: number;
  y: number;
}

/** One column: the layer's size, its drawn nodes (in unit order) and how many units are not drawn. */
export interface DiagramColumn {
  layer: number;
  size: number;
  x: number;
  nodes: DiagramNode[];
  hidden: number;
}

/** One drawn link: from unit `from` of layer l to unit `to` of layer l + 1, with its value (a weight or a gradient). */
export interface DiagramLink {
  layer: number;
  from: DiagramNode;
  to: DiagramNode;
  value: number;
}

/** The drawing: columns, links and the largest |value| among the drawn links (the scale's full width). */
export interface NetworkDiagram {
  width: number;
  height: number;
  columns: DiagramColumn[];
  links: DiagramLink[];
  maxAbs: number;
}

/** The default cap on nodes per layer: a dozen stay readable in a column a third of a page high. */
export const MAX_NODES = 12;
/** The default cap on links between two columns. */
export const MAX_LINKS = 60;
/** The cap on links in the whole drawing: a 100-layer net draws fewer per pair, so its page still opens at once. */
export const MAX_TOTAL_LINKS = 1200;

/**
 * The units of each layer that are drawn: every unit of a layer of at most `maxNodes`, else the `maxNodes` with
 * the largest sum of |value| over their incoming and outgoing links (ties by index), in unit order.
 * `mats[l]` is dims[l+1] × dims[l], row-major, as the engine stores W[l].
 */
export function drawnUnits(dims: readonly number[], mats: readonly ArrayLike<number>[], maxNodes = MAX_NODES): number[][] {
  return dims.map((n, layer) => {
    if (n <= maxNodes) return Array.from({ length: n }, (_, i) => i);
    const strength = new Float64Array(n);
    const into = layer > 0 ? mats[layer - 1] : null;
    const out = layer < dims.length - 1 ? mats[layer] : null;
    if (into) {
      const fanIn = dims[layer - 1];
      for (let i = 0; i < n; i++) for (let k = 0; k < fanIn; k++) strength[i] += magnitude(into[i * fanIn + k]);
    }
    if (out) {
      const next = dims[layer + 1];
      for (let j = 0; j < next; j++) for (let i = 0; i < n; i++) strength[i] += magnitude(out[j * n + i]);
    }
    return Array.from({ length: n }, (_, i) => i)
      .sort((a, b) => strength[b] - strength[a] || a - b)
      .slice(0, maxNodes)
      .sort((a, b) => a - b);
  });
}

/** |v| for ranking; a non-finite value ranks first (it is the thing to see), NaN included. */
function magnitude(v: number): number {
  return Number.isNaN(v) ? Infinity : Math.abs(v);
}

/** Lays the network out: `mats` are the values the links show (weights or gradients), one matrix per layer of links. */
export function networkLayout(dims: readonly number[], mats: readonly ArrayLike<number>[], options: NetworkLayoutOptions = {}): NetworkDiagram {
  const maxNodes = options.maxNodes ?? MAX_NODES;
  const maxLinks = Math.min(options.maxLinks ?? MAX_LINKS, Math.max(1, Math.floor(MAX_TOTAL_LINKS / Math.max(1, dims.length - 1))));
  const width = options.width ?? 640;
  const height = options.height ?? 360;
  const units = drawnUnits(dims, mats, maxNodes);
  // room above for the layer's name, below for its "+N more"
  const top = 34;
  const bottom = height - 30;
  const side = 40;
  const columns: DiagramColumn[] = dims.map((size, layer) => {
    const x = dims.length === 1 ? width / 2 : side + (layer * (width - 2 * side)) / (dims.length - 1);
    const shown = units[layer];
    const step = Math.min(28, (bottom - top) / Math.max(1, maxNodes - 1));
    const y0 = (top + bottom) / 2 - ((shown.length - 1) * step) / 2;
    return { layer, size, x, nodes: shown.map((unit, k) => ({ layer, unit, x, y: y0 + k * step })), hidden: size - shown.length };
  });
  const links: DiagramLink[] = [];
  for (let l = 0; l + 1 < dims.length; l++) {
    const fanIn = dims[l];
    const m = mats[l];
    const pairs: DiagramLink[] = [];
    for (const to of columns[l + 1].nodes) for (const from of columns[l].nodes) pairs.push({ layer: l, from, to, value: m ? m[to.unit * fanIn + from.unit] : NaN });
    pairs.sort((a, b) => magnitude(b.value) - magnitude(a.value));
    links.push(...pairs.slice(0, maxLinks));
  }
  let maxAbs = 0;
  for (const k of links) if (Number.isFinite(k.value)) maxAbs = Math.max(maxAbs, Math.abs(k.value));
  return { width, height, columns, links, maxAbs };
}
