import { colorOf, type NetworkPalette } from '../data/networkColors';

interface NetworkSwatchesProps {
  keys: readonly string[];
  names: ReadonlyMap<string, string>;
  palette: NetworkPalette;
}

/** Network names, each after a small square in its map colour (the name carries the meaning, the colour repeats it). */
export function NetworkSwatches({ keys, names, palette }: NetworkSwatchesProps) {
  return (
    <span className="dsv-swatches">
      {keys.map((key) => (
        <span key={key} className="dsv-swatches__item">
          <span className="dsv-swatch" style={{ background: colorOf(palette, key) }} aria-hidden="true" />
          {names.get(key) ?? key}
        </span>
      ))}
    </span>
  );
}
