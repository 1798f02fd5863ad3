/**
 * Tooltip and popup content as DOM text nodes. Leaflet inserts a string given
 * to bindTooltip/bindPopup as innerHTML, so a name like `<img src=x onerror=…>`
 * would become markup; an element built with textContent shows it as text.
 * Every tooltip on the map takes its content from here.
 */
export function textContent(...lines: string[]): HTMLElement {
  const box = document.createElement('div');
  lines.forEach((line, i) => {
    const el = document.createElement(i === 0 && lines.length > 1 ? 'strong' : 'span');
    el.textContent = line;
    if (i > 0) box.append(document.createElement('br'));
    box.append(el);
  });
  return box;
}

/** A titled list as DOM nodes: the title, then one list item per line (all text, never HTML). */
export function textList(title: string, items: readonly string[], listClass?: string): HTMLElement {
  const box = document.createElement('div');
  const heading = document.createElement('strong');
  heading.textContent = title;
  const list = document.createElement('ul');
  if (listClass) list.className = listClass;
  for (const text of items) {
    const item = document.createElement('li');
    item.textContent = text;
    list.append(item);
  }
  box.append(heading, list);
  return box;
}
