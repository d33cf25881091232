// Steps an index through 0..count−1 on a timer, for animating checkpoints; stops itself at the end.
import { onScopeDispose, ref, watch, type Ref } from 'vue';

/** Options of usePlayback. */
export interface UsePlaybackOptions {
  count: Ref<number>;
  /** Milliseconds per step. */
  intervalMs?: number;
}

/** What usePlayback returns. */
export interface UsePlaybackReturn {
  index: Ref<number>;
  playing: Ref<boolean>;
  toggle(): void;
  stop(): void;
}

/** A playable index; it follows the last item while not playing if it was there (live runs keep growing). */
export function usePlayback(options: UsePlaybackOptions): UsePlaybackReturn {
  const index = ref(Math.max(0, options.count.value - 1));
  const playing = ref(false);
  let timer: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    playing.value = false;
    if (timer) clearInterval(timer);
    timer = null;
  };
  watch(options.count, (n, old) => {
    if (!playing.value && index.value >= (old ?? 0) - 1) index.value = Math.max(0, n - 1);
    if (index.value > n - 1) index.value = Math.max(0, n - 1);
  });
  const toggle = () => {
    if (playing.value) return stop();
    if (options.count.value < 2) return;
    if (index.value >= options.count.value - 1) index.value = 0;
    playing.value = true;
    timer = setInterval(() => {
      if (index.value >= options.count.value - 1) return stop();
      index.value++;
    }, options.intervalMs ?? 400);
  };
  onScopeDispose(stop);
  return { index, playing, toggle, stop };
}
