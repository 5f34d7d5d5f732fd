export { KithSharingAgreement, type BilingualOrder, type ConsentReceiptDetail } from './sharing-agreement.js';
export * from './model.js';
