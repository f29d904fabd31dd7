/**
 * The sector × sector gap matrix as a heat-map table: every cell says its
 * number in text, the shade only repeats it, and a gap says "ingen kobling"
 * in words and with a hatched red cell, so the table reads without colour.
 */
import type { SectorGapMatrix } from '../api/index.ts';
import { gapTable } from '../analysis/index.ts';
import { localName } from '../i18n/index.ts';
import { useI18n } from '../app/i18n-context.ts';

export function GapTable({ matrix, colors }: { matrix: SectorGapMatrix; colors: Map<string, string> }) {
  const { t, lang } = useI18n();
  const table = gapTable(matrix);
  const name = new Map(matrix.sectors.map((s) => [s.id, localName(s, lang)]));
  return (
    <div className="gap-table-wrap">
      <table className="gap-table" data-testid="gap-table">
        <caption>
          {t('gaps.caption')} · <strong>{table.gaps.length ? t('gaps.count', { n: table.gaps.length }) : t('gaps.noGaps')}</strong>
        </caption>
        <thead>
          <tr>
            <td />
            {table.sectors.map((s) => (
              <th key={s} scope="col">
                <span className="sector-head">
                  <span className="swatch" style={{ background: colors.get(s) ?? '#9CA3AF' }} aria-hidden="true" />
                  {name.get(s)}
                </span>
              </th>
            ))}
            <th scope="col" className="num">
              {t('gaps.rowGaps')}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.sector}>
              <th scope="row">
                <span className="sector-head">
                  <span className="swatch" style={{ background: colors.get(row.sector) ?? '#9CA3AF' }} aria-hidden="true" />
                  {name.get(row.sector)}
                </span>
              </th>
              {row.cells.map((c) => {
                const a = name.get(c.row) ?? c.row;
                const b = name.get(c.col) ?? c.col;
                const title = c.gap ? t('gaps.cellGap', { a, b }) : `${t('gaps.cell', { a, b, n: c.links })}${c.examples.length ? ` (${c.examples.join(', ')})` : ''}`;
                return (
                  <td key={c.col} className={`heat-${c.heat}${c.gap ? ' gap' : ''}${c.diagonal ? ' diagonal' : ''}`} title={title} data-gap={c.gap || undefined}>
                    {c.gap ? <span className="gap-label">{t('gaps.none')}</span> : c.diagonal ? <span className="within">{c.links ? `${t('gaps.within')} ${c.links}` : '–'}</span> : c.links}
                  </td>
                );
              })}
              <td className="num row-gaps">{row.gaps}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
