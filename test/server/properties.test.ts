// Properties are read whole, once an execution, and read again once the
// document lock is taken (another execution may have written meanwhile).
import { createHarness } from '../../fakes';
import { beginExecution } from '../../src/server/execution';
import { forgetPropertyValues, readJsonProperty, readProperty, writeJsonProperty, writeProperty } from '../../src/server/properties';

function withStores() {
  const h = createHarness();
  (globalThis as Record<string, unknown>).PropertiesService = h.globals.PropertiesService;
  beginExecution();
  h.calls.reset();
  return h;
}

afterAll(() => {
  delete (globalThis as Record<string, unknown>).PropertiesService;
});

describe('properties', () => {
  it('are read in one call a store, however many keys an action asks for', () => {
    const h = withStores();
    h.properties.document.set('a', '"1"');
    h.properties.document.set('b', '2');
    expect(readJsonProperty('document', 'a')).toBe('1');
    expect(readJsonProperty('document', 'b')).toBe(2);
    expect(readProperty('document', 'missing')).toBeNull();
    expect(h.calls.byMethod['Properties.getProperties']).toBe(1);
    expect(h.calls.byMethod['Properties.getProperty']).toBeUndefined();
  });

  it('write through at once, and a write of what is already stored costs nothing', () => {
    const h = withStores();
    readProperty('document', 'x');
    writeJsonProperty('document', 'x', { n: 1 });
    expect(h.properties.document.get('x')).toBe('{"n":1}');
    expect(readJsonProperty('document', 'x')).toEqual({ n: 1 });
    writeJsonProperty('document', 'x', { n: 1 });
    writeProperty('document', 'x', '{"n":1}');
    expect(h.calls.byMethod['Properties.setProperty']).toBe(1);
  });

  it('are read again after the lock is taken, and in a new execution', () => {
    const h = withStores();
    h.properties.document.set('counter', '5');
    expect(readProperty('document', 'counter')).toBe('5');
    // Another execution writes while this one waits for the lock.
    h.properties.document.set('counter', '9');
    expect(readProperty('document', 'counter')).toBe('5');
    forgetPropertyValues();
    expect(readProperty('document', 'counter')).toBe('9');
    h.properties.document.set('counter', '12');
    beginExecution();
    expect(readProperty('document', 'counter')).toBe('12');
  });

  it('keep the document and the user apart', () => {
    const h = withStores();
    h.properties.user.set('k', 'user');
    h.properties.document.set('k', 'doc');
    expect(readProperty('user', 'k')).toBe('user');
    expect(readProperty('document', 'k')).toBe('doc');
  });
});
