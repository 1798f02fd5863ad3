import { PartyLink } from '../../ui/PartyLink';

interface PeerSharedProps {
  items: readonly { key: string; name: string; party?: boolean }[];
}

/** The themes or parties two partnerships share, one a line; parties link to their page. */
export function PeerShared({ items }: PeerSharedProps) {
  if (items.length === 0) return '–';
  return (
    <ul className="dsv-peers__shared">
      {items.map((item) => (
        <li key={item.key}>{item.party ? <PartyLink id={item.key}>{item.name}</PartyLink> : item.name}</li>
      ))}
    </ul>
  );
}
