#!/usr/bin/env node
// The `zhifa` command: runs the TypeScript sources through tsx (no separate server build step).
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../server/cli.ts');
await runCli();
