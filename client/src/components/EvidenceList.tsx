/** The quotes behind a fact, each with a link to its place in the source document. */
import { useState } from 'react';
import type { Evidence } from '../api/index.ts';
import { useI18n } from '../app/i18n-context.ts';

export interface EvidenceListProps {
  evidence: Evidence[];
  onOpen(e: Evidence): void;
  initial?: number;
}

export function EvidenceList({ evidence, onOpen, initial = 4 }: EvidenceListProps) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  if (evidence.length === 0) return <p className="muted">{t('details.noEvidence')}</p>;
  const shown = all ? evidence : evidence.slice(0, initial);
  return (
    <div className="evidence">
      <ol className="evidence-list">
        {shown.map((e) => (
          <li key={`${e.document.id}|${e.start}|${e.end}`} className="evidence-item" data-testid="evidence-quote">
            <blockquote cite={e.document.fileName}>{e.quote}</blockquote>
            <div className="evidence-source">
              <span className="evidence-doc" title={e.document.fileName}>
                {e.document.title}
              </span>
              <button type="button" className="link-button" onClick={() => onOpen(e)}>
                {t('details.openDocument')} →
              </button>
            </div>
          </li>
        ))}
      </ol>
      {!all && evidence.length > initial && (
        <button type="button" className="text-button" onClick={() => setAll(true)}>
          {t('details.showMore', { n: evidence.length - initial })}
        </button>
      )}
    </div>
  );
}
