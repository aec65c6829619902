import type { Viewer } from '../../App';

export function ClientHome({ viewer: _viewer }: { viewer: Viewer }) {
  return <h1>ClientHome</h1>;
}
