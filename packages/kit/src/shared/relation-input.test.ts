import { relationTarget } from './relation-input';

describe('relationTarget', () => {
  it.each([
    [undefined, undefined],
    [null, null],
    ['', null],
    ['abc', { documentId: 'abc' }],
    [7, { id: 7 }],
    [{ documentId: 'abc' }, { documentId: 'abc' }],
    [{ id: '7' }, { id: 7 }],
    [{ connect: [{ id: 7 }] }, { id: 7 }],
    [{ connect: [], disconnect: [] }, undefined],
    [{ connect: [], disconnect: [{ id: 3 }] }, null],
    [{ connect: [{ id: 8 }], disconnect: [{ id: 3 }] }, { id: 8 }],
    [{ set: [] }, null],
    [{ set: [{ documentId: 'x' }] }, { documentId: 'x' }],
    [['a', 'b'], { documentId: 'b' }],
    [[], null],
    // Several targets for a to-one relation: the last one connected is the one kept.
    [{ connect: [{ id: 1 }, { id: 2 }] }, { id: 2 }],
    [{ connect: ['first', 'last'] }, { documentId: 'last' }],
    // `set` replaces whatever `connect` says.
    [{ set: [{ id: 5 }], connect: [{ id: 6 }] }, { id: 5 }],
  ])('%j → %j', (input, expected) => {
    expect(relationTarget(input)).toEqual(expected);
  });
});
