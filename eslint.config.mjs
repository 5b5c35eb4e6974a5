// The Sheets boundary, checked by `npm run lint`: only src/server/sheet/ talks to
// the Spreadsheet service, so a feature cannot grow its own copy of "find the
// tab, read the range" and every call stays countable in one layer. The import
// rules (features meet at their index, no cycles) are dependency-cruiser's:
// see .dependency-cruiser.cjs.
import tseslint from 'typescript-eslint';

// Members of Spreadsheet, Sheet, Range, rules, validation and charts that a
// feature would call if it reached past the sheet layer. Names shared with
// other services (getName, getId, setValue on properties...) are left out so
// the rule never fires on PropertiesService or LockService code.
const SHEET_MEMBERS = [
  'getActiveSpreadsheet', 'getActiveSheet', 'getActiveRange', 'getActiveCell', 'setActiveRange', 'setActiveSelection',
  'getSheetByName', 'getSheets', 'getSheetId', 'insertSheet', 'deleteSheet',
  'getRange', 'getRangeList', 'getDataRange', 'getLastRow', 'getLastColumn', 'getMaxRows', 'getMaxColumns',
  'getValues', 'setValues', 'getDisplayValues', 'getFormulas', 'setFormulas', 'getNumberFormats', 'setNumberFormat', 'setNumberFormats',
  'insertColumnsAfter', 'insertColumnAfter', 'insertRowsAfter', 'insertRowAfter', 'deleteRow', 'deleteRows', 'deleteColumns',
  'setFrozenRows', 'setFrozenColumns', 'setColumnWidth', 'setColumnWidths', 'autoResizeColumns',
  'getConditionalFormatRules', 'setConditionalFormatRules', 'newConditionalFormatRule',
  'newDataValidation', 'setDataValidation', 'setDataValidations', 'getDataValidations',
  'getCharts', 'insertChart', 'updateChart', 'removeChart', 'newChart',
  'getDeveloperMetadata', 'addDeveloperMetadata', 'createDeveloperMetadataFinder',
];

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', '.workbench/**'] },
  {
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/sheet/**'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'SpreadsheetApp', message: 'Only src/server/sheet/ calls the Spreadsheet service: add or use a function there.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSQualifiedName[left.left.name='GoogleAppsScript'][left.right.name='Spreadsheet']",
          message: 'Sheet, Range and their kin are named only in src/server/sheet/: pass plain data across the boundary.',
        },
        {
          selector: `CallExpression > MemberExpression.callee > Identifier.property[name=/^(${SHEET_MEMBERS.join('|')})$/]`,
          message: 'A Spreadsheet call outside src/server/sheet/: move it into the sheet layer.',
        },
      ],
    },
  },
);
