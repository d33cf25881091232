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
