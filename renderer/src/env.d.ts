/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

declare module 'svgcanvas' {
  /** A 2D drawing context that records SVG. */
  export class Context {
    constructor(options?: { width?: number; height?: number; document?: Document; ctx?: CanvasRenderingContext2D } | number, height?: number);
    getSerializedSvg(fixNamedEntities?: boolean): string;
    getSvg(): SVGSVGElement;
  }
}
