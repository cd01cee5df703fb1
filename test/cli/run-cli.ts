import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Run the `peoplecase` CLI as a user would (a child process), returning its exit status and both streams. */
export function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'core/cli.ts', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The one line a refused command prints on stderr: throws when there are several lines (a stack trace, the usage text). */
export function onlyStderrLine(result: { stderr: string }): string {
  const lines = result.stderr.trimEnd().split('\n');
  if (lines.length !== 1 || lines[0] === '') throw new Error(`expected one line on stderr, got:\n${result.stderr}`);
  return lines[0];
}
