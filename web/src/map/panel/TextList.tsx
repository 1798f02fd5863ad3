import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';

/** A plain list of texts, or a line that says there are none. */
export function TextList({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <UnorderedList>
      {items.map((item, i) => (
        <UnorderedListItem key={`${i}-${item}`}>{item}</UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
