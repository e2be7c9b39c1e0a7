import { diffWords } from './text-diff';

describe('diffWords', () => {
  it('marks added and removed words', () => {
    const parts = diffWords('70 victims were identified', '72 victims were identified in 2016');
    expect(parts).toEqual([
      { kind: 'removed', text: '70 ' },
      { kind: 'added', text: '72 ' },
      { kind: 'same', text: 'victims were identified ' },
      { kind: 'added', text: 'in 2016' },
    ]);
    expect(parts.map((p) => (p.kind === 'removed' ? '' : p.text)).join('')).toBe('72 victims were identified in 2016');
  });

  it('handles empty and identical texts', () => {
    expect(diffWords(null, 'new text')).toEqual([{ kind: 'added', text: 'new text' }]);
    expect(diffWords('same', 'same')).toEqual([{ kind: 'same', text: 'same' }]);
    expect(diffWords('', '')).toEqual([]);
  });
});
