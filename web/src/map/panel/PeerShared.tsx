import { useFormat } from '../../ui/format';
import { PartyLink } from '../../ui/PartyLink';

interface PeerSharedProps {
  count: number;
  items: readonly { key: string; name: string; party?: boolean }[];
}

/** A count and the names behind it (parties link to their page), wrapping within the narrow panel. */
export function PeerShared({ count, items }: PeerSharedProps) {
  const format = useFormat();
  return (
    <>
      <span className="dsv-peers__count-cell">{format.integer(count)}</span>
      {items.length > 0 && (
        <ul className="dsv-peers__shared">
          {items.map((item) => (
            <li key={item.key}>{item.party ? <PartyLink id={item.key}>{item.name}</PartyLink> : item.name}</li>
          ))}
        </ul>
      )}
    </>
  );
}
