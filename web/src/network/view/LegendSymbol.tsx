import { OUTLINE } from '../data/palette';
import type { NodeKind } from '../state/nodeKey';

const SHAPES: Record<NodeKind, React.ReactElement> = {
  network: <circle cx="9" cy="9" r="7" />,
  partnership: <circle cx="9" cy="9" r="6" />,
  party: <polygon points="9,1 17,9 9,17 1,9" />,
  table: <polygon points="5,2 13,2 17,9 13,16 5,16 1,9" />,
  municipality: <rect x="2" y="2" width="14" height="14" rx="3" />,
};

interface ShapeSymbolProps {
  kind: NodeKind;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  /** The yellow halo of a selected node. */
  halo?: boolean;
}

/** A node's shape, as drawn in the chart. Decorative: the text next to it says what it means. */
export function ShapeSymbol({ kind, fill = '#ffffff', stroke = OUTLINE, strokeWidth = 1.5, halo = false }: ShapeSymbolProps) {
  return (
    <svg className="dsv-network__symbol" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      {halo && <circle cx="9" cy="9" r="9" fill="#ffbf47" />}
      <g fill={fill} stroke={stroke} strokeWidth={strokeWidth}>
        {SHAPES[kind]}
      </g>
    </svg>
  );
}

/** A line as drawn in the chart. */
export function LineSymbol({ color, width, dashed = false }: { color: string; width: number; dashed?: boolean }) {
  return (
    <svg className="dsv-network__symbol" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
      <line x1="2" y1="9" x2="26" y2="9" stroke={color} strokeWidth={width} strokeDasharray={dashed ? '4 3' : undefined} />
    </svg>
  );
}
