// Every weight initializer by its snake_case name: the one list the UI, config, storage and CLI share.
import { constant } from './constant';
import { he, random } from './course-aliases';
import { glorotStandard } from './glorot-standard';
import { heNormal } from './he-normal';
import { heUniform } from './he-uniform';
import { identity } from './identity';
import { lecunNormal } from './lecun-normal';
import { lecunUniform } from './lecun-uniform';
import { lsuv } from './lsuv';
import { normal } from './normal';
import { orthogonal } from './orthogonal';
import { scaledNormal } from './scaled-normal';
import { sparse } from './sparse';
import { truncatedNormal } from './truncated-normal';
import type { Initializer } from './types';
import { uniform } from './uniform';
import { xavierNormal } from './xavier-normal';
import { xavierUniform } from './xavier-uniform';
import { zeros } from './zeros';

/** The initializer catalogue, in the order the UI lists it. */
export const INITIALIZERS = {
  zeros,
  constant,
  uniform,
  normal,
  truncated_normal: truncatedNormal,
  scaled_normal: scaledNormal,
  random,
  xavier_normal: xavierNormal,
  xavier_uniform: xavierUniform,
  glorot_standard: glorotStandard,
  he_normal: heNormal,
  he_uniform: heUniform,
  he,
  lecun_normal: lecunNormal,
  lecun_uniform: lecunUniform,
  orthogonal,
  identity,
  sparse,
  lsuv,
} satisfies Record<string, Initializer>;

/** An initializer's name, as written in configs, specs and on the command line. */
export type InitializerName = keyof typeof INITIALIZERS;

/** Every accepted initializer name, in registry order. */
export const INITIALIZER_NAMES = Object.keys(INITIALIZERS) as InitializerName[];

/** Whether a string names an initializer. */
export function isInitializerName(name: string): name is InitializerName {
  return Object.prototype.hasOwnProperty.call(INITIALIZERS, name);
}
