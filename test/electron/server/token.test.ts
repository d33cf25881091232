import { describe, expect, it } from 'vitest';
import { createToken, tokenCookie, tokensMatch } from '../../../electron/server/token';

describe('the browser-mode token', () => {
  it('is 256 random bits in URL-safe base64', () => {
    expect(createToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('is different at each start', () => {
    expect(new Set(Array.from({ length: 50 }, createToken)).size).toBe(50);
  });

  it('matches only itself, whatever the length of the guess', () => {
    const token = createToken();
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(token.slice(0, -1), token)).toBe(false);
    expect(tokensMatch('', token)).toBe(false);
    expect(tokensMatch(`${token}x`, token)).toBe(false);
  });

  it('is set as an HttpOnly, SameSite=Strict cookie named after the port', () => {
    expect(tokenCookie(4321, 'abc')).toBe('init_lab_token_4321=abc; Path=/; HttpOnly; SameSite=Strict');
  });
});
