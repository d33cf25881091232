// Module hook for tests: importing bullmq or ioredis throws, so a run that completes never loaded them.
import { register } from 'node:module';

register('data:text/javascript,export async function resolve(s, c, n) { if (s === "bullmq" || s === "ioredis") throw new Error("loaded " + s); return n(s, c); }');
