import type { Viewer } from '../../App';

export function CompanyListPage({ viewer: _viewer }: { viewer: Viewer }) {
  return <h1>CompanyListPage</h1>;
}
