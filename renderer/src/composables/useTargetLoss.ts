// A target loss typed as text: its value when it is a positive number, else null and the reason.
import { computed, ref, type ComputedRef, type Ref } from 'vue';

/** What useTargetLoss returns. */
export interface UseTargetLossReturn {
  /** The field's text, as typed. */
  text: Ref<string>;
  /** The target, or null while the text is not a positive number. */
  value: ComputedRef<number | null>;
  /** Why the text is refused, or '' when it is not. */
  error: ComputedRef<string>;
}

/** A target-loss field starting at `initial`. */
export function useTargetLoss(initial: string): UseTargetLossReturn {
  const text = ref(initial);
  const value = computed(() => {
    const t = text.value.trim();
    const v = Number(t);
    return t !== '' && Number.isFinite(v) && v > 0 ? v : null;
  });
  const error = computed(() => (value.value == null ? 'enter a positive number' : ''));
  return { text, value, error };
}
