// The queue table's columns (TanStack Table v9). Sorting is server-side: the header toggles the URL's sort.
import {
  columnFilteringFeature,
  createColumnHelper,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ReactTable,
} from '@tanstack/react-table';
import type { CallbackView } from '../../domain/types';
import { CampaignCell, ContactCell, OutcomeCell, ScheduleCell } from './cells';
import { RowActions } from './row-actions';

/** Sorting, filtering and paging are the server's (manual*): no client row models are registered. */
export const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  rowPaginationFeature,
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

export type QueueTable = ReactTable<typeof features, CallbackView>;
