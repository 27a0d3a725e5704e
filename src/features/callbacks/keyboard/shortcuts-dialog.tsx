import { Button } from '../../../components/button';
import { Dialog } from '../../../components/dialog';
import { SHORTCUTS } from './shortcuts';

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Keyboard shortcuts"
      description="Shortcuts work anywhere on the queue except while you type in a field."
    >
      <table className="text-sm">
        <caption className="sr-only">Keyboard shortcuts</caption>
        <thead>
          <tr>
            <th scope="col" className="pb-1 text-left">
              Keys
            </th>
            <th scope="col" className="pb-1 text-left">
              Does
            </th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.what}>
              <td className="py-0.5 pr-4">
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' or '}
                    <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">
                      {key}
                    </kbd>
                  </span>
                ))}
              </td>
              <td className="py-0.5">{shortcut.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex justify-end">
        <Button onClick={onClose} data-autofocus>
          Close
        </Button>
      </div>
    </Dialog>
  );
}
