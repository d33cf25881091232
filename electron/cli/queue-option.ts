// `--redis URL`: where a lab sends its runs (and where `init-lab worker` takes them from).
import { InvalidArgumentError, Option } from 'commander';
import { parseRedisUrl, RedisUrlError } from '../queue/redis-url';
import { UsageError } from './errors';

/** The environment variable read when --redis is not given (the desktop app's setting too). */
export const REDIS_ENV = 'INIT_LAB_REDIS';

/** A Redis URL checked on the command line, so a typo is a usage error naming the flag. */
export function redisArg(text: string): string {
  try {
    parseRedisUrl(text, '--redis');
  } catch (e) {
    if (e instanceof RedisUrlError) throw new InvalidArgumentError(e.message.replace(/^--redis: /, ''));
    throw e;
  }
  return text;
}

/** The lab's `--redis` option. */
export function redisOption(): Option {
  return new Option(
    '--redis <url>',
    `send runs as jobs to init-lab workers through Redis (redis://[:password@]host:port, rediss:// for TLS; default: $${REDIS_ENV}, else train here)`,
  ).argParser(redisArg);
}

/** The Redis URL in effect: the flag, else the environment (checked, naming the variable), else none. */
export function redisUrlOf(flag: string | undefined, env: Record<string, string | undefined>): string | undefined {
  if (flag !== undefined) return flag;
  const fromEnv = env[REDIS_ENV]?.trim();
  if (!fromEnv) return undefined;
  try {
    parseRedisUrl(fromEnv, REDIS_ENV);
  } catch (e) {
    throw e instanceof RedisUrlError ? new UsageError(e.message) : e;
  }
  return fromEnv;
}
