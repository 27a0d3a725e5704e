import { useForecast } from '../../api/triage';
import { Skeleton } from '../../components/skeleton';
import { ForecastChart } from './forecast-chart';

/** Callbacks due per hour over the next 24 hours, hours in the operator's time zone. */
export function ForecastSection({ tz }: { tz: string }) {
  const forecast = useForecast(tz, 24);
  return (
    <section
      aria-labelledby="triage-forecast"
      className="rounded-lg border border-slate-200 p-4 dark:border-slate-700"
    >
      <h2 id="triage-forecast" className="text-base font-semibold">
        Due in the next 24 hours
      </h2>
      <p className="text-xs text-slate-600 dark:text-slate-300">Per hour, in {tz.replace(/_/g, ' ')}.</p>
      {forecast.isPending && <Skeleton className="mt-3 h-40 w-full" />}
      {forecast.isError && (
        <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-300">
          The forecast could not be loaded: {forecast.error.message}
        </p>
      )}
      {forecast.data && (
        <div className="mt-3">
          <ForecastChart buckets={forecast.data.buckets} tz={tz} />
        </div>
      )}
    </section>
  );
}
