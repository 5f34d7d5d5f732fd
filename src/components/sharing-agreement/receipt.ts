import { textHash } from '../../core/dates-and-hashes.js';
import { RECEIPT_SCHEMA_VERSION, type AgreementDraft, type AgreementMode, type ConsentReceipt, type SharingChoices, type SharingConfig } from './model.js';

/*
 * Making a consent receipt (pure, but for the hash): apart from model.ts so
 * that a page shows the form without it; it comes with the receipt's view.
 */

export interface ReceiptInput {
  id: string;
  mode: AgreementMode;
  config: SharingConfig;
  draft: AgreementDraft;
  choices: SharingChoices;
  exclusions: string;
  shownText: string;
  language: string;
  now: Date;
  supersedes?: string;
  withdrawn?: boolean;
}

/**
 * What was agreed, and nothing else: per agency of the config, the kinds of
 * information and purposes ticked, only where both are (information with no
 * purpose, or a purpose with no information, shares nothing, as the receipt
 * says), in the config's order; ids the config does not know are dropped.
 */
export function agreedChoices(choices: SharingChoices, config: SharingConfig): SharingChoices {
  return Object.fromEntries(
    config.agencies.map((agency) => {
      const choice = choices[agency.id];
      const pick = (items: readonly { id: string }[], ids: readonly string[] = []) => items.filter((item) => ids.includes(item.id)).map((item) => item.id);
      const [information, purposes] = [pick(config.information, choice?.information), pick(config.purposes, choice?.purposes)];
      return [agency.id, information.length > 0 && purposes.length > 0 ? { information, purposes } : { information: [], purposes: [] }];
    }),
  );
}

/** Builds the receipt for what was shown and agreed. */
export async function makeReceipt(input: ReceiptInput): Promise<ConsentReceipt> {
  const { draft, config } = input;
  const receipt: ConsentReceipt = {
    id: input.id,
    schemaVersion: RECEIPT_SCHEMA_VERSION,
    mode: input.mode,
    subject: { name: config.subject.name },
    agreedBy: { role: draft.role ?? 'person', name: draft.name.trim() },
    method: draft.method ?? 'online',
    timestamp: input.now.toISOString(),
    policyVersion: config.policyVersion ?? '1',
    language: input.language,
    textHash: await textHash(input.shownText),
    choices: agreedChoices(input.choices, config),
    exclusions: input.exclusions.trim(),
    expiresOn: config.reviewOn.slice(0, 10),
  };
  if (draft.method === 'verbal') receipt.witness = draft.witness.trim();
  if (input.supersedes) receipt.supersedes = input.supersedes;
  if (input.withdrawn) receipt.withdrawn = true;
  return receipt;
}
