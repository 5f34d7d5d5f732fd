/**
 * The map's editing forms: fetched with the forms (editor-forms.ts), the
 * first time someone edits, so pages that only show a map never download them.
 */
export const relationshipMapFormsEn = {
  'map.form.addTitle': 'Add a person',
  'map.form.editTitle': 'Edit {name}',
  'map.form.name': 'Name',
  'map.form.nameMissing': 'Enter a name',
  'map.form.initials': 'Initials (optional)',
  'map.form.initialsHint': 'Shown instead of the name when the map shows initials only.',
  'map.form.kind': 'Who they are',
  'map.form.ring': 'How close',
  'map.form.paid': 'Paid to be there',
  'map.form.notes': 'Notes (optional)',
  'map.form.exclude': 'Leave out of exports',
  'map.form.save': 'Save',
  'map.form.cancel': 'Cancel',
  'map.relForm.title': 'Add a relationship for {name}',
  'map.relForm.other': 'With',
  'map.relForm.type': 'What it is like',
  'map.relForm.direction': 'Who supports whom',
  'map.relForm.notSaid': 'Not said',
  'map.relForm.gives': '{name} supports them',
  'map.relForm.receives': 'They support {name}',
  'map.relForm.label': 'Label (optional)',
};
