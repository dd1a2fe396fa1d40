import { safeNextPath } from '@/app/sign-in/next-path';

test('after sign-in only paths on this site are followed', () => {
  expect(safeNextPath('/comparisons/x?blind=1')).toBe('/comparisons/x?blind=1');
  for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '', null, 42, '/a b'])
    expect(safeNextPath(bad)).toBe('/');
});
