// `node --import` this file to make `import … from 'electron'` load the fake in every later module.
import { register } from 'node:module';

register('./electron-loader.mjs', import.meta.url);
