// Benchmark helper: `vite build` into a temporary outDir and `vite preview` of it, as a process group that is
// always killed (stop(), also on SIGINT/SIGTERM of the benchmark).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const viteBin = (root: string) => join(root, 'node_modules', '.bin', 'vite');

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

/** env: e.g. VITE_API_URL, for a build that talks to an HTTP backend instead of loading MSW. */
export async function buildApp(root: string, outDir: string, env: Record<string, string> = {}): Promise<void> {
  await run(viteBin(root), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], root, env);
}

export interface Preview {
  url: string;
  stop: () => Promise<void>;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the whole group: npx/vite and anything they started
  } catch {
    // already gone
  }
}

/** Serves outDir on 127.0.0.1:port (strictPort) and resolves once it answers. */
export async function startPreview(root: string, outDir: string, port: number): Promise<Preview> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(viteBin(root), ['preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    detached: true, // own process group, so stop() can kill everything in it
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));

  const onSignal = (signal: NodeJS.Signals) => {
    killGroup(child, 'SIGKILL');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const onExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', onExit);

  const stop = async () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', onExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}); is port ${port} in use?\n${log}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`vite preview did not answer on ${url} within 30 s\n${log}`);
}
