import { pageLocale, pageMessages } from '../i18n/index.ts';
import { timelineSummary } from '../i18n/timeline-summary.ts';
import type { TimelineModel } from '../grader/timeline.ts';

const SVG = 'http://www.w3.org/2000/svg';
const LANE = 22;
const GAP = 6;
const LABEL = 96;
const AXIS = 22;
const WIDTH = 640;

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

/**
 * Draws the timeline as SVG built node by node: task names come from learner output and are only
 * ever text content. Colours come from CSS variables, so light and dark themes both stay crisp.
 */
export function renderTimeline(container: HTMLElement, model: TimelineModel): void {
  const t = pageMessages().timeline;
  const height = model.lanes.length * (LANE + GAP) + AXIS;
  const plot = WIDTH - LABEL - 12;
  const x = (ms: number) => LABEL + (ms / model.axisMs) * plot;
  const svg = el('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': 'timeline-summary', class: 'timeline-svg' });

  for (const tick of model.ticks) {
    const tx = x(tick);
    svg.append(el('line', { x1: tx, x2: tx, y1: 0, y2: height - AXIS + 4, class: 'timeline-grid' }));
    const label = el('text', { x: tx, y: height - 6, 'text-anchor': 'middle', class: 'timeline-tick' });
    label.textContent = `${+(tick / 1000).toFixed(2)} s`;
    svg.append(label);
  }
  model.lanes.forEach((lane, i) => {
    const y = i * (LANE + GAP);
    const name = el('text', { x: LABEL - 8, y: y + LANE / 2 + 4, 'text-anchor': 'end', class: 'timeline-name' });
    name.textContent = lane.label.length > 13 ? `${lane.label.slice(0, 12)}…` : lane.label;
    const bar = el('rect', {
      x: x(lane.startMs),
      y,
      width: Math.max(2, x(lane.endMs) - x(lane.startMs)),
      height: LANE,
      rx: 4,
      class: `timeline-bar kind-${lane.kind}${lane.finished ? '' : ' unfinished'}`,
    });
    const title = el('title', {});
    title.textContent = `${lane.label}: ${(lane.startMs / 1000).toFixed(2)}–${(lane.endMs / 1000).toFixed(2)} s${lane.finished ? '' : t.neverFinished}`;
    bar.append(title);
    svg.append(name, bar);
  });

  const legend = document.createElement('p');
  legend.className = 'timeline-legend';
  legend.setAttribute('aria-hidden', 'true');
  for (const kind of new Set(model.lanes.map((l) => l.kind))) {
    const item = document.createElement('span');
    item.className = `legend-item kind-${kind}`;
    item.textContent = t.kinds[kind] ?? kind;
    legend.append(item);
  }
  const clock = document.createElement('span');
  clock.className = 'timeline-clock';
  clock.textContent = t.clock;
  legend.append(clock);
  const summary = document.createElement('p');
  summary.id = 'timeline-summary';
  summary.className = 'timeline-summary';
  summary.textContent = timelineSummary(model, pageLocale());
  container.replaceChildren(svg, legend, summary);
}
