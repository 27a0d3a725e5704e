import { useState } from 'react';
import { fetchCallbacksCsv } from '../../api/export';
import type { CallbackListParams } from '../../api/keys';
import { Button } from '../../components/button';
import { useToast } from '../../components/toast';
import { formatIn } from '../../domain/time';
import { useSession } from '../session/session-context';
import { useNow } from '../session/use-now';

function saveFile(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads every row of the view with its filters (not just the loaded page) as `callbacks-<view>-<date>.csv`. */
export function ExportButton({
  params,
  label = 'Export CSV',
}: {
  params: CallbackListParams;
  label?: string;
}) {
  const { user } = useSession();
  const now = useNow();
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const blob = await fetchCallbacksCsv(params, user.id);
      saveFile(blob, `callbacks-${params.view}-${formatIn(now, params.tz, 'yyyy-MM-dd')}.csv`);
    } catch (e) {
      notify(`The export failed: ${e instanceof Error ? e.message : 'unknown error'}`, 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button onClick={() => void run()} disabled={busy}>
      {busy ? 'Exporting…' : label}
    </Button>
  );
}
