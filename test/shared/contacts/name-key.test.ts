// nameKey skips the steps that would change nothing (NFKC of ASCII, the
// collapse of tidy spacing): its keys must stay those of the full recipe.
import fc from 'fast-check';
import { nameKey } from '../../../src/shared/contacts';

const recipe = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

describe('nameKey', () => {
  it('is NFKC, trimmed, with whitespace runs made one space, lower-cased', () => {
    expect(nameKey('  Ana   María ')).toBe('ana maría');
    expect(nameKey('Ana\tMaria')).toBe('ana maria');
    expect(nameKey('Ｂｅｎ\u00a0Ｌｉ')).toBe('ben li');
    expect(nameKey('Zoe\u0301')).toBe('zoé');
    expect(nameKey('Person 12')).toBe('person 12');
  });

  it('gives the full recipe’s key for any name', () => {
    const piece = fc.constantFrom('a', 'B', 'Ana', 'é', 'e\u0301', 'Ｂ', 'ﬁ', '①', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '(', 'C-07', ')', '.', 'İ', 'ß');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const name = parts.join('');
        expect(nameKey(name)).toBe(recipe(name));
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (name) => expect(nameKey(name)).toBe(recipe(name))), { numRuns: 2000 });
  });
});
