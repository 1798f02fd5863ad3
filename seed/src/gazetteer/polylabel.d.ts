// polylabel 2 ships no type declarations.
declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (outer ring first, then holes), with its distance to the edge. */
  export default function polylabel(polygon: number[][][], precision?: number, debug?: boolean): number[] & { distance: number };
}
