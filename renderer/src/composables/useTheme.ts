// Light/dark theme: follows the system until the user picks one, then remembers the choice.
import { computed, onScopeDispose, ref, watchEffect, type ComputedRef, type Ref } from 'vue';

/** The theme the user chose; 'system' follows prefers-color-scheme. */
export type ThemeChoice = 'light' | 'dark' | 'system';
/** The theme in effect. */
export type Theme = 'light' | 'dark';

/** Options of useTheme. */
export interface UseThemeOptions {
  /** localStorage key of the choice. */
  storageKey?: string;
  /** Element whose data-theme attribute is set (default: document.documentElement). */
  target?: HTMLElement;
}

/** What useTheme returns. */
export interface UseThemeReturn {
  choice: Ref<ThemeChoice>;
  theme: ComputedRef<Theme>;
  toggle(): void;
}

const KEY = 'init-lab.theme';

/** Reactive theme with a toggle; sets `data-theme` on the root element so CSS variables switch. */
export function useTheme(options: UseThemeOptions = {}): UseThemeReturn {
  const key = options.storageKey ?? KEY;
  const stored = readStored(key);
  const choice = ref<ThemeChoice>(stored);
  const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  const systemDark = ref(media?.matches ?? false);
  const onChange = (e: MediaQueryListEvent) => (systemDark.value = e.matches);
  media?.addEventListener?.('change', onChange);
  onScopeDispose(() => media?.removeEventListener?.('change', onChange));

  const theme = computed<Theme>(() => (choice.value === 'system' ? (systemDark.value ? 'dark' : 'light') : choice.value));
  watchEffect(() => {
    const el = options.target ?? document.documentElement;
    el.dataset.theme = theme.value;
    try {
      localStorage.setItem(key, choice.value);
    } catch {
      // storage may be unavailable (private mode); the theme still applies for this session
    }
  });
  return {
    choice,
    theme,
    toggle: () => (choice.value = theme.value === 'dark' ? 'light' : 'dark'),
  };
}

function readStored(key: string): ThemeChoice {
  try {
    const v = localStorage.getItem(key);
    return v === 'light' || v === 'dark' || v === 'system' ? v : 'system';
  } catch {
    return 'system';
  }
}
