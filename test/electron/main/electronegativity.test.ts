// The desktop app's source passes @doyensec/electronegativity with no finding above low severity.
// The tool always exits 0, so its report is read and judged here.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const runner = createRequire(import.meta.url).resolve('@doyensec/electronegativity/dist/runner.js');
const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const SEVERITY_ORDER = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

interface Finding {
  id: string;
  severity: string;
  file: string;
  line: number;
  description: string;
}
interface Report {
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  issues: Finding[];
}

/** Runs the scanner in a child process (it registers globals) and returns its findings. */
function scan(dir: string): Report {
  const script = `
    const run = require(${JSON.stringify(runner)});
    run({
      input: ${JSON.stringify(dir)},
      // The check that downloads Electron's release list cannot run offline; the version is pinned in package.json.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      customScan: [], isRelative: true, isVerbose: false, isSarif: false, parserPlugins: [],
      electronVersionOverride: ${JSON.stringify(electronVersion)},
    }, false).then((r) => {
      process.stdout.write('\\n@@REPORT@@' + JSON.stringify({
        errors: r.errors,
        issues: r.issues.map((i) => ({ id: i.id, severity: i.severity.name, file: i.file, line: i.location.line, description: i.description })),
      }));
    }, (e) => { console.error(e); process.exit(1); });`;
  const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out.slice(out.indexOf('@@REPORT@@') + '@@REPORT@@'.length)) as Report;
}

const aboveLow = (report: Report) => report.issues.filter((i) => SEVERITY_ORDER.indexOf(i.severity) > SEVERITY_ORDER.indexOf('LOW'));

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('electronegativity', () => {
  it('finds nothing above low severity in the app source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'init-lab-scan-'));
    temps.push(dir);
    cpSync(join(root, 'electron'), join(dir, 'electron'), { recursive: true });
    cpSync(join(root, 'renderer'), join(dir, 'renderer'), { recursive: true, filter: (src) => !src.includes('node_modules') });
    cpSync(join(root, 'package.json'), join(dir, 'package.json'));
    const report = scan(dir);
    expect(report.errors.filter((e) => !e.tolerable), 'files the scanner could not parse').toEqual([]);
    expect(aboveLow(report)).toEqual([]);
  });

  it('does flag an unsafe window, so a clean report means something', () => {
    const dir = mkdtempSync(join(tmpdir(), 'init-lab-scan-bad-'));
    temps.push(dir);
    mkdirSync(join(dir, 'main'));
    cpSync(join(root, 'package.json'), join(dir, 'package.json'));
    writeFileSync(
      join(dir, 'main', 'index.ts'),
      `import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n`,
    );
    const ids = aboveLow(scan(dir)).map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']),
    );
  });
});
