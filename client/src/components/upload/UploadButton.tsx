/** "Legg til dokumenter" in the top bar, for a logged-in editor; opens the upload dialog. */
import { useState } from 'react';
import { useAdmin } from '../../admin/index.ts';
import { useI18n } from '../../app/i18n-context.ts';
import { UploadDialog } from './UploadDialog.tsx';

export function UploadButton({ onChanged }: { onChanged(): void }) {
  const { t } = useI18n();
  const { authenticated } = useAdmin();
  const [open, setOpen] = useState(false);
  if (!authenticated) return null;
  return (
    <>
      <button type="button" className="toggle-button" onClick={() => setOpen(true)} data-testid="upload-open">
        {t('upload.open')}
      </button>
      {open && <UploadDialog onClose={() => setOpen(false)} onChanged={onChanged} />}
    </>
  );
}
