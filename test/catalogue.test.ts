import { expect } from '@open-wc/testing';
import { CATALOGUE } from '../stories/data/catalogue.js';

/**
 * The README's component table and Storybook's Introduction (drawn from
 * stories/data/catalogue.ts) must not drift: every element in one is in the
 * other, with the same status.
 */
describe('element status: one source', () => {
  it('the README lists every element of the catalogue, with its status, and no other', async () => {
    const readme = await (await fetch('/README.md')).text();
    const table = readme.slice(readme.indexOf('| Element | Status |'), readme.indexOf('## Install'));
    const rows = table
      .split('\n')
      .filter((line) => line.startsWith('| `kith-'))
      .map((line) => {
        const [element = '', status = ''] = line.split(' | ');
        return { tags: [...element.matchAll(/`(kith-[a-z-]+)`/g)].map((match) => match[1]), status: status.replace(/^\| |\|$/g, '').trim().split(/[\s(]/)[0] };
      });
    expect(rows.map((row) => [row.tags.join(' '), row.status])).to.deep.equal(CATALOGUE.map((entry) => [entry.tags.join(' '), entry.status]));
  });

  it('every available element has a define module in the package, and no planned one has yet', async () => {
    const sources = (await (await fetch('/__kith/sources.json')).json()) as { path: string }[];
    for (const entry of CATALOGUE) {
      for (const tag of entry.tags) {
        const defined = sources.some((file) => file.path.endsWith(`components/${tag.replace('kith-', '')}/define.ts`));
        expect(defined, `${tag} (${entry.status})`).to.equal(entry.status === 'available');
      }
    }
  });
});
