// Draws small images in a grid, each with a caption under it; a tile marked wrong gets a red frame and caption.

/** One tile: width × height RGBA bytes (row-major), a caption, and whether it is marked (a misclassified image). */
export interface Tile {
  rgba: Uint8ClampedArray;
  caption: string;
  wrong?: boolean;
}

/** Where tiles go: columns, one image's size in CSS pixels and the whole grid's height. */
export interface TileLayout {
  columns: number;
  cellW: number;
  cellH: number;
  captionHeight: number;
  height: number;
}

const GAP = 6;

/** A layout for n tiles of w × h pixels in a width: images scaled by a whole factor (1 to 3) so pixels stay square. */
export function tileLayout(n: number, width: number, w: number, h: number, captions = true): TileLayout {
  const scale = Math.max(1, Math.min(3, Math.floor((width / Math.max(1, Math.min(n, 10)) - GAP) / Math.max(w, 1))));
  const cellW = w * scale;
  const cellH = h * scale;
  const columns = Math.max(1, Math.floor((width + GAP) / (cellW + GAP)));
  const captionHeight = captions ? 16 : 0;
  const rows = Math.ceil(n / columns);
  return { columns, cellW, cellH, captionHeight, height: rows ? rows * (cellH + captionHeight + GAP) - GAP : 0 };
}

/** Colours of the grid's text and marks. */
export interface TileColors {
  text: string;
  danger: string;
}

/** Draws the tiles on a 2D context (screen, a 2× export canvas); the context's transform sets the scale. */
export function drawTiles(ctx: CanvasRenderingContext2D, width: number, tiles: readonly Tile[], w: number, h: number, colors: TileColors): TileLayout {
  const layout = tileLayout(tiles.length, width, w, h, tiles.some((t) => t.caption));
  const scratch = document.createElement('canvas');
  scratch.width = w;
  scratch.height = h;
  const sctx = scratch.getContext('2d');
  ctx.imageSmoothingEnabled = false;
  ctx.font = '11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  tiles.forEach((t, i) => {
    const x = (i % layout.columns) * (layout.cellW + GAP);
    const y = Math.floor(i / layout.columns) * (layout.cellH + layout.captionHeight + GAP);
    if (sctx) {
      const img = sctx.createImageData(w, h);
      img.data.set(t.rgba);
      sctx.putImageData(img, 0, 0);
      ctx.drawImage(scratch, x, y, layout.cellW, layout.cellH);
    }
    if (t.wrong) {
      ctx.strokeStyle = colors.danger;
      ctx.lineWidth = 2;
      ctx.strokeRect(x + 1, y + 1, layout.cellW - 2, layout.cellH - 2);
    }
    if (t.caption) {
      ctx.fillStyle = t.wrong ? colors.danger : colors.text;
      ctx.fillText(t.caption, x + layout.cellW / 2, y + layout.cellH + 2, layout.cellW + GAP);
    }
  });
  return layout;
}
