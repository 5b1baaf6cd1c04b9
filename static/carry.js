// What a reader did on a painted page or card before the live app or widget arrived, done
// again on the live one: used by index.html (a pre-rendered page taking over, or the
// compare-first module handing over) and versus.js (a painted card on a host page).
//
// Each control is found again by its place: its kind, id, label, own text and the link
// of its row or tile, and its count among controls with the same key. Ticked, moved,
// typed and opened controls get the same state (the live code answers before the next
// change reads its state); buttons pressed meanwhile are pressed again, in order. Returns
// the live counterpart of `focused`, for the caller to focus once the live one is shown.

const keyed = (root, selector) => {
  const seen = new Map();
  return new Map(
    [...root.querySelectorAll(selector)].map((element) => {
      const row = element.closest('li, tr')?.querySelector('a[href]');
      const label = element.closest('label, summary, button')?.textContent.trim().slice(0, 60);
      const text = element.tagName === 'A' ? element.textContent.trim().slice(0, 60) : '';
      const key = [element.tagName, element.type, element.id, label, text, row?.textContent.trim().slice(0, 60)].join('|');
      const count = seen.get(key) ?? 0;
      seen.set(key, count + 1);
      return [`${key}#${count}`, element];
    })
  );
};
const settle = () => new Promise((done) => setTimeout(() => setTimeout(done)));
const CONTROLS = 'input, select, textarea, details';
const FOCUSABLE = 'a, button, input, select, textarea, summary';

export async function carry(old, next, pressed, focused) {
  for (const [key, before] of keyed(old, CONTROLS)) {
    const after = keyed(next, CONTROLS).get(key);
    if (!after) continue;
    if (before.tagName === 'DETAILS') {
      if (after.open !== before.open) after.open = before.open;
      continue;
    }
    const ticks = before.type === 'checkbox' || before.type === 'radio';
    if (ticks ? after.checked === before.checked : after.value === before.value) continue;
    if (ticks) after.click();
    else {
      after.value = before.value;
      for (const type of ['input', 'change']) after.dispatchEvent(new Event(type, { bubbles: true }));
    }
    await settle();
  }
  const buttons = [...keyed(old, 'button')];
  for (const button of pressed.splice(0)) {
    const key = buttons.find(([, element]) => element === button)?.[0];
    const after = key && keyed(next, 'button').get(key);
    if (!after) continue;
    after.click();
    await settle();
  }
  const focus = focused && [...keyed(old, FOCUSABLE)].find(([, element]) => element === focused)?.[0];
  return focus ? keyed(next, FOCUSABLE).get(focus) : undefined;
}
