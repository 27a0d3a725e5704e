import { ApiError } from '../../api/client';
import { useDemoReset } from '../../api/demo-reset';
import { Button } from '../../components/button';
import { useToast } from '../../components/toast';

/** For sales engineers: fresh demo data (overdue, today and this week's work relative to now). */
export function ResetDemoButton() {
  const reset = useDemoReset();
  const notify = useToast();
  return (
    <Button
      size="sm"
      variant="ghost"
      disabled={reset.isPending}
      onClick={() =>
        reset.mutate(
          {},
          {
            onSuccess: () => notify('Demo data reset.', 'success'),
            onError: (error) => notify(error instanceof ApiError ? error.message : 'The demo data could not be reset.', 'error'),
          },
        )
      }
    >
      {reset.isPending ? 'Resetting…' : 'Reset demo data'}
    </Button>
  );
}
