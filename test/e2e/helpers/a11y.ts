// A light accessibility check: every visible control on the page has a name a screen reader can read.
import type { Page } from 'playwright-core';

/** Descriptions of the visible buttons, links, inputs, selects and text areas that have no accessible name. */
export async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const controls = [...document.querySelectorAll('button, a[href], input, select, textarea, [role="slider"], [role="tab"]')];
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return s.visibility !== 'hidden' && s.display !== 'none' && (r.width > 0 || r.height > 0 || el.type === 'file' || el.type === 'checkbox');
    };
    const named = (el) => {
      if ((el.getAttribute('aria-label') || '').trim()) return true;
      const by = el.getAttribute('aria-labelledby');
      if (by && by.split(/\\s+/).some((id) => (document.getElementById(id)?.textContent || '').trim())) return true;
      if (el.labels && [...el.labels].some((l) => l.textContent.trim())) return true;
      if (el.tagName !== 'INPUT' && el.tagName !== 'SELECT' && el.tagName !== 'TEXTAREA' && el.textContent.trim()) return true;
      return !!(el.getAttribute('title') || '').trim();
    };
    return controls.filter((el) => visible(el) && !named(el)).map((el) => el.outerHTML.slice(0, 120));
  })()`);
}

/**
 * Tabs through the whole page from the top and returns the visible, enabled controls Tab never reached.
 * A radio group counts as reached when one of its radios is (Tab stops once per group; arrows move within),
 * and so does a tab list when its selected tab is (the others take tabindex -1 and answer arrow keys).
 */
export async function unreachableControls(page: Page, maxTabs = 600): Promise<string[]> {
  await page.evaluate(`(() => {
    const sel = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]';
    // checkVisibility also answers for the content of a closed <details>, which keeps its layout boxes
    const visible = (el) => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
    let n = 0;
    for (const el of document.querySelectorAll(sel)) {
      el.removeAttribute('data-kb');
      if (el.disabled || el.getAttribute('tabindex') === '-1' || !visible(el)) continue;
      el.setAttribute('data-kb', el.type === 'radio' && el.name ? 'radio:' + el.name : String(n++));
    }
    document.activeElement?.blur();
  })()`);
  const reached = new Set<string>();
  let first: string | null = null;
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate<string | null>(`document.activeElement?.closest('[data-kb]')?.getAttribute('data-kb') ?? null`);
    if (id === null) continue;
    if (id === first) break;
    first ??= id;
    reached.add(id);
  }
  return page.evaluate(
    `[...document.querySelectorAll('[data-kb]')].filter((el) => !${JSON.stringify([...reached])}.includes(el.getAttribute('data-kb'))).map((el) => el.outerHTML.slice(0, 140))`,
  );
}
