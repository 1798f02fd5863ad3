import { Link, useSearchParams } from 'react-router';
import { partyLink } from './links';

interface PartyLinkProps {
  id: string;
  /** The link text: the party's name, or "Partijpagina" next to it. */
  children: string;
  /** The accessible name when the text alone does not say which party. */
  label?: string;
}

/** A link to a party's page, keeping the language and filters of the page it is on. */
export function PartyLink({ id, children, label }: PartyLinkProps) {
  const [params] = useSearchParams();
  return (
    <Link className="utrecht-link utrecht-link--html-a" to={partyLink(params, id)} aria-label={label} data-party={id}>
      {children}
    </Link>
  );
}
