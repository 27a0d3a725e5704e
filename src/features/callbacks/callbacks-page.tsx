export function CallbacksPage() {
  return <h1 className="text-2xl font-semibold">Callbacks</h1>;
}
