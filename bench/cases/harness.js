// What every benchmark case page shares: its parameters (from the address),
// when the picture is painted, the longest main-thread task, frame times
// during a gesture, and the result the runner (bench/compare.mjs) reads.
export const params = Object.fromEntries(new URLSearchParams(location.search));
export const root = document.getElementById('root');

/** Resolves once the current work has been painted (the frame after it has been rendered). */
export const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

let longest = 0;
/** Tasks that ended before this (ms since the document started) are the page's own set-up, not the library's. */
let caseStart = 0;
const longTasks = [];
new PerformanceObserver((list) => {
  longTasks.push(...list.getEntries());
  longest = Math.max(0, ...longTasks.filter((task) => task.startTime + task.duration > caseStart).map((task) => task.duration));
}).observe({ type: 'longtask', buffered: true });

/** The case's own work starts now: long tasks that ended before it (making the test data) are not counted. */
export function caseStarts() {
  caseStart = performance.now();
  longest = Math.max(0, ...longTasks.filter((task) => task.startTime + task.duration > caseStart).map((task) => task.duration));
}

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
  window.benchResult = { ...result, get longestTask() { return longest; }, get layoutShift() { return shift; } };
}
