// A Redis URL from the command line or a setting, checked and turned into connection options.
// redis://[[user]:password@]host[:port][/db] or rediss://… (TLS; a private CA is trusted through NODE_EXTRA_CA_CERTS).
import { isIP } from 'node:net';

/** Connection options for ioredis and BullMQ. */
export interface RedisTarget {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db: number;
  tls: boolean;
  /** The URL with any password hidden, for messages. */
  display: string;
}

/** A bad URL, with a message naming the option and the value. */
export class RedisUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedisUrlError';
  }
}

/** Parses a Redis URL; `option` names where it came from (e.g. `--redis`) in the error. */
export function parseRedisUrl(text: string, option = '--redis'): RedisTarget {
  const bad = (why: string) => new RedisUrlError(`${option}: got ${JSON.stringify(hidePassword(text))}; ${why} (expected redis://[:password@]host:port or rediss://…)`);
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw bad('not a URL');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw bad(`the scheme must be redis or rediss, not ${url.protocol.replace(/:$/, '')}`);
  if (!url.hostname) throw bad('the host is missing');
  const port = url.port === '' ? 6379 : Number(url.port);
  const dbText = url.pathname.replace(/^\//, '');
  const db = dbText === '' ? 0 : Number(dbText);
  if (!Number.isInteger(db) || db < 0 || !/^\d*$/.test(dbText)) throw bad(`the database must be a number, not ${JSON.stringify(dbText)}`);
  const tls = url.protocol === 'rediss:';
  const target: RedisTarget = {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port,
    db,
    tls,
    display: hidePassword(text.trim()),
  };
  if (url.username) target.username = decodeURIComponent(url.username);
  if (url.password) target.password = decodeURIComponent(url.password);
  return target;
}

/** The URL with its password replaced by ***. */
export function hidePassword(text: string): string {
  return text.replace(/^(rediss?:\/\/[^:@/]*:)[^@]*@/, '$1***@');
}

/** ioredis options for a target. BullMQ needs `maxRetriesPerRequest: null` on the connections its workers block on. */
export function redisOptions(target: RedisTarget): Record<string, unknown> {
  return {
    host: target.host,
    port: target.port,
    db: target.db,
    ...(target.username ? { username: target.username } : {}),
    ...(target.password ? { password: target.password } : {}),
    // An IP address is checked against the certificate's IP names; SNI may only carry a host name.
    ...(target.tls ? { tls: isIP(target.host) ? {} : { servername: target.host } } : {}),
    maxRetriesPerRequest: null,
  };
}
