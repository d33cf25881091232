// The tag that ties together the experiments one click on a paper preset started, so its check sees all their runs.
import type { PaperPreset } from './verdict';

/** The group tag of a click on `preset` at `startedAt` (an ISO time): the preset's tag, '@', the time. */
export function paperGroupTag(preset: Pick<PaperPreset, 'tag'>, startedAt: string): string {
  return `${preset.tag}@${startedAt}`;
}

/** The group tag among an experiment's tags for `preset`, or null (one-experiment presets and older experiments have none). */
export function paperGroupOf(preset: Pick<PaperPreset, 'tag'>, tags: readonly string[]): string | null {
  return tags.find((t) => t.startsWith(`${preset.tag}@`)) ?? null;
}

/** The tags a click on `preset` gives each experiment it starts: 'paper', the preset's tag and, for several experiments, the group tag. */
export function paperPresetTags(preset: Pick<PaperPreset, 'tag' | 'experiments'>, startedAt: string): string[] {
  return preset.experiments.length > 1 ? ['paper', preset.tag, paperGroupTag(preset, startedAt)] : ['paper', preset.tag];
}
