import type { Viewer } from '../../App';

export function SettingsPage({ viewer: _viewer }: { viewer: Viewer }) {
  return <h1>SettingsPage</h1>;
}
