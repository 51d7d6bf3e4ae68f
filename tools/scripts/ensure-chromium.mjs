#!/usr/bin/env node
// Makes sure Debian's Chromium is installed for the browser tests. Browser builds are never
// downloaded by a test tool: when the browser is missing and we run as root, it comes from
// the system's package manager (`apt-get install chromium`). Prints what it did; exits
// non-zero with a clear message when it cannot provide the browser.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM_PATH = '/usr/bin/chromium';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command, args) {
  console.log(`ensure-chromium: running ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}

function main() {
  if (isExecutable(CHROMIUM_PATH)) {
    console.log(`ensure-chromium: ${CHROMIUM_PATH} is present, nothing to do`);
    return;
  }
  if (process.platform !== 'linux') {
    fail(`${CHROMIUM_PATH} is missing; install Chromium there (only Debian's apt install is automated)`);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    fail(
      `${CHROMIUM_PATH} is missing and this is not root; run: sudo apt-get update && sudo apt-get install -y chromium`,
    );
  }
  if (!isExecutable('/usr/bin/apt-get')) {
    fail(`${CHROMIUM_PATH} is missing and apt-get is not available to install Debian's chromium package`);
  }
  console.log(`ensure-chromium: ${CHROMIUM_PATH} is missing; installing Debian's chromium package`);
  try {
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium']);
  } catch (error) {
    fail(`installing chromium failed: ${error.message}`);
  }
  if (!isExecutable(CHROMIUM_PATH)) fail(`apt-get finished but ${CHROMIUM_PATH} is still missing`);
  const version = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' });
  console.log(`ensure-chromium: installed ${(version.stdout || '').trim() || CHROMIUM_PATH}`);
}

main();
