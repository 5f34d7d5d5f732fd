import type { CatalogueOf } from '../types.js';
import type { sharingReceiptEn } from '../en/sharing-receipt.js';

export const sharingReceiptCy: CatalogueOf<typeof sharingReceiptEn> = {
  'sharing.receipt.title': 'Derbynneb: rhannu gwybodaeth {name}',
  'sharing.receipt.noticeTitle': 'Cofnod: mae {name} wedi cael gwybod am rannu',
  'sharing.receipt.id': 'Rhif y dderbynneb: {id}',
  'sharing.receipt.when': 'Cofnodwyd ar {date}.',
  'sharing.receipt.by': 'Pwy gytunodd: {name} ({role}). Sut: {method}.',
  'sharing.receipt.told': 'Cafodd wybod: {name} ({role}). Sut: {method}.',
  'sharing.receipt.witness': 'Tyst: {witness}.',
  'sharing.receipt.sharedWith': 'Gall {agency} weld {information}, dim ond er mwyn {purposes}.',
  'sharing.receipt.nothingWith': 'Nid oes dim yn cael ei rannu â’r gwasanaeth hwn: {agency}.',
  'sharing.receipt.exclusions': 'Dim i’w rannu, yn eu geiriau nhw: “{exclusions}”',
  'sharing.receipt.expires': 'I’w wirio eto erbyn {date}.',
  'sharing.receipt.hash': 'Ôl bys y geiriau a ddangoswyd: {hash}',
  'sharing.receipt.withdrawn': 'Tynnwyd popeth yn ôl. Nid oes dim yn cael ei rannu.',
  'sharing.print': 'Argraffu’r dderbynneb',
  'sharing.withdrawAll': 'Tynnu popeth yn ôl',
  'sharing.withdrawItem': 'Stopio rhannu {information} â’r gwasanaeth hwn: {agency}',
  'sharing.change': 'Newid y cytundeb hwn',
};
