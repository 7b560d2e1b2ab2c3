// Installs the Debian packages real-VS-Code runs need, only when missing (see docs/architecture.md §Real VS Code without internet).
import { spawnSync } from 'node:child_process';
import { run } from './run.mjs';

/** chromium drives the workbench; ripgrep replaces @vscode/ripgrep's GitHub download; libkrb5-dev builds
 *  code-server's kerberos addon; the Noto fonts make Chinese names and emoji render in screenshots. */
export const DEBIAN_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'fonts-noto-cjk', 'fonts-noto-color-emoji'];

function installed(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

export async function ensureDebianPackages(packages = DEBIAN_PACKAGES) {
  if (spawnSync('dpkg-query', ['--version']).status !== 0) {
    const missing = ['chromium', 'rg'].filter((c) => spawnSync('sh', ['-c', `command -v ${c}`]).status !== 0);
    if (missing.length)
      throw new Error(
        `This is not a Debian-based system and ${missing.join(', ')} is missing. Install ${packages.join(', ')} (or their equivalents) and retry.`,
      );
    return;
  }
  const missing = packages.filter((p) => !installed(p));
  if (missing.length === 0) return;
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!root && !sudo) {
    throw new Error(
      `Missing Debian packages: ${missing.join(' ')}. Install them once with:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\nthen run this command again.`,
    );
  }
  const apt = (args) =>
    root
      ? run('apt-get', args, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      : run('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]);
  console.log(`[setup] installing Debian packages: ${missing.join(' ')}`);
  try {
    await apt(['install', '-y', '--no-install-recommends', ...missing]);
  } catch {
    // The package lists are often empty on fresh images; refresh once and retry.
    try {
      await apt(['update']);
      await apt(['install', '-y', '--no-install-recommends', ...missing]);
    } catch (e) {
      throw new Error(
        `Could not install the Debian packages ${missing.join(' ')} (needed to run VS Code and Chromium here). ` +
          `Check that a Debian mirror is reachable, or install them by hand: apt-get update && apt-get install -y ${missing.join(' ')}\n${e.message}`,
      );
    }
  }
}
