/**
 * "Naar de tabel": a link before the map to its table alternative. It moves
 * focus itself (no `#hash` in the address bar, which would add a history entry
 * and be dropped by the next map move) and scrolls the table into view.
 */
export function SkipToTable({ target, label }: { target: string; label: string }) {
  return (
    <a
      className="utrecht-link utrecht-link--html-a dsv-workspace__skip"
      href={`#${target}`}
      onClick={(event) => {
        const el = document.getElementById(target);
        if (!el) return;
        event.preventDefault();
        el.focus({ preventScroll: true });
        el.scrollIntoView({ block: 'start' });
      }}
    >
      {label}
    </a>
  );
}
