// One end-to-end step = one named action with its checks and a screenshot of the workbench after it.
// After the first failure the rest of that run is reported as skipped: later clicks depend on earlier ones.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export interface StepResult {
  name: string;
  ok: boolean;
  skipped?: boolean;
  error?: string;
  screenshot?: string;
}

export class Steps {
  readonly results: StepResult[] = [];
  private failed = false;

  /**
   * `secrets` are blanked out of every error message before it is printed or kept; `beforeShot` tidies
   * the page (a hover, a tooltip) before each screenshot.
   */
  constructor(
    private readonly page: Page,
    private readonly dir: string,
    private readonly prefix: string,
    private readonly secrets: string[],
    private readonly beforeShot: () => Promise<void> = async () => {},
  ) {
    mkdirSync(dir, { recursive: true });
  }

  get lastOk(): boolean {
    return this.results.at(-1)?.ok ?? false;
  }

  async step(name: string, action: () => Promise<void>): Promise<void> {
    const label = `${this.prefix}: ${name}`;
    if (this.failed) {
      this.results.push({ name: label, ok: false, skipped: true });
      console.log(`  - ${label} (skipped)`);
      return;
    }
    const started = Date.now();
    let error: string | undefined;
    try {
      await action();
    } catch (e) {
      error = this.redact(e instanceof Error ? e.message : String(e));
    }
    const slug = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const screenshot = join(this.dir, `${this.prefix}-${String(this.results.length + 1).padStart(2, '0')}-${slug}.png`);
    await this.beforeShot().catch(() => undefined);
    await this.page.screenshot({ path: screenshot }).catch(() => undefined);
    this.results.push({ name: label, ok: !error, ...(error ? { error } : {}), screenshot });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (error) {
      this.failed = true;
      console.log(`  ✗ ${label} (${seconds} s)\n      ${error.split('\n').slice(0, 12).join('\n      ')}\n      screenshot: ${screenshot}`);
    } else {
      console.log(`  ✓ ${label} (${seconds} s)`);
    }
  }

  private redact(text: string): string {
    return this.secrets.filter(Boolean).reduce((t, s) => t.split(s).join('********'), text);
  }
}

/** Throws `message` unless `condition` holds: the suite's one assertion form, readable in the report. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
