// Redis URLs from the command line: what is accepted, what the connection options are, and errors that name the flag.
import { describe, expect, it } from 'vitest';
import { hidePassword, parseRedisUrl, redisOptions } from '../../../electron/queue/redis-url';

describe('parseRedisUrl', () => {
  it('reads host, port, password and database from a redis URL', () => {
    const t = parseRedisUrl('redis://:p%40ss@queue.example:6380/2');
    expect(t).toMatchObject({ host: 'queue.example', port: 6380, password: 'p@ss', db: 2, tls: false });
    expect(t.username).toBeUndefined();
  });

  it('defaults the port to 6379 and the database to 0', () => {
    expect(parseRedisUrl('redis://127.0.0.1')).toMatchObject({ host: '127.0.0.1', port: 6379, db: 0 });
  });

  it('turns rediss into TLS options checked against the host name', () => {
    const t = parseRedisUrl('rediss://user:pw@queue.example:6390');
    expect(t).toMatchObject({ tls: true, username: 'user', password: 'pw' });
    expect(redisOptions(t)).toMatchObject({ host: 'queue.example', port: 6390, username: 'user', password: 'pw', tls: { servername: 'queue.example' }, maxRetriesPerRequest: null });
    // An IP address travels without SNI (which may only name hosts); the certificate is checked against it.
    expect(redisOptions(parseRedisUrl('rediss://10.0.0.5:6390')).tls).toEqual({});
  });

  it('leaves TLS and credentials out of the options of a plain URL', () => {
    const o = redisOptions(parseRedisUrl('redis://localhost:6379'));
    expect(o).not.toHaveProperty('tls');
    expect(o).not.toHaveProperty('password');
  });

  it('hides the password in the URL it shows', () => {
    expect(parseRedisUrl('redis://:secret@h:1').display).toBe('redis://:***@h:1');
    expect(hidePassword('rediss://admin:secret@h:1/0')).toBe('rediss://admin:***@h:1/0');
  });

  it('refuses another scheme, naming the flag and the value', () => {
    expect(() => parseRedisUrl('http://h:6379', '--redis')).toThrow('--redis: got "http://h:6379"; the scheme must be redis or rediss, not http');
  });

  it('refuses text that is not a URL without printing its password', () => {
    expect(() => parseRedisUrl('localhost:6379')).toThrow(/the scheme must be redis or rediss|not a URL/);
    expect(() => parseRedisUrl('redis://:secret@h:1/x')).toThrow('--redis: got "redis://:***@h:1/x"; the database must be a number, not "x"');
  });
});
