/**
 * Search with autocomplete, following the ARIA 1.2 combobox pattern: arrow
 * keys move through the options, Enter chooses, Escape closes. The search
 * itself is passed in, so the component does no I/O.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { NodeSummary, SearchHit } from '../api/index.ts';
import { summaryLabel } from '../graph/index.ts';
import { useI18n } from '../app/i18n-context.ts';

export interface SearchBoxProps {
  search(text: string, signal: AbortSignal): Promise<SearchHit[]>;
  onChoose(node: NodeSummary): void;
  label: string;
  placeholder?: string;
  /** Shown when nothing is typed (the current choice of a path end). */
  value?: string;
  compact?: boolean;
  testId?: string;
}

function secondary(n: NodeSummary): string {
  switch (n.__typename) {
    case 'Actor':
      return n.abbreviation ? n.name : '';
    case 'Measure':
      return n.title;
    default:
      return '';
  }
}

export function SearchBox(props: SearchBoxProps) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ query: string; hits: SearchHit[] }>({ query: '', hits: [] });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const searchRef = useRef(props.search);
  searchRef.current = props.search;

  useEffect(() => {
    const q = text.trim();
    if (q.length === 0) {
      setResult({ query: '', hits: [] });
      setBusy(false);
      return;
    }
    const controller = new AbortController();
    setBusy(true);
    const timer = setTimeout(() => {
      searchRef.current(q, controller.signal).then(
        (result) => {
          if (controller.signal.aborted) return;
          setResult({ query: q, hits: result });
          setActive(result.length ? 0 : -1);
          setBusy(false);
        },
        () => {
          if (!controller.signal.aborted) {
            setResult({ query: q, hits: [] });
            setBusy(false);
          }
        },
      );
    }, 140);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  // Hits for an earlier text are not offered: Enter must never pick a stale result.
  const hits = result.query === text.trim() ? result.hits : [];

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    props.onChoose(hit.node);
    setText('');
    setResult({ query: '', hits: [] });
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (hits.length ? (a + 1) % hits.length : -1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (hits.length ? (a - 1 + hits.length) % hits.length : -1));
    } else if (e.key === 'Enter') {
      if (open && active >= 0) {
        e.preventDefault();
        choose(hits[active]);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
      } else setText('');
    }
  };

  const listId = `${id}-list`;
  const expanded = open && text.trim().length > 0;
  return (
    <div className={`search${props.compact ? ' search-compact' : ''}`} data-testid={props.testId}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {props.label}
      </label>
      <svg className="search-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M11 11l3.5 3.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={props.value || props.placeholder || t('search.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={props.label} className="search-list" hidden={!expanded}>
        {hits.length === 0 && <li className="search-status">{busy || result.query !== text.trim() ? t('search.searching') : t('search.none')}</li>}
        {hits.map((hit, i) => (
          <li
            key={hit.node.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(hit);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span className="search-type">{t(`type.${hit.node.__typename}`)}</span>
            <span className="search-main">{summaryLabel(hit.node)}</span>
            <span className="search-second">{secondary(hit.node)}</span>
          </li>
        ))}
      </ul>
      <div className="visually-hidden" aria-live="polite">
        {expanded && !busy ? t('search.results', { n: hits.length }) : ''}
      </div>
    </div>
  );
}
