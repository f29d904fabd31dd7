/** Small inline SVGs for the legend and filters: a node shape, a colour swatch, a line style. */
import { sceneToSvgShape } from './shape-markup.ts';

export function ShapeIcon({ shape, fill = '#FFFFFF', stroke = '#374151', size = 18, dashed = false }: { shape: string; fill?: string; stroke?: string; size?: number; dashed?: boolean }) {
  return (
    <svg className="shape-icon" width={size} height={size} viewBox="-11 -11 22 22" aria-hidden="true" focusable="false">
      <g dangerouslySetInnerHTML={{ __html: sceneToSvgShape(shape, fill, stroke, dashed) }} />
    </svg>
  );
}

export function LineIcon({ style, dash: pattern, color = '#4B5563', width = 2.5, arrow = false }: { style: string; dash?: number[]; color?: string; width?: number; arrow?: boolean }) {
  const dash = style === 'dashed' ? (pattern?.length ? pattern.join(' ') : '6 3') : style === 'dotted' ? `${width} ${width * 1.6}` : undefined;
  return (
    <svg className="line-icon" width={34} height={14} viewBox="0 0 34 14" aria-hidden="true" focusable="false">
      <line x1="2" y1="7" x2={arrow ? 26 : 32} y2="7" stroke={color} strokeWidth={width} strokeDasharray={dash} strokeLinecap={style === 'dotted' ? 'round' : 'butt'} />
      {arrow && <path d="M25,2 L33,7 L25,12 z" fill={color} />}
    </svg>
  );
}

export function Swatch({ color, dashed = false }: { color: string; dashed?: boolean }) {
  return <span className="swatch" style={{ background: color, borderStyle: dashed ? 'dashed' : 'solid' }} aria-hidden="true" />;
}
