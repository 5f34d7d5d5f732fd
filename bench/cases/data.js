// What the case pages import: the seeded data (datasets.js), and the network
// as a page gets one, fetched.
export { seeded, radarData, network } from './datasets.js';

/**
 * The network as a real page gets it: fetched (the runner makes it with
 * datasets.js), not generated beside the library. Long tasks are counted
 * from document start, so making 5,000 people in the page would count as
 * every library's.
 */
export async function networkBeforehand(count) {
  const response = await fetch(`/data/network.json?count=${count}`);
  return response.json();
}
