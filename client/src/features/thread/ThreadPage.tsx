import type { Viewer } from '../../App';

export function ThreadPage({ companyId, viewer: _viewer }: { companyId: string; viewer: Viewer }) {
  return <h1>ThreadPage</h1>;
}
