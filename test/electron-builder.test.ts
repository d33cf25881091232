import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The Electron binary cannot be fetched here, so the release configuration is checked as data.
const config = JSON.parse(readFileSync(new URL('../electron-builder.json', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('the release configuration (electron-builder.json)', () => {
  it('builds AppImage and deb, dmg and nsis', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('turns off running as Node, NODE_OPTIONS and the inspect arguments', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false });
  });

  it('loads the app only from an asar whose integrity is checked', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({ onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true });
  });

  it('packs the built app (main, preload, renderer, CLI) and unpacks native modules so better-sqlite3 loads', () => {
    expect(config.files).toContain('out/**/*');
    expect(config.extraMetadata.main).toBe(pkg.main);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('is what `npm run dist` uses', () => {
    expect(pkg.scripts.dist).toMatch(/electron-builder --config electron-builder\.json$/);
  });
});
