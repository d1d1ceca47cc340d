// Findings point at draft paths ("repro.steps.2", "needed.asks"); inputs carry those paths as names, and
// list widgets as data-field, so the nearest enclosing path that exists on the page gets focus.
export function focusField(path: string, root: ParentNode = document): boolean {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    const el =
      root.querySelector<HTMLElement>(`[name="${CSS.escape(candidate)}"]`) ??
      root.querySelector<HTMLElement>(`[data-field="${CSS.escape(candidate)}"] :is(input, select, textarea, button)`);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus();
      return true;
    }
  }
  return false;
}

/** After row `removed` of a list goes, the row now in its place (or the last one) gets focus, else `add`. */
export function focusAfterRemoval(
  fieldOf: (row: number) => string,
  removed: number,
  left: number,
  add: HTMLElement | null,
): void {
  const next = Math.min(removed, left - 1);
  requestAnimationFrame(() => {
    if (next < 0 || !focusField(fieldOf(next))) add?.focus();
  });
}
