// The pushed file must expose every function Apps Script will call by name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { apiNames } from '../support/gas-run';
import { addon } from './support';

const code = readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8');

describe('dist/Code.js', () => {
  it('has a top-level function for every menu item', () => {
    const { h, main } = addon();
    main.onOpen(h.event());
    const items = h.ui.menus[0].items.filter((i) => i.functionName);
    expect(items.length).toBeGreaterThan(2);
    for (const item of items) expect(code).toMatch(new RegExp(`^function ${item.functionName}\\(`, 'm'));
  });

  it('has a top-level function for every google.script.run call', () => {
    const { gas } = addon();
    // The names come from the bundle's own `api` object, not from the stubs under test.
    const names = apiNames(gas);
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
      expect(typeof gas[name]).toBe('function');
    }
  });

  it('begins a new execution in every top-level function, as Apps Script does: a value read by the last one is read again', () => {
    const stubs = code.split('\n').filter((l) => /^function \w+\(/.test(l));
    expect(stubs.length).toBeGreaterThan(40);
    for (const stub of stubs) expect(stub).toContain('InfoInterviews.execution.begin();');
    const a = addon();
    a.main.menuSetUpTracker();
    const rules = a.api.getSettings().rules;
    expect(rules.prepareDays).not.toBe(9);
    // Another editor changes the document's rules between two calls of this one.
    a.h.properties.document.set('infoInterviews.rules', JSON.stringify({ ...rules, prepareDays: 9 }));
    expect(a.api.getSettings().rules.prepareDays).toBe(9);
  });

  it('has onOpen and onInstall as top-level functions', () => {
    expect(code).toMatch(/^function onOpen\(/m);
    expect(code).toMatch(/^function onInstall\(/m);
  });

  it('is a classic script without what Apps Script V8 lacks: modules, class fields, private names', () => {
    const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    const found: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isExportAssignment(node)) found.push('module syntax');
      if (ts.isPropertyDeclaration(node)) found.push(`class field ${node.name.getText()}`);
      if (ts.isPrivateIdentifier(node)) found.push(`private name ${node.getText()}`);
      if (ts.isClassStaticBlockDeclaration(node)) found.push('static block');
      ts.forEachChild(node, visit);
    };
    visit(file);
    expect(found).toEqual([]);
    expect(() => new Function(code)).not.toThrow();
  });

  it('does no service work at load time, so any entry point can run in AuthMode.NONE', () => {
    const { h } = addon({ authMode: 'NONE' });
    expect(h.calls.total).toBe(0);
  });
});
