// registry.get and system.info.
import { availableParallelism } from 'node:os';
import type { RegistryInfo } from '../../../shared/contract/records';
import type { HandlerMap } from '../context';
import { registryInfo } from '../registry-info';

let registry: RegistryInfo | null = null;

/** The catalogue and facts operations. */
export const systemOps: HandlerMap<'registry.get' | 'system.info'> = {
  'registry.get'() {
    registry ??= registryInfo();
    return registry;
  },

  'system.info'(ctx) {
    return {
      appVersion: ctx.appVersion,
      engineVersion: ctx.engineVersion,
      schemaVersion: ctx.store.schemaVersion,
      dataDir: ctx.dataDir,
      databasePath: ctx.store.path,
      poolSize: ctx.poolSize,
      cores: availableParallelism(),
      platform: `${process.platform}-${process.arch}`,
      nodeVersion: process.versions.node,
      activeRuns: ctx.queue.size,
    };
  },
};
