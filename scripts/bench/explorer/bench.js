/*
 * The explorer benchmark's page script: builds a Cytoscape graph from the
 * elements at config.dataUrl and measures the time to the first rendered
 * frame, either with precomputed positions (preset layout) or with fcose at
 * draft quality (seeded: Math.random is replaced by a seeded generator, so
 * the same data gives the same picture).
 */
/* global cytoscape, cytoscapeFcose */
cytoscape.use(cytoscapeFcose);

function seededRandom(seed) {
  let s = seed >>> 0;
  return function () {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STYLE = [
  {
    selector: 'node',
    style: {
      width: 8,
      height: 8,
      'background-color': '#4a7ab5',
      label: 'data(label)',
      'font-size': 6,
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'node[type = "Measure"]', style: { 'background-color': '#c47d2c', shape: 'round-rectangle' } },
  { selector: 'node[type = "Initiative"]', style: { 'background-color': '#5a9e5a', shape: 'diamond' } },
  { selector: 'edge', style: { width: 0.5, 'line-color': '#b8b8b8', 'curve-style': 'haystack' } },
];

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

window.runBench = async function runBench(config) {
  const data = await (await fetch(config.dataUrl)).json();
  const preset = config.layout === 'preset';
  const elements = [
    ...data.nodes.map((n) => (preset ? { data: n.data, position: { x: n.data.x, y: n.data.y } } : { data: n.data })),
    ...data.edges.map((e) => ({ data: e.data })),
  ];
  await frame();
  const realRandom = Math.random;
  Math.random = seededRandom(config.seed || 1);
  const t0 = performance.now();
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    style: STYLE,
    layout: { name: 'preset' },
    renderer: config.webgl ? { name: 'canvas', webgl: true } : { name: 'canvas' },
    pixelRatio: 1,
    textureOnViewport: false,
  });
  let layoutMs = 0;
  if (!preset) {
    const t = performance.now();
    cy.layout({ name: 'fcose', quality: 'draft', randomize: true, animate: false, fit: true }).run();
    layoutMs = performance.now() - t;
  }
  // The first frame is the renderer's first completed render call. (The "render" event is emitted by the canvas
  // renderer only; the WebGL renderer replaces render() and emits nothing, so render() itself is watched.)
  const r = cy.renderer();
  let timedOut = false;
  const rendered = new Promise((resolve) => {
    const original = r.render;
    r.render = function (...args) {
      const out = original.apply(this, args);
      r.render = original;
      resolve();
      return out;
    };
  });
  await Promise.race([rendered, new Promise((resolve) => setTimeout(() => resolve((timedOut = true)), 120000))]);
  await frame();
  const firstFrameMs = performance.now() - t0;
  Math.random = realRandom;
  const canvases = [...document.querySelectorAll('#cy canvas')];
  const webglContext = canvases.some((c) => {
    try {
      return !!c.getContext('webgl2');
    } catch {
      return false;
    }
  });
  const renderer = r;
  window.__cy = cy;
  return {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    firstFrameMs,
    layoutMs,
    rendererName: renderer && renderer.name ? renderer.name : (cy.options && cy.options().renderer && cy.options().renderer.name) || 'canvas',
    webglFlag: !!(renderer && renderer.webgl),
    webglContext,
    cytoscapeVersion: cytoscape.version || null,
    timedOut,
  };
};
