import { illFormedStrings } from './validation.pipe';

describe('illFormedStrings', () => {
  it('names the path of every string with a lone surrogate, and only those', () => {
    const input = {
      email: 'x\ud83d',
      fullName: 'Əli Həsənov 😀',
      tags: ['ok', '\udc00tail'],
      nested: { items: [{ narrative: 'İnsan alveri' }, { narrative: 'a\ud800b' }] },
    };
    expect(illFormedStrings(input, '')).toEqual(['email', 'tags[1]', 'nested.items[1].narrative']);
  });

  it('accepts well-formed text, including pairs outside the basic plane', () => {
    expect(illFormedStrings({ a: 'ə ğ ı İ ö ü ç ş', b: '𝒜😀', c: 1, d: null }, '')).toEqual([]);
    expect(illFormedStrings('\ud83d\ude00', 'comment')).toEqual([]);
    expect(illFormedStrings('\ude00\ud83d', 'comment')).toEqual(['comment']);
  });
});
