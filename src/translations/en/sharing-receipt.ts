import type { Message } from '../types.js';

/** The sharing agreement's receipt: fetched with its view (receipt-view.ts) once there is a receipt to show. */
export const sharingReceiptEn = {
  'sharing.receipt.title': 'Receipt: sharing information about {name}',
  'sharing.receipt.noticeTitle': 'Record: {name} has been told about sharing',
  'sharing.receipt.id': 'Receipt number: {id}',
  'sharing.receipt.when': 'Recorded on {date}.',
  'sharing.receipt.by': 'Agreed by {name} ({role}). How: {method}.',
  'sharing.receipt.told': 'Told: {name} ({role}). How: {method}.',
  'sharing.receipt.witness': 'Witness: {witness}.',
  'sharing.receipt.sharedWith': '{agency} can see {information}, only to {purposes}.',
  'sharing.receipt.nothingWith': 'Nothing is shared with {agency}.',
  'sharing.receipt.exclusions': 'Not to be shared, in their words: “{exclusions}”',
  'sharing.receipt.expires': 'To be checked again by {date}.',
  'sharing.receipt.hash': 'Fingerprint of the words shown: {hash}',
  'sharing.receipt.withdrawn': 'Everything was withdrawn. Nothing is shared.',
  'sharing.print': 'Print receipt',
  'sharing.withdrawAll': 'Withdraw everything',
  'sharing.withdrawItem': 'Stop sharing {information} with {agency}',
  'sharing.change': 'Change this agreement',
} as const satisfies Record<string, Message>;
