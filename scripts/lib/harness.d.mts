// Types for harness.mjs, so test/vscode/runDesktop.ts can share it with type checking.
import type { ChildProcess } from 'node:child_process';

export interface Profile { root: string; userDataDir: string; extensionsDir: string; workspaceDir: string }
export interface SimAccountLine { name: string; accountId: string; clientId: string; clientSecret: string }

export function startSimulator(options?: { args?: string[]; onLog?: (line: string) => void; timeoutMs?: number }):
  Promise<{ url: string; accounts: SimAccountLine[]; child: ChildProcess }>;
export function tempProfile(prefix?: string): Profile;
export function writeUserSettings(userDataDir: string, simUrl: string, extra?: Record<string, unknown>): Promise<string>;
export function hostEnv(options: { simUrl: string; userDataDir: string; grep?: string }): Record<string, string>;
export function stopAll(graceMs?: number): Promise<void>;
export function onInterrupt(cleanup: () => unknown): () => Promise<unknown>;
