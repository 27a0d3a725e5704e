import { Outlet } from 'react-router-dom';
import { DemoNotice } from '../features/demo/demo-notice';
import { DemoControls } from '../features/demo/demo-controls';
import { TimeZonePicker } from '../features/session/time-zone-picker';
import { UserPicker } from '../features/session/user-picker';
import { MainNav } from '../features/triage/main-nav';

export function Layout() {
  return (
    <div className="flex h-screen min-w-[1024px] flex-col">
      <header className="flex flex-wrap items-end justify-between gap-4 border-b border-slate-200 px-6 py-3 dark:border-slate-800">
        <div className="flex items-end gap-4">
          <p className="pb-1 text-lg font-semibold">Callback Queue</p>
          <MainNav />
        </div>
        <div className="flex items-end gap-3">
          <UserPicker />
          <TimeZonePicker />
          <DemoControls />
        </div>
      </header>
      <DemoNotice />
      <main className="flex min-h-0 flex-1 flex-col px-6 py-4">
        <Outlet />
      </main>
    </div>
  );
}
