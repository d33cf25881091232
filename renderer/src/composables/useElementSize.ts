// An element's content size, kept current with a ResizeObserver.
import { onScopeDispose, ref, watch, type Ref } from 'vue';

/** What useElementSize returns. */
export interface UseElementSizeReturn {
  width: Ref<number>;
  height: Ref<number>;
}

/** Tracks the width and height of `target` (0 until it is mounted). */
export function useElementSize(target: Ref<HTMLElement | null>): UseElementSizeReturn {
  const width = ref(0);
  const height = ref(0);
  let observer: ResizeObserver | null = null;
  const stop = watch(
    target,
    (el) => {
      observer?.disconnect();
      if (!el) return;
      width.value = el.clientWidth;
      height.value = el.clientHeight;
      if (typeof ResizeObserver === 'undefined') return;
      observer = new ResizeObserver((entries) => {
        const box = entries[0]?.contentRect;
        if (box) {
          width.value = box.width;
          height.value = box.height;
        }
      });
      observer.observe(el);
    },
    { immediate: true },
  );
  onScopeDispose(() => {
    stop();
    observer?.disconnect();
  });
  return { width, height };
}
