// The line beside a run's Python snippet, worded from snippetFidelity: whether the script gives the run's weights, and from what.
import type { SnippetFidelity } from '../../../../shared/export';

/** The note shown with a snippet: a short verdict and, where there is one, the caveat or the reasons. */
export interface SnippetNote {
  exact: boolean;
  text: string;
  detail: string;
}

const SOURCE: Record<SnippetFidelity['stream'], string> = {
  numpy: "the script draws from numpy's legacy stream, as the run did",
  seedrandom: "the script carries the run's seedrandom stream in Python",
  none: 'this initializer draws no random numbers',
};

// The reasons and the caveat are clauses (numpy keeps its lower-case name); the note shows them as sentences.
const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** What the numpy or PyTorch snippet of a run reproduces, for `fidelity` = snippetFidelity(run config). */
export function snippetNote(fidelity: SnippetFidelity, lang: 'numpy' | 'pytorch'): SnippetNote {
  if (!fidelity.exact) {
    const text = lang === 'numpy' ? 'Same distribution, not the same draws' : "Same distribution from PyTorch's generator, not the run's draws";
    return { exact: false, text, detail: fidelity.reasons.map(sentence).join(' ') };
  }
  const detail = fidelity.caveat ? `One caveat: ${sentence(fidelity.caveat)}` : '';
  if (lang === 'numpy' || fidelity.stream === 'none') return { exact: true, text: `Bit for bit: ${SOURCE[fidelity.stream]}`, detail };
  return { exact: true, text: `Bit for bit with numpy_init: ${SOURCE[fidelity.stream]}; torch_init draws the same distribution from PyTorch's generator`, detail };
}
