import { Outlet } from 'react-router-dom';

export function Layout() {
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 px-6 py-3 dark:border-slate-800">
        <p className="text-lg font-semibold">Callback Queue</p>
      </header>
      <main className="px-6 py-4">
        <Outlet />
      </main>
    </div>
  );
}
