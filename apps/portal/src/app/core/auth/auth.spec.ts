import { safeReturnUrl } from './auth.service';
import { navItemsFor } from '../layout/navigation';

describe('auth helpers', () => {
  it('only returns to paths inside the portal', () => {
    expect(safeReturnUrl('/review/123')).toBe('/review/123');
    expect(safeReturnUrl('https://evil.example')).toBeNull();
    expect(safeReturnUrl('//evil.example')).toBeNull();
    expect(safeReturnUrl('/sign-in?x=1')).toBeNull();
    expect(safeReturnUrl(null)).toBeNull();
  });

  it('shows each role its own workspaces', () => {
    const paths = (role: Parameters<typeof navItemsFor>[0]) => navItemsFor(role).map((i) => i.path);
    expect(paths('FOCAL_POINT')).toEqual(['/my-measures', '/dashboard']);
    expect(paths('AUDITOR')).toEqual(['/dashboard', '/reports', '/audit']);
    expect(paths('COORDINATOR')).toContain('/plan-builder');
    expect(paths(null)).toEqual([]);
  });
});
