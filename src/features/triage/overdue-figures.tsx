import type { TriageResponse } from '../../api/triage';
import { Badge } from '../../components/badge';
import { CampaignStatusActions } from './campaign-status-actions';
import { FigureLink } from './figure-link';
import { overdueQueueLink } from './queue-links';
import { StaleBulk } from './stale-bulk';

const card = 'rounded-lg border border-slate-200 p-4 dark:border-slate-700';
const th = 'px-3 py-2 text-left text-xs font-semibold text-slate-700 dark:text-slate-300';
const td = 'px-3 py-2 text-sm';

/** The overdue figures; each one links to the queue filtered to exactly the callbacks it counts. */
export function OverdueFigures({ triage, tz }: { triage: TriageResponse; tz: string }) {
  const stale = triage.byAge.find((b) => b.bucket === 'stale')?.count ?? 0;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="triage-totals" className={card}>
        <h2 id="triage-totals" className="text-base font-semibold">
          Overdue now
        </h2>
        <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-4 gap-y-2 text-sm">
          <dt>All overdue callbacks</dt>
          <dd className="text-right">
            <FigureLink to={overdueQueueLink()} count={triage.total} label="overdue callbacks" />
          </dd>
          <dt>Customer requested</dt>
          <dd className="text-right">
            <FigureLink
              to={overdueQueueLink({ type: 'customer-requested' })}
              count={triage.customerRequested}
              label="overdue customer-requested callbacks"
            />
          </dd>
          <dt>Stale (over 2 days)</dt>
          <dd className="text-right">
            <FigureLink to={overdueQueueLink({ age: 'stale' })} count={stale} label="stale callbacks" />
          </dd>
        </dl>
        <div className="mt-3">
          <StaleBulk count={stale} tz={tz} />
        </div>
      </section>

      <section aria-labelledby="triage-age" className={card}>
        <h2 id="triage-age" className="text-base font-semibold">
          How long overdue
        </h2>
        <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-4 gap-y-2 text-sm">
          {triage.byAge.map((b) => (
            <div key={b.bucket} className="contents">
              <dt>{b.label}</dt>
              <dd className="text-right">
                <FigureLink
                  to={overdueQueueLink({ age: b.bucket })}
                  count={b.count}
                  label={`callbacks overdue ${b.label.toLowerCase()}`}
                />
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="triage-campaigns" className={`${card} lg:col-span-2`}>
        <h2 id="triage-campaigns" className="text-base font-semibold">
          Overdue by campaign
        </h2>
        {triage.byCampaign.length === 0 ? (
          <p className="mt-2 text-sm">No campaign has overdue callbacks.</p>
        ) : (
          <table className="mt-2 w-full">
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-700">
                <th scope="col" className={th}>
                  Campaign
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Overdue
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Customer requested
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Stale
                </th>
                <th scope="col" className={th}>
                  Campaign status
                </th>
              </tr>
            </thead>
            <tbody>
              {triage.byCampaign.map((row) => (
                <tr key={row.campaign.id} className="border-b border-slate-100 dark:border-slate-800">
                  <th scope="row" className={`${td} text-left font-medium`}>
                    {row.campaign.name}{' '}
                    {row.campaign.status !== 'active' && (
                      <Badge tone="warning">{row.campaign.status === 'paused' ? 'Paused' : 'Ended'}</Badge>
                    )}
                  </th>
                  <td className={`${td} text-right`}>
                    <FigureLink
                      to={overdueQueueLink({ campaign: row.campaign.id })}
                      count={row.count}
                      label={`overdue in ${row.campaign.name}`}
                    />
                  </td>
                  <td className={`${td} text-right`}>
                    <FigureLink
                      to={overdueQueueLink({ campaign: row.campaign.id, type: 'customer-requested' })}
                      count={row.customerRequested}
                      label={`customer-requested overdue in ${row.campaign.name}`}
                    />
                  </td>
                  <td className={`${td} text-right`}>
                    <FigureLink
                      to={overdueQueueLink({ campaign: row.campaign.id, age: 'stale' })}
                      count={row.stale}
                      label={`stale in ${row.campaign.name}`}
                    />
                  </td>
                  <td className={td}>
                    <CampaignStatusActions campaign={row.campaign} overdue={row.count} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
