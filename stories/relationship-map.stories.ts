import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/relationship-map/define.js';
import type { Layout } from '../src/components/relationship-map/layout.js';
import type { MapData, NameDisplay, Snapshot } from '../src/components/relationship-map/model.js';
import { circlesOfSupport, communityMap, familyMap, familySnapshots, safetyNetwork } from './data/networks.js';

interface Args {
  map: MapData;
  snapshots: Snapshot[];
  compare: string;
  layout: Layout;
  display: NameDisplay;
  readonly: boolean;
}

const meta: Meta<Args> = {
  title: 'Components/Relationship map',
  component: 'kith-relationship-map',
  args: { map: familyMap, snapshots: [], compare: '', layout: 'rings', display: 'name', readonly: false },
  argTypes: {
    layout: { control: 'inline-radio', options: ['rings', 'force', 'fixed'] },
    display: { control: 'inline-radio', options: ['name', 'initials'] },
  },
  render: (args) => html`<kith-relationship-map
    .people=${args.map.people}
    .relationships=${args.map.relationships}
    focus=${args.map.focus}
    .snapshots=${args.snapshots}
    compare=${args.compare}
    layout=${args.layout}
    display=${args.display}
    ?readonly=${args.readonly}
  ></kith-relationship-map>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A family ecomap: 10 people, every kind of relationship. Edit in the list; the diagram follows. */
export const FamilyEcomap: Story = {};

export const CirclesOfSupport: Story = { args: { map: circlesOfSupport } };

export const SafetyNetwork: Story = { args: { map: safetyNetwork, layout: 'force' } };

/** Compared with the first meeting: who joined (bold outline, "New"), who left (ghosted) and who moved. */
export const CompareOverTime: Story = { args: { snapshots: familySnapshots, compare: 'jan' } };

/** Initials only, everywhere: diagram, list, summary and exports. */
export const InitialsOnly: Story = { args: { display: 'initials' } };

/**
 * What leaves the page: Gareth is marked “Leave out of exports”. Beside the map, the picture its
 * `exportSVG()` makes (the PNG is drawn from the same file): he is not in it, nor in its description, nor in
 * any label or attribute, and neither are his relationships.
 */
export const LeftOutOfExports: Story = {
  args: { map: { ...familyMap, people: familyMap.people.map((person) => (person.id === 'dad' ? { ...person, excludeFromExport: true } : person)) } },
  render: (args, context) => html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr))">
    ${meta.render!(args, context)}
    <figure style="margin: 0">
      <img data-export alt="" style="inline-size: 100%; border: 1px solid currentColor" />
      <figcaption>What <code>exportSVG()</code> gives</figcaption>
    </figure>
  </div>`,
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('kith-relationship-map') as HTMLElement & { updateComplete: Promise<unknown>; exportSVG(): Promise<string> };
    await map.updateComplete;
    const picture = await map.exportSVG();
    const image = canvasElement.querySelector<HTMLImageElement>('img[data-export]')!;
    image.alt = new DOMParser().parseFromString(picture, 'image/svg+xml').querySelector('desc')?.textContent ?? '';
    image.src = URL.createObjectURL(new Blob([picture], { type: 'image/svg+xml' }));
  },
};

export const ViewOnly: Story = { args: { readonly: true } };

/** 1,000 people: drawn on a canvas; the force layout settles in a worker (the page stays free) and is redrawn as it goes. */
export const Community1000: Story = { args: { map: communityMap(1000), layout: 'force', readonly: true } };

/** 5,000 people on a canvas, rings layout. */
export const Community5000: Story = { args: { map: communityMap(5000), readonly: true } };

export const Welsh: Story = { parameters: { lang: 'cy' } };

export const ThemeDark: Story = { globals: { theme: 'dark' } };
export const ThemeGovuk: Story = { globals: { theme: 'govuk' } };
export const ThemeNhs: Story = { globals: { theme: 'nhs' } };
export const ThemeHighContrast: Story = { globals: { theme: 'high-contrast' } };

/** From a list grouped by ring: what readers see with JavaScript off is the same people. */
export const FromList: Story = {
  render: () => html`<kith-relationship-map>
    <p data-focus data-id="ana">Ana</p>
    <ul data-ring="1">
      <li data-id="gran" data-kind="family" data-relationship="close" data-direction="both">Gran</li>
    </ul>
    <ul data-ring="2">
      <li data-id="lee" data-kind="friend" data-relationship="tenuous">Lee</li>
    </ul>
    <ul data-ring="4">
      <li data-id="hv" data-kind="professional" data-relationship="normal" data-direction="from">Health visitor</li>
    </ul>
  </kith-relationship-map>`,
};

/** The same markup as it reads with JavaScript off (the element is not defined here). */
export const FromListWithoutJavaScript: Story = {
  render: () => html`<kith-map-no-js>
    <p data-focus data-id="ana">Ana</p>
    <ul data-ring="1" aria-label="Close to me"><li>Gran</li></ul>
    <ul data-ring="2" aria-label="Friends"><li>Lee</li></ul>
    <ul data-ring="4" aria-label="Paid to support me"><li>Health visitor</li></ul>
  </kith-map-no-js>`,
};

export const ErrorUnknownPeople: Story = {
  args: { map: { ...familyMap, relationships: [...familyMap.relationships, { id: 'x1', from: 'sam', to: 'nobody', type: 'close' }] } },
};
export const ErrorDuplicateIds: Story = { args: { map: { ...familyMap, people: [...familyMap.people, familyMap.people[1]!] } } };
export const ErrorSelfRelationship: Story = {
  args: { map: { ...familyMap, relationships: [{ id: 'x', from: 'mum', to: 'mum', type: 'close' }] } },
};
export const ErrorUnknownTypeAndRing: Story = {
  args: {
    map: {
      ...familyMap,
      people: [...familyMap.people, { id: 'odd', name: 'Odd', kind: 'alien', ring: 7 } as never],
      relationships: [{ id: 'x', from: 'sam', to: 'mum', type: 'frenemy' } as never],
    },
  },
};
export const ErrorNoFocus: Story = { args: { map: { ...familyMap, focus: '' } } };
export const ErrorTooManyPeople: Story = { args: { map: communityMap(100_000) } };

/** Names and notes are only ever text: this name is shown, never run. */
export const UntrustedName: Story = {
  args: { map: { ...familyMap, people: familyMap.people.map((p, i) => (i === 1 ? { ...p, name: '<img src=x onerror=alert(1)>' } : p)) } },
};
