// Loaded by every test page before any test (web-test-runner.config.mjs,
// testRunnerHtml): Kith's clock reads the fixed clock the stories use, so no
// test depends on the date it runs on. A test that needs another day pins it
// with setClock() and gives it back with pinFixedClock().
import { setClock } from '../../src/core/clock.js';
import { FIXED_NOW } from '../../stories/data/clock.js';

export function pinFixedClock(): void {
  setClock(FIXED_NOW);
}

pinFixedClock();
