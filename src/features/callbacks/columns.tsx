// The queue table's columns (TanStack Table v9). Sorting is server-side: the header toggles the URL's sort.
import {
  createColumnHelper,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  type ReactTable,
} from '@tanstack/react-table';
import type { CallbackView } from '../../domain/types';
import { CampaignCell, ContactCell, OutcomeCell, ScheduleCell } from './cells';
import { RowActions } from './row-actions';
import { SelectAllLoadedCheckbox, SelectRowCheckbox } from './selection/select-cells';

/**
 * Sorting, filtering and paging are the server's: only the sorting feature is registered (manualSorting, for the
 * header's sort state); no client row models. Filtering and pagination features would be dead weight in the
 * initial JavaScript (about 1 kB gzipped).
 */
export const features = tableFeatures({
  rowSortingFeature,
  columnMeta: metaHelper<{ label: string }>(),
});

const helper = createColumnHelper<typeof features, CallbackView>();

/** The grid template shared by the header row and every body row (1024 px and up). */
export const GRID_COLUMNS = 'minmax(11rem,2fr) minmax(7rem,1fr) minmax(11rem,1.7fr) minmax(8rem,1.3fr) minmax(16.5rem,22rem)';

export const columns = helper.columns([
  helper.accessor((cb) => cb.contact.name, {
    id: 'contact',
    header: 'Contact',
    meta: { label: 'Contact' },
    cell: ({ row }) => <ContactCell callback={row.original} />,
  }),
  helper.accessor('outcome', {
    header: 'Outcome',
    meta: { label: 'Outcome' },
    enableSorting: false,
    cell: ({ row }) => <OutcomeCell callback={row.original} />,
  }),
  helper.accessor('scheduledAt', {
    header: 'Scheduled',
    meta: { label: 'Scheduled' },
    cell: ({ row }) => <ScheduleCell callback={row.original} />,
  }),
  helper.accessor((cb) => cb.campaign.name, {
    id: 'campaign',
    header: 'Campaign / agent',
    meta: { label: 'Campaign / agent' },
    enableSorting: false,
    cell: ({ row }) => <CampaignCell callback={row.original} />,
  }),
  helper.display({
    id: 'actions',
    header: 'Actions',
    meta: { label: 'Actions' },
    cell: ({ row }) => <RowActions callback={row.original} />,
  }),
]);

/** Supervisors' table: a selection column first (a checkbox per row, "Select all loaded" in the header). */
export const selectableColumns = helper.columns([
  helper.display({
    id: 'select',
    header: () => <SelectAllLoadedCheckbox />,
    meta: { label: 'Select' },
    cell: ({ row }) => <SelectRowCheckbox callback={row.original} />,
  }),
  ...columns,
]);
export const SELECTABLE_GRID_COLUMNS = `2.25rem ${GRID_COLUMNS}`;

export type QueueTable = ReactTable<typeof features, CallbackView>;
