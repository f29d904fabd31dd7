/**
 * "Navn slik de var i [år]": names renamed bodies as at the end of a chosen
 * year (Fylkesmannen in 2020, Statsforvalteren from 2021), or today's names.
 * It renames only; every fact stays on the map.
 */
import { useI18n } from '../app/i18n-context.ts';

/** The years offered, newest first: from this year back to 2000. */
export function namesYears(now: Date = new Date()): number[] {
  const last = now.getUTCFullYear();
  return Array.from({ length: last - 2000 + 1 }, (_, i) => last - i);
}

export function NamesAsOf({ value, onChange }: { value: number | null; onChange(year: number | null): void }) {
  const { t } = useI18n();
  return (
    <label className="names-as-of" title={t('names.hint')}>
      <span>{t('names.asOf')}</span>{' '}
      <select data-testid="names-as-of" value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
        <option value="">{t('names.today')}</option>
        {namesYears().map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
