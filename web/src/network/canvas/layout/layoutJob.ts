import type { LayoutRequest } from './computeLayout';
import type { ForceRequest } from './forceLayout';

/** What the layout worker is asked: an fcose run (one answer) or a force layout (frames while it settles). */
export type LayoutJob = ({ kind: 'fcose' } & LayoutRequest) | ({ kind: 'force' } & ForceRequest);

/** The worker's answers. A force layout sends frames (`done` false), then its last one (`done` true). */
export type LayoutReply = { id: number } & (
  | { kind: 'fcose'; positions: Record<string, { x: number; y: number }>; ms: number }
  | { kind: 'force'; xy: Float32Array; iterations: number; done: boolean; ms: number }
  | { kind: 'error'; error: string }
);

/** Positions of a force layout: x and y of node `i` of the request at `2i` and `2i + 1`. */
export interface ForceFrame {
  xy: Float32Array;
  iterations: number;
  done: boolean;
  /** Since the worker got the request. */
  ms: number;
}
