import type { KithSharingAgreement } from '../../src/components/sharing-agreement/sharing-agreement.js';

// How Jade answers the early-help agreement: the stories that show its receipt, and the tests that read it in Welsh.

/** Fills the form as Jade (13, deciding for herself) would at a home visit, and saves it. */
export async function agreeAsJade(el: KithSharingAgreement, method: 'online' | 'verbal' = 'online'): Promise<void> {
  await el.updateComplete;
  const root = el.shadowRoot!;
  const pick = (id: string): void => (root.getElementById(id) as HTMLInputElement).click();
  const type = (id: string, value: string): void => {
    const input = root.getElementById(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  for (const id of ['school--information--school', 'school--purposes--plan', 'health--information--health', 'health--purposes--plan', 'health--purposes--refer']) pick(id);
  type('exclusions', 'Nothing about my dad. Don’t tell school about the police.');
  pick('role-young-person');
  type('agreed-name', 'Jade Evans');
  pick(`method-${method}`);
  await el.updateComplete;
  if (method === 'verbal') type('witness', 'Priya Shah, family support worker');
  (root.querySelector('[part="submit"]') as HTMLButtonElement).click();
  await new Promise((resolve) => el.addEventListener('kith-consent-receipt', resolve, { once: true }));
  await el.updateComplete;
}
