import { ConsentStore } from '../../src/components/consent/store.js';
import { memoryStorage } from '../../src/core/storage.js';

/**
 * A consent store of the story's own, kept in memory, so the stories on a
 * docs page do not answer for each other and nothing is left in the
 * browser's cookies.
 */
export function privateStore(): ConsentStore {
  const store = new ConsentStore();
  store.configure({ storage: memoryStorage() });
  return store;
}
