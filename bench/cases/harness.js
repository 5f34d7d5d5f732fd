// What every benchmark case page shares: its parameters (from the address),
// when the picture is painted, the longest main-thread task since the document started, frame times
// during a gesture, and the result the runner (bench/compare.mjs) reads.
export const params = Object.fromEntries(new URLSearchParams(location.search));
export const root = document.getElementById('root');

/** Resolves once the current work has been painted (the frame after it has been rendered). */
export const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * The longest main-thread task since the document started (ms; 0 when none
 * passed 50 ms): observed by a script at the top of the page (bench/compare.mjs),
 * so loading and evaluating the library's code count, as they do for a reader.
 */
const longestTask = () => Math.max(0, ...(window.benchLongTasks ?? []).map((task) => task.duration));

let shift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) shift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });

let frames = null;
/** Frame intervals (ms) between start and stop, from requestAnimationFrame. */
window.benchFrames = {
  start() {
    frames = [];
    let last = performance.now();
    const tick = (now) => {
      if (!frames) return;
      frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  },
  stop() {
    const taken = frames ?? [];
    frames = null;
    return taken.slice(1);
  },
};

/** Times one update: `change`'s JS (awaited if it returns a promise), then to the next painted frame. */
export async function timedUpdate(change) {
  const t = performance.now();
  const pending = change();
  if (pending) await pending;
  const updateJs = performance.now() - t;
  await painted();
  return { updateJs, update: performance.now() - t };
}

/** The case's result; the runner waits for it. `painted` is ms since the document started loading. */
export function report(result) {
  window.benchResult = { ...result, get longestTask() { return longestTask(); }, get layoutShift() { return shift; } };
}
