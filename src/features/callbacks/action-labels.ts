import type { ActionName } from '../../domain/types';

/** The five actions, in the order they appear everywhere; button names are exactly these. */
export const ACTION_ORDER: readonly ActionName[] = ['call-now', 'reschedule', 'skip', 'cancel', 'complete'];

export const ACTION_LABELS: Record<ActionName, string> = {
  'call-now': 'Call Now',
  reschedule: 'Reschedule',
  skip: 'Skip',
  cancel: 'Cancel',
  complete: 'Mark Complete',
};

export const ACTION_SHORTCUTS: Record<ActionName, string> = {
  'call-now': 'c',
  reschedule: 'r',
  skip: 's',
  cancel: 'x',
  complete: 'm',
};
