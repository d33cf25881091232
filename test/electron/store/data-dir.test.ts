import { describe, expect, it } from 'vitest';
import { databasePath, resolveDataDir } from '../../../electron/store/data-dir';

describe('resolveDataDir', () => {
  const home = '/home/u';
  it('prefers the --data flag over everything', () => {
    expect(resolveDataDir({ flag: '/x', env: { INIT_LAB_DATA: '/y', XDG_DATA_HOME: '/z' }, userData: '/w', home })).toBe('/x');
  });
  it('uses INIT_LAB_DATA next', () => {
    expect(resolveDataDir({ env: { INIT_LAB_DATA: '/y', XDG_DATA_HOME: '/z' }, userData: '/w', home })).toBe('/y');
  });
  it("uses Electron's userData in the desktop app", () => {
    expect(resolveDataDir({ env: { XDG_DATA_HOME: '/z' }, userData: '/w', home })).toBe('/w');
  });
  it('uses $XDG_DATA_HOME/init-lab without Electron', () => {
    expect(resolveDataDir({ env: { XDG_DATA_HOME: '/z' }, home })).toBe('/z/init-lab');
  });
  it('falls back to ~/.local/share/init-lab', () => {
    expect(resolveDataDir({ env: {}, home })).toBe('/home/u/.local/share/init-lab');
  });
  it('puts the database file inside the directory', () => {
    expect(databasePath('/d')).toBe('/d/init-lab.sqlite');
  });
});
